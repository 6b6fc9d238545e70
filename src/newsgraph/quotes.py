"""Stage 2: quotes and attributions, tied to their speakers.

Registered as the spaCy component ``newsgraph_quotes``; sets ``doc._.quotes`` to a list of
:class:`newsgraph.model.Quote` (offsets into ``doc.text``). Rules over the model's dependency parse and
the cue lexicon ``lexicons/reporting_cues.tsv`` (which documents what each cue class contributes):

1. Direct quotes. Quote marks are paired per paragraph (curly and straight, a straight mark's side read
   from its neighbours). A paragraph that leaves a quote open continues into the next paragraph when that
   one opens with a quote mark; otherwise the quote is closed at the paragraph end, so one stray mark
   never loses the rest of the article. The cue is looked for after the quote (“…,” the official added;
   not a verb with a clause of its own: “…” Many said the vote was rigged), before it ("X said: “…”")
   — also at the end of the previous paragraph when it ends in a colon; a colon without a cue verb is
   itself the cue ("The senator ended with a warning: “…”") — and a quote interrupted by its cue
   (“…,” he said, “…”) becomes one quote with two ``content_parts``.
2. Reported speech: a lexicon verb with its content where the lexicon's ``frames`` say — a clausal
   complement ("X said (that) …", "X told Y …"), an infinitive ("vowed to …", "wants to …"), an object
   ("accused X of Y", "endorsed Y"), "X as Y" ("see Sanders as a spoiler"), a prepositional object
   ("called for …"), a subject and its complement for evidential verbs ("the court seemed ready to …",
   "is expected to …", no source: the writer's own assessment) — or a parenthetical speech verb
   ("…, officials said, …") whose content is the clause around it; "according to X"; "in a poll …";
   a lexicon noun with a "that" clause ("the claim that …") or its preposition ("opposition to …");
   a line "Name: words" (the title line, or a paragraph whose label is a person or body); "made (it)
   clear that …"; a speech verb with a one-word answer ("said yes", "would not say so", "said the
   same"); "calling for X to do Y" also when parsed as a clause marked by "for"; a passive view ("X is
   seen as Y": two pieces, no source). A quoted
   passage opening inside the content makes the quote ``mixed`` and joins it (also when it runs on past
   the parsed clause). Common misparses are repaired: a subject parsed as a clause ("…, sources privy
   to the talks told X"), a "that" clause hung on a noun ("maintained during the talks that …"), a
   second cue verb coordinated into the first one's clause ("X forecast Y would rebound and praised Z":
   two attributions of X), a word of the quote taken for the subject of the cue after it, a cue verb
   the lemmatizer cut short ("hoping" → "hop"). A quote closed by a full stop (“… unhinged.”) takes no
   cue from the next sentence.
3. Nested: a speech cue with a third-party subject inside a direct quote gives an inner quote whose
   ``via`` is the outer one. Inside reported words nothing is nested: "he said she believes X" and
   "rejected the claim that X" are one attribution (as PolNeAR annotates them).
4. Continuations: a quoted passage without a cue of its own right after a quote or after reported
   speech ("X said Y. “…”") is more of that attribution and joins it as a further ``content_parts``
   piece (PolNeAR marks one attribution with discontinuous content). ``content`` then runs from the
   first part to the last, over the cue between them; only whitespace and the cue's own sentence lie
   between parts (no sentence of narration), so other events stay outside the quote's content. Other
   quoted passages without a cue (scare quotes, titles, quotes far from any attribution: PolNeAR
   always names a source for those, which the rules cannot find) are not quotes.
5. Speakers: the cue's subject, found through infinitives ("went on to say", "is quick to point out"),
   participles and prepositions ("stopped short of endorsing"), coordination, relative clauses and
   speech nouns ("issued a statement calling for …"), a passive verb the cue is conjoined with ("X was
   forced … and said"), "he's said" misread as a passive, a subject the parser put into a clause hung
   on the cue ("X, who estimated …, said …"); a cue noun's possessor, its "by"/"from" object, or the
   subject of the verb carrying it ("voiced concern that …", "in the hope that …"); a relative
   pronoun's source spans its noun phrase and the pronoun ("ads that slam X"); none for an unnamed
   asker ("Asked about it, …")
   or impersonal "it" ("it is hard to know …"). ``actors.actor_for`` on its head; a third-person
   pronoun goes to the nearest preceding actor of a compatible kind (person for he/she, a group-like
   actor for they; "it" to nobody).

Nothing inside boilerplate (``doc._.structure["boilerplate"]``) is extracted. The component does one
pass over the tokens and a few regex scans of the text; it never re-parses.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import lexicon
from .model import Quote, Span
from .structure import skipped_ranges

LEXICON = "reporting_cues.tsv"

# Quote marks. Single marks are left alone: ’ is also the apostrophe, and ‘…’ mostly marks headlines or
# quotes nested inside double ones.
OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
# Two apostrophes stand for a straight double mark in some wire copy (''Like this,'' she said).
_MARK = re.compile(r"''|[\"“”„«»]")
MARK_TOKENS = frozenset(OPENERS + CLOSERS + STRAIGHT) | {"''", "``"}
_PARA = re.compile(r"[^\n]+")

# A quoted passage without a cue is a quote (continuation or stand-alone) only when it is a clause of
# at least this many words; shorter ones are scare quotes or titles.
MIN_CUELESS_WORDS = 3
# A quoted passage shorter than this inside reported words is a fragment of them (“fantastic,” “caused
# death”) and joins them even when a cue verb follows it.
FRAGMENT_WORDS = 6
# How far (tokens) after a closing mark the cue of a direct quote may be.
AFTER_WINDOW = 14
# A source noun phrase longer than this is cut to its head (relative clauses, long appositions).
MAX_SOURCE_TOKENS = 12

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"ccomp"})
# Links a subject-less cue climbs to find its speaker in the clause above.
_UP_DEPS = frozenset({"advmod", "npadvmod", "prep", "pcomp", "acomp", "ccomp", "dep"})
# Verbs that only carry a cue noun, whose subject holds what the noun names ("X voiced concern that
# …", "had no praise for", "gave assurances that …", "floated the notion that …").
SUPPORT_VERBS = frozenset({"have", "give", "make", "express", "voice", "offer", "raise", "float", "issue",
                           "repeat", "level", "lodge", "share", "put", "leave", "heap", "reiterate"})
GROUPLIKE = frozenset({"group", "organization", "anonymous", "country"})


# --------------------------------------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str
    cls: str
    extract: bool
    frames: tuple[str, ...] = ("clause",)
    preps: frozenset[str] = frozenset()


@dataclass
class Cues:
    verbs: dict[str, Cue] = field(default_factory=dict)
    nouns: dict[str, Cue] = field(default_factory=dict)
    preps: dict[str, Cue] = field(default_factory=dict)
    sources: dict[str, Cue] = field(default_factory=dict)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue lexicon (first entry of a lemma and part of speech wins)."""
    cues = Cues()
    for cols in lexicon.read_tsv(LEXICON):
        if cols[0] == "lemma":  # the column names
            continue
        lemma, pos, cls, extract = cols[:4]
        frames = tuple(f for f in (cols[4] if len(cols) > 4 else "clause").split(",") if f)
        preps = frozenset(p for f in frames if f.startswith("prep:") for p in f[5:].split("|"))
        table = {"VERB": cues.verbs, "NOUN": cues.nouns, "PREP": cues.preps, "SOURCE": cues.sources}.get(pos)
        if table is not None and lemma not in table:
            table[lemma] = Cue(lemma, pos, cls, extract == "yes", frames, preps)
    return cues


