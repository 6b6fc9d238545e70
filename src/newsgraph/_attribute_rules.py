"""A faster way to apply a spaCy ``attribute_ruler``'s rules, with the same result.

spaCy's AttributeRuler runs a token Matcher with every rule (179 in ``en_core_web_md``) over every token;
on news it costs about 5 ms an article, a twelfth of the whole model. Nearly all of those rules look at one
token only, through its tag, lowercase form, dependency label or whitespace-ness, so what they do to a token
is a function of those four values. This module works that out once per distinct combination and caches it;
the few rules that span several tokens still go through a spaCy Matcher. The rules are applied in spaCy's
order (a later rule overrides an earlier one), so every token ends with the same attributes
(``tests/test_nlp.py`` compares both on real articles).

Only rule sets this module understands are taken over (single-token predicates on TAG, LOWER, DEP and
IS_SPACE: a value, IN, NOT_IN or REGEX); any other attribute_ruler is left as spaCy made it.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, LEMMA, LOWER, MORPH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_ARRAY_ATTRS = (POS, TAG, MORPH, LEMMA)  # what the rules set, written back in one call; DEP token by token


def _predicate(value: Any):
    """A test on one string (or bool) value, as spaCy's Matcher reads a pattern's value; None if unsupported."""
    if isinstance(value, (str, bool)):
        return lambda v: v == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op == "IN" and isinstance(arg, list):
        members = set(arg)
        return lambda v: v in members
    if op == "NOT_IN" and isinstance(arg, list):
        members = set(arg)
        return lambda v: v not in members
    if op == "REGEX" and isinstance(arg, str):
        search = re.compile(arg).search
        return lambda v: isinstance(v, str) and bool(search(v))
    return None


class FastRules:
    """The rules of one AttributeRuler, compiled; ``None`` from :meth:`compile` when they can't be."""

    def __init__(self, ruler: AttributeRuler, single: list, multi: Matcher | None):
        self.ruler = ruler
        self.multi = multi
        self.cache: dict[tuple[int, int, int], dict[int, tuple[int, int]]] = {}
        # a lowercase form no rule names or matches acts like any other such form: the cache is keyed by
        # the form only where a rule can tell it apart, so a new word seldom means working out a new effect
        self.lowers: dict[int, int] = {}
        self.named_lowers: set[str] = set()
        self.lower_patterns: list[re.Pattern] = []
        # each rule is filed under the exact tag or lowercase form it needs, when it needs one, so working out
        # a new token kind tries only the rules that can apply to it
        self.by_tag: dict[str, list] = {}
        self.by_lower: dict[str, list] = {}
        self.general: list = []
        for rule_id, alternatives in single:  # [(rule id, [alternative: [(key, test, value)]])] in rule order
            for alt in alternatives:
                for k, _, v in alt:
                    if k == "LOWER":
                        self._note_lower(v)
                exact = {k: v for k, _, v in alt if isinstance(v, str)}
                entry = (rule_id, [(k, test) for k, test, _ in alt])
                if "TAG" in exact:
                    self.by_tag.setdefault(exact["TAG"], []).append(entry)
                elif "LOWER" in exact:
                    self.by_lower.setdefault(exact["LOWER"], []).append(entry)
                else:
                    self.general.append(entry)

    def _note_lower(self, value: Any) -> None:
        if isinstance(value, str):
            self.named_lowers.add(value)
        elif "REGEX" in value:
            self.lower_patterns.append(re.compile(value["REGEX"]))
        else:  # IN / NOT_IN
            self.named_lowers.update(next(iter(value.values())))

    def _lower_key(self, lower: int) -> int:
        """The form itself if a rule can tell it apart, else one stand-in for words (0, "") and one for
        whitespace; what the single-token rules see of it (its text and whitespace-ness) stays the same."""
        key = self.lowers.get(lower)
        if key is None:
            strings = self.ruler.vocab.strings
            text = strings[lower] if lower else ""
            if text in self.named_lowers or any(p.search(text) for p in self.lower_patterns):
                key = lower
            elif text.isspace():
                key = lower if " " in self.named_lowers else strings.add(" ")
            else:
                key = lower if "" in self.named_lowers else 0
            self.lowers[lower] = key
        return key

    @classmethod
    def compile(cls, ruler: AttributeRuler) -> FastRules | None:
        single, multi = [], Matcher(ruler.vocab, validate=False)
        has_multi = False
        for rule_id, pats in enumerate(ruler.patterns):
            alternatives = pats["patterns"]
            if all(len(p) == 1 for p in alternatives):
                tests = []
                for (tok,) in alternatives:
                    if not set(tok) <= set(_KEYS):
                        return None
                    preds = [(k, _predicate(v), v) for k, v in tok.items()]
                    if any(p is None for _, p, _ in preds):
                        return None
                    tests.append(preds)
                single.append((rule_id, tests))
            else:
                multi.add(str(rule_id), alternatives)
                has_multi = True
        if any(set(a) - {POS, TAG, MORPH, LEMMA, DEP} for a in ruler.attrs):
            return None
        return cls(ruler, single, multi if has_multi else None)

    def _effect(self, key: tuple[int, int, int]) -> dict[int, tuple[int, int]]:
        """attr → (rule id, value) that the single-token rules leave on a token with these TAG, LOWER, DEP."""
        strings = self.ruler.vocab.strings
        tag, lower, dep = (strings[h] if h else "" for h in key)
        values = {"TAG": tag, "LOWER": lower, "DEP": dep, "IS_SPACE": lower.isspace()}
        matched = {rule_id for rule_id, alt in [*self.by_tag.get(tag, ()), *self.by_lower.get(lower, ()), *self.general]
                   if all(test(values[k]) for k, test in alt)}
        effect: dict[int, tuple[int, int]] = {}
        for rule_id in sorted(matched):
            for attr, value in self.ruler.attrs[rule_id].items():
                effect[attr] = (rule_id, value)  # a later rule overrides
        return effect

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys = doc.to_array([TAG, LOWER, DEP]).tolist()
        effects = []
        lower_key = self._lower_key
        for tag, lower, dep in keys:
            k = (tag, lower_key(lower), dep)
            e = self.cache.get(k)
            if e is None:
                e = self.cache[k] = self._effect(k)
            effects.append(e)
        if self.multi is not None:
            for match_id, start, end in self.multi(doc, allow_missing=True):
                rule_id = int(self.ruler.vocab.strings[match_id])
                i = start + self.ruler.indices[rule_id] if self.ruler.indices[rule_id] >= 0 \
                    else end + self.ruler.indices[rule_id]
                e = effects[i] = dict(effects[i])
                for attr, value in self.ruler.attrs[rule_id].items():
                    if attr not in e or e[attr][0] <= rule_id:
                        e[attr] = (rule_id, value)
        cols = doc.to_array(list(_ARRAY_ATTRS))
        for i, e in enumerate(effects):
            for j, attr in enumerate(_ARRAY_ATTRS):
                if attr in e:
                    cols[i, j] = e[attr][1]
            if DEP in e:
                doc[i].dep = e[DEP][1]
        doc.from_array(list(_ARRAY_ATTRS), cols)
        return doc


def speed_up(ruler: AttributeRuler) -> bool:
    """Make ``ruler`` apply its rules through :class:`FastRules` when it can; whether it does."""
    fast = FastRules.compile(ruler)
    if fast is None:
        return False
    ruler.match = lambda doc: fast  # the AttributeRuler's __call__ is match() then set_annotations()
    ruler.set_annotations = lambda doc, plan: plan(doc)
    return True