@lru_cache(maxsize=8)
def _hashes(strings) -> tuple[dict[int, Cue], dict[int, Cue], dict[int, Cue]]:
    """Verb, noun and source-noun cues keyed by the lemma's hash in this vocab, so the token scan
    compares ints."""
    cues = load_cues()
    verbs = {strings.add(c.lemma): c for c in cues.verbs.values()}
    nouns = {strings.add(c.lemma): c for c in cues.nouns.values()}
    sources = {strings.add(c.lemma): c for c in cues.sources.values()}
    return verbs, nouns, sources


@lru_cache(maxsize=8)
def _cut_e(strings) -> dict[int, int]:
    """Cue verbs ending in a silent "e", keyed by the hash of the lemma without it ("hop" → "hope"):
    the lemmatizer's mistake for "hoping", "hoped", "hopes"."""
    return {strings.add(lem[:-1]): strings.add(lem) for lem in load_cues().verbs if lem.endswith("e")}


# ------------------------------------------------------------------------------------- quote marks
@dataclass
class Segment:
    """A passage between quote marks: ``parts`` are the inner texts (one per paragraph)."""

    open_at: int  # char of the opening mark
    close_at: int  # char just after the closing mark (or the paragraph end when unclosed)
    parts: list[tuple[int, int]]
    closed: bool = True
    cue: Token | None = None
    cue_side: str | None = None  # after | before
    joined: bool = False  # absorbed into another quote


def _side(text: str, i: int, j: int, is_open: bool) -> str:
    """Whether the straight mark text[i:j] opens or closes, from its neighbours; ``is_open`` breaks ties."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-"):
        return "close"
    return "close" if is_open else "open"


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "…"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    return s, e


def find_segments(text: str) -> list[Segment]:
    """Pair the double quote marks of ``text`` into segments (see the module docstring)."""
    paras = [(m.start(), m.end()) for m in _PARA.finditer(text)]
    out: list[Segment] = []
    carry: tuple[int, list[tuple[int, int]]] | None = None  # (open char, parts so far) across paragraphs
    for n, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        open_end = 0
        parts: list[tuple[int, int]] = []
        marks = [(m.start(), m.end()) for m in _MARK.finditer(text, ps, pe)]
        k = 0
        if carry is not None:
            if marks and not text[ps:marks[0][0]].strip() and text[marks[0][0]] not in CLOSERS:
                open_at, parts = carry[0], carry[1]
                cont_from = marks[0][1]
                k = 1
            else:
                out.append(_segment(text, carry[0], carry[1][-1][1], carry[1], closed=False))
            carry = None
        else:
            cont_from = None
        for i, j in marks[k:]:
            c = text[i]
            kind = "open" if c in OPENERS else "close" if c in CLOSERS else _side(text, i, j, open_at is not None)
            if kind == "open":
                # an opener while a quote is open: the earlier mark was never closed; start afresh
                open_at, open_end, parts, cont_from = i, j, [], None
            elif open_at is not None:
                start = cont_from if cont_from is not None else open_end
                out.append(_segment(text, open_at, j, parts + [(start, i)]))
                open_at, parts, cont_from = None, [], None
        if open_at is not None:
            start = cont_from if cont_from is not None else open_end
            parts = parts + [(start, pe)]
            nxt = paras[n + 1] if n + 1 < len(paras) else None
            opener = _MARK.match(text, nxt[0]) if nxt is not None else None
            if opener is not None and text[opener.start()] not in CLOSERS:
                carry = (open_at, parts)
            else:
                out.append(_segment(text, open_at, pe, parts, closed=False))
    if carry is not None:
        out.append(_segment(text, carry[0], carry[1][-1][1], carry[1], closed=False))
    return [s for s in out if s.parts]


def _segment(text, open_at, close_at, parts, closed=True) -> Segment:
    trimmed = [p for p in (_trim(text, a, b) for a, b in parts) if p[1] > p[0]]
    return Segment(open_at, close_at, trimmed, closed)


# ---------------------------------------------------------------------------------------- helpers
class _Doc:
    """Per-document lookups: token starts for char→token, boilerplate, paragraph bounds, cue tables."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.starts = [t.idx for t in doc]
        self.boiler = skipped_ranges(doc)
        self.verbs, self.nouns, self.sources = _hashes(doc.vocab.strings)
        self.cut_e = _cut_e(doc.vocab.strings)
        self.make = doc.vocab.strings.add("make")

    def tok_at(self, char: int) -> int:
        """Index of the token containing or following ``char``."""
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return 0
        t = self.doc[i]
        return i if char < t.idx + len(t) else min(i + 1, len(self.doc) - 1)

    def tok_before(self, char: int) -> int:
        """Index of the last token starting before ``char`` (-1 if none)."""
        return bisect_left(self.starts, char) - 1

    def in_boilerplate(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.boiler)

    def para_bounds(self, char: int) -> tuple[int, int]:
        s = self.text.rfind("\n", 0, char) + 1
        e = self.text.find("\n", char)
        return s, (len(self.text) if e == -1 else e)

    def span(self, s: int, e: int) -> Span:
        return Span.of(self.text, s, e)


def _tok_span(toks) -> tuple[int, int]:
    toks = [t for t in toks if not t.is_space] or list(toks)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _subject(t: Token) -> Token | None:
    """The speaker's head of a cue verb: its subject, the agent of a passive, the subject of the verb it
    is conjoined with or the participle ("…, saying …") hangs from, the noun a relative clause modifies."""
    seen = 0
    while t is not None and seen < 8:
        seen += 1
        agent = None
        subj = None
        for c in t.children:
            if c.dep_ in ("nsubj", "csubj") and (subj is None or subj.i < c.i < t.i):
                subj = c  # of two (a dateline misparsed as one: "LUSAKA, Sept 24 (Reuters) - X said"), the nearer
            elif c.dep_ == "nsubjpass" and subj is None:
                subj = c
            elif c.dep_ == "agent":
                agent = next((g for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        if subj is not None and subj.dep_ != "nsubjpass":
            return subj
        if subj is not None and subj.lower_ not in ("it", "there") and (seen > 1 or _has_not_passive(t)):
            # a cue hung on a passive verb: "Trump was forced into damage control and said …",
            # "X was asked to explain …": the passive's subject is the speaker
            return subj
        if subj is not None:  # passive without agent: "it was reported that …" has no source
            return None
        mis = _misparsed_source(t)
        if mis is not None:
            return next(x for x in mis.children if x.dep_ == "nsubj")
        if t.tag_ == "VBN" and t.dep_ in ("advcl", "acl") and not any(c.dep_ == "agent" for c in t.children):
            return None  # "Asked about the charges, Rubio said …": the asker is not named
        if t.dep_ == "xcomp":
            # "urged Congress to say": the object is the speaker; "went on to say", "is quick to
            # point out", "need to remember": the subject of the verb (or adjective) above
            h = t.head
            obj = next((o for o in h.children if o.dep_ == "dobj" and o.i < t.i), None)
            if obj is not None:
                return obj
            if h.pos_ == "ADJ" and h.dep_ in ("acomp", "amod"):
                h = h.head
            if h.lemma_ == "be" and any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in h.children):
                return None  # "it's hard to know …", "it would be wrong to say …": nobody in particular
            t = h
            continue
        if t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head  # "officers … chafed at it and said …", the verb hung on its own subject
        if t.dep_ in ("conj", "advcl") and _split_conj(t):
            t = t.head.head  # "X said Y and praised Z", "X said Y, referring to Z": X praised, referred
            continue
        if t.dep_ in ("conj", "advcl"):
            t = t.head
            continue
        if t.dep_ == "pcomp" and t.head.dep_ == "prep":
            # "spoke without mentioning X", "has taken to urging X"
            t = t.head.head
            continue
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.dep_ in ("dobj", "pobj") and _spoken(t.head.lemma_):
            # "she issued a statement calling for …": the statement's author speaks
            h = t.head.head.head if t.head.dep_ == "pobj" else t.head.head
            if h.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in h.children):
                t = h
                continue
        if t.dep_ == "relcl" or (t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN")):
            return t.head
        if t.dep_ in _UP_DEPS and t.head.i != t.i:
            # "stopped short of endorsing X", "…,” adding …": the nearest clause above that has one
            t = t.head
            continue
        return _clause_subject(t)
    return None


def _noun_source(t: Token) -> Token | None:
    """Who holds the claim, hope or criticism a cue noun names: its possessor ("his claim that …"),
    the object of its "by"/"from" ("accusations by X that …", "an admission from X")."""
    poss = next((p for p in t.children if p.dep_ == "poss"), None)
    if poss is not None:
        return poss
    pr = next((p for p in t.rights if p.dep_ == "prep" and p.lower_ in ("by", "from")), None)
    if pr is not None:
        return next((o for o in pr.children if o.dep_ == "pobj"), None)
    h = t.head
    if t.dep_ == "dobj" and h.pos_ == "VERB" and h.lemma_ in SUPPORT_VERBS:
        return _subject(h)
    if t.dep_ == "pobj" and h.lower_ in ("in", "under", "with") and h.head.pos_ == "VERB":
        return _subject(h.head)  # "came in the hope that …", "entered the race with the argument that …"
    return None


def _has_not_passive(t: Token) -> bool:
    """"He's said he'll fight": the parser read the "'s" of "has" as a passive "is"; a clause or an
    object after the verb shows the verb is active."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in t.children) and any(
        c.dep_ in ("ccomp", "dobj") and c.i > t.i for c in t.children)


def _clause_subject(t: Token) -> Token | None:
    """"Mr. Leenders, who estimated X, said he …", "Kasich offered X, then says he …": a subject-less
    cue verb with content of its own after it, right after a clause the parser hung on it, took that
    clause's subject for its own: the speaker is that subject."""
    if t.pos_ != "VERB" or not any(c.i > t.i and c.dep_ in ("ccomp", "dobj", "xcomp", "dative") for c in t.children):
        return None
    c = next((c for c in reversed(list(t.lefts)) if c.dep_ == "ccomp"), None)
    if c is None or any(not (x.is_punct or x.dep_ in ("advmod", "cc") and x.head.i == t.i)
                        for x in t.doc[c.right_edge.i + 1:t.i]):
        return None
    if any(x.text in MARK_TOKENS for x in t.doc[max(c.right_edge.i - 1, 0):t.i]):
        return None  # “…,” read one sign: the clause is a quote, what was said
    s = next((x for x in c.lefts if x.dep_ == "nsubj"), None)
    if s is None or s.lower_ in ("it", "there") or s.tag_ in ("WP", "WDT"):
        return None
    return s


def _split_conj(x: Token) -> bool:
    """"X forecast the economy would rebound and praised Y", "X said Y, referring to Z": a subject-less
    cue verb the parser coordinated (or hung as a participle) inside the clause of another cue verb,
    though it is that verb's subject's second act."""
    participle = x.dep_ == "advcl" and x.tag_ == "VBG" and x.i > 0 and x.doc[x.i - 1].text == ","
    if not (x.dep_ == "conj" or participle) or x.pos_ != "VERB" or any(c.dep_ in SUBJ_DEPS for c in x.children):
        return False
    h = x.head
    if h.dep_ not in CLAUSE_DEPS or x.i < h.i:
        return False
    cues = load_cues().verbs
    if h.lemma_ in cues:  # "… said Eggleston expressed concern and said …": both acts are Eggleston's
        return False
    c, outer = cues.get(x.lemma_), cues.get(h.head.lemma_)
    return c is not None and c.extract and outer is not None and h.head.pos_ == "VERB"


def _after_speaker(t: Token, close_at: int) -> Token | None:
    """The speaker of cue ``t`` after a quote that closes at ``close_at``, when the parser also took a
    word of the quote for its subject: a subject after the quote ("…, but they [award] only 4
    percent,” Mook said), or the noun right after an inverted cue (“…,” tweeted a German user)."""
    after = [c for c in t.children if c.idx >= close_at]
    subj = next((c for c in after if c.dep_ in SUBJ_DEPS and c.i < t.i), None)
    if subj is not None:
        return subj
    j = t.i - 1
    while j >= 0 and t.doc[j].idx >= close_at and (t.doc[j].is_punct or t.doc[j].is_space):
        j -= 1
    if j < 0 or t.doc[j].idx < close_at:  # nothing but punctuation between the quote and the cue
        return next((c for c in after if c.i > t.i and c.dep_ in ("nsubj", "dobj") and c.pos_ in ("PROPN", "NOUN")), None)
    return None


def _colon_speaker(colon: Token) -> Token | None:
    """Who speaks in the quote a colon introduces: the subject of the clause before it, or the noun
    phrase that is all there is before it ("Hillary Clinton: “…”")."""
    lo = colon.sent.start
    before = [t for t in colon.doc[lo:colon.i] if not t.is_space]
    if not before or any(t.text in MARK_TOKENS for t in before):
        return None
    root = next((t for t in before if t.head.i == t.i or not lo <= t.head.i < colon.i), None)
    if root is None:
        return None
    if root.pos_ in ("VERB", "AUX"):
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i
                     and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    return root if root.pos_ == "PROPN" else None


def _spoken(lemma: str) -> bool:
    """A noun for something said or written (the lexicon's speech nouns and document nouns)."""
    cues = load_cues()
    c = cues.nouns.get(lemma)
    return (c is not None and c.cls == "speech") or lemma in cues.sources


def _strip_punct(toks: list) -> list:
    """Drop punctuation at both ends, except a closing quote mark at the end."""
    while toks and (toks[0].is_punct or toks[0].is_space) and toks[0].text not in MARK_TOKENS:
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in MARK_TOKENS:
        toks = toks[:-1]
    return toks


def _speaker_head(subj: Token | None) -> Token | None:
    """The token to resolve to an actor: a relative pronoun stands for the noun its clause modifies."""
    if subj is not None and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


def _misparsed_source(t: Token) -> Token | None:
    """"…, sources close to the talks told Reuters": a subject-less cue whose verbless "clause"
    right before it is really its subject phrase. Returns that clause's head."""
    if t.i == 0 or any(c.dep_ in SUBJ_DEPS for c in t.children):
        return None
    c = t.doc[t.i - 1]
    while c.head.i != t.i and c.head.i < t.i and c.head.i != c.i:
        c = c.head
    other = any(x.dep_ == "ccomp" and x.i < c.i for x in t.children)
    if c.head.i == t.i and c.dep_ == "ccomp" and (c.pos_ not in ("VERB", "AUX") or other) and any(
            x.dep_ == "nsubj" for x in c.children) and c.right_edge.i == t.i - 1:
        return c
    return None


def _appositive_speaker(t: Token) -> tuple[Token, Token] | None:
    """"Burundi's government must come to the table in Arusha, Tanzania's foreign minister said": a cue verb
    with no subject of its own, hung on the clause before it, right after a noun phrase the parser made an
    apposition of that clause's last noun. Returns the phrase's head (the speaker) and the comma before it (what
    comes before it is what is said)."""
    if t.dep_ not in ("advcl", "conj") or t.head.i > t.i or t.i < 3 or any(c.dep_ in SUBJ_DEPS for c in t.children):
        return None
    n = t.doc[t.i - 1]
    while n.head.i != n.i and n.i < n.head.i < t.i:
        n = n.head
    if n.dep_ != "appos" or n.pos_ not in ("NOUN", "PROPN") or n.head.i >= n.left_edge.i or n.left_edge.i < 2:
        return None
    comma = t.doc[n.left_edge.i - 1]
    if comma.text != "," or t.head.left_edge.i >= comma.i:
        return None
    return n, comma


def _complement_as_relcl(t: Token) -> list[Token]:
    """"maintained during the talks that Pakistan could face further cuts": a "that" clause the parser
    hung on the noun before it, recognisable because "that" cannot be its relative pronoun (the
    clause already has the subject and object "that" would fill)."""
    for pr in t.rights:
        if pr.dep_ != "prep":
            continue
        for ob in pr.children:
            for r in ob.children:
                if r.dep_ != "relcl" or r.left_edge.lower_ != "that" or r.left_edge.i != ob.i + 1:
                    continue
                deps = [c.dep_ for c in r.children if c is not r.left_edge]
                if r.left_edge.dep_ in ("dobj", "nsubj", "mark") and "nsubj" in deps and (
                        "dobj" in deps or r.left_edge.dep_ == "mark"):
                    return [r]
    return []


def _np_span(head: Token) -> tuple[int, int]:
    """Char span of the noun phrase headed by ``head``, cut to its head when it is very long. A relative
    pronoun ("ads that slam X", "Mr. Leenders, who said …") spans from the noun phrase it stands for
    to the pronoun, so the source names the speaker and still holds the pronoun."""
    ante = _speaker_head(head)
    if ante is not head and ante is not None and ante.i < head.i:
        start = ante.left_edge if head.i - ante.left_edge.i < MAX_SOURCE_TOKENS else ante
        return _tok_span(list(head.doc[start.i:head.i + 1]))
    left, right = head.left_edge, head.right_edge
    if right.i - left.i + 1 > MAX_SOURCE_TOKENS:
        right = head
        for c in head.rights:
            if c.dep_ in ("compound", "flat") or (c.dep_ == "appos" and c.i - head.i < 4):
                right = c.right_edge
            else:
                break
    toks = [t for t in head.doc[left.i:right.i + 1] if not t.is_punct or t.i not in (left.i, right.i)]
    return _tok_span(toks or [head])


def _verb_lemma(t: Token, verbs: dict, cut_e: dict) -> int:
    """The lemma hash of verb ``t``, repaired when the lemmatizer cut a cue verb's silent "e"
    ("hoping", "hoped", "hopes" → "hop"): the lexicon verb whose inflection the word is."""
    lem = t.lemma
    if lem in verbs or lem not in cut_e:
        return lem
    stem, low = t.lemma_, t.lower_
    return cut_e[lem] if low in (stem + "e", stem + "es", stem + "ed", stem + "ing") else lem


def _cue_span(t: Token) -> tuple[int, int]:
    """The cue verb with its particle ("point out")."""
    end = t
    for c in t.rights:
        if c.dep_ == "prt":
            end = c
    return t.idx, end.idx + len(end)


# ------------------------------------------------------------------------------------- speakers
def _resolve(doc: Doc, head: Token | None) -> str | None:
    if head is None:
        return None
    from .actors import actor_for, get_actor

    a = actor_for(head)
    if a:
        return a
    if head.pos_ != "PRON" or "3" not in head.morph.get("Person"):
        return None
    plural = "Plur" in head.morph.get("Number")
    if head.lower_ == "it":
        return None  # "it" stands for a thing or a body far more often than for a speaker
    mentions = doc._.actor_mentions or []
    for mspan, aid in reversed(mentions):
        if mspan.end > head.i:
            continue
        actor = get_actor(doc, aid)
        kind = getattr(actor, "kind", None)
        if plural and kind in GROUPLIKE or (not plural and kind == "person"):
            return aid
    return None


_NO_CUE = Cue("", "", "", False)
_MADE_CLEAR = Cue("make clear", "VERB", "speech", True)


def _words(text: str, seg: Segment) -> int:
    return sum(len(text[a:b].split()) for a, b in seg.parts)


def _covers(q: Quote, char: int) -> bool:
    """``char`` lies in the quote's content (in one of its parts, when it has several)."""
    return any(p.start <= char < p.end for p in (q.content_parts or [q.content]))


# ---------------------------------------------------------------------------------------- component
class QuoteFinder:
    def __init__(self, doc: Doc):
        self.d = _Doc(doc)
        self.doc = doc
        self.quotes: list[Quote] = []
        self.used_cues: set[int] = set()

    # direct quotes ------------------------------------------------------------------------------
    def _is_cue(self, t: Token, direct: bool) -> bool:
        c = self.d.verbs.get(_verb_lemma(t, self.d.verbs, self.d.cut_e))
        if c is None or t.pos_ not in ("VERB",):
            return False
        return c.cls in ("speech", "belief") if direct else c.extract

    def _cue_after(self, seg: Segment, nxt: Segment | None) -> Token | None:
        d = self.d
        _, pe = d.para_bounds(seg.open_at)
        i = d.tok_at(seg.close_at)
        if i >= len(self.doc) or self.doc[i].idx < seg.close_at:
            return None
        stop = min(nxt.open_at if nxt else pe, pe)
        # “… unhinged.” Rubio called it …: a quote closed by a full stop ends its sentence; a cue in
        # a new sentence after it is that sentence's own
        full_stop = d.text[seg.parts[-1][1] - 1] == "."
        for t in self.doc[i:min(i + AFTER_WINDOW, len(self.doc))]:
            if t.idx >= stop:
                break
            if full_stop and t.is_sent_start:
                break
            if self._is_cue(t, True):
                subj = _subject(t)
                if subj is not None and seg.open_at <= subj.idx < seg.close_at and _after_speaker(t, seg.close_at) is None:
                    continue  # the cue's subject is inside the quote: it is reported there
                if any(c.dep_ in CLAUSE_DEPS and c.i > t.i for c in t.children):
                    break  # “…” Many said the vote was rigged: the verb has content of its own
                return t
            if t.text in (".", "!", "?") or t.text in MARK_TOKENS:
                break
        return None

    def _cue_before(self, seg: Segment) -> Token | None:
        d, doc = self.d, self.doc
        j = d.tok_before(seg.open_at)
        while j >= 0 and doc[j].is_space:
            j -= 1
        ps, _ = d.para_bounds(seg.open_at)
        if j < 0:
            return None
        prev = doc[j]
        if prev.idx < ps:
            # the quote opens its paragraph: look at the previous paragraph when it ends in a colon
            if prev.text != ":":
                return None
        elif prev.text not in (":", ",") and not self._is_cue(prev, True):
            return None
        sent_start = prev.sent.start
        for t in reversed(doc[max(sent_start, j - 25):j + 1]):
            if t.text in MARK_TOKENS:
                break
            if self._is_cue(t, True):
                return t
        if prev.text == ":" and _colon_speaker(prev) is not None:
            # "Obama's questioners ranged from skeptical to hostile: “…”": the colon introduces it
            return prev
        return None

    def direct(self, segs: list[Segment]) -> None:
        d = self.d
        for k, seg in enumerate(segs):
            if seg.joined or d.in_boilerplate(seg.open_at):
                continue
            nxt = segs[k + 1] if k + 1 < len(segs) else None
            cue = self._cue_after(seg, nxt) if seg.closed else None
            if cue is not None:
                seg.cue, seg.cue_side = cue, "after"
                # “…,” he said, “…” — the cue interrupts one quote
                if nxt is not None and not nxt.joined:
                    gap = d.text[seg.close_at:nxt.open_at]
                    if "\n" not in gap and gap.rstrip().endswith(",") and nxt.open_at - seg.close_at < 80:
                        seg.parts = seg.parts + nxt.parts
                        seg.close_at = nxt.close_at
                        nxt.joined = True
            else:
                cue = self._cue_before(seg)
                if cue is not None:
                    seg.cue, seg.cue_side = cue, "before"

    # reported speech ----------------------------------------------------------------------------
    def _content_of(self, t: Token, cue: Cue) -> tuple[list[tuple[int, int]], str] | None:
        """Char pieces of the content of cue verb ``t`` and the frame that found it."""
        doc = self.doc
        for frame in cue.frames:
            toks = None
            if frame == "clause":
                mis = _misparsed_source(t)
                comp = [c for c in t.children if c.dep_ in CLAUSE_DEPS and (mis is None or c.i != mis.i)]
                if not comp:
                    comp = _complement_as_relcl(t)
                if not comp:  # "asked if/whether …", parsed as an adverbial clause
                    comp = [c for c in t.children if c.dep_ == "advcl" and c.i > t.i and any(
                        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)][:1]
                if comp:
                    c = comp[-1] if len(comp) > 1 and comp[0].i < t.i else comp[0]
                    end = c.right_edge.i
                    split = next((x for x in c.children if _split_conj(x)), None)
                    if split is not None:  # the coordinated cue starts an attribution of its own
                        end = max(c.i, min([split.left_edge.i] + [x.i for x in c.children
                                                                   if x.dep_ == "cc" and x.i < split.i and x.i > c.i]) - 1)
                    toks = list(doc[c.left_edge.i:end + 1])
                    if toks and toks[0].lower_ == "that" and toks[0].dep_ in ("mark", "dobj"):
                        toks = toks[1:]
            elif frame == "raised":
                # "Clinton seemed irritated", "the court is expected to rule": the subject and what is
                # said of it, in two pieces around the cue; no source (the writer's own assessment)
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i
                             and c.lower_ not in ("it", "there")), None)
                comp = next((c for c in t.children if c.i > t.i and (
                    c.dep_ in ("acomp", "oprd") or c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX", "ADJ"))), None)
                if subj is not None and comp is not None and (cue.cls == "evidential" or subj.dep_ == "nsubjpass"):
                    left = _strip_punct(list(doc[subj.left_edge.i:subj.right_edge.i + 1]))
                    right = _strip_punct(list(doc[comp.left_edge.i:comp.right_edge.i + 1]))
                    if left and right:
                        return [_tok_span(left), _tok_span(right)], frame
            elif frame == "xcomp":
                x = next((x for x in t.children if x.dep_ == "xcomp" and x.i > t.i and x.pos_ in ("VERB", "AUX")), None)
                if x is not None:
                    # "urged Congress to act": the addressee belongs to the content
                    first = next((o for o in t.children if o.dep_ == "dobj" and o.i < x.i), x)
                    toks = list(doc[first.left_edge.i:x.right_edge.i + 1])
            elif frame == "object":
                if any(c.dep_ == "nsubjpass" for c in t.children):
                    continue
                obj = next((o for o in t.children if o.dep_ in ("dobj", "ccomp") and o.i > t.i), None)
                if obj is not None:
                    end = obj.right_edge.i
                    for c in t.rights:  # what completes the object: "X of Y", "X as Y", "X a Z"
                        if c.i > end and (c.dep_ in ("oprd", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in (
                                "of", "as", "for")):
                            end = c.right_edge.i
                    toks = list(doc[obj.left_edge.i:end + 1])
            elif frame == "as":
                # "Democrats see Sanders as a spoiler", "considered the emails classified"
                obj = next((o for o in t.children if o.dep_ == "dobj" and o.i > t.i), None)
                subj = next((c for c in t.lefts if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "there")), None)
                if obj is None and subj is not None:
                    # passive: "the plan is seen as a concession": what is seen and what it is seen as
                    pr = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
                    ob = next((o for o in pr.children if o.dep_ in ("pobj", "pcomp")), None) if pr is not None else None
                    if ob is not None:
                        left = _strip_punct(list(doc[subj.left_edge.i:subj.right_edge.i + 1]))
                        right = _strip_punct(list(doc[ob.left_edge.i:ob.right_edge.i + 1]))
                        if left and right:
                            return [_tok_span(left), _tok_span(right)], frame
                pred = next((c for c in t.children if obj is not None and c.i > obj.i and (
                    c.dep_ in ("oprd", "xcomp") or c.dep_ == "prep" and c.lower_ == "as")), None)
                if pred is None and obj is not None:
                    pred = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
                if pred is not None:
                    toks = list(doc[obj.left_edge.i:max(pred.right_edge.i, obj.right_edge.i) + 1])
            elif frame.startswith("prep:"):
                pr = next((c for c in t.rights if c.dep_ in ("prep", "prt") and c.lower_ in cue.preps), None)
                if pr is not None:
                    ob = next((o for o in pr.children if o.dep_ in ("pobj", "pcomp")), None)
                    if ob is None and pr.dep_ == "prt":
                        ob = next((o for o in t.rights if o.dep_ in ("dobj",) and o.i > pr.i), None)
                    if ob is not None:
                        toks = list(doc[ob.left_edge.i:ob.right_edge.i + 1])
                else:
                    # "calling for the US to step up its efforts", parsed as a clause marked by "for"
                    cl = next((c for c in t.rights if c.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in cue.preps and m.i == c.left_edge.i for m in c.children)), None)
                    if cl is not None:
                        toks = list(doc[cl.left_edge.i + 1:cl.right_edge.i + 1])
            if toks:
                toks = _strip_punct(toks)
                if toks:
                    return [_tok_span(toks)], frame
        if cue.cls == "speech":
            # "75 percent said yes", "would not say so", "three-quarters said the same of Sanders"
            c = next((c for c in t.rights if c.lower_ in ("yes", "no", "so", "same") and c.dep_ in (
                "intj", "advmod", "npadvmod", "dobj")), None)
            if c is not None:
                toks = _strip_punct(list(doc[c.left_edge.i:c.right_edge.i + 1]))
                if toks:
                    return [_tok_span(toks)], "object"
        if cue.cls == "speech" and (t.dep_ == "parataxis" or (t.dep_ in ("ccomp", "advcl") and t.i > t.head.i and any(
                p.text == "," for p in t.lefts))):
            h = t.head
            pieces = self._around(h.left_edge.i, h.right_edge.i + 1, t.left_edge.i, t.right_edge.i + 1)
            if pieces:
                return pieces, "parenthetical"
        return None

    def _around(self, lo: int, hi: int, cut_lo: int, cut_hi: int) -> list[tuple[int, int]]:
        """Char pieces of tokens lo..hi without cut_lo..cut_hi (the cue phrase), punctuation trimmed."""
        doc = self.doc
        left = _strip_punct([x for x in doc[lo:cut_lo] if not x.is_space])
        right = _strip_punct([x for x in doc[cut_hi:hi] if not x.is_space])
        return [_tok_span(p) for p in (left, right) if len(p) >= 2]

    def reported(self) -> None:
        doc, d = self.doc, self.d
        verbs, nouns, sources, cut_e = d.verbs, d.nouns, d.sources, d.cut_e
        preps = load_cues().preps
        for t in doc:
            lem = t.lemma
            if lem in cut_e and lem not in verbs:
                lem = _verb_lemma(t, verbs, cut_e)
            if lem in verbs and t.pos_ == "VERB":
                cue = verbs[lem]
                if not cue.extract or t.i in self.used_cues:
                    continue
                if "clause" in cue.frames and (ap := _appositive_speaker(t)) is not None:
                    toks = _strip_punct(list(doc[t.head.left_edge.i:ap[1].i]))
                    if toks:
                        self._add_reported(t, _cue_span(t), [_tok_span(toks)], ap[0], cue, "clause")
                        continue
                got = self._content_of(t, cue)
                if got is None:
                    continue
                pieces, how = got
                subj = None if how == "raised" or cue.cls == "evidential" else _subject(t)
                self._add_reported(t, _cue_span(t), pieces, subj, cue, how)
            elif lem in nouns and t.pos_ == "NOUN":
                cue = nouns[lem]
                if not cue.extract:
                    continue
                toks, how, cue_end = None, "that", t
                c = next((c for c in t.children if c.dep_ in ("acl", "ccomp") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
                if c is not None and "that" in cue.frames:
                    toks = _strip_punct([x for x in doc[c.left_edge.i:c.right_edge.i + 1]][1:])
                elif cue.preps:
                    # "his support for X", "opposition to the deal": the preposition's object
                    pr = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ in cue.preps), None)
                    ob = next((o for o in pr.children if o.dep_ in ("pobj", "pcomp")), None) if pr is not None else None
                    if ob is not None:
                        toks, how, cue_end = _strip_punct(list(doc[ob.left_edge.i:ob.right_edge.i + 1])), "prep", pr
                if not toks:
                    continue
                subj = _noun_source(t)
                self._add_reported(t, (t.idx, cue_end.idx + len(cue_end)), [_tok_span(toks)], subj, cue, how)
            elif lem == d.make and t.pos_ == "VERB":
                # "made (it) clear that …": the idiom is a speech cue
                clear = next((c for c in t.rights if c.lower_ == "clear" and c.i <= t.i + 2), None)
                if clear is None:
                    continue
                comp = next((c for c in list(t.rights) + list(clear.rights)
                             if c.dep_ == "ccomp" and c.i > clear.i), None)
                if comp is None:
                    continue
                toks = list(doc[comp.left_edge.i:comp.right_edge.i + 1])
                if toks and toks[0].lower_ == "that":
                    toks = toks[1:]
                toks = _strip_punct(toks)
                if toks:
                    self._add_reported(t, (t.idx, clear.idx + len(clear)), [_tok_span(toks)], _subject(t),
                                       _MADE_CLEAR, "clause")
            elif t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                cue = preps.get("according to")
                if cue is None or not cue.extract:
                    continue
                to = doc[t.i + 1]
                src = next((c for c in to.children if c.dep_ == "pobj"), None)
                sent = t.sent
                hi = max(t.right_edge.i, to.right_edge.i) + 1
                pieces = self._around(sent.start, sent.end, t.left_edge.i, hi)
                if pieces:
                    self._add_reported(t, (t.idx, to.idx + len(to)), pieces, src, cue, "pobj")
            elif lem in sources and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "in" \
                    and t.head.head.pos_ in ("VERB", "AUX") and t.head.head.lemma not in verbs:
                # "In a poll released Sunday, Cruz led …": the document is the source
                cue = sources[lem]
                if not cue.extract:
                    continue
                pp, h = t.head, t.head.head
                if any(x.lemma in verbs and x.pos_ == "VERB" and verbs[x.lemma].extract for x in h.subtree):
                    continue  # "In an interview, Trump doubled down and said …": the speaker's own cue
                pieces = self._around(h.left_edge.i, h.right_edge.i + 1, pp.i, pp.right_edge.i + 1)
                if pieces:
                    self._add_reported(pp, (pp.idx, pp.idx + len(pp)), pieces, t, cue, "in")

    def _add_reported(self, t, cue_span, pieces, subj, cue, how) -> None:
        d = self.d
        if d.in_boilerplate(t.idx):
            return
        self.used_cues.add(t.i)
        self.quotes.append(Quote(
            id="", content=d.span(pieces[0][0], pieces[-1][1]), content_parts=[d.span(a, b) for a, b in pieces]
            if len(pieces) > 1 else [], cue=d.span(*cue_span), source=d.span(*_np_span(subj)) if subj is not None
            else None, speaker=_resolve(self.doc, _speaker_head(subj)), kind="indirect", direct=False))
        self._meta.append((t, subj, cue, how))

    def headline(self) -> None:
        """Lines "Name: what they said": the title line (first line, when short), and any paragraph
        opening with a speaker label ("SMITH: …", "Trump: …" in a list of headlines) when the label is
        an actor (a person or a body)."""
        doc, d = self.doc, self.d
        if not doc:
            return
        from .actors import actor_for, get_actor

        first = True
        for m in _PARA.finditer(d.text):
            start, end = m.start(), m.end()
            is_title = first
            first = False
            if is_title and end > 200:
                continue
            i = d.tok_at(start)
            colon = next((t for t in doc[i:i + 7] if t.idx < end and t.text == ":"), None)
            if colon is None or colon.i == i or colon.i > i + 5:
                continue
            name = [t for t in doc[i:colon.i] if not t.is_space]
            if not name or any(t.pos_ in ("VERB", "AUX") for t in name):
                continue
            head = name[-1]
            if not is_title:
                actor = get_actor(doc, actor_for(head))
                if getattr(actor, "kind", None) not in ("person", "organization", "group"):
                    continue
            elif not any(t.pos_ == "PROPN" for t in name):
                continue
            rest = _strip_punct([t for t in doc[colon.i + 1:d.tok_at(end)] if t.idx < end and not t.is_space])
            if len(rest) < 3 or d.in_boilerplate(start):
                continue
            self.used_cues.add(colon.i)
            self.quotes.append(Quote(id="", content=d.span(*_tok_span(rest)), cue=d.span(colon.idx, colon.idx + 1),
                                     source=d.span(*_tok_span(name)), speaker=_resolve(doc, head),
                                     kind="indirect", direct=False))
            self._meta.append((colon, head, None, "headline"))

    # assembling ---------------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        d = self.d
        segs = find_segments(d.text)
        self.direct(segs)
        self._meta: list = []
        for seg in segs:
            if seg.cue is not None and not seg.joined:
                self.used_cues.add(seg.cue.i)
        self.headline()
        self.reported()
        live = [s for s in segs if not s.joined and not d.in_boilerplate(s.open_at)]
        # (quote, cue token, frame, subject token)
        out: list[tuple[Quote, Token | None, str, Token | None]] = []
        # a quoted passage inside reported content makes it mixed
        for q, (t, subj, cue, how) in zip(self.quotes, self._meta):
            # a passage that opens inside the content belongs to it, also when it runs on past the
            # clause the parser gave (a quoted second sentence); one with a cue of its own only when
            # it is a fragment within the reported words (he called it a “con job”; hailed the vote
            # as “fantastic,” telling …)
            inside = [s for s in live if q.content.start <= s.open_at < q.content.end and (
                s.parts[-1][1] <= q.content.end + 1 or s.cue is None)]
            if inside:
                q.kind = "mixed"
                end = max(q.content.end, max(s.parts[-1][1] for s in inside))
                q.content = d.span(q.content.start, end)
                for s in inside:
                    if s.cue is None or q.content.start < s.open_at and (
                            q.content.start <= s.cue.idx < q.content.end or _words(d.text, s) < FRAGMENT_WORDS):
                        s.joined = True
            out.append((q, t, how, subj))
        out += self._direct_quotes(live, out)
        out.sort(key=lambda x: (x[0].content.start, -x[0].content.end))
        return self._nest(out)

    def _direct_quotes(self, live: list[Segment], reported: list) -> list:
        d = self.d
        out = []
        prev: Quote | None = None
        prev_end = -1
        # reported speech a quoted passage may continue ("X said Y. “…”"): (end of its sentence, quote)
        said = sorted(((t.sent.end_char, q) for q, t, how, _ in reported if t is not None and how not in (
            "headline", "raised") and (self.d.verbs.get(t.lemma) or _NO_CUE).cls == "speech"
            and (q.source is not None or q.speaker is not None)), key=lambda x: x[0])
        ends = [e for e, _ in said]
        for seg in live:
            if seg.joined:
                continue
            k = bisect_right(ends, seg.open_at) - 1
            if seg.cue is None and k >= 0 and ends[k] > prev_end and self._adjacent(ends[k], seg.open_at):
                prev, prev_end = said[k][1], ends[k]
            words = sum(len(d.text[a:b].split()) for a, b in seg.parts)
            content = d.span(seg.parts[0][0], seg.parts[-1][1])
            parts = [d.span(a, b) for a, b in seg.parts] if len(seg.parts) > 1 else []
            if seg.cue is not None:
                subj = _colon_speaker(seg.cue) if seg.cue.text == ":" else _subject(seg.cue)
                if subj is not None and any(a <= subj.idx < b for a, b in seg.parts):
                    # the parser took a word of the quote for the cue's subject
                    subj = _after_speaker(seg.cue, seg.close_at) if seg.cue_side == "after" else None
                if subj is None and seg.cue.text != ":":
                    # “…,” said Lt. Tyler Livingston / Continued Stone: “…” — a name after the verb
                    lo, hi = (seg.close_at, len(d.text)) if seg.cue_side == "after" else (0, seg.open_at)
                    subj = next((c for c in seg.cue.rights if lo <= c.idx < hi and c.pos_ == "PROPN"
                                 and c.dep_ in ("nsubj", "dobj", "npadvmod", "attr", "appos", "dep")), None)
                q = Quote(id="", content=content, content_parts=parts, cue=d.span(*_cue_span(seg.cue)),
                          source=d.span(*_np_span(subj)) if subj is not None else None,
                          speaker=_resolve(self.doc, _speaker_head(subj)), kind="direct", direct=True)
                out.append((q, seg.cue, "direct", subj))
                prev, prev_end = q, self._after_cue_end(seg)
            elif words >= MIN_CUELESS_WORDS and prev is not None and self._adjacent(prev_end, seg.open_at):
                # a quoted sentence right after a quote, without a cue of its own: more of the same
                # attribution (“…,” she said. “…”), so it joins that quote as a further content part
                prev.content_parts = (prev.content_parts or [prev.content]) + (parts or [content])
                prev.content = d.span(prev.content.start, content.end)
                prev.kind = "mixed" if prev.kind == "indirect" else prev.kind
                prev_end = seg.close_at
        return out

    def _nest(self, out: list) -> list[Quote]:
        """Give ids; an inner quote whose cue sits inside another quote's content gets ``via``. Inside a
        direct quote only a clause reported by a third party counts ("the minister said that …"): the
        speaker's own "I think" or "we know" is part of the quote, not a new attribution."""
        for n, (q, *_) in enumerate(out):
            q.id = f"q{n + 1}"
        keep: list[Quote] = []
        for q, t, how, subj in out:
            # "according to X" attributes a whole sentence, whatever clause its words sit in: never nested
            if t is not None and how not in ("direct", "headline", "pobj"):
                host = [o for o, *_ in out if o is not q and _covers(o, t.idx)
                        and not (o.content.start <= q.content.start and q.content.end <= o.content.end
                                 and o.cue is not None and o.cue.start == q.cue.start)]
                if host:
                    inner = min(host, key=lambda o: o.content.end - o.content.start)
                    cue = self.d.verbs.get(t.lemma) if t.pos_ == "VERB" else None
                    person = subj.morph.get("Person") if subj is not None else []
                    third = subj is not None and "1" not in person and "2" not in person
                    if inner.kind != "direct":
                        # within reported words the writer already paraphrases: "he said she believes
                        # X", "rejected the claim that X" are one attribution (PolNeAR marks the outer
                        # one only)
                        continue
                    if not (cue is not None and cue.cls == "speech" and how == "clause" and third):
                        continue
                    q.via = inner.id
            keep.append(q)
        rename = {q.id: f"q{n + 1}" for n, q in enumerate(keep)}
        for q in keep:
            q.id = rename[q.id]
            q.via = rename.get(q.via) if q.via else None
        return keep

    def _is_sentence(self, seg: Segment) -> bool:
        """The quoted passage holds a finite verb (a statement, not a title or a phrase)."""
        d = self.d
        a, b = seg.parts[0][0], seg.parts[-1][1]
        return any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN", "VB")
                   for t in self.doc[d.tok_at(a):d.tok_at(b)])

    def _after_cue_end(self, seg: Segment) -> int:
        """Where the text belonging to a cued quote ends: the end of the cue's sentence when the cue
        follows the quote, else the quote's end."""
        if seg.cue_side == "after":
            sent = seg.cue.sent
            return max(seg.close_at, sent.end_char)
        return seg.close_at

    def _adjacent(self, prev_end: int, start: int) -> bool:
        """Only whitespace (at most one paragraph break) between the previous quote's text and ``start``."""
        gap = self.d.text[prev_end:start]
        return not gap.strip() and gap.count("\n") <= 2


@Language.component("newsgraph_quotes")
def quotes_component(doc: Doc) -> Doc:
    doc._.quotes = QuoteFinder(doc).run() if len(doc) else []
    return doc
