"""Stage 4: PLOVER/CAMEO events, with who claims them (``doc._.events``: list of model.Event).

How a sentence becomes events (boilerplate sentences and sentences over MAX_SENT_TOKENS tokens are
skipped; only sentences holding a lemma of the lexicon are looked at, so the stage costs a few percent
of the pipeline's time):

1. Triggers. ``lexicons/event_triggers.tsv`` maps verbs, nouns and adjectives to a PLOVER type and the most
   specific CAMEO code the words support, under constraints on the parse ("cut" + particle "off", "lift" +
   object "sanctions", "capture" + an actor as object). Verbs of saying and light verbs ("hold talks",
   "staged a protest") are rows too; so are verbs of undergoing ("faces sanctions": the subject is the
   target). Backoff: a noun the lexicon lacks that is the nominalisation of a verb row ("imprisonment" <-
   "imprison", "seizure" <- "seize") is coded like the verb with a noun's frame (``BACKOFF``; measured by
   ``benchmarks/events_leaveout.py``). Word vectors were tried for backoff and rejected: en_core_web_md's
   pruned table gives many unrelated words one vector ("see", "come", "run" = "stop", "fail").
2. Composition. A trigger that embeds another ("threatened to cut aid", "refused to deploy troops",
   "demanded that X release ...") yields one event coded by both (threaten + cut aid = THREATEN 1311); an
   intent to cooperate is AGREE, to use force THREATEN; agreeing to demands, or under pressure, is CONCEDE.
   A reported wrongdoing ("said X was inciting violence") is an accusation. A future cooperative
   act is AGREE ("Finland will give Tanzania a grant"); a future or conditional hostile act reported from
   someone's mouth, or a conditional one anywhere, is THREATEN. A noun trigger that is the object of a verb
   trigger is part of its event ("rejected calls by X for aid"); a purpose clause ("to press demands") and a
   background clause of another type ("after a jet shot down a helicopter"), a relative clause or participial
   side remark of another type ("the hostages whom they had taken", "..., urging X to sign") are not coded
   again; nor is what an accusation blames ("slammed X for selling arms") or what a decision or a plan
   names ("welcomed the decision to expel X"), nor what an inquiry is into or a court convicts someone of
   ("an investigation into the killing of X by Y": the inquiry, into Y). Violence by people under no arms
   who are protesting ("stoned police, demanding ...") is a riot (145). Verbs of ending or lifting
   (``compose=undo``) are the easing of the restriction or operation they take ("lifted the closure" =
   CONCEDE 081, "halted the shelling" = RETREAT 087); a "for X to" clause is what a demand asks of X; an
   ultimatum ("told X to comply or face military action") is a demand and a threat by the one who warns; a
   commitment to act against armed groups ("agreed to expel the rebels") is an intent to cooperate, not a
   threat; troops sent to protect people are military protection (AID 074). A hostile verb followed by a
   match score is sport, and a sports report (``sport.tsv``) has no events.
3. Verbal events. A verb of saying with a clause ("the minister said that Kenya hasn't done enough",
   "maintained during the talks that Pakistan could face further cuts") is coded by the clause's content
   (``content`` rows: criticism, demand, threat, refusal): source = the speaker, target = the clause's
   subject. The same runs over the quotes stage's quotes whose cue the parse does not link to the content.
4. Arguments. Source: the subject (through xcomp / conj / relative clauses to the noun modified), the
   passive's "by"-agent, a noun trigger's possessor / "by" object / "of" object (of a noun that takes no
   object: "the withdrawal of Syrian troops") / "from" object / modifier ("Syrian-Israeli talks": both), or
   the subject of the light verb it is the object of. Target: the row's slots in order (object, a
   preposition's object, the subject of a demanded clause ...), looking inside a non-actor object ("an appeal
   from X"), then the place of a material act ("a curfew in X"), then the nearest actor in the trigger's
   phrase, not a mediator ("under Russian auspices") nor a state official's own state ("arrived in Beijing for the
   first visit by an Indian head of government"); a protest "anti-X" with no one named is aimed at X.
   What a quantity object is of is the object ("lifted most of its sanctions"). Coordinated sides
   (and enumerations the parser took for appositions) give one event per source-target pair; symmetric
   triggers pair coordinated sides ("A and B agreed"), and so do agreements, meetings and cooperation of
   sides of different countries with no one else named ("Ecuador and Peru said they were ready to settle").
   Pronoun subjects of reported clauses are the speaker; "we" inside a quote is its speaker. Whom a passive of
   expecting or asking is said of does what its infinitive names ("Kennedy is expected to attack ...", "the
   minister who was forced to resign"); a passive's subject stays its target when the agent reaches the same
   actor only through a word inside it ("criticised by many in his own party"). Actors come from
   ``actors.actors_for``.
   An event needs a source or a target actor; a noun trigger without a target actor is kept only as the
   object of a light verb (a bare mention, "the talks", is no report of an event).
5. Attributes. negated; modality (asserted | future | possible | conditional | demanded: "is expected / set /
   due to" is future, "is likely to" possible); date, place and
   amount through ``dates`` / ``places`` / ``amounts`` (a dateless event borrows the date of the episode it
   refers back to); quad class and Goldstein intensity from ``lexicons/cameo.tsv``; ``claimed_by`` = the
   speaker of the outermost quote whose content holds the trigger, not counting the indirect quote that is
   the verbal event itself (so "the delegation maintained that ..." has none, and "“The minister said that ...,”
   the official told" is claimed by the official).
6. Implied targets. A one-sided event (no target actor; not an AGREE / CONSULT / SUPPORT / COOPERATE, whose
   partner is named or unknown: such an act takes only the one other country its phrase names otherwise than as
   where it happens, "will lend $1 billion to help revive the Philippine economy", not "signed an accord in
   Doha") is a domestic event of the country it happens in, as CAMEO and PLOVER code
   it: target = the country of its place, else the one other country the trigger's own phrase names ("lift
   the sanctions it imposed on India": not in a background clause or phrase, a landmark such as "the Indian
   border", a co-source or the source's own words), else for a material act (or its threat) the source's own country;
   so too a state's or political actor's demand, refusal (not a denial: it answers an unnamed accuser) or
   promise to reform or yield with no one named ("dismissed calls for a multi-party system"), and a political
   person's or group's criticism or accusation with no one named ("the opposition leader branded the decision
   unacceptable": their own country; not a state's, which does not censure itself)
   (``target_implied``; the country's actor is made, with the word that gives the country as its mention,
   when the text has no other mention). Violence or unrest with no doer an actor, done by a weapon or
   breaking out ("a car bomb exploded in Baghdad", "rioting broke out in Brixton"), falls on the country of
   its place, with no source.

Each event's ``explain`` names the lexicon row, the argument rules and any composition.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.attrs import IS_ALPHA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span as TokSpan, Token

from . import amounts, dates, lexicon, places
from .actors import LOCATIVE_PREPS, PLACE_WORDS, REGIONS, actor_for, actors_for, is_sponsor
from .lexicon import read_tsv
from .structure import skipped_ranges
from .model import Actor, Event, Span

log = logging.getLogger(__name__)

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
MATERIAL_COOP = {"COOPERATE", "AID", "RETREAT", "CONCEDE", "CONSULT", "SUPPORT"}
PARTNERED = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"}  # the partner is named or unknown: no domestic target
_HOME_INTENTS = {"030", "034", "035"}  # intents to cooperate in general, to reform, to yield
# offers to meet or to aid (their partner is yet to be found) and visits (the host is the place visited, if named)
_PARTNER_UNKNOWN = {"033", "036", "042", "043"}
_POLITICAL_SECTORS = {"GOV", "MIL", "LEG", "JUD", "OPP", "PTY", "REB", "INS", "LAB", "REL", "COP", "SPY", "UAF", "ELI"}
HOSTILE = {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MATERIAL_ACTS = HOSTILE | {"AID", "RETREAT", "CONCEDE"}
NAMED_SLOTS = {"dobj", "iobj", "csubj", "xsubj"}
# a preposition whose object is a source of information, never the target of last resort
_NOT_TARGET_PREPS = {"according"}
# verbs by whose agent an act named by a noun is done ("the closure, ordered by the government")
_DECIDING = {"order", "approve", "decide", "authorize", "authorise", "impose", "declare", "decree", "adopt",
             "endorse", "enact", "sign", "carry", "conduct", "launch", "initiate", "implement", "open", "establish",
             "start", "begin", "convene"}  # ("an inquiry into arms exports, opened by the Bundestag")
_JOINT = {"AGREE", "CONSULT", "COOPERATE"}  # coordinated sides with no one else named act with each other
# "under X's auspices": a mediator, no party ("auspex" is the tagger's lemma of "auspices")
_MEDIATION = {"auspices", "auspex", "auspice", "aegis", "mediation", "sponsorship", "chairmanship"}
_LOCATIVE = {"in", "at", "near", "inside", "outside", "on"}  # where an act happens
MAX_SENT_TOKENS = 400  # longer "sentences" are tables or lists run together: not coded
_ATTRIBUTIONS = {"report", "say", "tell", "write", "add", "claim", "quote", "state", "announce"}
NEAREST_DEPTH = 5  # how far below the trigger the last-resort target may be ("threatened to ban voting in X")
_HYPOTHETICAL = {"REQUEST", "REJECT", "THREATEN"}  # types whose complement is only asked for / refused / threatened
_COMPLEMENT_PREPS = {"to", "of", "for", "against", "on", "with", "upon"}

_POS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_OBJ = ("dobj", "attr", "oprd")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "them", "him", "her", "us"}
_FIRST = {"we", "i", "us", "our"}
_NEG_WORDS = {"not", "n't", "never", "nowhere"}  # ("was nowhere near enough")
_POSS_PRON = {"their", "its", "his", "her", "our", "my", "your"}
_RELPRON = {"who", "which", "that", "whom", "whose"}
_QUANTITY = {"worth", "part", "half", "amount", "some", "all", "most", "many", "much", "rest", "remainder", "bulk",
             "majority", "million", "billion", "ton", "tonne", "kg", "lot", "member", "truckload", "lorryload",
             "boatload", "number", "dozen", "hundred", "thousand", "scores", "score", "more", "series", "spate",
             "shipment", "state", "kind", "sort", "type", "form", "wave", "round", "campaign", "program", "programme",
             "package", "team", "contingent", "batch", "consignment", "convoy", "load", "planeload", "shipload", "unit"}
_CURRENCY = {"dollar", "euro", "pound", "yen", "mark", "franc", "yuan", "rupee", "ruble", "rouble", "dinar", "riyal",
             "shekel", "lira", "peso", "krone", "krona", "won", "rand", "ringgit", "baht", "$", "usd", "eur"}
# verbs that only carry the event named by their object ("resume shelling", "launch an offensive")
_ASPECT = {"launch", "deliver", "stage", "carry", "conduct", "make", "begin", "hold", "resume", "continue",
           "start", "mount", "step", "intensify", "escalate"}
# verbs a noun row may name as its context whose subject is not the doer ("dismissed the Tory attack", "received a
# phone call", "achieve a breakthrough")
_NOT_CARRYING = {"dismiss", "reject", "rebuff", "receive", "get", "take", "return", "achieve", "deny", "brush", "shrug",
                 "condemn", "criticise", "criticize", "welcome", "hail", "praise", "ignore", "defy", "resist"}
# verbs whose subject perceives, fears or escapes the act named by their object, never does it
_NOT_DOING = {"fear", "expect", "see", "witness", "survive", "escape", "avoid", "need", "mark", "commemorate",
              "remember", "mention", "describe", "watch", "cover", "follow", "predict", "anticipate", "doubt",
              "risk", "dread", "discuss", "debate", "consider", "study", "monitor", "track", "document", "record",
              "investigate", "examine", "welcome", "regret", "mourn", "lament", "suffer", "face", "endure",
              "undergo", "sustain", "experience", "cause", "provoke", "trigger", "spark", "prompt", "end", "stop",
              "halt", "prevent", "thwart", "foil", "repel", "resist", "condemn", "deny", "hear", "feel", "know"}
# verbs of saying whose object names an act their subject does: "announced the release of", "declared a truce"
_ANNOUNCING = {"announce", "declare", "proclaim", "unveil", "decree"}
# verbs that pass a statement on: "a formal apology was delivered by X", "a request was put to Lisbon by X"
_CONVEYING = {"deliver", "hand", "put", "convey", "present", "submit", "lodge", "issue", "extend", "relay",
              "transmit", "float", "voice", "send", "address", "table", "register", "file", "make", "offer"}
# "in defiance of X", "in violation of X": the phrase names what the clause's act itself is, not its reason
_MANNER_ACTS = {"defiance", "violation", "breach", "contravention"}
_FUTURE = {"will", "shall", "'ll"}
_AMOUNT_TYPES = {"AID", "SANCTION", "AGREE", "REQUEST", "THREATEN", "REJECT"}  # events an amount can belong to
_POSSIBLE = {"could", "might", "may", "would", "can"}
_DEMANDED = {"must", "should", "ought"}


# --------------------------------------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class Code:
    code: str
    plover: str
    quad: int
    goldstein: float
    name: str


@dataclass(frozen=True)
class Entry:
    lemma: str
    pos: str
    when: tuple[tuple[str, frozenset[str]], ...]
    type: str | None
    cameo: str | None
    targets: tuple[str, ...]
    flags: frozenset[str]
    compose: str | None
    note: str
    line: int
    # words one of which must be a child of the trigger: the values of its prt= (or else prep=) constraint
    needs: frozenset[str] = frozenset()

    @property
    def speech(self) -> bool:
        return "speech" in self.flags

    @property
    def inert(self) -> bool:
        """A row that makes no event itself (verbs of saying, light verbs)."""
        return not self.type


def _cell(row: list[str], i: int) -> str:
    v = row[i].strip() if len(row) > i else ""
    return "" if v == "-" else v


@functools.cache
def cameo_codes() -> dict[str, Code]:
    out = {}
    for row in read_tsv("cameo.tsv"):
        out[row[0]] = Code(row[0], row[1], int(row[2]), float(row[3]), _cell(row, 4))
    return out


_WHEN_KEYS = {"prt", "prep", "obj", "subj", "mod", "head", "xsubj", "xcomp", "neg", "comp", "any", "modal", "mass",
              "nosubj", "sing", "bare", "joint", "act", "passive", "next"}


@functools.cache
def word_classes() -> dict[str, frozenset[str]]:
    """word_classes.tsv: class name -> its words (rows of event_triggers.tsv refer to them as "@name")."""
    return {row[0].lower(): frozenset(w.strip().lower() for w in row[1].split("|") if w.strip())
            for row in read_tsv("word_classes.tsv")}


def _expand(vals: list[str], line: int) -> list[str]:
    out = []
    for v in vals:
        if v.startswith("@") and v != "@actor":
            if v[1:] not in word_classes():
                raise ValueError(f"event_triggers.tsv row {line}: unknown word class {v!r}")
            out += sorted(word_classes()[v[1:]])
        else:
            out.append(v)
    return out


def parse_entry(row: list[str], line: int = 0) -> Entry:
    """One row of event_triggers.tsv (raises ValueError on a malformed row)."""
    if len(row) < 5:
        raise ValueError(f"event_triggers.tsv row {line}: needs at least 5 columns: {row}")
    lemma, pos = row[0].lower(), row[1].lower()
    if pos not in ("verb", "noun", "adj", "content"):
        raise ValueError(f"event_triggers.tsv row {line}: bad pos {pos!r}")
    when = []
    for term in _cell(row, 2).split():
        key, _, vals = term.partition("=")
        if key not in _WHEN_KEYS:
            raise ValueError(f"event_triggers.tsv row {line}: unknown constraint {key!r}")
        when.append((key, frozenset(_expand([v.lower() for v in vals.split("|") if v], line))))
    flags = set(_cell(row, 6).split())
    compose = next((f.split("=", 1)[1] for f in flags if f.startswith("compose=")), None)
    targets = tuple(t for t in _cell(row, 5).split("|") if t)
    needs = next((v for key in ("prt", "prep") for k, v in when if k == key), frozenset())
    return Entry(lemma, pos, tuple(when), _cell(row, 3) or None, _cell(row, 4) or None, targets,
                 frozenset(f for f in flags if not f.startswith("compose=")), compose, _cell(row, 7), line, needs)


@functools.cache
def trigger_index() -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(lemma, pos) -> entries, most constrained first (file order among equals). Parsing the 3,600 rows takes a
    tenth of a second at start-up, so the index is kept in newsgraph's cache (``_cache.py``), keyed by the
    lexicon files and this module's code: an edited row is parsed anew."""
    from importlib import resources

    from . import _cache

    files = resources.files("newsgraph.lexicons")
    key = _cache.fingerprint(Path(__file__).read_text(encoding="utf-8"),
                             *(files.joinpath(n).read_text(encoding="utf-8")
                               for n in ("event_triggers.tsv", "word_classes.tsv")))
    return _cache.load_or_build("triggers", key, _build_trigger_index)


def _build_trigger_index() -> dict[tuple[str, str], tuple[Entry, ...]]:
    idx: dict[tuple[str, str], list[Entry]] = {}
    for n, row in enumerate(read_tsv("event_triggers.tsv"), 1):
        e = parse_entry(row, n)
        for lemma in _expand([e.lemma], n) if e.lemma.startswith("@") else [e.lemma]:
            idx.setdefault((lemma, e.pos), []).append(replace(e, lemma=lemma))  # "@convey": once per word
    return {k: tuple(sorted(v, key=lambda e: -len(e.when))) for k, v in idx.items()}


@functools.cache
def trigger_lemmas() -> frozenset[str]:
    return frozenset(l for l, p in trigger_index() if p != "content")


# ------------------------------------------------------------------------------------ parse helpers
def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _conjuncts(t: Token) -> list[Token]:
    """t and the words coordinated with it ("A, B and C"). An apposition that is itself coordinated is a
    list item the parser mistook for an apposition ("met A, B and C" parsed as A (appos B (conj C)));
    a true apposition names the same actor, so taking it costs nothing."""
    out, todo = [], [t]
    while todo:
        x = todo.pop(0)
        if x in out:
            continue
        out.append(x)
        todo.extend(c for c in x.children if c.dep_ == "conj"
                    or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)))
    return out


def _is_passive(t: Token) -> bool:
    # a "by"-agent marks a coordinated passive the parser split from its auxiliary ("were tear-gassed and clubbed
    # by police")
    return any(c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "agent" and t.dep_ == "conj") for c in t.children) \
        or _passive_participle(t)


def _passive_participle(t: Token) -> bool:
    """A bare past participle clause ("detainees, rounded up after the bombings, began a hunger strike"): passive,
    what it is done to is the subject of the clause it hangs on."""
    # (a participle set off after the subject the tagger took for a past tense, and the parser gave the subject:
    # "detainees, rounded up ..., began")
    if t.dep_ != "advcl" or t.head.pos_ not in ("VERB", "AUX"):
        return False
    set_off = t.sent.start < t.i < t.head.i and t.nbor(-1).text == ","
    if not (t.tag_ == "VBN" or (t.tag_ == "VBD" and set_off)):
        return False
    kids = [c.dep_ for c in t.children]
    if "nsubj" in kids and not (set_off and not _children(t.head, "nsubj", "nsubjpass")):
        return False
    return not any(d in ("aux", "auxpass", "nsubjpass", "dobj") for d in kids)


def _children(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


_PARTICLES = {"back", "over", "away", "off", "out", "down", "up"}
_DIRECTIONS = {"off", "out", "into", "away", "back", "down", "through", "across", "onto"}


def _particle_pobjs(t: Token, preps, deps=("advmod",)) -> list[Token]:
    """Objects of the prepositions in preps the parser hung on one of t's particles ("handed the strip back to
    Chad"; with deps prt and prep too: "pulled out of the CIS")."""
    return [g for c in t.children if c.dep_ in deps and c.lower_ in _PARTICLES
            for p in _children(c, "prep") if p.lower_ in preps for g in p.children if g.dep_ in ("pobj", "pcomp")]


# participles that describe a noun more often than they take it as object ("the ruling party", "warring factions")
_ADJECTIVE_PARTICIPLES = frozenset({"ruling", "governing", "opposing", "warring", "neighbouring", "neighboring",
                                    "visiting", "leading", "remaining"})


def _raised(t: Token) -> Token | None:
    """"punched and kicked a deputy", "fired and landed a live round on a protester": the verb coordinated right
    after a bare verb, whose object and prepositions both verbs share (not "backed down and accepted X", "gave in to
    Y and authorised X": the first verb is complete)."""
    if t.pos_ != "VERB":
        return None
    return next((c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB" and 0 < c.i - t.i <= 3
                 and not _children(c, "nsubj", "nsubjpass") and not any(
                     d.dep_ in ("prt", "prep", "dative", "advmod", "dobj") and t.i < d.i < c.i
                     for d in t.children)), None)


def _pobjs(t: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """Objects of t's prepositions named in preps (also "agent" = by)."""
    out = []
    for c in t.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pcomp" and g.lower_ in _ADJECTIVE_PARTICIPLES \
                        and (o := next(iter(_children(g, "dobj")), None)) is not None \
                        and o.left_edge.i == g.i + 1 and actors_for(o):
                    # "by ruling party supporters", parsed as a gerund with its object: the participle
                    # describes the noun after it
                    out.append(o)
                elif g.dep_ in ("pobj", "pcomp"):
                    out.append(g)
            if c.lower_ == "between" and len(objs := _children(c, "pobj")) == 1 and not _children(objs[0], "conj"):
                # "talks between Iran and the EU", the second side parsed as a conjunct of "talks"
                out += [x for x in _children(t, "conj") if x.i > objs[0].i]
    if t.pos_ == "VERB":
        out += _particle_pobjs(t, preps)  # "handed the strip back to Chad"
        if not out and (c := _raised(t)) is not None and _children(c, "dobj"):
            out = _pobjs(c, preps)  # "fired and landed a live round on a protester"
    if not out and t.pos_ == "NOUN":
        # "Iran's rejection on Thursday of the resolution": the parser hangs the noun's preposition on the date
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "in"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME"):
                        out += [x for d in g.children if d.dep_ == "prep" and d.lower_ in preps
                                for x in d.children if x.dep_ in ("pobj", "pcomp")]
    return out


def _misread_noun(c: Token) -> bool:
    """"dismissed opposition calls for reform", parsed as a clause "opposition calls for ...": a plural noun the
    parser took for a verb in -s right after a bare noun, with nothing a verb would have (object, clause,
    auxiliary, marker)."""
    return c.tag_ == "VBZ" and c.lower_.endswith("s") and c.i > 0 and not c.doc[c.i - 1].is_punct and any(
        s.i == c.i - 1 and s.tag_ == "NN" and not _children(s, "det", "poss") for s in _children(c, "nsubj")) \
        and not _children(c, "dobj", "ccomp", "xcomp", "aux", "mark", "neg") and (_lemma(c), "noun") in trigger_index()


# words that hedge what a noun names, which the parser takes for a verb with the noun as its object
_HEDGES = frozenset({"suspected", "alleged", "presumed", "purported", "reported", "so-called"})


def _objects(t: Token) -> list[Token]:
    """What t acts on: direct object / passive subject / a noun's "of"-object, through quantity words."""
    if t.pos_ in ("VERB", "AUX") or t.tag_ == "VBG" or _misread_verb(t):
        objs = _children(t, *_OBJ) + (_children(t, "nsubjpass") if _is_passive(t) else [])
        if not objs and _passive_participle(t):
            objs = _children(t, "nsubj") or _children(t.head, "nsubj", "nsubjpass")
        if not objs and t.dep_ == "pcomp" and t.head.dep_ == "prep" and _children(t, "auxpass") \
                and t.head.head.pos_ in ("VERB", "AUX"):
            objs = _children(t.head.head, "nsubj", "nsubjpass")  # "died after being tortured": who died
        if not objs and t.pos_ == "VERB":
            # "allowed a UN convoy carrying food into the town": the object's participle parsed as a clause of its
            # own, with the object its subject right after the verb
            objs = [x for c in _children(t, "ccomp") if c.tag_ == "VBG" and not _children(c, "aux", "mark")
                    for x in _children(c, "nsubj") if x.left_edge.i == t.i + 1]
        if not objs and _be_to(t) and _children(t, "auxpass"):
            objs = _children(t.head, "nsubj")  # "the bans are to be relaxed": the subject of "are"
        if not objs and _misparsed_predicate(t):
            h = t.head  # "X on Saturday hosted Y": Y, the head of the name ("Prime Minister Y")
            while h.dep_ == "compound" and h.head.i > h.i:
                h = h.head
            objs = [h]
        if not objs and (c := _raised(t)) is not None:
            objs = _children(c, "dobj")[:1]
        if not objs and t.i + 1 < len(t.doc) and (h := t.doc[t.i + 1]).head == t and h.lower_ in _HEDGES:
            objs = _children(h, "dobj")  # "pounded suspected rebel positions", parsed as "suspected" positions
        if not objs:
            # "has given Bangladesh assistance worth $50 million": the receiver and the thing given parsed as one
            # noun, its head taken for the indirect object; the thing is the object (the receiver stays its modifier)
            objs = [c for c in _children(t, "dative") if c.pos_ == "NOUN" and any(
                m.dep_ == "compound" and m.ent_type_ in ("GPE", "NORP", "ORG") for m in c.lefts)]
        objs += [g for c in t.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "off")
                 for g in c.children if g.dep_ == "pobj"]
        objs += [c for c in _children(t, "ccomp") if _misread_noun(c)]
        if not objs:
            # "allowed Red Cross convoys through": a plural noun the parser made a clause of its own, its compound
            # the clause's subject (tagged a noun, with nothing a verb would have)
            objs = [c for c in _children(t, "ccomp") if c.tag_ == "NNS" and c.i > t.i
                    and not _children(c, "dobj", "aux", "mark", "neg", "xcomp", "ccomp")]
    else:
        objs = []
    objs += _pobjs(t, {"of"})
    if t.pos_ not in ("VERB", "AUX"):
        objs += [g for c in t.children if c.dep_ in ("prep", "prt") and c.lower_ == "off"
                 for g in _pobjs(c, {"of"})]
    out = []
    for o in objs:
        out.append(o)
        if o.lower_ == "all":
            out += _pobjs(o, {"but"})  # "froze all but emergency aid to Niger"
        if _lemma(o) in _QUANTITY or o.like_num or o.pos_ == "NUM" or _lemma(o) in _CURRENCY:
            # "5 million euros in aid", "$2 billion in loans": what the money is, on the amount or the verb
            out += _pobjs(o, {"in", "of", "for"})
            if t.pos_ in ("VERB", "AUX") and o.dep_ in _OBJ:
                out += [g for g in _pobjs(t, {"in", "for"}) if g.pos_ == "NOUN"]
    return [x for o in out for x in _conjuncts(o)]


_REPRESENTATIVES = {"head", "chief", "leader", "member", "staff", "director", "commander", "delegate",
                    "representative"}


def _frame_objects(t: Token) -> list[Token]:
    """Words a row's obj= constraint may name beyond the direct object: the "with"-object of a verb of
    supplying ("provide X with aid", "armed the rebels with weapons"), the body whose head or members are the
    object ("expelled the head of the observer team"), and the subject of an infinitive the verb lets happen
    ("allowed inspectors to return", "let peacekeepers in")."""
    if t.pos_ not in ("VERB", "AUX"):
        return []
    out = [x for o in _pobjs(t, {"with"}) for x in [o] + (_pobjs(o, {"in", "of"}) if _lemma(o) in _CURRENCY
                                                         or o.like_num or _lemma(o) in _QUANTITY else [])]
    for c in t.children:
        if c.dep_ in ("ccomp", "xcomp") and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                            or c.tag_ == "VB" or c.pos_ in ("ADV", "ADP")  # "let X back in"
                                            or (c.tag_ == "VBP" and not _children(c, "aux", "mark"))):
            out += _children(c, "nsubj")  # "would let UN monitors travel" (a bare infinitive tagged VBP)
    # "expelled the head of the observer team", "allowed delegates of the Red Cross to visit": the body a
    # representative stands for
    out += [g for o in _objects(t)[:3] + out if _lemma(o) in _REPRESENTATIVES for g in _pobjs(o, {"of"})]
    return [x for o in out for x in _conjuncts(o)]


_MEASURES = frozenset({"resolution", "motion", "bill", "law", "decree", "measure", "legislation"})
_VOTING = frozenset({"vote", "pass", "adopt", "endorse"})
# nouns of an intent, an offer or an attempt: the act their infinitive names is in prospect, not done
_INTENDING_NOUNS = frozenset({"plan", "bid", "attempt", "effort", "offer", "readiness", "willingness", "pledge",
                              "promise", "vow", "commitment", "intention", "determination", "threat", "resolve",
                              "undertaking", "eagerness", "plot", "scheme", "proposal", "intent"})
# nouns whose owner does what their infinitive names ("X's decision to leave": X leaves; not "X's call to strike")
_OWNERS_ACT_NOUNS = frozenset({"decision", "move", "agreement"} | _INTENDING_NOUNS)
# verbs that make such a noun their subject's ("took a decision to", "announced a plan to")
_TAKING_RESOLVE = frozenset({"take", "make", "reach", "announce", "declare", "express", "state", "confirm",
                             "reaffirm", "renew", "signal", "voice", "unveil"})


def _subject(t: Token, depth: int = 0) -> Token | None:
    """The subject of the clause t heads: own nsubj, else the controller (xcomp), the first conjunct's
    subject (conj), or the noun a relative clause modifies."""
    if depth > 6:
        return None
    subs = _children(t, "nsubj") or _children(t, "csubj") or _aux_subjects(t, "nsubj", "csubj")
    if not subs:
        # "detainees, rounded up after the bombings, began ...": the subject the parser gave a set-off participle
        subs = [g for c in _children(t, "advcl") if c.i < t.i and _passive_participle(c) for g in _children(c, "nsubj")]
    if not subs and t.dep_ == "ROOT":
        # "Caracas on Friday declined ...", "Baghdad let ...": a first-word actor the parser took for an adverb
        subs = [c for c in _children(t, "npadvmod") if c.i == t.sent.start and actors_for(c)]
        # "On Friday the legislature of Taiwan voted ...": the subject the parser made a second object of the
        # date's preposition
        subs = subs or [o for p in _children(t, "prep") if p.i < t.i for o in _children(p, "pobj")[1:2]
                        if _children(p, "pobj")[0].ent_type_ in ("DATE", "TIME") and actors_for(o)]
    if subs:
        # two subjects are a misparse, usually of a dateline ("NEW DELHI, Oct 16 (Reuters) - India began"):
        # the nearest before the verb is the real one
        s = min(subs, key=lambda x: (x.i > t.i, abs(t.i - x.i))) if len(subs) > 1 else subs[0]
        if t.dep_ == "relcl" and s.lower_ in _RELPRON:
            return t.head
        if s.tag_ == "VBG" and not actors_for(s):
            # a participle the parser made the subject: "Visiting Prime Minister X pledged" (X),
            # "negotiators meeting in Washington agreed" (the negotiators)
            inner = _children(s, "nsubj") or (_children(s, "dobj") if s.lower_ == "visiting" else []) or [
                c for c in s.children if c.dep_ == "compound" and c.i < s.i and actors_for(c)]
            if inner:  # ("ministers meeting in Baghdad condemned", "meeting" the head and "ministers" compound)
                return inner[0]
        if s.pos_ == "NOUN" and not actors_for(s):
            # "negotiators meeting in Washington agreed" parsed as the noun "meeting": its modifier acts
            mods = [c for c in s.children if c.dep_ == "compound" and c.i < s.i and actors_for(c)]
            if mods:
                return mods[-1]
        return s
    if t.dep_ in ("acl", "relcl") and _to_infinitive(t) and _lemma(t.head) in _MEASURES:
        # "the Parliament of Iraq voted on a resolution to expel US troops": who votes for the measure does it
        voter = t.head.head.head if t.head.dep_ == "pobj" else t.head.head if t.head.dep_ == "dobj" else None
        if voter is not None and voter.pos_ == "VERB" and _lemma(voter) in _VOTING:
            return _subject(voter, depth + 1)
    if t.dep_ == "acl" and _to_infinitive(t) and _lemma(t.head) in _OWNERS_ACT_NOUNS:
        # "Mexico's decision to grant asylum", "the offer by Cairo to mediate", "Iran took a decision to ...":
        # who resolves, offers or tries does what the infinitive names
        own = _children(t.head, "poss") + _pobjs(t.head, {"by"})
        if own:
            return own[0]
        if t.head.dep_ == "dobj" and _lemma(t.head.head) in _TAKING_RESOLVE:
            return _subject(t.head.head, depth + 1)
    if t.dep_ == "relcl" and not _first_to(t):
        return t.head
    if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.dep_ == "ccomp" and t.head.head.i < t.i \
            and (m := _match(t.head.head)) is not None and m.speech \
            and any(e.speech or e.type in _SPEAKERS_ACTS for e in trigger_index().get((_lemma(t), "verb"), ())[-1:]):
        # "X said the move was brave, hailing Vilnius": a participle of saying or judging after the verb of
        # saying, which the parser hung on the reported clause, is the speaker's ("said Y had bombed the
        # village, killing 30" is Y's)
        return _subject(t.head.head, depth + 1)
    if t.dep_ == "conj" and t.head.i != t.i and t.tag_ in ("VBD", "VBZ", "VBP") and not _is_passive(t) \
            and not _children(t.head, "nsubj", "csubj") and (passive := _children(t.head, "nsubjpass")):
        # "Putin was briefed, and flew to Magnitogorsk": who was briefed flew (a participle shares the passive:
        # "was shot and killed")
        return passive[0]
    if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") \
            and t.head.i < t.i and not _children(t.head, "nsubj", "nsubjpass"):
        # "Officers in riot gear confronted demonstrators ... and employed tear gas", parsed as a noun root: a
        # finite verb coordinated with it has the root noun as its subject
        return t.head
    if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i < t.i and t.doc[t.i - 1].text == "," \
            and _is_passive(t.head) and _lemma(t) not in _NOT_DOING | _NOT_CARRYING | {"draw", "prompt", "spark"} \
            and (a := _agent(t.head)) is not None:
        return a  # "status was granted by the parliament, meeting a demand of the minority": the agent meets it
    if t.dep_ in ("xcomp", "conj", "advcl", "acomp") and t.head.i != t.i:
        if t.dep_ == "xcomp":
            objs = [o for o in _children(t.head, "dobj") if actors_for(o)]
            if objs:  # object control: "ordered X to appear" (not "shunned work to protest")
                return objs[0]
            if _is_passive(t.head) and (passive := _children(t.head, "nsubjpass")) \
                    and not _children(t.head, "nsubj", "csubj"):
                # "Kennedy is expected to attack ...", "supporters are set to protest", "X was asked to leave":
                # whom the passive is said of does what the infinitive names ("the minister who was forced to
                # resign": the minister)
                return t.head.head if t.head.dep_ == "relcl" and passive[0].lower_ in _RELPRON else passive[0]
        return _subject(t.head, depth + 1)
    if _first_to(t):
        return _subject(t.head.head, depth + 1)  # "Turkey became the first country to recognise ...": Turkey
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and (t.head.lower_ in _SAME_SUBJECT_PREPS or (
            t.head.lower_ == "by" and (_answering(t.head.head) or not _is_passive(t.head.head)))) \
            and t.head.head.pos_ in ("VERB", "AUX"):
        # "Britain joined France in condemning the coup", "after meeting X": the gerund's doer is the verb's subject
        # (and "retaliated by expelling", "took a step toward solidifying the alliance by completing an aid
        # package": the active verb's doer; "were dismissed after torturing X": whom the passive is said of)
        passive = _children(t.head.head, "nsubjpass")
        return passive[0] if passive and t.head.lower_ != "by" else _subject(t.head.head, depth + 1)
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "of" and t.head.dep_ == "prep" \
            and t.head.head.lemma_.lower() in word_classes()["course"]:
        # "the government's policy of arresting ...", "pursued a policy of confiscating land": whose course of
        # action it is, or who takes it up (not "condemned the practice of arresting journalists")
        course = t.head.head
        owner = [o for o in _children(course, "poss") if o.tag_ != "PRP$"]  # ("its policy": whose, by the verb)
        if owner:
            return owner[0]
        if course.dep_ == "dobj" and course.head.lemma_.lower() in word_classes()["undertake"]:
            return _subject(course.head, depth + 1)
    if t.dep_ == "acl" and t.tag_ == "VBG":
        # "issued a declaration demanding ...": the issuer; "troops firing on ...": the troops
        if t.head.dep_ in ("dobj",) and t.head.head.pos_ in ("VERB", "AUX"):
            return _subject(t.head.head, depth + 1)
        return t.head
    subj = _misparsed_subject(t)
    if subj is not None:
        return subj  # "X on Saturday hosted Y", parsed with X as the root
    if t.dep_ == "acl" and (t.tag_ == "VBD" or (t.tag_ == "VBN" and (
            _children(t, "dobj") or any(c.tag_ == "VBD" for c in t.conjuncts)
            # "Shining Path guerrillas, who have killed ..., threatened on Sunday to blow up ...": after a comma,
            # with an infinitive of its own
            or (t.i > 0 and t.nbor(-1).text == "," and any(_to_infinitive(c) for c in t.children))))) \
            and t.sent.root.pos_ in ("NOUN", "PROPN") and \
            t.sent.root.i < t.i and not any(c.pos_ in ("VERB", "AUX") for c in t.sent.root.children
                                            if c.dep_ not in ("acl", "relcl", "amod")):
        # "Doctors from two American aid groups donated ...", parsed as a noun with a reduced relative: a
        # finite past verb (or a participle with an object of its own, or coordinated with a past verb: no
        # passive) of a sentence with no verb of its own is its predicate, the root noun its subject
        return t.sent.root
    return None


_OWN_SIDE = {"country", "nation", "government", "state", "administration"}  # "the country" in a leader's words
_SPEAKERS_ACTS = {"SUPPORT", "ACCUSE", "REJECT"}  # what a speaker does in saying: praise, blame, refuse
_ONTO = {"on", "to", "against", "upon", "into"}  # "an embargo was clamped on X by Y": whom a passive act is done to
# verbs whose "with"-object its subject undergoes or deals with, not does ("met with protests", "threatened X with
# sanctions", "faced with a strike")
_MET_WITH = frozenset({"meet", "face", "threaten", "cope", "deal", "comply", "confront", "charge", "hit", "slap",
                       "punish", "reward", "provide", "supply", "equip", "arm", "help", "assist"})
_SAME_SUBJECT_PREPS = {"in", "after", "before", "upon"}  # not "by" (the manner of the verb's own act)


def _first_to(t: Token) -> bool:
    """"Turkey became the first country to recognise ...": an infinitive on the predicate noun of "be" or
    "become" says what the copula's subject did."""
    return t.dep_ in ("acl", "relcl") and t.head.dep_ == "attr" and _lemma(t.head.head) in ("be", "become") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _misparsed_predicate(t: Token) -> bool:
    """A past-tense verb the parser hung as a modifier of its object in a sentence whose root is the subject
    before it: "Russian President X on Saturday hosted Japanese Prime Minister Y" (root X, "hosted" amod)."""
    return _misparsed_subject(t) is not None


def _misparsed_subject(t: Token) -> Token | None:
    """The subject of a misparsed predicate (see above): the root noun before it; or, in a reported clause the
    parser made a noun ("Black pupils in Soweto boycotted classes ..., teachers said": "classes" the clause, "pupils"
    its modifier), the noun modifying the object before the verb."""
    if t.tag_ not in ("VBD", "VBN") or t.dep_ not in ("amod", "compound") or t.head.i < t.i \
            or t.head.pos_ not in ("PROPN", "NOUN"):
        return None  # the cheap tests first: this runs for every verb without an object
    root = t.sent.root
    # (a participle only in a sentence with no finite verb at all: "Supporters of X barricaded streets in Lome")
    if root.pos_ in ("PROPN", "NOUN") and root.i < t.i and (
            t.tag_ == "VBD" or not any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") and x.i != t.i for x in t.sent)):
        return root
    if t.tag_ == "VBD" and t.head.dep_ == "ccomp":
        return next((c for c in t.head.children if c.dep_ in ("nmod", "compound", "nsubj") and c.i < t.i
                     and c.pos_ in ("NOUN", "PROPN") and actors_for(c)), None)
    return None


def _aux_subjects(t: Token, *deps: str) -> list[Token]:
    """Subjects the parser hung on t's auxiliary instead of on t ("said X is committed to": X under "is")."""
    return [g for c in t.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in deps]


def _pron(t: Token) -> bool:
    return t.pos_ == "PRON" and t.lower_ in _PRONOUNS


_COLLECTIVE = frozenset({"staff", "crew", "personnel", "workforce", "team", "management", "public", "family"})


_MOUTHPIECES = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "solicitor", "aide",
                          "agent", "publicist", "representative"})


def _agrees(pron: Token, noun: Token) -> bool:
    """Whether a pronoun can stand for the speaker noun ("officials said it killed nine": no)."""
    p = pron.lower_
    # (coordinated: "and" or "or" among its children; not an apposition parsed as a conjunct, "the NUT, the union")
    both = any(c.dep_ == "conj" for c in noun.children) and any(c.dep_ == "cc" for c in noun.children)
    plural = noun.tag_ in ("NNS", "NNPS") or both
    if p in ("they", "them"):
        # "Palestinian leaders said they", "Hamas said they", "the police said they" (a body of people: a head word
        # of organisations.tsv)
        body = lexicon.org_words().get((_lemma(noun),))
        return plural or noun.tag_ == "NNP" or (body is not None and not body.modifier_only and not body.name_only) \
            or _lemma(noun) in _COLLECTIVE
    if p == "it":
        # (a body's plural name is one body: "the Syrian Democratic Forces announced it had ...")
        if (plural and not (noun.tag_ == "NNPS" and not both)) or noun.tag_ == "PRP":
            return False
        if noun.ent_type_ != "PERSON":
            return True
        # a country the tagger took for a person's name ("Chad said it would ..."): the actor layer knows better
        kinds = _actors_by_id(noun.doc)
        return any(k.kind not in ("person", "anonymous") for i in actors_for(noun) if (k := kinds.get(i)))
    if p in ("he", "she", "him", "her"):
        # a person, not a body ("the government asked the judge to delay, but he declined": not the government),
        # nor one who speaks for another ("Kruger stood down. He supports the party, a spokesman said": Kruger)
        if plural or _lemma(noun) in _MOUTHPIECES:
            return False
        kinds = _actors_by_id(noun.doc)
        if any(k.kind in ("person", "anonymous") for i in actors_for(noun) if (k := kinds.get(i))):
            return True
        return noun.ent_type_ not in ("GPE", "ORG", "NORP") and lexicon.org_words().get((_lemma(noun),)) is None
    return False


# "in cooperation with X", "in tandem with X": done together with X, who is a partner, not where it is done
_TOGETHER = frozenset({"cooperation", "coordination", "collaboration", "conjunction", "tandem", "concert",
                       "partnership", "alliance", "league", "cahoots"})


def _partnering(p: Token) -> bool:
    """A prepositional phrase naming a partner in the act ("in coordination with Pakistani forces")."""
    return p.dep_ == "prep" and any(_lemma(o) in _TOGETHER for o in _children(p, "pobj"))


_ACCOUNTS = frozenset({"estimate", "report", "account", "figure", "statement", "survey", "count", "study", "claim"})


def _agent(t: Token) -> Token | None:
    objs = _pobjs(t, {"by"})
    if not objs and _is_passive(t):
        # "was told of the deadline by X": the parser hung the agent on the passive's prepositional object; not
        # when that object is an act of the agent's own ("was hurt in an attack by rebels") or an account of it
        # ("were destroyed, with estimates by the Red Cross ...": who tells it)
        objs = [g for o in _pobjs(t, {"of", "about", "to", "with"}) if o.pos_ == "NOUN"
                and (bys := _pobjs(o, {"by"})) and _lemma(o) not in _ACCOUNTS and _match(o) is None for g in bys]
    if not objs:
        return None
    a = objs[0]
    if not actors_for(a) and a.pos_ == "NOUN":
        # "driven away by Chinese coast guard vessels": the actor a modifier of the agent names
        mods = [c for c in a.children if c.dep_ in ("amod", "compound", "nmod") and c.i < a.i and actors_for(c)]
        if mods:
            return mods[-1]
    return a


def _is_neg(c: Token) -> bool:
    return c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_.replace("\u2019", "'") in _NEG_WORDS)


def _negated(t: Token) -> bool:
    if any(_is_neg(c) for c in t.children):
        return True
    if t.dep_ == "xcomp" and t.head.lemma_ in ("have", "be") and any(c.lower_ == "yet" for c in t.head.children):
        return True  # "has yet to concede", "is yet to release them": not done
    if t.lemma_ == "be" and any(_is_neg(d) or (d.dep_ == "advmod" and any(_is_neg(e) for e in d.children))
                               for c in t.children if c.dep_ in ("acomp", "attr") for d in c.children):
        return True  # the copula's predicate denied: 'was "not enough"', "was nowhere near enough"
    x, steps = t, 0
    while x.dep_ in ("xcomp", "acomp") and steps < 3:  # "was not able to reach", "would never be able to reach"
        x, steps = x.head, steps + 1
        if any(_is_neg(c) for c in x.children):
            return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)


_CUT = {"AID": "162", "COOPERATE": "160"}  # what stopping aid or cooperation is coded as


def _no_longer(t: Token) -> bool:
    """"no longer" / "not ... any longer" on t: an act stopped."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(d.lower_ in ("no", "any") for d in c.children)
               for c in t.children)


def _denied_object(t: Token) -> bool:
    """"would send no food", "will make no concessions": a trigger verb's act denied through its object."""
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in t.children)


def _aux(t: Token) -> set[str]:
    """Auxiliaries of t and of the words it is the complement of (ready to -> be ready)."""
    out = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
    if t.dep_ in ("xcomp", "acomp", "conj") and t.head.i != t.i:
        out |= {c.lower_ for c in t.head.children if c.dep_ in ("aux", "auxpass")}
    if t.dep_ == "ccomp" and _subjunctive(t, out):
        out.add("should")
    if t.dep_ == "xcomp" and "to" in out and _lemma(t.head) in ("need", "have") and t.head.tag_ in ("VBZ", "VBP") \
            and not any(c.dep_ == "aux" or c.lower_ == "yet" for c in t.head.children):
        # "needs to act", "has to withdraw": a necessity, as "must" (not "had to flee": it fled; nor "will have to
        # raise taxes", "might have to teach X a lesson": a forecast or a threat; nor "has yet to": not done)
        out.add("must")
    return out


def _subjunctive(t: Token, aux: set[str]) -> bool:
    """A mandative subjunctive: "insisted that Israel withdraw", "demanded that the sanctions be lifted" (a
    bare verb with a singular subject, or a bare "be" passive): what the clause says should happen."""
    if aux:
        return aux == {"be"} and any(c.dep_ == "auxpass" and c.tag_ == "VB" and c.i > 0 and c.nbor(-1).tag_ != "TO"
                                     for c in t.children)  # (not "expect the impact to be limited")
    # the tagger often reads the bare verb after a singular noun as a plural present ("insisted that the minister
    # resign"): a mandative verb above it says which (not "says the Government want": a collective's plural)
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    single = subj.tag_ in ("NN", "NNP")
    if _lemma(t.head) in _MANDATIVE:
        if single and (t.tag_ == "VB" or (t.tag_ == "VBP" and t.lower_ == t.lemma_.lower())):
            return True
        # the sequence of tenses: a present under a past mandative verb is a subjunctive ("insisted that Soviet
        # authorities accept", "insisted that Romania let ..."), not "insisted that they are / have ..."
        # (a verb of demanding composes with its clause already: "demanded that the UN lift the sanctions")
        return t.head.tag_ == "VBD" and _lemma(t.head) in _MANDATIVE_SAYING and t.tag_ in ("VB", "VBP", "VBD") \
            and t.lower_ == t.lemma_.lower() \
            and _lemma(t) not in ("be", "have", "do") and subj.tag_ in ("NN", "NNP", "NNS", "NNPS", "PRP")
    return single and t.tag_ == "VB" and (subj.lower_,) not in lexicon.org_words()


_MANDATIVE = frozenset({"insist", "demand", "urge", "ask", "request", "require", "recommend", "propose", "order",
                        "stipulate", "direct", "command", "move"})
_MANDATIVE_SAYING = frozenset({"insist", "recommend", "propose", "stipulate"})


def _conditions(t: Token) -> list[Token]:
    """The clauses t is conditional on ("will strike if the talks fail": "fail")."""
    return [c for c in _children(t, "advcl") if any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                     for m in c.children)]


def _conditional(t: Token) -> bool:
    return bool(_conditions(t))


def _be_to(t: Token) -> bool:
    """t is the infinitive of "X is to ...": "be" with t for its predicate ("the bans are to be relaxed", "he is to
    stand down"), not "it would be possible to ..." or "if X were to ..."."""
    return t.dep_ == "xcomp" and _lemma(t.head) == "be" and not any(
        c.dep_ in ("acomp", "attr", "expl", "mark") or c.lower_ == "it" for c in t.head.children)  # "if X were to"


def _modality(t: Token) -> str:
    aux = _aux(t)
    if aux & _DEMANDED:
        return "demanded"
    if _conditional(t):
        return "conditional"
    if aux & _FUTURE or ("going" in aux) or ("to" in aux and _be_to(t)):
        return "future"  # "will lift", "is going to", "the bans are to be relaxed"
    if aux & _POSSIBLE:
        return "possible"
    if t.dep_ == "xcomp" and "to" in aux and (prospect := _prospect(t.head)):
        return prospect  # "is expected to attack", "is set to protest": future; "is likely to attack": possible
    if t.dep_ == "nsubj" and t.pos_ == "NOUN" and _lemma(t.head) == "be" and _likely(t.head):
        return "possible"  # "sanctions are possible", "a strike is likely": an act only in prospect
    if t.dep_ == "acl" and "to" in aux and _lemma(t.head) in _INTENDING_NOUNS:
        return "future"  # "Israel's plan to attack", "a bid to block the resolution": intended, not done
    return "asserted"


_LIKELY = frozenset({"possible", "likely", "probable", "imminent", "inevitable"})
_SCHEDULED = frozenset({"expect", "set", "schedule", "slate", "due", "poised", "poise", "expected", "scheduled",
                        "slated"})


def _prospect(head: Token) -> str | None:
    """What the infinitive after ``head`` is in prospect as: "is expected / set / scheduled / due / poised to"
    (future), "is likely / unlikely to" (possible); None for any other head."""
    word = head.lower_ if head.pos_ == "ADJ" else _lemma(head)
    if word in ("likely", "unlikely", "probable"):
        return "possible"
    if word in _SCHEDULED and (head.pos_ == "ADJ" or _is_passive(head)):
        return "future"
    return None


def _likely(be: Token) -> bool:
    """"be" says its subject is in prospect: "sanctions are possible" (not "the embargo is likely to be lifted":
    there the lifting is)."""
    return any(c.dep_ == "acomp" and c.lower_ in _LIKELY and not _children(c, "xcomp") for c in be.children)


_EMPOWERED = frozenset({"GOV", "MIL", "LEG", "COP", "JUD", "SPY", "IGO"})  # who can impose what it says is likely


# -------------------------------------------------------------------------------------- triggers
@dataclass
class Hit:
    tok: Token
    entry: Entry
    type: str
    cameo: str
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    source_rule: str = ""
    target_rule: str = ""
    composed: list[str] = field(default_factory=list)  # what composition did to the type (explain)
    acts_on: list[str] = field(default_factory=list)  # noun triggers it absorbed as its object (explain)
    verbal: bool = False  # the event is a speech act of its source
    modality: str = "asserted"
    negated: bool = False
    absorbed: bool = False
    speech_tok: Token | None = None
    light: bool = False  # a noun trigger whose source came through a light verb ("staged a protest")
    light_verb: Token | None = None
    quote_speaker: str | None = None
    undergone: bool = False  # the target came from the subject of a verb of undergoing ("X faces sanctions")
    standalone: bool = False  # a noun trigger that is its clause's subject, with its own source actor
    mood_tok: Token | None = None  # the word whose auxiliaries give the modality (a noun's carrying verb)


def _holds(t: Token, when, memo: dict | None = None) -> bool:
    """Whether all of a row's constraints hold for t (``memo`` keeps t's objects across the rows tried)."""
    memo = {} if memo is None else memo
    for key, vals in when:
        if key == "prt":
            # a particle parsed as a preposition ("handed over the suspects"), not a preposition of its own
            # beside an object ("handed the ambassador a note over the treatment of ...")
            # (a directional one keeps its object: "forced thousands of nomads off their lands")
            ok = any(c.lower_ in vals and (c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and (
                c.lower_ in _DIRECTIONS or not (_children(c, "pobj") and _children(t, "dobj"))))) for c in t.children)
        elif key == "prep":
            ok = any(c.dep_ in ("prep", "dative", "agent") and c.lower_ in vals and c.i > t.i  # (not "On 28 May, X
                     for c in t.children) or any(                                             # called the sale ...")
                # "asked Donald Trump about his taxes", the preposition hung on the name: a name takes none
                c.dep_ == "prep" and c.lower_ in vals for o in _children(t, "dobj") if _namelike(o)
                for c in o.children) or (
                (r := _raised(t)) is not None and bool(_children(r, "dobj"))
                and any(c.dep_ == "prep" and c.lower_ in vals for c in r.children))  # "fired and landed a round on X"
        elif key == "obj" and "*" in vals:
            if "objs" not in memo:
                memo["objs"] = _objects(t)
            ok = bool(memo["objs"])
        elif key == "subj":
            sub = _subject(t)
            subs = [] if sub is None else [sub]
            if sub is not None and (_lemma(sub) in _QUANTITY or sub.like_num):
                subs += _pobjs(sub, {"of"})  # "thousands of Maori protesters occupied ...": what it counts
            if sub is not None and _pron(sub) and (g := _governing_speech(t)) is not None \
                    and (speaker := _subject(g)) is not None and not _pron(speaker) and _agrees(sub, speaker):
                subs.append(speaker)  # "nurses said they would strike": the speaker is who "they" are
            ok = any(_lemma(x) in vals or x.lower_ in vals for x in subs)
        elif key == "obj":
            if "objs" not in memo:
                memo["objs"] = _objects(t)
            if "objwords" not in memo:
                # each object's lemma, form, plain singular (the lemmatizer's slips: "bases" -> "basis") and
                # compound modifiers, in one set; whether one is a currency, whether one is an actor
                objs = memo["objs"] + _frame_objects(t)
                words = set()
                for o in objs:
                    words.update((_lemma(o), o.lower_, o.lower_[:-1] if o.tag_ == "NNS" and o.lower_.endswith("s")
                                  else o.lower_))
                    words.update(_lemma(c) for c in o.children if c.dep_ == "compound")
                    if o.i >= 2 and o.doc[o.i - 1].text == "-" and o.doc[o.i - 2].head.i == o.i:
                        words.add(f"{o.doc[o.i - 2].lower_}-{o.lower_}")  # "sit-in": spaCy splits it in three
                memo["objwords"] = words
                memo["money"] = any(_lemma(o) in _CURRENCY for o in objs)
                memo["objs+"] = objs
            ok = not vals.isdisjoint(memo["objwords"]) or ("money" in vals and memo["money"]) or (
                "@actor" in vals and any(actors_for(o) for o in memo["objs+"]))
        elif key == "mod":
            ok = any(c.dep_ in ("amod", "compound", "nmod", "npadvmod") and (_lemma(c) in vals or c.lower_ in vals)
                     for c in t.children)
        elif key == "head":
            hd = t.head.head if t.head.dep_ == "prep" else t.head  # "remained on alert"
            ok = t.head.i != t.i and (_lemma(t.head) in vals or _lemma(hd) in vals or (
                # "placed its armed forces on alert", the "on" hung on the object
                t.head.dep_ == "prep" and t.head.lower_ in ("on", "under", "in", "into") and hd.dep_ == "dobj"
                and _lemma(hd.head) in vals) or (
                t.dep_ == "dobj" and _doing_verb(t.head) and not _bare_noun(_lemma(t))) or (
                # "the imposition of a curfew": a nominalisation stands for its verb
                t.head.lower_ == "of" and hd.pos_ == "NOUN"
                and any(v in vals for v in _nominal_candidates(_lemma(hd))))) or (
                # "carried out a wave of atrocities": what a quantity of acts is the object of
                t.head.lower_ == "of" and _lemma(hd) in _QUANTITY and hd.dep_ in ("dobj", "nsubjpass")
                and _lemma(hd.head) in vals) or (
                # "a curfew clamped on Kandy", "the sanctions imposed by the UN": a passive participle on the noun
                t.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in vals
                                         for c in t.children))
        elif key == "xsubj":
            # "compelled villagers to carry supplies": the infinitive may be parsed as an adverbial clause
            ok = any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "nsubj" for g in c.children) or _for_to(c)
                     for c in t.children) \
                or (any(not _act_noun(o) for o in _children(t, "dobj"))
                    and (any(c.tag_ not in ("VBG", "VBN") for c in _children(t, "xcomp"))
                         or any(_infinitive_advcl(c) for c in t.children)))
        elif key == "xcomp":  # xcomp=leave|quit: the infinitive's verb ("ordered X to leave")
            # (or hung on the object, or made an adverbial clause: "campaigned among Arab states to isolate Egypt")
            ok = any(_lemma(c) in vals for c in _children(t, "xcomp", "ccomp") + [
                r for o in _objects(t) for r in _children(o, "relcl", "acl") if _children(r, "aux")] + [
                c for c in _children(t, "advcl") if _infinitive_advcl(c)]) if vals \
                else bool(_children(t, "xcomp")) or (t.pos_ == "NOUN" and any(  # "a call on X to resolve ..."
                    _to_infinitive(c) for c in _children(t, "acl")))
        elif key == "neg":
            ok = _negated(t)
        elif key == "bare":  # no object, complement or prepositional object ('"Will Iran attack?" he asked.')
            ok = not any(c.dep_ in ("dobj", "dative", "iobj", "ccomp", "xcomp", "prep", "advcl", "attr", "acomp",
                                    "oprd") for c in t.children)
        elif key == "next":  # the word right after it ("seized on the remarks", not "seized X on Friday")
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            ok = nxt is not None and nxt.lower_ in vals and not any(  # (nor "were seized on Wednesday")
                c.ent_type_ in ("DATE", "TIME") for c in _children(nxt, "pobj"))
        elif key == "sing":  # a singular noun ("demand for copper", not "demands for his release")
            ok = t.tag_ in ("NN", "NNP")
        elif key == "nosubj":  # a participle with no subject of its own ("Asked if he would stand, X said")
            ok = not _children(t, "nsubj", "nsubjpass")
        elif key == "passive":  # a passive with no agent ("the plans should be scrapped")
            ok = _is_passive(t) and not _agent(t)
        elif key == "comp":
            if vals:
                if "comp" not in memo:
                    # with their conjuncts ("was unlawful and void") and hyphenated words split by the tokenizer
                    # ("anti-democratic", parsed as three predicates)
                    preds = [x for c in t.children if c.dep_ in ("acomp", "attr") for x in _conjuncts(c)]
                    memo["comp"] = {w for c in preds for w in (_lemma(c), c.lower_)} | {
                        f"{c.doc[c.i - 2].lower_}-{c.lower_}" for c in preds
                        if c.i > 1 and c.doc[c.i - 1].text in ("-", "\u2010", "\u2011")}
                ok = not vals.isdisjoint(memo["comp"])
            else:
                ok = bool(_children(t, "ccomp"))
        elif key == "any":
            if "words" not in memo:  # the subtree's words up to 12 after t, not in a fronted adverbial ("Since
                # the return of the hostages, Iran has held talks": no hostage is held)
                left = [c.left_edge.i for c in t.lefts if c.dep_ not in _FRONTED]
                memo["words"] = {w for x in t.doc[min(left, default=t.i): min(t.right_edge.i, t.i + 12) + 1]
                                 for w in (_lemma(x), x.lower_)}
            ok = not vals.isdisjoint(memo["words"])
        elif key == "modal":
            ok = bool(_aux(t) & vals)
        elif key == "mass":
            ok = any(_mass(o) for o in _objects(t) + _pobjs(t, {"of"}))
        elif key == "joint":
            ok = _jointly(t, vals)
        elif key == "act":
            ok = _joined_in(t, vals)
        else:
            ok = False
        if not ok:
            return False
    return True


_FRONTED = {"prep", "advcl", "advmod", "npadvmod", "punct", "mark", "cc"}
# what someone does in an act of another's is that act when it is one of these ("joined France in condemning")
_OWN_ACT_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONSULT", "THREATEN", "PROTEST", "SANCTION"}


def _joined_in(t: Token, preps: frozenset[str]) -> bool:
    """The `act=in|to` constraint: t names an act it takes part in, by a preposition among ``preps`` with a
    gerund or a noun that is no date ("joined Thai divers in the rescue", "in battling the fires"), or ("to")
    an infinitive ("joined Malaysia to co-sponsor"); not when that act is a statement or a measure of its own
    ("joined France in condemning the coup" is the condemnation, by both)."""
    acts = [g for c in t.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
            if (g.dep_ == "pcomp" and g.tag_ == "VBG")
            or (g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME"))]
    if "to" in preps:
        acts += [c for c in _children(t, "xcomp", "advcl") if _to_infinitive(c)]
    return any(not ((e := _match(a)) and e.type in _OWN_ACT_TYPES) for a in acts)


# "side by side", "hand in hand", "in tandem": adverbial phrases of acting together, by their first noun
_TOGETHER_PHRASES = {"side": "by", "hand": "in", "shoulder": "to", "tandem": "in", "concert": "in", "unison": "in"}
_IN_TOGETHER = {"tandem", "concert", "unison"}  # phrases whole in "in X"


def _jointly(t: Token, words: frozenset[str]) -> bool:
    """t is done together (the `joint=` constraint): an adverb among ``words`` ("jointly opened", "worked
    together"), an adverbial phrase of acting together ("side by side", "in tandem"), or an object or
    prepositional object that a word among ``words`` modifies ("opened a joint industrial park", "pressed ahead
    with joint work", "a railway line linking the two countries")."""
    for c in t.children:
        if c.dep_ in ("advmod", "npadvmod", "prt") and c.lower_ in words:
            return True
        if c.lower_ in _TOGETHER_PHRASES and any(g.lower_ == _TOGETHER_PHRASES[c.lower_] for g in c.children):
            return True  # "side by side", "shoulder to shoulder"
        if c.dep_ == "prep" and any(
                _TOGETHER_PHRASES.get(g.lower_) == c.lower_ and (
                    g.lower_ in _IN_TOGETHER or (c.i > 0 and c.doc[c.i - 1].lower_ == g.lower_))
                for g in c.children):
            return True  # "in tandem", "in concert", "[side] by side" (not "went cap in hand")
    things = _objects(t) + [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "in", "to")
                            for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ in ("amod", "compound", "acl", "advmod") and (c.lower_ in words or _lemma(c) in words)
               for o in things for c in o.children)


def _mass(o: Token) -> bool:
    """o counts people by the thousand: "thousands of workers", "more than a million aliens", "5,000 Roma"."""
    if _lemma(o) in ("thousand", "million") and o.tag_ == "NNS":
        return True
    for c in o.children:
        if c.dep_ == "nummod":
            words = {x.lower_ for x in c.subtree}
            if words & {"thousand", "thousands", "million", "millions"}:
                return True
            if c.like_num and c.text.replace(",", "").isdigit() and int(c.text.replace(",", "")) >= 1000:
                return True
    return False


# light verbs too vague to stand for "doing" the act their object names ("have a deal", "join the talks")
_VAGUE_LIGHT = {"have", "remain", "go", "put", "place", "join", "attend", "be", "level", "voice", "express", "lead"}


def _doing_verb(v: Token) -> bool:
    """Whether v is a light verb of doing ("unveiled a deal", "concluded a truce"): a row whose head= list of
    support verbs misses it still holds, so the lists need not enumerate every such verb."""
    if v.pos_ not in ("VERB", "AUX") or _lemma(v) in _VAGUE_LIGHT:
        return False
    return any("light" in e.flags and not e.when for e in trigger_index().get((_lemma(v), "verb"), ()))


@functools.cache
def _bare_noun(lemma: str) -> bool:
    """Whether the noun has an unconstrained event row: then a head= row is one reading among others ("lodged a
    protest" ACCUSE, a protest held PROTEST) and holds under its listed verbs only."""
    return any(not e.when and not e.inert for e in trigger_index().get((lemma, "noun"), ()))


_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def _misread_verb(t: Token) -> bool:
    """A past-tense verb the tagger read as an adjective: an "-ed" word with a direct object ("Iraqi forces
    unleashed weapons of mass destruction", tagged JJ)."""
    return t.tag_ == "JJ" and t.lower_.endswith("ed") and any(c.dep_ == "dobj" for c in t.children)


def _lemma_candidates(t: Token) -> list[str]:
    """The lemma, plus regular stems of the inflected form for when the lemmatizer slips ("staged" -> "stag")."""
    lem, w = _lemma(t), t.lower_
    out = [lem]
    if w in (lem + "ed", lem + "ing") and _CVC.fullmatch(lem):
        # a one-syllable verb ending consonant-vowel-consonant doubles its consonant ("rap" -> "rapped"): "raped",
        # "staged" without the doubling are "rape", "stage" (the lemmatizer's "rap", "stag" come second)
        out.insert(0, lem + "e")
    if (t.tag_ in ("VBD", "VBN") or _misread_verb(t)) and w.endswith("ed"):
        out += [w[:-1], w[:-2]] + ([w[:-3] + "y"] if w.endswith("ied") else [])
        out += [w[:-3]] if len(w) > 5 and w[-3] == w[-4] else []  # a doubled consonant: "kitted" -> "kit"
    elif t.tag_ == "VBG" and w.endswith("ing"):
        out += [w[:-3], w[:-3] + "e"] + ([w[:-4]] if len(w) > 6 and w[-4] == w[-5] else [])
    elif t.tag_ == "VBZ" and w.endswith("s"):
        out += [w[:-1]] + ([w[:-2]] if w.endswith("es") else [])
    # British spellings of -ize verbs ("demobilised", "criticises"): the lexicon may list either
    out += [c[:-3] + "ize" for c in out if c.endswith("ise") and len(c) > 5]
    return out


# Nominalisations: a noun the lexicon lacks but whose verb it has ("condemnation" <- "condemn",
# "seizure" <- "seize", "withdrawal" <- "withdraw", "the reopening of" <- "reopen") is coded like the verb, with a
# noun's argument frame.
# Suffix -> replacements, longest suffix first; every candidate stem is checked against the verb rows.
_NOMINAL_SUFFIXES = (
    ("ization", ("ize",)), ("isation", ("ise", "ize")), ("ication", ("y",)), ("ation", ("", "e", "ate")),
    ("ction", ("ct",)), ("olution", ("olve",)), ("osition", ("ose",)), ("ssion", ("ss", "t")), ("sion", ("de", "d")),
    ("tion", ("te",)), ("ment", ("",)), ("ial", ("y",)), ("al", ("", "e")), ("ance", ("", "e")), ("ence", ("e", "")),
    ("ure", ("e", "")), ("ion", ("", "e")), ("ing", ("", "e")), ("ivery", ("iver",)), ("overy", ("over",)),
)
# nouns that end like a nominalisation but name a thing, not the act ("a station", "the government")
_NOT_NOMINAL = {"station", "government", "movement", "department", "nation", "population", "region",
                "position", "opposition", "composition", "proposition", "disposition", "exposition", "relation",
                "situation", "condition", "information", "organization", "resolution", "solution", "revolution",
                "evolution",
                "organisation", "administration", "official", "general", "national", "rival", "capital",
                "signal", "total", "proposal", "ration", "figure", "future", "measure", "pressure", "nature",
                "culture", "structure", "procedure", "legislature", "ministry", "difference", "conference",
                "defence", "defense", "presence", "evidence", "violence", "instance", "distance", "finance",
                "balance", "ordinance", "union", "opinion", "million", "billion", "equipment", "parliament",
                "settlement", "basement", "comment", "statement", "element", "moment", "document",
                "payment", "investment", "environment", "treatment", "establishment", "development",
                "management", "arrangement", "announcement", "appointment", "requirement", "employment",
                "election", "section", "direction", "collection", "question", "mention", "session",
                "mission", "commission", "version", "television", "decision", "division", "provision",
                "tension", "pension", "expression", "impression", "session", "fraction", "faction",
                "address", "approval", "arrival", "survival", "festival", "interval", "terminal", "animal",
                "criminal", "regional", "material", "trial", "editorial", "memorial", "potential",
                # -ing nouns that name a thing or a time, not the act ("the building", "a morning")
                "building", "ceiling", "evening", "morning", "clothing", "housing", "wedding", "painting", "setting",
                "offering", "following", "meaning", "feeling", "beginning", "something", "anything", "everything",
                "nothing", "earnings", "savings", "findings", "proceedings", "surroundings", "sibling", "pudding",
                "spending", "funding", "briefing", "hearing", "meeting", "landing", "crossing", "opening", "standing",
                "training", "warning", "ruling", "recording", "drawing", "filling", "serving", "timing"}
BACKOFF = True  # benchmarks/events_leaveout.py switches it off to measure what it recovers


def _nominal_candidates(noun: str) -> list[str]:
    if len(noun) < 6 or noun in _NOT_NOMINAL:
        return []
    for suf, reps in _NOMINAL_SUFFIXES:
        if noun.endswith(suf):
            stem = noun[: -len(suf)]
            return [stem + r for r in reps if len(stem + r) >= 3]
    return []


@functools.cache
def _noun_lemmas() -> frozenset[str]:
    return frozenset(lemma for lemma, pos in trigger_index() if pos == "noun")


@functools.cache
def _nominal_entry(noun: str) -> Entry | None:
    """The noun row made from the verb a nominalisation comes from (None when there is none): same type and
    code, the verb's targets plus a noun's "against"/"on" complement (the "of"-object is the target of a
    transitive verb's noun, "the condemnation of X", and the doer of an intransitive one's, "the resignation of
    X"); only verbs whose first row holds unconditionally (a row that needs "off" or "obj=aid" says nothing about
    the noun)."""
    if noun in _noun_lemmas():
        return None
    for verb in _nominal_candidates(noun):
        rows = trigger_index().get((verb, "verb"), ())
        plain = [e for e in rows if not e.when and not e.inert]
        if not plain or any(e.inert for e in rows):
            continue
        return _noun_entry(noun, plain[0], f"nominalisation of '{verb}'", of_object=False)
    return None


def _noun_entry(noun: str, e: Entry, why: str, *, of_object: bool) -> Entry:
    """The noun row a verb row ``e`` gives a nominalisation: same type and code; the verb's targets plus a noun's
    "against"/"on" complement, and with ``of_object`` its "of"-object for the verb's object."""
    targets = tuple(x for x in e.targets if x != "dobj") + ("of",) if of_object else e.targets
    return Entry(noun, "noun", (), e.type, e.cameo, tuple(dict.fromkeys(targets + ("against", "on"))),
                 e.flags - {"support"}, e.compose, why + (f"; {e.note}" if e.note else ""), e.line)


def _names_an_act(objs: list[Token]) -> bool:
    """An "of"-object that is itself a material act ("the imposition of a curfew"): that act is the event."""
    return any((m := _match(o)) is not None and m.type in MATERIAL_ACTS for o in objs)


def _nominal_row(t: Token, noun: str) -> Entry | None:
    """A nominalisation's reading from a verb row that needs a certain object ("the dismissal of opposition
    demands" from "dismiss obj=demand"): the noun's "of"-object stands for the verb's object."""
    if noun in _noun_lemmas() or _names_an_act(_pobjs(t, {"of"})):
        return None  # "the imposition of a curfew": the act it names is the event
    memo: dict = {}
    for verb in _nominal_candidates(noun):
        rows = trigger_index().get((verb, "verb"), ())
        if any("light" in e.flags for e in rows):
            continue  # a light verb's noun carries the noun it governs ("the imposition of a curfew")
        for e in rows:
            if e.inert or not e.when or not {k for k, _ in e.when} <= {"obj", "any"}:
                continue
            if _holds(t, e.when, memo):
                return _noun_entry(noun, e, f"nominalisation of '{verb}' with its object", of_object=True)
    return None


def _verb_reading(t: Token, noun: str) -> Entry | None:
    """A noun with rows of its own, none of which holds, read as its verb when it names what it acts on (its
    "of"-object) and its doer (a possessor or "by" actor) or where it goes ("to"): "Russia's veto of the
    resolution", "the delivery of 40 truckloads of aid to Niamey", "the sharing of imagery by Washington"."""
    if noun not in _noun_lemmas():
        return None  # the other nominalisation readings cover nouns without rows
    objs = _pobjs(t, {"of"})
    if not objs or _names_an_act(objs):
        return None
    doer = any(c.dep_ == "poss" and (actors_for(c) or c.tag_ == "PRP$") for c in t.children) or any(
        actors_for(g) for g in _pobjs(t, {"by"}))
    if not doer and not _pobjs(t, {"to"}):
        return None
    memo: dict = {}
    for verb in dict.fromkeys([noun, *_nominal_candidates(noun)]):
        rows = trigger_index().get((verb, "verb"), ())
        if any("light" in e.flags for e in rows):
            continue  # a light verb's noun carries the noun it governs
        for e in rows:
            if e.when and not ({k for k, _ in e.when} <= {"obj", "any"} and _holds(t, e.when, memo)):
                continue
            if e.inert:
                if e.when:
                    return None  # a row that says the verb is no event with this object ("destroyed files")
                break
            return _noun_entry(noun, e, f"the verb '{verb}' for its noun, with the noun's object and doer",
                               of_object=True)
    return None


_INFLECTED = frozenset({"VBD", "VBN", "VBG", "VBZ"})


def _is_candidate(t: Token, lemmas: frozenset[str]) -> bool:
    """Cheap test run on every token: the plain lemma first, regular stems only for inflected verbs."""
    pos = t.pos_
    if pos not in _POS:
        return False
    lemma = t.lemma_.lower()
    if lemma in lemmas or t.lower_ in lemmas:
        return True
    if (t.tag_ in _INFLECTED or _misread_verb(t)) and any(c in lemmas for c in _lemma_candidates(t)[1:]):
        return True
    return BACKOFF and pos == "NOUN" and (_nominal_entry(lemma) is not None or _nominal_verb_rows(lemma))


@functools.cache
def _nominal_verb_rows(noun: str) -> bool:
    """Whether a noun the lexicon lacks comes from a verb with rows that need a certain object."""
    return noun not in _noun_lemmas() and any(
        not e.inert and e.when for v in _nominal_candidates(noun) for e in trigger_index().get((v, "verb"), ()))


def _reason_adjunct(prep: Token) -> bool:
    """``prep`` is "in" + a bare noun attached to a verb: "in protest", "in retaliation", "in response"."""
    if prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX") or _participating(prep.head):
        return False  # ("were locked in talks": what they take part in)
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    # not "in talks with Russia", "in consultations with X": a partner makes it the event itself
    return bool(objs) and objs[0].pos_ == "NOUN" and _lemma(objs[0]) not in _MANNER_ACTS and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") or (c.dep_ == "prep" and c.lower_ in ("with", "between"))
        for c in objs[0].children)


# verbs whose passive with "in" names the doers, not those acted on: "troops were engaged in fighting",
# "soldiers were involved in the attack" (the noun is the event; the verb's subject does it)
_PARTICIPATING = frozenset({"engage", "involve", "embroil", "entangle", "mire", "lock"})  # "locked in talks"


def _participating(v: Token) -> bool:
    return _lemma(v) in _PARTICIPATING and _is_passive(v) and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in v.children)


def _act_noun(o: Token) -> bool:
    """A noun that names an act ("ordered the expulsion of X to ..."): no one an infinitive can be said of."""
    if o.pos_ != "NOUN":
        return False
    e = _match(o)
    return e is not None and bool(e.type)


def _match(t: Token) -> Entry | None:
    """The lexicon row t evidences, if any (memoised per document: rules ask again about the same words)."""
    memo = t.doc.user_data.setdefault("newsgraph.events.match", {})
    if t.i not in memo:
        memo[t.i] = _match_row(t)
    return memo[t.i]


# places named after an act ("the demonstration site", "the blast scene"): the phrase names a place, not the act
_SITES = frozenset({"site", "scene", "venue", "zone", "area", "ground", "grounds", "spot", "location"})


def _match_row(t: Token) -> Entry | None:
    if t.dep_ in ("aux", "auxpass"):
        return None
    if t.pos_ == "VERB" and _participating(t):
        return None
    if t.pos_ == "PROPN" and t.i in (t.doc._.token_actor or {}):
        return None  # part of an actor's name ("Tourism Partnership", "Committee to Protect Journalists")
    pos = _POS.get(t.pos_)
    if pos == "noun" and t.dep_ == "pobj" and _reason_adjunct(t.head):
        return None  # "froze loans in protest at ...", "fired back in retaliation": the reason, not an event
    if pos == "noun" and t.dep_ == "compound" and _lemma(t.head) in _SITES:
        return None  # "by the demonstration site", "at the crash scene": a place named after an act
    keys = []
    lem = _lemma(t)
    if pos == "verb" and t.tag_ == "VBN" and t.dep_ == "acomp" and (lem, "verb") in trigger_index():
        # "Turkey is prepared to cut ties": a predicate participle reads as its adjective before its verb
        keys.append((t.lower_, "adj"))
    if pos:
        # the lemmatizer's slips ("staged" -> "stag"): regular stems too, after the lemma's own rows (first when
        # the spelling rules out the lemma: "raped" is no "rap", which doubles its consonant)
        cands = _lemma_candidates(t)
        keys += [(c, pos) for n, c in enumerate(cands) if c not in cands[:n]]
    if t.tag_ == "VBG" and pos != "verb":  # gerund used as a noun: "the cutting off of aid"
        keys.append((lem, "verb"))
    if _misread_verb(t):  # "unleashed weapons" tagged as an adjective: the verb's rows
        keys += [(c, "verb") for c in _lemma_candidates(t)[1:]]
    if pos == "noun" and t.lower_ != lem:
        keys.append((t.lower_, "noun"))
    if pos == "adj" and t.dep_ == "pobj":  # an adjective where only a noun can stand: "troops are on standby"
        keys.append((lem, "noun"))
    memo: dict = {}
    kids = None
    for key in keys:
        for e in trigger_index().get(key, ()):
            need = e.needs
            if need:  # a particle or preposition the row needs among t's children: a cheap first test
                if kids is None:
                    kids = {c.lower_ for c in t.children}
                    if pos == "verb" and (r := _raised(t)) is not None:
                        kids |= {c.lower_ for c in r.children if c.dep_ == "prep"}  # see _holds
                    kids |= {c.lower_ for o in t.children if o.dep_ == "dobj" and _namelike(o)
                             for c in o.children if c.dep_ == "prep"}  # a name's misplaced preposition: see _holds
                if need.isdisjoint(kids):
                    continue
            if _holds(t, e.when, memo):
                if e.inert and "light" in e.flags and pos == "verb":
                    # a light verb with no event noun to carry ("opened a joint industrial park"): any verb's row
                    return _any_verb_match(t) or e
                return e
    if pos == "verb" and t.pos_ == "VERB":
        return _any_verb_match(t)
    if pos == "noun" and t.pos_ == "NOUN" and _topic_noun(t) and any(
            c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in t.children):
        # "a joint clean-up got under way", "joint oil exploration by North and South Yemen began": any act done
        # jointly that its clause is about (as an object, the verb's "*" row reads it with the verb's modality)
        memo: dict = {}
        hit = next((e for e in trigger_index().get(("*", "noun"), ()) if _holds(t, e.when, memo)), None)
        if hit is not None:
            return hit
    if BACKOFF and pos == "noun" and t.pos_ == "NOUN":
        e = _nominal_row(t, lem) or _nominal_entry(lem) or _verb_reading(t, lem)
        if e is not None and lem.endswith("ing") and not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in t.children):
            return None  # an -ing noun is the act only with its doer or object named ("the torching of parliament")
        return e
    return None


def _topic_noun(t: Token) -> bool:
    """t is its clause's subject, or what a subject noun is of ("the opening of a joint free trade zone marked")."""
    if t.dep_ in ("nsubj", "nsubjpass"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in ("nsubj", "nsubjpass")


def _together_sentence(sent: TokSpan) -> bool:
    """A cheap filter, memoised per sentence: a word of togetherness somewhere in the sentence's text."""
    memo = sent.doc.user_data.setdefault("newsgraph.events.together", {})
    if sent.start not in memo:
        low = sent.text.lower()
        memo[sent.start] = any(w in low for w in any_verb_words())
    return memo[sent.start]


@functools.cache
def any_verb_words() -> frozenset[str]:
    """The words that can make rows for any verb ("*" verb rows: "jointly", "joint") hold; find_events tries
    those rows only in a sentence that has one of them."""
    return frozenset(w for e in trigger_index().get(("*", "verb"), ()) for k, vals in e.when if k == "joint"
                     for w in vals) | frozenset(_TOGETHER_PHRASES)


def _any_verb_match(t: Token) -> Entry | None:
    """A "*" verb row: any verb done together with another side, when what it acts on is no event noun of its
    own ("held joint talks" is the noun's event)."""
    rows = trigger_index().get(("*", "verb"), ())
    if not rows or _lemma(t) in _NEVER_ANY_VERB or not _together_sentence(t.sent):
        return None
    words = any_verb_words()  # cheap first test: a word of togetherness near the verb ("with joint work": 3 arcs)
    near = [x for c in t.children for x in (c, *c.children)]
    near += [g for c in t.children if c.dep_ == "prep" for x in c.children for g in x.children]
    if not any(x.lower_ in words or x.lemma_ in words for x in near):
        return None
    if any(e.speech for e in trigger_index().get((_lemma(t), "verb"), ())):
        return None
    things = _objects(t) + [g for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(_act_noun(o) for o in things):
        return None
    memo: dict = {}
    return next((e for e in rows if _holds(t, e.when, memo)), None)


# verbs too empty to be the joint act ("are together", "have a common border", "said in a joint statement")
_NEVER_ANY_VERB = {"be", "have", "say", "get", "seem", "become", "remain", "share", "live", "lie", "speak", "talk",
                   "walk", "sit", "pose", "appear", "arrive", "play", "sing", "dance", "smile", "laugh"}


def _content_match(t: Token) -> Entry | None:
    # any predicate may carry a demand or a refusal ("X must ensure", "will not accept"), but not the copula:
    # "approval should be a formality", "Turkey will not be a burden" state, they ask or refuse nothing
    keys = ((_lemma(t), "content"),) if _lemma(t) == "be" else ((_lemma(t), "content"), ("*", "content"))
    # "the UK should not ignore the need to reform": what someone should (not) do is asked of them, not blamed
    demanded = _lemma(t) != "be" and bool(_aux(t) & _DEMANDED)
    memo: dict = {}
    for key in keys:
        for e in trigger_index().get(key, ()):
            if demanded and key[0] != "*" and e.type == "ACCUSE":
                continue
            if _holds(t, e.when, memo):
                return e
    return None


# -------------------------------------------------------------------------------------- arguments
_CARGO = {"load", "pack", "fill", "bind", "destine", "head"}  # "trucks loaded with supplies to X", "bound for X"


def _slot(t: Token, slot: str) -> list[Token]:
    if slot == "dobj":
        return _objects(t)
    if slot == "iobj":
        return _children(t, "dative") if not any(c.dep_ == "dative" and c.lower_ == "to" for c in t.children) else []
    if slot == "csubj":
        out = []
        for c in t.children:
            if c.dep_ in ("ccomp", "xcomp"):
                out += _children(c, "nsubj", "nsubjpass")
                if c.dep_ == "ccomp" and c.pos_ == "PROPN" and _children(c, "mark") and actors_for(c):
                    out.append(c)  # "demanded that Lithuania back down", parsed with the name as the clause's head
        return out
    if slot == "poss":  # "froze the opposition party's accounts": the object's owner
        return [c for o in _objects(t)[:3] for c in _children(o, "poss") if c.lower_ not in _POSS_PRON]
    if slot == "xsubj":
        out = []
        for c in t.children:
            if c.dep_ in ("ccomp", "xcomp") or _for_to(c):  # "wants X to ...", "called for X to ..."
                out += _children(c, "nsubj")
        if not out and _children(t, "xcomp"):
            out = _children(t, "dobj")
        return out
    # a preposition: on t, or on its object ("cut off aid to X"), or on the object's object (a date is no slot's
    # filler: "restrictions on X were relaxed on Sunday")
    out = [g for g in _pobjs(t, {slot}) if g.ent_type_ not in ("DATE", "TIME")]
    if not out:
        for o in _objects(t)[:3]:
            out = _pobjs(o, {slot}) or [g for x in _pobjs(o, {"of"}) for g in _pobjs(x, {slot})]
            if out:  # ("handed back control of the base to Estonia": on the object's "of"-object)
                # "restrictions on the movement of Palestinian labourers": whose movement, when "movement" is no one
                out += [g for x in out if not actors_for(x) and x.pos_ == "NOUN" for g in _pobjs(x, {"of"})]
                break
    if not out:  # "sent a convoy of trucks loaded with relief supplies to Timisoara": on a participle of the object
        out = [g for o in _objects(t)[:3] for x in o.subtree if x.dep_ == "acl" and x.tag_ == "VBN"
               and x.lemma_.lower() in _CARGO for g in _pobjs(x, {slot})][:1]
    return out


def _resolve(t: Token, depth: int = 0) -> list[str]:
    """The actors a word stands for ("Hungarian and Romanian officials": two), looking inside a non-actor
    phrase ("leaders of X", "an appeal from X")."""
    found = actors_for(t)
    if found or depth > 1:
        return found
    for c in t.children:  # "the main rebel group, the FDD, insisted": the apposition names it (or them)
        if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN"):
            found = list(dict.fromkeys(a for x in _conjuncts(c) for a in actors_for(x)))
            if found:
                return found
    for c in t.children:
        # whose it is ("rose to Syria's defence"), or the country that describes it ("to the western Romanian
        # city of Timisoara", "dismissed a U.S. statement")
        if (c.dep_ == "poss" and c.lower_ not in _POSS_PRON) or (
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")):
            found = actors_for(c)
            if found:
                return found
    for c in t.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "from", "by", "in", "with", "to", "against", "for"):
            for g in c.children:
                if g.dep_ == "pobj":
                    # "the presidents of Sudan and South Sudan": each of the coordinated owners
                    found = list(dict.fromkeys(a for x in _conjuncts(g) for a in _resolve(x, depth + 1)))
                    if found:
                        return found
    for c in t.children:  # "oil facilities belonging to Saudi Aramco", "a station owned by the army": its owner
        if c.dep_ == "acl" and (c.lower_ == "belonging" or (
                c.tag_ == "VBN" and _lemma(c) in ("own", "operate", "run"))):
            for g in [g for p in c.children if p.lower_ in ("to", "by") and p.dep_ in ("prep", "agent")
                      for g in _children(p, "pobj")]:
                found = _resolve(g, depth + 1)
                if found:
                    return found
    if _lemma(t) in _WEAPONS:
        for c in t.children:  # "a bomb planted by ETA exploded, killing ...": who used the weapon
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for a in _children(c, "agent"):
                    for g in _children(a, "pobj"):
                        found = _resolve(g, depth + 1)
                        if found:
                            return found
    return []


# verbs whose subject, when it is an attack, strikes their object ("the strike hit / destroyed / damaged X")
_STRIKING = frozenset({"hit", "strike", "target", "destroy", "damage", "kill", "wound", "injure", "pound", "rock",
                       "level", "flatten", "raze", "devastate", "demolish", "ravage", "wreck", "batter", "tear"})
_WEAPONS = {"bomb", "car", "truck", "device", "mine", "rocket", "missile", "shell", "grenade", "mortar", "explosive",
            "bullet"}  # not "charge": "the charges brought by prosecutors" names no attacker


def _nearest_actor(t: Token, sources: list[Token], places: bool = True, skip=None) -> list[Token]:
    """The actor word nearest to t among its complements: at most NEAREST_DEPTH arcs down, not inside a
    subject, a clause of its own (relative, adverbial, reported) or a background phrase; with ``places``
    False not in a locative phrase either (where leaders met is not whom they met)."""
    index = t.doc._.token_actor or {}
    if not index:
        return []
    own = set(_actors(sources))
    if own:  # nor a state's own ("arrived in Beijing for the first visit by an Indian head of government"; not
        # "Solidarity threatened a strike if the government ...": the opposition acts on its state)
        acts = _actors_by_id(t.doc)
        states = {a.country for a in (acts.get(i) for i in own) if a is not None and a.country and (
            a.kind == "country" or a.sector in ("GOV", "MIL"))}
        if states:
            own |= {i for i, a in acts.items() if a.kind == "country" and a.country in states}
    best, todo = None, [(c, 1) for c in t.children]
    while todo:
        x, depth = todo.pop(0)
        # the trigger's own subject and clauses are no target; deeper down only relative clauses and
        # background phrases are cut ("a budget that allocates funds for a wall along the border with X")
        if (depth == 1 and x.dep_ in ("nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "agent", "punct",
                                      "parataxis")) or x.dep_ == "relcl" or (
                x.dep_ == "prep" and (x.lower_ in _BACKGROUND or x.lower_ in _NOT_TARGET_PREPS
                                      or (not places and x.lower_ in _LOCATIVE))):
            continue
        if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") and (m := _match(x)) is not None and m.speech:
            continue  # "X agreed to ..., a spokesman said": the attribution is no part of the act
        if x.dep_ == "prep" and x.lower_ == "under" and any(_lemma(o) in _MEDIATION or o.lower_ in _MEDIATION
                                                              for o in _children(x, "pobj")):
            continue  # "talks under Russian auspices": the mediator is no party to them
        if _partnering(x):
            continue  # "raided the village in coordination with Pakistani forces": a partner, not a target
        if depth == 1 and x.i > t.i and _lemma(x) in _ATTRIBUTIONS and x.doc[x.left_edge.i - 1].text == ",":
            continue  # "..., a Saudi-owned weekly reports" misparsed as an object: the attribution
        if x.dep_ in ("nsubj", "nsubjpass") and x.head.dep_ == "conj" and x.head.pos_ in ("VERB", "AUX"):
            continue  # the subject of a coordinated clause acts there; it is not acted on here
        if x.i in index and index[x.i] not in own and not (skip is not None and skip(x)) and not is_sponsor(x):
            if best is None or depth < best[1]:
                best = (x, depth)
            continue
        if x.dep_ == "advcl" and any(c.dep_ == "mark" for c in x.children):
            # "threatened to ... if the United States goes ahead": of a condition or a time clause only its
            # subject may be the target ("... if the Jewish state attacked Iraq" is no threat to Iraq)
            todo += [(c, depth + 1) for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
            continue
        if depth < NEAREST_DEPTH:
            todo += [(c, depth + 1) for c in x.children]
    return [best[0]] if best else []


def _actors(toks: list[Token]) -> list[str]:
    out = []
    for t in toks:
        for c in _conjuncts(t):
            for a in _resolve(c):
                if a not in out:
                    out.append(a)
    return out


# ------------------------------------------------------------------------------------ composition
_SPECIAL = {  # (composition class, embedded CAMEO root or code prefix) -> CAMEO code
    "threat": {"162": "1311", "1621": "1311", "1622": "1311", "163": "1312", "161": "1313", "164": "134",
               "165": "135", "166": "136", "172": "132", "1722": "1322", "1723": "1323", "1724": "1324",
               "191": "1381", "192": "1382", "18": "138", "19": "138", "20": "138", "14": "133", "15": "138"},
    # intent (03x), demand (10x) and refusal (12x) mirror the act they embed: material cooperation 06x,
    # aid 07x, yielding 08x (reform 083x -> 034x / 104x / 123x), meeting 04, support 05
    "intent": {"06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
               "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
               "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
               "0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
               "04": "036", "045": "039", "05": "032", "03": "030"},
    "demand": {"06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
               "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
               "08": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042",
               "0833": "1043", "0834": "1044", "084": "1053", "085": "1054", "086": "1055", "087": "1056",
               "04": "106", "045": "108", "05": "102", "03": "107"},
    "refuse": {"06": "121", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
               "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
               "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232",
               "0833": "1233", "0834": "1234", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
               "04": "125", "045": "126", "05": "120", "03": "127"},
    "accuse": {"18": "1123", "19": "1123", "20": "1124", "17": "1122"},
}
_BASE = {"threat": ("THREATEN", "130"), "demand": ("REQUEST", "100"), "refuse": ("REJECT", "120"),
         "accuse": ("ACCUSE", "112")}

# undoing a restriction or a military operation (CAMEO 08 mirrors 16, 17 and 19), or cooperation: "lifted the
# closure of X", "revoked the curfew", "halted the shelling". Embedded code prefix -> the code of easing it.
# Easing a curfew or emergency rule is 0813 / 0814, RETREAT in CAMEO2PLOVER-2021 (PLOVER's older gold records code
# lifting a curfew CONCEDE: the current table decides, as the lexicon's curfew rows do). Left out: who ends a
# protest or a strike (082 or repression?) or "the violence" (18, 20: its doers, or the police?) the text must say
_UNDO = {"1721": "0811", "1722": "0812", "1723": "0813", "1724": "0814", "172": "081", "171": "081", "174": "081",
         "175": "081", "17": "081", "173": "0841", "16": "085", "191": "0872", "192": "0874", "15": "0873",
         "19": "087",
         # ending cooperation or aid reduces relations (16 mirrors 06 and 07): "stopped cooperating with the
         # inspectors", "halted the food aid"; not talks or visits, which "end" by being over
         "06": "160", "07": "162", "071": "1621", "072": "1622", "073": "1623",
         # ending a mediation halts it (CAMEO 165): "ended his attempts to mediate between X and Y"
         "045": "165"}
_EFFORTS = {"attempt", "effort", "bid", "drive", "campaign", "initiative", "endeavour", "endeavor"}


def _undo(hits: list[Hit]) -> None:
    """A verb of ending or lifting (lexicon flag compose=undo) whose object or complement is a restrictive or
    violent act takes the code of easing that act; a bare row of such a verb with nothing to undo stays no
    event. Runs before reported speech is read, so "said it would lift the closure" is an intent to ease."""
    by_tok = {h.tok.i: h for h in hits}
    for g in hits:
        if g.entry.compose != "undo":
            continue
        inside = _embedded(g.tok)
        # "ended his attempts to mediate": what an effort or a bid named as the object is to do
        inside += [a for c in inside if c.pos_ == "NOUN" and _lemma(c) in _EFFORTS
                   for a in _children(c, "acl") if _to_infinitive(a)]
        for c in inside:
            h = by_tok.get(c.i)
            if h is not None and (h is g or h.entry.inert or h.entry.compose == "undo"):
                continue
            inner = h.cameo if h is not None else _restriction(c)
            code = _family(_UNDO, inner) if inner else None
            if code is None:
                continue
            typ = cameo_codes()[code].plover
            g.entry = replace(g.entry, type=typ, cameo=code)
            g.type, g.cameo = typ, code
            g.composed.append(f"{g.tok.text} + {c.text} ({inner}): easing it")
            break


def _restriction(t: Token) -> str | None:
    """The CAMEO code of a noun that names a measure only when someone imposes it ("curfew", "blockade" have
    rows with head=impose|declare): its rows are read without the head= constraint."""
    if t.pos_ != "NOUN":
        return None
    for e in trigger_index().get((_lemma(t), "noun"), ()):
        rest = tuple(kv for kv in e.when if kv[0] != "head")
        if not e.inert and len(rest) < len(e.when) and _holds(t, rest):
            return e.cameo
    return None


def _family(table: dict[str, str], code: str) -> str | None:
    """The table's value for a CAMEO code, its three-digit parent or its two-digit root, most specific first."""
    return next((table[k] for k in (code, code[:3], code[:2]) if k in table), None)


def _compose(cls: str, inner_type: str, inner_code: str, inner_pos: str = "verb") -> tuple[str, str]:
    """The type and CAMEO code of a trigger of class cls embedding an event (inner_type, inner_code)."""
    if cls in ("intent", "prepare"):
        if inner_type in HOSTILE or inner_type in ("THREATEN",):
            if cls == "prepare":
                return "MOBILIZE", "150"
            cls = "threat"
        else:
            if inner_type == "AGREE":
                return "AGREE", inner_code
            if inner_type == "REJECT":  # "is prepared to veto", "agreed to reject the plan": a refusal in prospect
                return "REJECT", inner_code
            if inner_type == "REQUEST" and inner_pos == "noun":  # "agreed to the demands": acceding
                return "CONCEDE", "083"
            if inner_type == "REQUEST":  # "agreed that their countries should cooperate": an agreement
                return "AGREE", "030"
            if inner_type == "SUPPORT" and inner_pos == "noun":  # "offered condolences": the support itself
                return "SUPPORT", inner_code
            return "AGREE", _family(_SPECIAL["intent"], inner_code) or "030"
    typ, code = _BASE.get(cls, (None, None))
    if typ is None:
        return inner_type, inner_code
    return typ, _family(_SPECIAL.get(cls, {}), inner_code) or code


_PROTECT = {"protect", "evacuate", "guard", "shield", "safeguard", "rescue", "escort", "defend"}
_PROTECTED = {"national", "citizen", "civilian", "refugee", "foreigner", "resident", "people", "population",
              "convoy", "worker", "diplomat", "tanker", "ship", "shipping", "expatriate", "minority", "villager"}
_DECISIONS = {"decision", "plan", "move", "proposal", "bid", "attempt", "effort", "intention", "readiness",
              "willingness", "refusal", "order", "agreement", "deal", "pledge", "promise", "vow", "plans"}
_COMMITMENTS = {"agree", "promise", "pledge", "undertake", "commit", "offer"}
_OUTLAW_SECTORS = {"REB", "INS", "CRM", "UAF"}


def _outlaws(h: Hit) -> bool:
    """Whether every actor the act is aimed at is an armed group or criminals (rebels, militants, gangs)."""
    ids = _actors(h.targets)
    if not ids:
        return False
    acts = _actors_by_id(h.tok.doc)
    return all(a in acts and acts[a].sector in _OUTLAW_SECTORS for a in ids)


def _ultimatums(hits: list[Hit], doc: Doc) -> None:
    """"told Iraq to comply or face military action", "ordered the protesters to disperse or face arrest": the
    act the one warned would face is threatened (CAMEO 13) by the one who warns, and the act demanded of it
    (if a trigger) is a demand, not an act done."""
    by_tok = {h.tok.i: h for h in hits}
    faces = {h.tok.head.i for h in hits if h.tok.dep_ == "dobj"} | set(by_tok)
    for f in (f for f in (doc[i] for i in faces) if _lemma(f) == "face" and f.dep_ == "conj"):
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in f.head.children):
            continue
        demanded, gov = f.head, f.head.head
        if demanded.dep_ not in ("xcomp", "ccomp", "advcl", "acl", "relcl") or gov.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        if gov.pos_ == "NOUN":  # "gave Belarus a week to release ... or face sanctions": the verb giving it
            gov = gov.head
        src = _agent(gov) if _is_passive(gov) else _subject(gov)
        warned = _children(gov, "dobj", "dative") or _children(demanded, "nsubj")
        if gov.pos_ not in ("VERB", "AUX") or src is None or not _actors([src]):
            continue
        warned = warned if warned and _actors(warned) else []
        h = next((by_tok[o.i] for o in _children(f, "dobj") if o.i in by_tok), None)
        if h is not None and not h.entry.inert and (h.type in HOSTILE or h.type == "THREATEN"):
            h.absorbed = False  # not merely what is ordered: what follows if it is not done
            h.type, h.cameo = _compose("threat", h.type, h.cameo)
            h.sources, h.source_rule = [src], f"subject of '{gov.text}' (an ultimatum)"
            if warned:
                h.targets, h.target_rule = warned, f"object of '{gov.text}' (warned)"
            h.verbal, h.modality, h.light = True, "conditional", True
            h.composed.append(f"ultimatum: '{demanded.text}' or face '{h.tok.text}'")
        d = by_tok.get(demanded.i)
        if d is not None and not d.absorbed and not d.entry.inert and d.type not in ("REQUEST", "THREATEN"):
            d.type, d.cameo = _compose("demand", d.type, d.cameo)
            d.sources, d.source_rule = [src], f"subject of '{gov.text}' (an ultimatum)"
            if warned:
                d.targets, d.target_rule = warned, f"object of '{gov.text}' (warned)"
            d.verbal = True
            d.composed.append(f"demanded in an ultimatum by '{gov.text}'")


def _to_infinitive(c: Token) -> bool:
    """c is a verb with "to" as its auxiliary: "to withdraw"."""
    return any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)


def _infinitive_advcl(c: Token) -> bool:
    """A bare "to"-infinitive the parser hung on its verb as an adverbial clause: after a verb that embeds
    an act (threaten, promise, refuse) it is the act's complement, not a purpose."""
    return c.dep_ == "advcl" and c.tag_ == "VB" and not _children(c, "nsubj", "mark") and _to_infinitive(c)


def _for_to(c: Token) -> bool:
    """A "for X to do" clause ("called for Israel to withdraw"): the act asked of X, with X its subject."""
    # (on a noun the parser may make it a relative clause: "Baker's call for Israel to stop building")
    return c.dep_ in ("advcl", "ccomp", "xcomp", "relcl", "acl") \
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) \
        and _to_infinitive(c) and bool(_children(c, "nsubj"))


def _embedded(t: Token) -> list[Token]:
    """Words whose event t's meaning embeds: infinitive / clause complements, objects, "for"/"of"/"to"
    complements ("blamed X for the bombing", "ready to host"), and their conjuncts."""
    out = []
    for c in t.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj", "acomp", "oprd", "nsubjpass") or (
                c.dep_ == "acl" and c.tag_ == "VB" and t.pos_ == "NOUN") or _infinitive_advcl(c) or _for_to(c):
            # "plans to send", "readiness to talk"; "threatened on Sunday to stage a strike" (parsed advcl)
            out += _conjuncts(c)
            if c.dep_ == "ccomp":
                out += _passive_subject_acts(c)
            if c.dep_ == "ccomp" and _lemma(c) == "be":  # "said it was ready to join": the predicate adjective
                out += [a for a in c.children if a.dep_ in ("acomp", "attr") and a.pos_ == "ADJ"]
                if _likely(c):
                    out += [n for n in _children(c, "nsubj") if n.pos_ == "NOUN"]  # "said sanctions were possible"
            if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ":
                # "found X guilty of kidnapping": what the finding is about
                out += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                        for q in _conjuncts(p) for g in q.children if g.dep_ in ("pobj", "pcomp")]
            if c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in _QUANTITY:
                # "lifted most of its sanctions", "a wave of attacks": what the quantity is of
                out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]
            if c.dep_ in ("xcomp", "advcl") and _lemma(c) in _ASPECT | {"keep", "go"}:
                # "threatened to launch a new offensive", "vowed to keep fighting": what is launched or kept up
                out += _children(c, "dobj", "xcomp")
            elif c.dep_ == "ccomp" and _lemma(c) in _ASPECT:
                # "said Moscow would begin pulling out its troops", "warned it would launch an offensive",
                # "warned they would continue with the protests"
                out += _children(c, "xcomp", "dobj") + _pursued(c)
        elif c.dep_ == "prep" and c.lower_ in ("for", "of", "to", "on", "against"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    out += _conjuncts(g)
    fronted = _fronted_content(t) if t.dep_ in ("conj", "advcl", "ccomp") else None
    if fronted is not None:  # "X will ..., Y warned": the fronted clause is what Y says
        out += [fronted, *_passive_subject_acts(fronted)]
    return out


def _pursued(v: Token) -> list[Token]:
    """"continue with the protests", "go ahead with the strike": the act a verb of keeping on is "with"."""
    return [g for p in _children(v, "prep") if p.lower_ == "with" for g in _children(p, "pobj")]


def _passive_subject_acts(v: Token) -> list[Token]:
    """"(said) a curfew would be slapped on the city": the act the subject of an agentless passive names."""
    if not _is_passive(v) or _agent(v):
        return []
    return [n for n in _children(v, "nsubjpass") if n.pos_ == "NOUN"]


def _statement_clauses(t: Token) -> list[Token]:
    """"said in a statement posted on its website that they would free ...": the reported clause the parser hung
    on the statement (or on what describes it) instead of on the verb of saying."""
    out = []
    for p in _children(t, "prep"):
        for n in _children(p, "pobj"):
            for x in [n, *_children(n, "acl")]:
                out += [c for c in _children(x, "ccomp")
                        if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return out


# ------------------------------------------------------------------------------------------ stage
@Language.component("newsgraph_events")
def events_component(doc: Doc) -> Doc:
    try:
        doc._.events = find_events(doc)
    except Exception as exc:  # an event-coding failure (a bug) must not lose the article's actors and quotes
        log.warning("event coding failed on one document (%s: %s); its events are left empty",
                    type(exc).__name__, exc)
        doc._.events = []
    finally:
        doc.user_data.pop("newsgraph.events.match", None)  # lexicon rows are no data to keep with the doc
    return doc


# a sports report is no political news: at least SPORT_MIN unambiguous sports words (sport.tsv: "coach",
# "cricket", "tournament") and SPORT_DENSITY sports words of any kind per 100 words
SPORT_MIN, SPORT_DENSITY = 3, 1.5


def sports_report(doc: Doc) -> bool:
    """Whether the text reports sport ("Australia beat South Africa by 246 runs", "the coach criticised the
    defender"): its wins, defeats and transfers are coded as no events."""
    plain, ambiguous = _sport_hashes(doc.vocab.strings)
    lower = doc.to_array(LOWER).tolist()
    n_plain = sum(1 for h in lower if h in plain)
    if n_plain < SPORT_MIN:
        return False
    n_all = n_plain + sum(1 for h in lower if h in ambiguous)
    return n_all * 100 >= SPORT_DENSITY * int(doc.to_array(IS_ALPHA).sum())


@functools.cache
def _sport_hashes(strings) -> tuple[frozenset[int], frozenset[int]]:
    """The string hashes of sport.tsv's unambiguous and ambiguous words (what ``doc.to_array(LOWER)`` holds)."""
    words = lexicon.sport()
    return tuple(frozenset(strings[w] for w, use in words.items() if (use == "ambiguous") == amb)
                 for amb in (False, True))


# sectors of actors no sports report has (a team is coded as its country, a player or coach is no actor)
# (nor police, courts and sports federations, which doping and fan-violence stories have)
_HARD_NEWS_SECTORS = frozenset({"GOV", "MIL", "SPY", "INS", "REB", "UAF"})


def _hard_news(sent: TokSpan) -> bool:
    """A sentence of political news in a text that reports sport (the Lee corpus and news digests run several
    stories together: "... the highlight of his career. Israeli warplanes have bombed Gaza City ..."): no sports
    word, and a government body, army, intelligence service or armed group in it."""
    plain, ambiguous = _sport_hashes(sent.doc.vocab.strings)
    if any(t.lower in plain or t.lower in ambiguous for t in sent):
        return False
    index, acts = sent.doc._.token_actor or {}, _actors_by_id(sent.doc)
    return any((a := acts.get(index[t.i])) is not None and a.sector in _HARD_NEWS_SECTORS
               and a.kind in ("organization", "group") for t in sent if t.i in index)  # (not "FAI officials",
    # nor a country, which teams are named by)


def find_events(doc: Doc) -> list[Event]:
    sport = sports_report(doc)
    lemmas = trigger_lemmas()
    skip = skipped_ranges(doc)
    quotes = list(doc._.quotes or [])
    out: list[Event] = []
    seen: set[tuple] = set()
    in_protest = [m.start() for m in _IN_PROTEST_RE.finditer(doc.text)]  # most texts have none: skip the scan
    for sent in doc.sents:
        if any(s <= sent.start_char and sent.end_char <= e for s, e in skip):
            continue
        if len(sent) > MAX_SENT_TOKENS:  # run-on text (tables, lists): bound the work per sentence
            continue
        if sport and not _hard_news(sent):
            continue
        hits = []
        any_verb = _together_sentence(sent)
        for t in sent:
            if _is_candidate(t, lemmas) or (any_verb and (t.pos_ == "VERB" or (
                    t.pos_ == "NOUN" and any(c.lower_ == "joint" for c in t.children)))):
                e = _match(t)
                if e:
                    hits.append(Hit(t, e, e.type or "", e.cameo or ""))
        if in_protest and any(sent.start_char <= p < sent.end_char for p in in_protest):
            hits += _protest_hits(sent, hits)
        _undo(hits)
        hits += _content_hits(sent, hits, quotes)
        if not hits:
            continue
        _arguments(hits, doc, quotes)
        _carrying_participles(hits)
        _peacekeeping(hits, doc)
        _composition(hits)
        _threat_aims(hits)
        _told_addressee(hits)
        _struck(hits)
        _holding_out(hits)
        _ultimatums(hits, doc)
        _demonstrating(hits)
        _pressed_demands(hits, doc)
        _breakaway_aims(hits)
        _means(hits)
        _naming_participles(hits)
        _background(hits)
        for h in hits:
            if h.absorbed or h.entry.inert or (h.type in HOSTILE and _score_near(h.tok)) or _natural_cause(h) \
                    or _worried_about(h) or _press_talk(h, doc) or _if_done(h) or _helped_by_thing(h) \
                    or _figurative_violence(h):
                continue
            for ev in _emit(h, sent, doc, quotes):
                key = (ev.type, ev.source, ev.target, ev.trigger.start)
                if (ev.explain or {}).get("source") == _TELLER:  # one charge per teller and doer in a sentence
                    key = (ev.type, ev.source, ev.target, -1 - sent.start)
                    if any(o.type == "ACCUSE" and o.source == ev.source and o.target == ev.target
                           and o.evidence.start == sent.start_char for o in out):
                        continue
                if key not in seen:
                    seen.add(key)
                    out.append(ev)
    for n, ev in enumerate(out, 1):
        ev.id = f"e{n}"
    return out


_SAYINGS = frozenset({"gaffe", "scandal", "row", "controversy", "affair", "revelation", "comment", "allegation",
                      "rhetoric", "speech", "debate", "defeat", "loss", "result", "poll"})
# (not "position", "campaign", "target": words of war too)
_NOTIONS = frozenset({"issue", "hope", "chance", "idea", "argument", "notion", "myth", "image", "reputation", "rival",
                      "competition", "expectation", "forecast", "rumour", "plan", "proposal", "policy", "decision",
                      "bill", "law", "budget", "scheme", "initiative", "reform", "measure", "claim", "remark"})


def _figurative_violence(h: Hit) -> bool:
    """"attempting to slaughter the council tax as an election issue", "beat inflation", "the gaffe hasn't destroyed
    Trump": violence done to, or done by, a notion, something proposed or said, or a market force (word_classes.tsv
    @market) is a figure of speech."""
    if h.type != "ASSAULT" or h.entry.pos != "verb":
        return False
    passive = _is_passive(h.tok)
    subj = _agent(h.tok) if passive else _subject(h.tok)
    if subj is not None and _notion(subj):
        return True
    objs = [] if passive else _children(h.tok, "dobj")
    return bool(objs) and all(_notion(o) for o in objs)


def _notion(t: Token) -> bool:
    """A word for a notion, something said or proposed, or a market force, that is no actor."""
    lemma = _lemma(t)
    return (lemma in _NOTIONS or lemma in _SAYINGS or lemma in word_classes()["market"]) and not _actors([t])


def _natural_cause(h: Hit) -> bool:
    """"A blaze injured a man", "the virus has killed 17 people", "an earthquake struck, killing five": harm done by
    nature, disease or accident (``@nature``, also as the verb of its occasion or coordinated: "injured after the
    roof collapsed", "infected 200 and killed three") is no one's act; so is harm done by market forces (``@market``:
    "hit by declining consumption", "the energy crisis forced the president to ...")."""
    if h.type not in ("ASSAULT", "COERCE") or h.tok.pos_ not in ("VERB", "AUX"):
        return False
    nature = word_classes()["nature"]
    if any(_lemma(v) in nature and _match(v) is None for v in [c for x in (h.tok, *h.tok.conjuncts)
                                                               for c in _children(x, "advcl")] + (
            [h.tok.head] if h.tok.dep_ == "conj" else [])):
        return True  # "were injured after a roof collapsed", "has infected 200 people and killed three"
    doer = _agent(h.tok) if _is_passive(h.tok) else _subject(h.tok)
    if doer is None and _is_passive(h.tok):
        # "were killed when a thunderstorm struck": the cause the clause of its occasion names
        doer = next((s for c in _children(h.tok, "advcl") for s in _children(c, "nsubj")), None)
    if doer is not None and doer.like_num:
        doer = doer.head  # "an earthquake of magnitude 6.3 that struck", the clause hung on the number
    if doer is None:
        return False
    if doer.pos_ == "NOUN" and (_lemma(doer) in nature or _lemma(doer) in word_classes()["market"]):
        return True  # (a possessor is whose crisis it is: "Argentina's energy crisis forced ...")
    return doer.lower_ == "fire" and not actors_for(doer) and not any(
        c.dep_ in ("compound", "amod", "nmod", "poss") for c in doer.children)


def _helped_by_thing(h: Hit) -> bool:
    """"profit margins were helped by a strong performance in China", "deficits funded by the buying of bonds":
    help, aid or backing a thing gives (a passive's agent that is no actor) is no one's act."""
    if h.type not in ("AID", "SUPPORT", "COOPERATE", "AGREE") or not _is_passive(h.tok):
        return False
    a = _agent(h.tok)
    return a is not None and a.pos_ == "NOUN" and not actors_for(a) and (
        _lemma(a) in _GOOD_FORTUNE or _lemma(a) in word_classes()["market"] or a.tag_ == "VBG")


# what helps without anyone helping ("helped by a strong performance", "aided by the support of younger voters")
_GOOD_FORTUNE = frozenset({"performance", "support", "success", "popularity", "tradition", "boost", "surge",
                           "recovery", "result", "results", "earnings", "profit", "profits", "revenue", "revenues",
                           "buying", "selling", "purchase", "purchases"})


def _no_doer(h: Hit) -> bool:
    """No one does h: a thing for its subject ("fragments could injure people"; not "I will destroy ...", whose
    speaker the quote names, nor a passive, "would be hit by a wave of bombings", whose doer goes unsaid)."""
    return bool(h.sources) and not _is_passive(h.tok) and not any(_pron(s) or _actors([s]) for s in h.sources)


def _aim_at_condition(h: Hit, verbs: list[Token] | None = None, known: dict | None = None,
                      rule: str = "who the condition is about") -> None:
    """"will retaliate if attacked by Israel", "will lift the embargo if Iraq complies": a conditional threat (or
    offer) with no target of its own is aimed at whoever its condition is about: the condition of ``verbs``
    (default: the trigger's own), and with ``known`` (actors by id) only one whose country is known."""
    if _actors(h.targets):
        return
    for v in verbs or [h.tok]:
        for who in _condition_doers(v):
            ids = _actors([who])
            if ids and not set(ids) & set(_actors(h.sources)) and (
                    known is None or any((a := known.get(i)) is not None and a.country for i in ids)):
                h.targets, h.target_rule = [who], rule
                return


def _threat_aims(hits: list[Hit]) -> None:
    """"threatened to launch a mass movement unless King Birendra restored parliament": a threat with no target
    of its own is aimed at whoever must meet its condition (on the threat or on the act it threatens)."""
    for h in hits:
        if h.absorbed or h.type != "THREATEN" or h.entry.pos == "content":
            continue
        # (one whose country is known: "if Islamist fighters regrouped there" leaves the place to say)
        _aim_at_condition(h, [h.tok, *_children(h.tok, "xcomp", "ccomp")], _actors_by_id(h.tok.doc),
                          "who must meet the threat's condition")


_TELLING = frozenset({"tell", "assure", "inform"})
_TOLD_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "SUPPORT", "CONCEDE", "THREATEN", "ACCUSE"})


def _told_addressee(hits: list[Hit]) -> None:
    """"'We want to bury this quarrel,' Mahuad told his Peruvian counterpart", "Cairo has told Khartoum it is willing
    to ...": what one states says to a foreign addressee falls on that addressee when its own target is the
    speaker's own side (or none)."""
    known = None
    for h in hits:
        if h.absorbed or h.type not in _TOLD_TYPES:
            continue
        sp = h.speech_tok if h.speech_tok is not None else _governing_speech(h.tok)
        if sp is None or _lemma(sp) not in _TELLING:
            continue
        teller = _subject(sp)
        tellers = set(_actors([teller])) if teller is not None else set()
        if not (set(_actors(h.sources)) & tellers or h.quote_speaker in tellers):
            continue  # what the teller says someone else does is not said to the addressee by the doer
        known = known if known is not None else _actors_by_id(h.tok.doc)
        own = {known[i].country for i in _actors(h.sources) if i in known} | (
            {known[h.quote_speaker].country} if h.quote_speaker in known else set())
        own.discard(None)
        if not own or any(known[i].country not in own for i in _actors(h.targets) if i in known and known[i].country):
            continue
        # (not the outlet it is told to: "told Israel Army Radio")
        told = [o for o in _children(sp, "dobj", "dative") if _actors([o]) and all(
            known[i].country and known[i].country not in own and getattr(known[i], "sector", None) != "MED"
            for i in _actors([o]) if i in known)]
        if told:
            h.targets, h.target_rule = told[:1], f"whom '{sp.text}' addresses"


def _condition_doers(v: Token) -> list[Token]:
    """Who does what v is conditional on: "if Iraq complies" (Iraq), "if attacked by Israel" (Israel)."""
    return [x for c in _conditions(v)
            for x in (_children(c, "nsubj", "nsubjpass") if not _is_passive(c) or not _agent(c) else [_agent(c)])]


def _if_done(h: Hit) -> bool:
    """"could face 85 years if convicted", "will strike back unless India withdraws its troops", "was asked whether
    she would meet Putin", "Would you support sanctions?": an act that is only a condition or a question is no event
    (unless a rule made it part of one: a demand, a threat)."""
    t = h.tok.head if h.tok.dep_ == "xcomp" else h.tok  # ("if the House votes to impeach him")
    if h.verbal or h.composed:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
        return True
    # a question about what may be ("would you ...?", "'Will Iran attack?' he asked"), not one about what was ("why
    # did you ...?"): the first stop after the act is a question mark
    stop = next((x for x in h.tok.doc[h.tok.i + 1: h.tok.sent.end] if x.text in ("?", ".", "!", ",", ";", ":")), None)
    return h.modality != "asserted" and stop is not None and stop.text == "?"


def _press_talk(h: Hit, doc: Doc) -> bool:
    """"the astronomer discussed his research with Wikinews", "spoke to the BBC": talking to the press is an
    interview, no consultation between the speaker and the outlet."""
    if h.type != "CONSULT" or _lemma(h.tok) not in _TALKING or not h.targets:
        return False
    acts = _actors_by_id(doc)
    ids = _actors(h.targets)
    return bool(ids) and all(a in acts and acts[a].sector == "MED" for a in ids)


_TALKING = frozenset({"discuss", "talk", "speak", "chat", "interview", "tell", "converse"})


def _worried_about(h: Hit) -> bool:
    """"prices rose on worries about unrest in Iraq": an act no one is named for, only feared or talked of
    (``@worry``), is a topic, not an event."""
    t = h.tok
    return not h.sources and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("about", "over", "of") \
        and _lemma(t.head.head) in word_classes()["worry"]


# a score ("4-0", "3 - 1"), not a decimal, a ratio, a date range ("12-13 May") or a span of years or percent
_SCORE_RE = re.compile(
    r"(?<![\d.,:/])(?:1?\d)\s?[-\u2013]\s?(?:1?\d)(?![\d,:/-]|\.\d|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec|[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|"
    r"[Nn]ovember|[Dd]ecember|percent|per\b|%|years|days|months|weeks))")


def _score_near(t: Token) -> bool:
    """A match result right after a hostile verb ("crushed Arsenal 4-0", "was beaten 5-0 by Bayern"): sport."""
    window = t.doc[t.i + 1: min(t.i + 7, t.sent.end)]
    return bool(_SCORE_RE.search(window.text))


# an act done "in protest" that is no event of its own ("parked their lorries across the motorways in protest
# against diesel taxes") is a demonstration: PROTEST 141, aimed at what the protest is against
_IN_PROTEST_RE = re.compile(r"\bin (?:\w+ )?(?:protest|defiance)\b", re.IGNORECASE)
_IN_PROTEST = Entry("in protest", "verb", (), "PROTEST", "141", ("against", "at", "over"), frozenset(), None,
                    "an act done in protest", 0)


def _protest_hits(sent: TokSpan, hits: list[Hit]) -> list[Hit]:
    taken = {h.tok.i for h in hits}
    out = []
    for t in sent:
        if t.pos_ != "VERB" or t.i in taken or t.dep_ in ("aux", "auxpass", "amod"):
            continue
        for prep in t.children:
            # "in protest", "in silent protest", "in open defiance of the hijab rule"
            if prep.dep_ == "prep" and prep.lower_ == "in" and any(
                    _lemma(g) in ("protest", "defiance") and g.pos_ == "NOUN" and not any(
                        c.dep_ in ("det", "poss", "nummod") for c in g.children)
                    for g in prep.children if g.dep_ == "pobj"):
                out.append(Hit(t, _IN_PROTEST, "PROTEST", "141"))
                break
    return out


def _namelike(o: Token) -> bool:
    """A name or pronoun, which takes no prepositional phrase of its own: also a capitalised word inside the
    sentence that the tagger took for a common noun ("asked Trump about ...", "Trump" tagged NN)."""
    return o.pos_ in ("PROPN", "PRON") or (o.is_title and o.i > o.sent.start and not _children(o, "det"))


def _fronted_content(v: Token) -> Token | None:
    """"Troops will open fire on anyone ..., the authorities warned": the clause before a verb of saying that the
    parser made the root, with the verb of saying a conjunct after a comma."""
    if v.dep_ not in ("conj", "advcl", "ccomp") or v.head.i >= v.i or v.head.dep_ != "ROOT" \
            or _children(v.head, "cc"):
        return None  # ("X must let Y in, the minister told reporters": "told" hung as the clause's complement)
    if v.dep_ == "advcl" and _children(v, "mark"):
        return None  # "..., as the minister said": an aside, not the verb the clause is reported by
    subj = [x for x in _children(v, "nsubj") if x.i < v.i][-1:]  # the nearest ("Y in, the minister told")
    if not subj or subj[0].left_edge.i == 0 or v.doc[subj[0].left_edge.i - 1].text != ",":
        return None
    if not any(e.speech for e in trigger_index().get((_lemma(v), "verb"), ())):
        return None
    return v.head


def _that_clause(v: Token) -> list[Token]:
    """Clause roots a verb of saying reports: its clausal complements; when the parser missed them
    ("maintained during the talks that X could face ..."), the first verb after a following "that" whose
    subject comes after the "that"."""
    roots = [c for c in v.children if c.dep_ in ("ccomp", "xcomp")]
    if roots:
        return roots
    fronted = _fronted_content(v)
    if fronted is not None:
        return [fronted]
    # "said for Russia to make progress the government must renew ...": the parser hangs the reported clause on
    # a purpose or condition clause put first in it
    inner = [g for c in v.children if c.dep_ == "advcl" and c.i > v.i
             and any(m.lower_ == "for" for m in _children(c, "mark"))
             for g in c.children if g.dep_ == "ccomp" and g.i > c.i and _children(g, "nsubj", "nsubjpass")]
    if inner:
        return inner[:1]
    sent = v.sent
    for t in sent.doc[v.i + 1: min(v.i + 12, sent.end)]:
        if t.lower_ == "that":
            for x in sent.doc[t.i + 1: min(t.i + 15, sent.end)]:
                if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("aux", "auxpass") and any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i for c in x.children):
                    return [x]
            break
    return []


def _content_hits(sent: TokSpan, hits: list[Hit], quotes) -> list[Hit]:
    """Verbal events: clauses reported by a verb of saying (or held in a quote) whose content is itself an
    event: a criticism, a demand, a threat. A content pattern at the clause's root wins over the triggers
    it governs ("could face further cuts" is a threat, not a cut)."""
    out = []
    by_i = {h.tok.i: h for h in hits}
    clauses: list[tuple[Token, Token | None]] = []  # (clause root, speech verb)
    for h in hits:
        if h.entry.speech or h.entry.compose == "threat":
            for c in _that_clause(h.tok):
                clauses += [(x, h.tok) for x in _conjuncts(c)]
    # quote contents with no verb of saying over them in the parse ("...," the official added)
    for q in quotes:
        if q.content.start >= sent.end_char or q.content.end <= sent.start_char:
            continue
        for t in sent:
            if t.pos_ in ("VERB", "AUX", "ADJ") and _inside(q, t.idx) and (
                    t.head.i == t.i or not _inside(q, t.head.idx)):
                clauses.append((t, None))
    taken: set[int] = set()
    for root, sp in clauses:
        for x in [root] + [c for c in root.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")]:
            if x.i in taken:
                break
            e = _content_match(x)
            if x.i in by_i and not by_i[x.i].entry.inert and not (e and e.lemma == "*" and e.type == "REQUEST"):
                break  # the clause's predicate is a trigger of its own ("failed to reach agreement")
            if not e:
                continue
            inner = [by_i[i] for i in [x.i] + [c.i for c in _embedded(x)] if i in by_i and not by_i[i].entry.inert]
            if e.lemma == "*" and e.type == "REJECT" and _is_passive(x):
                break  # "will not be rushed / intimidated": what the speaker will not undergo is no refusal
            if e.lemma == "*" and inner and e.type != "REQUEST":
                break  # "will not accept": the trigger itself is coded (negated, future)
            if e.type == "ACCUSE" and (_of_oneself(x) or any(c.dep_ == "expl" for c in x.children)):
                break  # "My comments were inappropriate": an admission; "there was not enough time": no charge
            h = Hit(x, e, e.type or "", e.cameo or "", verbal=True, speech_tok=sp)
            for g in inner:  # the content pattern is the event; what it governs is part of it
                g.absorbed = True
                h.composed.append(f"content governs '{g.tok.text}' ({g.type} {g.cameo})")
                if e.type == "REQUEST":
                    h.type, h.cameo = _compose("demand", g.type, g.cameo)
            out.append(h)
            taken.add(x.i)
            break
    return out


def _of_oneself(x: Token) -> bool:
    """The speakers' words about themselves or their own ("we were wrong", "my remarks were inappropriate")."""
    return any(s.lower_ in _FIRST or any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in s.children)
               for s in _children(x, "nsubj"))


def _inside(q, i: int) -> bool:
    """Is character i in the quote's words? A quote in pieces ("…,” X said. “…”) covers its pieces, not the
    cue sentence between them."""
    if q.content_parts:
        return any(p.start <= i < p.end for p in q.content_parts)
    return q.content.start <= i < q.content.end


def _speaker_of(t: Token, quotes) -> str | None:
    for q in quotes:
        if q.speaker and _inside(q, t.idx):
            return q.speaker
    return None


def _governing_speech(t: Token) -> Token | None:
    """The verb of saying whose reported clause t is in ("X said they would ...")."""
    x, steps = t, 0
    while x.head.i != x.i and steps < 6:
        if x.dep_ in ("ccomp", "xcomp", "conj", "advcl"):
            e = _match(x.head)
            if e and (e.speech or e.compose not in (None, "undo")):
                return x.head
        else:
            if x.dep_ not in ("aux", "neg"):
                return None
        x, steps = x.head, steps + 1
    return None


def _attacker(t: Token) -> Token | None:
    """Who did a violent act told in the passive through the attack it happened in: "two soldiers were
    killed in an attack by Kurdish rebels", "... wounded in a rebel ambush", "... in Israel's air strike"."""
    for g in _pobjs(t, {"in", "during"}):
        m = _match(g)
        if m is None or m.pos != "noun" or m.type not in ("ASSAULT", "COERCE"):
            continue
        cands = [c for c in _children(g, "poss") if c.lower_ not in _POSS_PRON] + _pobjs(g, {"by"}) + [
            c for c in g.children if c.dep_ in ("compound", "amod", "nmod")]
        for c in cands:
            if actors_for(c):
                return c
    return None


def _occasion_side(t: Token, h: Hit) -> list[Token]:
    """The first actor of another country than the source's in the clause or phrase that gives the occasion
    of t ("as Israeli armoured columns pushed into southern Lebanon", "after North Korea announced a test",
    "amid tension with Turkey")."""
    country = _countries(t.doc)
    own = {country.get(a) for a in _actors(h.sources)} - {None}
    if not own:
        return []
    # the trigger, or the verb that carries a noun trigger ("put its forces on alert")
    verbs = [t] + [v for v in (h.light_verb, t.head if t.pos_ == "NOUN" else None)
                   if v is not None and v.pos_ in ("VERB", "AUX") and v is not t]
    for c in (c for v in verbs for c in v.children if not (c.left_edge.i <= t.i <= c.right_edge.i)):
        occasion = (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "after", "while", "when")
                                              for m in c.children)) or (
            c.dep_ == "prep" and c.lower_ in ("after", "amid", "following", "over"))
        if not occasion:
            continue
        for x in c.subtree:
            for a in actors_for(x):
                if country.get(a) and country[a] not in own and country[a] not in ("IGO", "NGO"):
                    return [x]
    return []


def _across_border(t: Token, h: Hit) -> list[Token]:
    """"massed troops near the border with Kuwait", "thinned out the troops it had massed along the Pakistani
    border": the country across the border named in the trigger's phrase, not the source's own."""
    own = set(_actors(h.sources))
    # a show of force's noun leaves the border to the verb it is done with ("paraded along the Colombian border in
    # a show of force")
    bases = [t] if h.light_verb is None else [t, h.light_verb]
    for x in (x for b in bases for x in b.subtree if x.i > b.i):
        if _lemma(x) in ("border", "frontier"):
            for c in _pobjs(x, {"with"}) + [c for c in x.children if c.dep_ in ("amod", "compound", "poss")]:
                found = [a for a in _actors([c]) if a not in own]
                if found:
                    return [c]
    return []


def _actors_by_id(doc: Doc) -> dict[str, object]:
    """Actors by id, kept per document while the list is unchanged (implied targets add to it)."""
    acts = doc._.actors or []
    memo = doc.user_data.get("newsgraph.events.by_id")
    if memo is None or memo[0] is not acts or memo[1] != len(acts):
        memo = doc.user_data["newsgraph.events.by_id"] = (acts, len(acts), {a.id: a for a in acts})
    return memo[2]


def _own_forces(x: Token, h: Hit, doc: Doc) -> bool:
    """Whether x names forces the source moves ("massed troops, including units of the Republican Guard",
    "thinned out the troops it had massed"): its own military, no target of the deployment or pullback."""
    ids = _actors([x])
    if not ids:
        return False
    acts = _actors_by_id(doc)
    own = {acts[a].country for a in _actors(h.sources) if a in acts} - {None}
    return all(a in acts and acts[a].sector in ("MIL", "UAF") and acts[a].country in own | {None} for a in ids)


def _arguments(hits: list[Hit], doc: Doc, quotes) -> None:
    for h in hits:
        t, e = h.tok, h.entry
        if e.inert:
            h.sources = [s for s in [_subject(t)] if s is not None]
            continue
        # source
        if h.verbal:
            sp = h.speech_tok
            if sp is not None:
                s = _agent(sp) if _is_passive(sp) else _subject(sp)
                h.sources, h.source_rule = ([s] if s is not None else []), "speaker of the reporting verb"
            else:
                h.source_rule, h.quote_speaker = "speaker of the quote", _speaker_of(t, quotes)
        elif e.pos in ("verb", "adj") or t.pos_ in ("VERB", "AUX"):
            if _is_passive(t) and not _agent(t) and e.compose in ("intent", "prepare"):
                # "X is committed to / prepared to ...": an adjectival passive, its subject is the source
                subs = _children(t, "nsubjpass", "nsubj") or _aux_subjects(t, "nsubjpass", "nsubj")
                h.sources, h.source_rule = subs[:1], "subject of an adjectival passive"
            elif _is_passive(t):
                a, rule = _agent(t), "passive agent"
                if a is None and h.type in ("ASSAULT", "COERCE"):
                    a, rule = _attacker(t), "who carried out the attack it happened in"
                h.sources, h.source_rule = ([a] if a else []), rule
            else:
                s = _subject(t)
                h.sources, h.source_rule = ([s] if s is not None else []), "subject"
        else:
            if t.dep_ == "compound" and t.head.pos_ == "NOUN" and not actor_for(t.head):
                t = t.head  # "launched a mediation effort between A and B": the phrase's head carries it
            # the doer: a possessor or a "by"-agent, which the parser may hang on the "of"-object ("the arrest of
            # two journalists by Iranian police"), unless that object is an act of its own ("condemnation of the
            # attack by X": X attacked)
            ofs = _pobjs(t, {"of"})
            srcs = [c for c in _children(t, "poss") if c.lower_ not in _POSS_PRON] + _pobjs(t, {"by"}) + [
                g for o in ofs if _match(o) is None for g in _pobjs(o, {"by"}) if actor_for(g)]
            rule = "possessor / by"
            if not srcs:
                # "the repeal of the pass laws, announced by President Botha", "a cutoff of military ties was
                # announced by the United States": who ordered or announced the act did it
                # (after a comma, hung on the "of"-object: "the easing of the curfew in Dushanbe, ordered by X")
                for v in [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"] + [
                        c for o in ofs for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                        and c.nbor(-1).text == ","] + (
                        [t.head] if t.dep_ == "nsubjpass" and ((m := _match(t.head)) is None or m.speech or (
                            "light" in m.flags and _lemma(t.head) in _CONVEYING)) else []):
                    # (a light verb's passive, "investigations were launched by X", carries the noun below)
                    a = _agent(v) if _lemma(v) in _DECIDING | _ANNOUNCING | _CONVEYING or any(
                        k == "head" and _lemma(v) in vals for k, vals in e.when) else None
                    if a is not None and actor_for(a):
                        srcs, rule = [a], f"agent of '{v.text}'"
                        if _lemma(v) in _CONVEYING:
                            # "a request ... was put to Lisbon by X": a light verb, whose "to" is the addressee
                            h.light_verb, h.light = v, True
                        break
            elif t.dep_ == "nsubjpass" and _lemma(t.head) in _CONVEYING and h.type not in MATERIAL_ACTS and (
                    (m := _match(t.head)) is None or "light" in m.flags):
                # "Japan's formal protest was handed to Seoul's ambassador": the owner's statement, passed on; the
                # verb that passes it names the addressee
                h.light_verb, h.light = t.head, True
            if not srcs and not {"of", "dobj"} & set(e.targets):
                # a noun that takes no "of"-object names its doer with "of": "the withdrawal of Syrian troops",
                # "the visit of the Iranian president to Paris", "the walkout of Arab delegates from the UN"
                srcs, rule = [o for o in ofs if actor_for(o)][:1], "of-object (the doer)"
            if not srcs and not (e.targets[:1] == ("from",) and e.type in ("RETREAT", "SANCTION")):
                # "from" names the giver of aid or a demand, not what a withdrawal or a recall leaves or takes from
                srcs, rule = _pobjs(t, {"from"}), "from-object"
            if not srcs:
                mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and actor_for(c)]
                # "Syrian-Israeli negotiations": the parser hangs "Syrian" on "Israeli"
                firsts = [g for c in mods for g in c.lefts
                          if g.i == c.i - 2 and c.doc[c.i - 1].text in ("-", "\u2013") and actor_for(g)]
                srcs, rule = firsts + mods, "modifier"
            if not srcs and t.dep_ in ("dobj", "pobj", "attr", "conj", "nsubjpass"):
                # "held talks with", "launched ten days of war games", "in a meeting with": the verb's subject
                v, steps = t.head, 0
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and steps < 4 and \
                        v.dep_ in ("prep", "pobj", "dobj", "conj", "compound"):
                    v, steps = v.head, steps + 1
                # the preposition that hangs the noun on the verb, through "one of / part of" ("in one of
                # the largest rallies")
                p = t.head
                while p.dep_ == "prep" and p.lower_ == "of" and p.head.dep_ == "pobj" and p.head.head.dep_ == "prep":
                    p = p.head.head
                under = p.dep_ == "prep" and p.head.i == v.i and (
                    p.lower_ in ("in", "during", "at", "on") or (p.lower_ == "for" and h.type == "CONSULT") or (
                        # "spoke after a meeting with X", "said following talks with X": who took part says so
                        p.lower_ in ("after", "following", "before", "ahead") and h.type == "CONSULT") or (
                        # "brought the country to a standstill with a general strike": the act is the means
                        p.lower_ == "with" and h.type == "PROTEST" and _lemma(t) not in ("rally", "campaign")
                        and not _is_passive(v) and _lemma(v) not in _MET_WITH))
                le = _match(v) if v.pos_ in ("VERB", "AUX") else None
                if le is not None and t.dep_ == "pobj" and p.lower_ in ("to", "against", "over", "about", "for") \
                        and any(_match(o) is not None for o in _children(v, "dobj")):
                    le = None  # "launched a challenge to the ban", "held talks on the ban": a verb carries its object
                if le is not None and ("undergo" in le.flags or not (
                        "light" in le.flags or (le.speech and not (p.head.i == v.i and p.lower_ in _BACKGROUND) and (
                            "support" in e.flags or (_lemma(v) in _ANNOUNCING and t.dep_ == "dobj"
                                                     and t.head.i == v.i))))):
                    # "suffered an attack": the subject of a verb of undergoing is the target, never the source;
                    # a verb of saying makes "announced a suspension" light, not "maintained the talks" nor a
                    # background phrase of its own ("revealed details after three days of riots")
                    le = None
                if le is None and not under and t.dep_ == "dobj" and t.head.i == v.i and v.pos_ == "VERB" \
                        and _match(v) is None and _lemma(v) not in _NOT_DOING | _NOT_CARRYING \
                        and any(k == "head" and _lemma(v) in vals for k, vals in e.when):
                    le = e  # "Bosnia piled pressure on Croatia": the noun's row names the verb that carries it
                if le is not None or under:
                    s = _agent(v) if _is_passive(v) else _subject(v)
                    if s is None and _is_passive(v) and (h.type == "MOBILIZE" or _participating(v)):
                        s = next(iter(_children(v, "nsubjpass")), None)  # "police were placed on alert": they are
                    srcs, rule = ([s] if s is not None else []), f"subject of '{v.text}'"
                    h.light_verb = v
                    # "went on strike", "put on alert": a light verb carries the noun; "said in a meeting with":
                    # a circumstance, no event without a target, unless the act needs none ("poured onto the
                    # streets in one of the largest rallies", "in a show of force, X fired missiles")
                    own = _match(v) if v.pos_ in ("VERB", "AUX") else None  # "shot X at a rally": a setting
                    # "landed in Athens for a landmark visit": travelling for a visit makes it
                    trip = h.type == "CONSULT" and p.lower_ in ("for", "on") and _lemma(v) in _TRAVEL
                    h.light = le is not None or trip or _participating(v) or (h.type in ("PROTEST", "MOBILIZE") and s is not None and (
                        own is None or own.inert) and (
                        actor_for(s) is not None or (_lemma(s) in _QUANTITY or s.like_num) and any(
                            actor_for(g) is not None for g in _pobjs(s, {"of"}))))
                elif (t.dep_ in ("dobj", "nsubjpass") and t.head.i == v.i and v.pos_ == "VERB" and _match(v) is None
                      and h.type in MATERIAL_ACTS and _lemma(v) not in _NOT_DOING
                      and (t.dep_ == "nsubjpass") == _is_passive(v)
                      and (t.dep_ == "dobj" or any(actors_for(g) or g.ent_type_ in ("GPE", "LOC")
                                                   for g in _pobjs(v, _ONTO)))):
                    # "X unveiled / mounted / ordered sanctions": a verb the lexicon does not know that takes a
                    # material act as its object is its doer (unless it only perceives or undergoes it), and so
                    # is its passive's agent ("an embargo was clamped on Burundi by Tanzania"); a verbal act's
                    # noun ("tabled an offer", "renewed a commitment") says too little alone
                    s = _agent(v) if _is_passive(v) else _subject(v)
                    if s is not None and not _pron(s) and actors_for(s):
                        srcs, rule = [s], (f"agent of '{v.text}' (the act is its passive subject)" if _is_passive(v)
                                           else f"subject of '{v.text}' (the act is its object)")
                        h.light_verb = v
                        h.light = "support" in e.flags
            h.sources, h.source_rule = srcs, rule
            # "Palestinian protests erupted", "Israeli shelling killed ...": a noun trigger that is its clause's
            # subject and names its own source reports the act itself, not a mention of it
            if srcs:
                # so does the agent of a passive ("the ports were brought to a standstill by a walkout of dockers")
                h.standalone = ((t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"))
                                or (t.dep_ == "pobj" and t.head.dep_ == "agent")) \
                    and not rule.startswith("subject of") and (
                        # (a statement too, when its owner is named and it does something: "Premadasa's rejection
                        # of a separate state dashed hopes"; not "Washington's allegations are disproportionate")
                        h.type in MATERIAL_ACTS | {"PROTEST"} or (rule.startswith("possessor") and t.dep_ == "nsubj"
                                                                  and t.head.pos_ == "VERB"))
                if h.standalone:
                    h.source_rule += " (a noun subject naming its source: the act itself)"
        # pronoun subjects: the speaker
        if h.sources and _pron(h.sources[0]):
            p = h.sources[0]
            spk = _speaker_of(p, quotes) if p.lower_ in _FIRST else None
            # (a noun trigger's pronoun the actor layer left open is the subject of its verb: "warned that it would
            # launch an offensive")
            sp = _governing_speech(t) or (_governing_speech(p.head) if p.head.i != t.i and p.dep_ == "nsubj"
                                          and not actors_for(p) else None)
            if spk:
                h.source_rule += " (first person in a quote: its speaker)"
                h.sources = []
                h.quote_speaker = spk
            elif sp is not None:
                s = _agent(sp) if _is_passive(sp) else _subject(sp)
                outer = sp.head if sp.dep_ in ("ccomp", "conj", "parataxis") else None
                if s is not None and not actors_for(s) and outer is not None and (m := _match(outer)) is not None \
                        and m.speech and (o := _subject(outer)) is not None and actors_for(o) and _agrees(p, o):
                    # "Iraq said it would allow ..., the news agency said", parsed with the agency's verb in
                    # between: the pronoun is the actor who said it first
                    s = o
                if s is not None and _agrees(p, s):
                    h.sources, h.source_rule = [s], h.source_rule + " (pronoun: the reporting verb's subject)"
        if not h.sources and h.type == "AID" and e.pos != "content":
            # "Australian assistance ... was handed over to X", "the delivery of Libyan aid to Niger": with no doer
            # named, the country the aid is described as from gave it
            mods = [c for o in _objects(t) for c in o.children if c.dep_ in ("amod", "compound")
                    and c.ent_type_ in ("NORP", "GPE") and actor_for(c)]
            if mods:
                h.sources, h.source_rule = mods[:1], f"whose '{mods[0].head.text}' it is"
        # "X faces / suffered / came under sanctions": the subject of a verb of undergoing is the target
        under = _undergoer(h.tok) if e.pos == "noun" or h.tok.tag_ == "VBG" else None
        # target; "against X" names the target of any hostile act ("launched rocket fire against X"), "on X"
        # that of a sanction or a coercive measure ("clamped a closure on the West Bank")
        extra = ("against", "on") if h.type in ("SANCTION", "COERCE") else ("against",) if h.type in HOSTILE else ()
        slots = e.targets + tuple(x for x in extra if x not in e.targets)
        for slot in slots:
            if e.pos == "content" and slot == "csubj":  # the reported clause's own subject
                toks = _children(t, "nsubj", "nsubjpass") or [x for x in [_subject(t)] if x is not None]
                if toks and not _actors(toks) and h.type in ("ACCUSE", "SUPPORT") \
                        and _lemma(toks[0]) in word_classes()["proposal"] \
                        and (owner := _poss_or_mod(toks[0])) is not None:
                    toks = [owner]  # "said the Tory idea was unworkable": whose idea it is (not "the French wine")
            else:
                toks = _slot(t, slot)
            if slot == "dobj" and h.type in ("MOBILIZE", "RETREAT") and toks:
                toks = [x for x in toks if not _own_forces(x, h, doc)]
            if toks and _actors(toks):
                h.targets, h.target_rule = toks, slot
                break
        if not h.targets and e.pos == "content" and h.type == "REJECT":
            # "said it would not allow UN troops in": the speaker refuses; what it refuses falls on the object
            toks = _objects(t) + _frame_objects(t)
            if toks and _actors(toks):
                h.targets, h.target_rule = toks, "object of the refused act"
        if not h.targets and under is not None and _actors([under]):
            h.targets, h.target_rule, h.undergone = [under], f"subject of '{under.head.text}' (undergoes it)", True
            if not h.sources:  # "Iraq received military aid from Washington": the giver hangs on the verb
                giver = [g for g in _pobjs(under.head, {"from", "by"}) if _actors([g])]
                if giver:
                    h.sources, h.source_rule = giver[:1], f"from-object of '{under.head.text}'"
        if not h.targets and e.pos == "noun" and _going_on(t):
            # "discussions have begun with Indonesia": the verb of the act's course carries its prepositions
            for slot in slots:
                toks = [] if slot in NAMED_SLOTS else _pobjs(t.head, {slot})
                if toks and _actors(toks):
                    h.targets, h.target_rule = toks, f"{slot} of '{t.head.text}'"
                    break
        if not h.targets and h.light_verb is not None:
            # "staged rallies ... against X": the light verb carries the noun's prepositions
            for slot in slots:
                if slot in NAMED_SLOTS:
                    continue
                toks = _pobjs(h.light_verb, {slot})
                if toks and _actors(toks):
                    h.targets, h.target_rule = toks, f"{slot} of '{h.light_verb.text}'"
                    break
            else:
                toks = _children(h.light_verb, "dative") if "to" in slots else []
                if toks and _actors(toks) and t.dep_ == "dobj" and t.head.i == h.light_verb.i:
                    # "offered Jordan an apology", "gave Iraq a warning": the light verb's indirect object is
                    # whom the noun's act goes to
                    h.targets, h.target_rule = toks, f"indirect object of '{h.light_verb.text}'"
        if not h.targets and h.type == "CONSULT" and h.light_verb is not None and t.head.lower_ in ("in", "during") \
                and t.head.head.i == h.light_verb.i and (m := _match(h.light_verb)) is not None and m.speech:
            # "X told Y of the deadline in a telephone conversation", "Y was told ... by X in a phone call": the
            # one spoken to is the other side of the conversation
            v = h.light_verb
            toks = (_children(v, "nsubjpass") if _is_passive(v) else _children(v, "dobj", "dative")) + [
                g for p in _children(v, "prep") if p.lower_ == "to" for g in _children(p, "pobj")]
            if toks and _actors(toks) and not set(_actors(toks)) & set(_actors(h.sources)):
                h.targets, h.target_rule = toks[:1], f"whom '{v.text}' addresses"
        if not h.targets and h.light_verb is not None and h.type in HOSTILE and t.head.lower_ == "under" \
                and t.head.head.i == h.light_verb.i:
            # "placed three journalists under arrest", "put the town under siege": the one it is put under
            v = h.light_verb
            toks = _children(v, "dobj") or (_children(v, "nsubjpass") if _is_passive(v) else [])
            if toks and _actors(toks):
                h.targets, h.target_rule = toks, f"object of '{h.light_verb.text}' (put under it)"
        if not h.targets and t.pos_ in ("VERB", "AUX"):
            # "donated and delivered goods to X": coordinated verbs share their objects
            for v in [t.head] if t.dep_ == "conj" else _children(t, "conj"):
                if v.pos_ not in ("VERB", "AUX"):
                    continue
                for slot in e.targets:
                    toks = _slot(v, slot)
                    if toks and _actors(toks):
                        h.targets, h.target_rule = toks, f"{slot} of coordinated '{v.text}'"
                        break
                if h.targets:
                    break
        if not h.targets and h.type in MATERIAL_ACTS:
            # a material act with no named target falls on the place it happens in ("a curfew in X")
            toks = _slot(t, "in")
            if toks and _actors(toks) and not any(_lemma(x) in _TOGETHER for x in toks):
                # (not its partner: "raided the village in coordination with Pakistani forces")
                h.targets, h.target_rule = toks, "in (place of a material act)"
        troops = h.type in ("MOBILIZE", "RETREAT")
        if not h.targets and troops:
            # troops massed on or pulled back from a border face the country across it
            h.targets = _across_border(t, h)
            h.target_rule = "the country across the border" if h.targets else ""
        if not h.targets and h.type == "MOBILIZE":
            # "put its forces on alert as Israeli columns pushed into Lebanon / after North Korea's test": an
            # alert faces the other side of the occasion named
            h.targets = _occasion_side(t, h)
            h.target_rule = "the other side of the occasion" if h.targets else ""
        if not h.targets and not h.verbal and e.pos != "content" and not _is_passive(t) and not (
                t.dep_ == "acl" and t.tag_ == "VBN") and not (  # "a station accused of ...": a reduced passive
                "sym" in e.flags and len(_actors(h.sources)) > 1):  # "A and B discussed X's bid": each other
            # last resort: the nearest actor inside the trigger's own phrase, outside its subject
            # ("threatened to ban voting in East Jerusalem", "blocked the bridge from France to Germany"), not
            # the forces a deployment moves
            skip = (lambda x: _own_forces(x, h, doc)) if troops else None
            h.targets, h.target_rule = (_nearest_actor(t, h.sources, places=h.type not in PARTNERED, skip=skip),
                                        "nearest actor in the trigger's phrase")
            if not h.targets:
                h.target_rule = ""
        if not h.targets and _is_passive(t) and e.pos == "verb":
            subj = _children(t, "nsubjpass")
            if _actors(subj):
                h.targets, h.target_rule = subj, "passive subject"
        # (a row that needs the negation has read it: "did not rule out force" is a threat, not its denial)
        # a noun's act is denied with the verb that carries it: "did not hold talks", "never reached agreement"
        carried = t.head if e.pos == "noun" and t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") \
            and h.light_verb is not None and h.light_verb.i == t.head.i else None
        h.negated = (_negated(t) or _denied_object(t) or (carried is not None and _negated(carried))) \
            and e.pos != "content" and not any(k == "neg" for k, _ in e.when)
        if h.type in _CUT and _no_longer(t):
            # "would no longer fund the agency": aid or cooperation stopped is a cut (CAMEO 16)
            h.type, h.cameo, h.negated = "SANCTION", _CUT[h.type], False
            h.composed.append("no longer given: a cut")
        # a noun's act is as sure as the verb that carries it: "will resume aid", "would impose sanctions if"
        carrier = t.head if e.pos == "noun" and t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and (
            (h.light_verb is not None and h.light_verb.i == t.head.i) or _lemma(t.head) in _ASPECT
            or any(k == "head" and _lemma(t.head) in vals for k, vals in e.when)
            or h.source_rule.startswith("subject of")) else t  # ("curfew ... slapped"; "would launch an offensive")
        if carrier is t and e.pos == "verb" and t.dep_ == "xcomp" and _lemma(t.head) in _ASPECT:
            carrier = t.head  # "would begin pulling out": the act is as sure as its beginning
        elif carrier is t and e.pos == "noun" and t.dep_ == "pobj" and _lemma(t.head.head) in _ASPECT \
                and t in _pursued(t.head.head):
            carrier = t.head.head  # "will continue with the protests"
        h.modality, h.mood_tok = _modality(carrier), carrier


def _struck(hits: list[Hit]) -> None:
    """"An Israeli air strike hit a Syrian army base", "oil facilities were hit by drone strikes": an attack
    with no target of its own that is the subject (the passive's agent) of a verb of striking falls on what that
    verb strikes, unless the verb is an event with a doer of its own ("were killed by sniper fire": the killing)."""
    by_tok = {h.tok.i: h for h in hits}
    for h in hits:
        t = h.tok
        if h.targets or h.entry.pos != "noun" or h.type not in ("ASSAULT", "COERCE"):
            continue
        v = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else t.head if t.dep_ == "nsubj" else None
        if v is None or v.pos_ != "VERB" or _lemma(v) not in _STRIKING or (
                (vh := by_tok.get(v.i)) is not None and vh.type and not vh.absorbed):
            continue
        toks = _children(v, "nsubjpass") if _is_passive(v) else _objects(v)
        if toks and _actors(toks):
            h.targets, h.target_rule = toks, f"what '{v.text}' strikes (the attack is its doer)"


def _undergoer(t: Token) -> Token | None:
    """The subject of a verb of undergoing (rows flagged ``undergo``: "face", "suffer", "come under") whose
    object (or "under"-object) the noun t is."""
    v = t.head
    under = t.dep_ == "pobj" and v.dep_ == "prep" and v.lower_ == "under"
    if under:
        v = v.head
    elif t.dep_ != "dobj":
        return None
    if v.i == t.i or v.pos_ not in ("VERB", "AUX"):
        return None
    e = _match(v)
    if e is None or "undergo" not in e.flags:
        if under and e is not None and "light" in e.flags:
            # "X was placed under investigation by Y", "Y put X under house arrest": X undergoes it
            return next(iter(_children(v, "nsubjpass") if _is_passive(v) else _children(v, "dobj")), None)
        return None
    return _agent(v) if _is_passive(v) else _subject(v)


def _composition(hits: list[Hit]) -> None:
    by_tok = {h.tok.i: h for h in hits}
    for g in sorted(hits, key=lambda h: h.tok.i):
        if g.absorbed:
            continue
        cls = g.entry.compose if g.entry.compose != "undo" else None  # undoing was composed before (_undo)
        if cls or g.entry.speech:
            for c in _embedded(g.tok) + (_statement_clauses(g.tok) if g.entry.speech else []):
                h = by_tok.get(c.i)
                if h is None or h is g or h.absorbed or h.entry.inert:
                    continue
                main = by_tok.get(g.tok.head.i) if g.entry.speech and g.tok.tag_ == "VBG" \
                    and g.tok.dep_ == "advcl" else None
                if main is not None and main is not h and not (main.absorbed or main.entry.inert or main.entry.speech):
                    # "turned down Ukraine's request, saying Kiev had failed to meet its targets": the reason the
                    # actor gives for what it did is part of that event, no event of its own
                    h.absorbed = True
                    main.acts_on.append(f"reason given: '{h.tok.text}' ({h.type}) not coded")
                    continue
                if g.entry.speech:
                    # reported: a future cooperative act is an intent (AGREE), a future or conditional
                    # hostile one a threat; otherwise the reported event stands as it is
                    x = h.sources[0] if h.sources else None
                    if x is not None and ((_pron(x) and (not g.sources or _agrees(x, g.sources[0]))) or (
                            _lemma(x) in _OWN_SIDE and x.tag_ == "NN" and not actors_for(x)
                            and any(c.dep_ == "det" and c.lower_ == "the" for c in x.children))):
                        # "said it would ...", "said the country would ...": the speaker's side (not "diplomats
                        # warned that it would ...": "it" is no diplomats)
                        h.sources = g.sources or h.sources
                        h.source_rule += " (the speaker)"
                    elif not h.sources and h.modality in ("future", "possible", "conditional") and (any(
                            _is_passive(v) and not _agent(v) for v in (h.tok, h.tok.head)
                            if v is h.tok or h.tok.dep_ == "nsubjpass") or (
                            h.tok.dep_ == "nsubj" and h.tok.pos_ == "NOUN" and _lemma(h.tok.head) == "be"
                            and _all_sources(g, g.tok.doc, lambda a: a.kind == "country" or a.sector in _EMPOWERED))):
                        # "police warned that a curfew would be imposed", "the minister said sanctions were
                        # possible": the speaker announces its own act (not an analyst's forecast)
                        h.sources, h.source_rule = g.sources, "speaker (announcing an act with no agent named)"
                    # "said it would cooperate": reported "would" is the speaker's "will"
                    # so is a conditional offer ("would lift sanctions if Tripoli handed over the suspects")
                    future = h.modality == "future" or (h.modality in ("possible", "conditional") and bool(
                        _aux(h.tok) & (_FUTURE | {"would"})))
                    hostile_prospect = h.type in HOSTILE and h.modality in ("future", "possible", "conditional") \
                        and not _refuses(h)
                    if h.type in MATERIAL_COOP and future and not h.negated:
                        h.type, h.cameo = _compose("intent", h.type, h.cameo)
                        h.composed.append("future act reported: intent")
                        h.verbal = True
                        if h.modality == "conditional":
                            _aim_at_condition(h)  # "said they would call off the stoppage if the government agreed"
                    elif hostile_prospect and _no_doer(h):
                        h.absorbed = True  # "said fragments could injure people": a risk, no one's threat
                    elif hostile_prospect:
                        h.type, h.cameo = _compose("threat", h.type, h.cameo)
                        h.composed.append("future or conditional hostile act reported: threat")
                        h.verbal = True
                        if g.type == "THREATEN" and h.type == "THREATEN" and set(_actors(h.sources)) == set(
                                _actors(g.sources)):
                            g.absorbed = True  # "X will be clamped on ... if ..., the governor warned": one threat
                            h.acts_on.append(f"the warning '{g.tok.text}' is this threat")
                            if _actors(g.targets) and set(_actors(h.targets)) <= set(_actors(h.sources)):
                                h.targets, h.target_rule = g.targets, f"whom '{g.tok.text}' is addressed to"
                    elif h.type == "ACCUSE" and h.entry.pos != "content" and h.modality == "conditional" and future \
                            and not h.negated:
                        # "will take Singapore to an international tribunal unless it halts the works": legal
                        # action or a complaint held over someone is a threat
                        h.type, h.cameo = "THREATEN", "130"
                        h.composed.append("conditional accusation or legal action reported: threat")
                        h.verbal = True
                    elif h.type == "ACCUSE" and h.cameo.startswith("115") and future and not h.negated:
                        # "said she would challenge his oath of office in court": legal action announced is a
                        # threat of it (CAMEO 131, threaten with non-force)
                        h.type, h.cameo = "THREATEN", "131"
                        h.composed.append("legal action announced: threat")
                        h.verbal = True
                    elif _refuses(h):
                        h.type, h.cameo, h.negated = _refusal(h)
                        h.verbal = True
                    if h.verbal and (not h.targets or set(_actors(h.targets)) <= set(_actors(h.sources))):
                        # "Iraq told the United Nations it would allow inspectors to return": a promise, threat
                        # or refusal made to someone is made to them (not to a news outlet: "told Reuters")
                        acts = _actors_by_id(g.tok.doc)
                        told = [c for c in g.tok.children if c.dep_ in ("dobj", "dative") and actors_for(c) and not any(
                            acts.get(a) is not None and acts[a].sector == "MED" for a in actors_for(c))]
                        if told:
                            h.targets, h.target_rule = told, f"whom '{g.tok.text}' addresses"
                    h.speech_tok = g.tok
                    continue
                g_type, g_code = _compose(cls, h.type, h.cameo, h.entry.pos)
                if cls == "intent" and g_type == "THREATEN" and _lemma(g.tok) in _COMMITMENTS and _outlaws(h):
                    # "Pakistan promised to crack down on militant groups", "Chad agreed to expel Sudanese
                    # rebels": a commitment to act against armed groups or criminals is an intent to
                    # cooperate (judicially: arrest, expel; militarily: fight), not a threat
                    g_type, g_code = "AGREE", "0313" if h.type == "COERCE" else "0312"
                if cls in ("intent", "prepare") and (g.negated or (g.type == "REJECT" and g.type != g.entry.type)):
                    # "would not agree to any easing of sanctions": refusing what the act would be (the
                    # reported "will not" may have made g a refusal already)
                    g_type, g_code = "REJECT", _compose("refuse", h.type, h.cameo)[1]
                g.composed.append(f"{g.tok.text} + {h.tok.text} ({h.type} {h.cameo})")
                g.type, g.cameo = g_type, g_code
                asked = _children(h.tok, "nsubj") if cls == "demand" and h.tok.pos_ in ("VERB", "AUX") else []
                if asked and _actors(asked) and not set(_actors(asked)) & set(_actors(g.sources)):
                    # "appealed for the UN to stop the raids": a demand is made of the one asked to act
                    g.targets, g.target_rule = asked, f"subject of '{h.tok.text}' (the one asked)"
                elif h.targets and (not g.targets or g.target_rule.startswith("nearest actor")):
                    # "threatened to downgrade relations with X": the embedded act's own target comes first
                    g.targets, g.target_rule = h.targets, f"{h.target_rule} of '{h.tok.text}'"
                if not g.targets:
                    # "rejected an Indian proposal": the owner of what is rejected
                    own = [x for x in [h.tok] if actor_for(x)] + h.sources
                    if own and _actors(own):
                        g.targets, g.target_rule = own, f"owner of '{h.tok.text}'"
                h.absorbed = True
                break
            else:
                if "embeds" in g.entry.flags:
                    g.absorbed = True  # "announced plans to demerge the unit": no event embedded, none made
    # "imposed sanctions on X", "rejected calls by X for aid", "conceded to demands from X": a noun trigger
    # that is the object (or prepositional complement) of a verb trigger is part of that event; its
    # participants fill the verb's empty target
    for h in hits:
        if h.absorbed or h.entry.pos != "noun":
            continue
        head = h.tok.head
        if h.tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "nsubjpass") \
                and _lemma(head.head) in _QUANTITY:
            head = head.head.head  # "lifted most of its sanctions": what the quantity is of is the object
        elif h.tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _COMPLEMENT_PREPS:
            head = head.head
        elif h.tok.dep_ not in ("dobj", "nsubjpass", "attr"):
            continue
        g = by_tok.get(head.i)
        if g is not None and g is not h and g.absorbed and not g.entry.inert and g.entry.pos == "verb" \
                and h.tok.dep_ == "dobj":
            h.absorbed = True  # "announced plans to lift the ban": what an absorbed act acts on goes with it
            continue
        if g is None or g is h or g.absorbed or g.entry.inert or (g.verbal and not g.composed) \
                or g.entry.pos == "content":
            continue  # a reported act made an intent ("will lift the ban") still acts on its object
        if g.type == "SUPPORT" and g.cameo == "051" and h.type != "SUPPORT" and _actors(h.sources) \
                and not set(_actors(h.sources)) & set(_actors(g.sources)):
            # "Vanuatu's pledge to work with Australia was welcomed in Canberra": an act someone else welcomes
            # or praises is news of its own; both are coded (not what is rejected or condemned: "X's appeal
            # was rejected by Y" is the rejection)
            g.acts_on.append(f"'{h.tok.text}' ({h.type}) is what '{g.tok.text}' welcomes (coded too)")
            continue
        h.absorbed = True
        g.acts_on.append(f"'{h.tok.text}' ({h.type}) is what '{g.tok.text}' acts on")
        if g.type == "AGREE" and h.type == "REQUEST" and not g.composed:  # "accepted the demands": acceding
            g.type, g.cameo = "CONCEDE", "083"
        if [x.i for x in g.targets] == [h.tok.i] and h.type in ("SANCTION", "COERCE") and _actors(h.targets):
            # "lifted U.S. sanctions on Libya": whom the measure hits, not whose it is (but "accepted the
            # Palestinian demands" answers whoever made them)
            g.targets, g.target_rule = h.targets, f"target of '{h.tok.text}'"
        if not g.targets:
            own = h.targets or h.sources
            if own and _actors(own):
                g.targets, g.target_rule = own, f"participant of '{h.tok.text}'"
    # what is asked for, offered, refused, threatened or alleged is no event of its own: triggers inside
    # the complement of such a trigger ("rejected a proposal for signing a trade pact", "dismissed an
    # appeal to lay down arms", "demanded that the US cancel plans to sell weapons") are part of it
    # Likewise what is suspended, broken off or cancelled (CAMEO 16: "suspended its efforts to mediate") and
    # what someone is let in to do (CAMEO 086: "allowed the Red Cross to visit prisons")
    for g in hits:
        stops = g.cameo.startswith(("16", "086"))
        if g.absorbed or g.entry.inert or not (g.entry.compose or g.type in _HYPOTHETICAL or stops):
            continue
        inside: set[int] = set()
        for c in g.tok.children:
            deps = ("dobj", "xcomp", "ccomp") + (() if stops else ("prep", "acomp", "oprd", "dative"))
            if c.dep_ in deps or (g.entry.compose and (_infinitive_advcl(c) or _for_to(c))):
                inside.update(range(c.left_edge.i, c.right_edge.i + 1))
        for h in hits:
            if h is not g and not h.absorbed and not h.entry.inert and h.tok.i in inside and not h.verbal:
                h.absorbed = True
                g.acts_on.append(f"'{h.tok.text}' ({h.type}) is only what is asked, offered, refused or stopped")
    # what an inquiry is into, and what a court convicts or tries someone of, is its matter, not an event the
    # text reports: "opened an investigation into the killing of ...", "convicted 15 militants of plotting
    # attacks", "set up a tribunal of inquiry into the ethnic clashes"
    for g in hits:
        if g.absorbed or g.entry.inert or g.type != "ACCUSE" or not g.cameo.startswith(("09", "115", "116")):
            continue
        holders = [(g.tok, _MATTER_PREPS)]
        x = g.tok
        if x.dep_ == "pobj" and x.head.lower_ == "of":  # "a board / tribunal of inquiry into ..."
            x = x.head.head
            holders.append((x, _MATTER_PREPS))
        if x.dep_ == "dobj":  # "opened an investigation on Monday into ...": the verb holds the matter
            holders.append((x.head, {"into", "over"}))
        inside = {k for y, preps in holders for c in y.children if c.dep_ == "prep" and c.lower_ in preps
                  for k in range(c.left_edge.i, c.right_edge.i + 1)}
        for h in hits:
            if h is not g and not h.absorbed and not h.entry.inert and h.tok.i in inside:
                h.absorbed = True
                g.acts_on.append(f"'{h.tok.text}' ({h.type}) is the matter of '{g.tok.text}'")
                by = [o for x in h.tok.subtree if x.dep_ == "prep" and x.lower_ == "by"
                      for o in _children(x, "pobj") if _actors([o])]
                if by:  # "an investigation into the killing of Albanians by Serbian police": the police
                    g.targets, g.target_rule = by, f"agent of '{h.tok.text}'"
    # "welcomed Khartoum's decision to expel X", "denounced the plan to sell F-16s": an act a decision or a plan
    # names is decided or planned, not told; the event is the reaction to it
    for h in hits:
        if h.absorbed or h.entry.inert:
            continue
        acl = next((a for a in [h.tok, *h.tok.ancestors]
                    if a.dep_ == "acl" and _lemma(a.head) in _DECISIONS and _to_infinitive(a)), None)
        if acl is None:
            continue
        n = acl.head
        up = n.head.head if n.dep_ == "pobj" else n.head
        g = by_tok.get(up.i)
        if g is not None and g is not h and not g.entry.inert:
            h.absorbed = True
            g.acts_on.append(f"'{h.tok.text}' ({h.type}) is only what the {n.text} names")
    # "arrested for collaborating with X", "jailed on charges of spying": what someone is held or charged for
    # is alleged, not told as an event; so is what an inquiry looks into ("an inquiry into the shelling of ...")
    for g in hits:
        probe = g.cameo.startswith("09")
        # "slammed Washington for selling arms to Taiwan": what an accusation blames is alleged (CAMEO 11x)
        blame = g.type == "ACCUSE" and g.entry.pos == "verb" and not g.entry.compose
        if g.absorbed or g.entry.inert or not (g.cameo.startswith(("173", "116")) or probe or blame):
            continue
        for c in g.tok.children:
            preps = ("into", "of") if probe else ("for", "over") if blame else ("for", "on")
            if c.dep_ == "prep" and c.lower_ in preps:
                inside = range(c.left_edge.i, c.right_edge.i + 1)
                for h in hits:
                    if h is not g and not h.absorbed and not h.entry.inert and h.tok.i in inside:
                        h.absorbed = True
                        g.acts_on.append(f"'{h.tok.text}' ({h.type}) is what '{g.tok.text}' is for")
    # troops sent to protect or evacuate people: military protection (CAMEO 074), not a show of force
    for g in hits:
        if g.absorbed or g.entry.inert or g.type != "MOBILIZE" or g.composed:
            continue
        for c in g.tok.children:
            if c.dep_ in ("advcl", "xcomp") and _lemma(c) in _PROTECT and _to_infinitive(c) and any(
                    _actors([o]) or _lemma(o) in _PROTECTED for o in _children(c, "dobj")):
                g.type, g.cameo = "AID", "074"
                g.composed.append(f"sent to '{c.text}': military protection")
                whom = [o for o in _children(c, "dobj") if _actors([o])]
                if whom:
                    g.targets, g.target_rule = whom, f"object of '{c.text}'"
                break
    # purpose clauses ("blocked roads to press their demands", "met X to discuss Y"): an aim, not an event
    for h in hits:
        if h.absorbed or h.tok.dep_ not in ("advcl", "xcomp"):
            continue
        g = by_tok.get(h.tok.head.i)
        if g is None or g.entry.inert:
            # "went on hunger strike to demand ...", "staged a sit-in to press for ...": the act named by the
            # object of a light or plain verb is what the purpose belongs to
            g = next((by_tok[o.i] for o in _objects(h.tok.head) + _pobjs(h.tok.head, {"on"})
                      if o.i in by_tok and by_tok[o.i].type == "PROTEST"), None)
        if g is None or g.entry.inert or g.absorbed or g is h or g.entry.compose:
            continue
        if _to_infinitive(h.tok) and not _children(h.tok, "nsubj"):
            h.absorbed = True
            g.acts_on.append(f"purpose '{h.tok.text}' ({h.type}) not coded")
    # agreeing under pressure is yielding (CAMEO 08): "under pressure from X, Y agreed to ...",
    # "bowing to international pressure, Y agreed ..."
    # a resignation forced by protests is acceding to a demand for a change in leadership (0831)
    for h in hits:
        resigns = h.cameo == "0831" and h.type == "RETREAT"
        if h.absorbed or h.entry.inert or not (h.type == "AGREE" or resigns) or h.negated:
            continue
        by = _pressure(h.tok, after=resigns)
        if by is not None:
            h.type, h.cameo = "CONCEDE", "0831" if resigns else "080"
            h.composed.append("resigned under pressure: yield" if resigns else "agreed under pressure: yield")
            if not h.targets and by is not True and _actors([by]):
                h.targets, h.target_rule = [by], "who applied the pressure"
    # a future cooperative act in the article's own voice is an intent (PLOVER AGREE)
    for h in hits:
        if h.absorbed or h.entry.inert or (h.composed and not (h.type in HOSTILE and h.modality == "conditional")):
            continue  # ("would suspend budget support unless Kigali stops": a composed act, conditional too)
        # "will lift the embargo if Iraq complies": a conditional offer
        offer = h.modality == "conditional" and bool(_aux(h.mood_tok or h.tok) & (_FUTURE | {"would"}))
        if h.type in MATERIAL_COOP and h.type != "CONSULT" and (h.modality == "future" or offer) and not h.negated:
            h.type, h.cameo = _compose("intent", h.type, h.cameo)
            h.composed.append("future or conditional cooperative act: intent")
            if offer:
                _aim_at_condition(h)  # "will lift the embargo if Iraq complies": offered to Iraq
        elif h.type in HOSTILE and h.modality == "conditional":
            if _no_doer(h):
                h.absorbed = True  # "fragments could injure people if the hood was open": no one threatens
                continue
            h.type, h.cameo = _compose("threat", h.type, h.cameo)
            h.composed.append("conditional hostile act: threat")
            _aim_at_condition(h)
        elif _refuses(h):
            h.type, h.cameo, h.negated = _refusal(h)


_WONT = {"will", "wo", "would", "can", "ca", "could", "'ll", "shall"}


_PERSIST = {"press", "continue", "keep", "stay", "remain", "carry", "persist", "hold", "go"}
_ARMED_STRUGGLE = {"war", "fight", "fighting", "offensive", "attack", "battle", "struggle", "jihad", "insurgency",
                   "resistance", "campaign", "bombing", "shelling", "operation"}
_VOWS = {"vow", "pledge", "swear", "promise", "insist", "resolve", "determine"}


_DEFIED = {"appeal", "call", "demand", "plea", "pressure", "request", "warning", "criticism", "protest", "concession",
           "condemnation", "objection", "opposition", "outcry"}  # what carrying on regardless refuses


def _holding_out(hits: list[Hit]) -> None:
    """"vowed to press on with the protests until the government recognised their victory", "vowed to stay camped
    until the council hands over power": a pledge to keep on until one's demand is met refuses to yield (CAMEO 12),
    it promises nothing to anyone. Vowing to keep fighting until then stays a threat of force."""
    for g in hits:
        if g.absorbed or g.entry.compose != "intent" or _lemma(g.tok) not in _VOWS or g.negated:
            continue
        go_on = [c for c in _children(g.tok, "xcomp") if _lemma(c) in _PERSIST]
        despite = [o for x in [g.tok, *go_on, *(d for c in go_on for d in _children(c, "dobj"))]
                   for p in _children(x, "prep") if p.lower_ == "despite"
                   for o in _children(p, "pobj") if _lemma(o) in _DEFIED]
        if go_on and despite:
            # "vowed to press on with its offensive despite Western appeals for a halt": refusing what is asked
            g.type, g.cameo = "REJECT", "120"
            g.composed.append(f"pledged to '{go_on[0].text}' despite '{despite[0].text}': refusing to yield")
            continue
        until = [a for c in go_on for x in [c, *_children(c, "xcomp", "acomp")] for a in x.children
                 if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in a.children)]
        if not until or any(_lemma(x) in _ARMED_STRUGGLE for x in go_on[0].subtree if x.i < until[0].left_edge.i):
            continue  # "sworn to fight on until ...", "vowed to press on with the war until ...": a threat of force
        g.type, g.cameo = "REJECT", "120"
        g.composed.append(f"pledged to '{go_on[0].text}' until '{until[0].text}': refusing to yield")
        who = [x for x in _children(until[0], "nsubj", "nsubjpass") if _actors([x])]
        if who and not set(_actors(who)) & set(_actors(g.sources)):
            g.targets, g.target_rule = who, f"subject of '{until[0].text}' (what is held out for)"


def _refuses(h: Hit) -> bool:
    """"will not agree", "cannot support", "would send no food": a cooperative act the actor will not do ("may
    not" only speculates); "will not impose sanctions": a hostile act ruled out, as "ruled out sanctions" is."""
    if h.type in HOSTILE:  # (not "will not be bullied": what others will not do; nor "can't arrest anyone")
        return h.negated and not _is_passive(h.tok) and (
            h.modality == "future" or bool(_aux(h.tok) & {"will", "wo", "would", "'ll", "shall"}))
    return h.type in MATERIAL_COOP | {"AGREE"} and h.negated and (
        h.modality == "future" or bool(_aux(h.tok) & _WONT))


def _refusal(h: Hit) -> tuple[str, str, bool]:
    """"will not agree", "would send no food", "will not withdraw": a cooperative act denied for the future is
    a refusal (CAMEO 12), coded by what is refused."""
    if h.type in HOSTILE:
        h.composed.append("a hostile act the actor will not do: ruled out")
        return "REJECT", "120", False
    h.composed.append("refusal: a cooperative act the actor will not do")
    return "REJECT", "120" if h.type == "AGREE" else _compose("refuse", h.type, h.cameo)[1], False


_TRAVEL = {"land", "arrive", "fly", "travel", "come", "go", "head", "leave", "set", "jet", "return", "stop", "cross"}
_MATTER_PREPS = {"into", "of", "over", "for", "on"}  # "an inquiry into", "convicted of", "a trial over"
# "responding to demands from X, Y agreed", "conceding to protesters"
_YIELD_VERBS = {"bow", "yield", "cave", "succumb", "give", "respond", "concede"}


def _pressure(t: Token, after: bool = False):
    """Whether t's clause is done under pressure: the one who applied it (a token), True when unnamed, else
    None. "under pressure from X", "bowing to pressure from X", "yielding to X's demands"."""
    chain = [t]  # the clause and the clauses it completes ("bowing to pressure, X agreed to hold talks")
    while chain[-1].dep_ in ("xcomp", "ccomp", "conj") and chain[-1].head.i != chain[-1].i and len(chain) < 6:
        chain.append(chain[-1].head)
    if _lemma(t) in ("agree", "accept", "consent"):  # "agreed to reinstate parliament, giving in to protests"
        chain += _children(t, "xcomp")  # (a promise made under pressure stays a promise)
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        # "tendered his resignation, giving in to protesters", "the resignation ..., in the face of mass protests,
        # ended ...": the verb the act is the object or subject of carries the circumstances
        chain.append(t.head)
    for v in chain[1:]:
        # "gave in to student demands and agreed to convene a conference": the clause it is coordinated with yields
        if _lemma(v) in _YIELD_VERBS and (_lemma(v) != "give" or any(c.lower_ == "in" for c in v.children)):
            for o in _pobjs(v, {"to"}) + [g for c in v.children if c.dep_ == "prt" for g in _pobjs(c, {"to"})]:
                if _pressing(o):
                    return next(iter(_pobjs(o, {"from", "by"})), None) or _poss_or_mod(o) or True
    for c in (c for v in chain for c in v.children):
        if c.dep_ == "prep" and c.lower_ == "under":
            for o in c.children:
                if o.dep_ == "pobj" and _lemma(o) == "pressure":
                    return next(iter(_pobjs(o, {"from", "by"})), None) or _poss_or_mod(o) or True
        if c.dep_ in ("advcl", "acl") and _lemma(c) in _YIELD_VERBS:  # (on a noun: "X's resignation, conceding to")
            for o in _pobjs(c, {"to"}):
                if _pressing(o):
                    return next(iter(_pobjs(o, {"from", "by"})), None) or _poss_or_mod(o) or True
        if after and c.dep_ == "prep" and c.lower_ in ("after", "following", "amid"):
            # "resigned after weeks of protests demanding his ouster": a fall the protests brought about
            if any(_pressing(o) for o in _children(c, "pobj")):
                return True
        if c.dep_ == "prep" and c.lower_ == "in":  # "in the face of weeks of protests"
            for o in _children(c, "pobj"):
                if _lemma(o) == "face" and any(_pressing(x) for x in _pobjs(o, {"of"})):
                    return True
    return None


# what makes a leader or government yield, and the spells it is counted in ("weeks of protests")
_PRESSURES = {"pressure", "demand", "call", "protest", "unrest", "strike", "riot", "demonstration", "opposition",
              "outcry", "criticism", "uprising", "rally", "roadblock", "blockade", "barricade", "boycott", "march",
              "sit-in", "walkout", "stoppage", "campaign", "rioting", "looting", "turmoil"}
_SPELLS = {"day", "week", "month", "year", "wave", "series", "round"}


def _pressing(o: Token) -> bool:
    """"protests", "weeks of strikes", "(bowing to) thousands of protesters": what makes someone yield."""
    press = _PRESSURES | _PROTESTERS
    return _lemma(o) in press or (_lemma(o) in _SPELLS | {"thousand", "hundred", "ten"} and any(
        _lemma(x) in press for x in _pobjs(o, {"of"})))


def _poss_or_mod(o: Token) -> Token | None:
    return next((c for c in o.children if c.dep_ in ("poss", "amod", "compound") and actors_for(c)), None)


_BACKGROUND = {"after", "before", "since", "following", "amid", "despite", "because", "over", "until", "as", "when",
               "while", "if", "unless"}  # a condition ("if the parliament passed a bill ...") is no event either


def _in_background(t: Token) -> bool:
    """t sits in a clause or phrase that gives the report's background ("one day after X shot down Y",
    "amid fighting that killed ...", "despite the attack")."""
    x, steps = t, 0
    while x.head.i != x.i and steps < 8:
        if x.dep_ in ("prep", "mark") and x.lower_ in _BACKGROUND:
            return True
        if x.dep_ == "prep" and x.lower_ == "in" and _reason_adjunct(x):
            return True  # "in protest at the crackdown", "in retaliation for the raid"
        if x.dep_ in ("advcl", "pcomp", "pobj", "relcl", "acl") and any(
                c.dep_ in ("mark", "prep") and c.lower_ in _BACKGROUND and not (c.lower_ == "as" and c.dep_ == "prep")
                for c in x.children):  # ("hailing Vilnius as an example": "as" a complement, no background)
            return True
        x, steps = x.head, steps + 1
    return False


def _subordinate(t: Token) -> bool:
    """t sits in a clause that describes a participant or adds a side remark to the main report: a relative
    clause ("the hostages whom they had taken", "a province where 28 people were killed"), a participle
    modifying a noun ("a report submitted to ..."), or a participial clause ("..., urging X to sign",
    "..., setting fire to mattresses"). An event there of another type than the main one is not coded."""
    x, steps = t, 0
    while x.head.i != x.i and steps < 8:
        if x.dep_ == "relcl" or (x.dep_ == "acl" and x.tag_ in ("VBN", "VBG")):
            return True
        if x.dep_ == "advcl" and x.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in x.children):
            return True
        x, steps = x.head, steps + 1
    return False


_SENDING = frozenset({"deploy", "commit", "contribute", "pledge", "offer"})


def _peacekeeping(hits: list[Hit], doc: Doc) -> None:
    """Troops sent to an intergovernmental force or mission ("a battalion to the joint African Union-UN force in
    Darfur") join a peacekeeping operation: AID 074, not a deployment against anyone (nor, promised, a threat)."""
    country = None
    for h in hits:
        if h.absorbed or h.type != "MOBILIZE" or not h.cameo.startswith("15") or h.entry.pos != "verb" or not (
                _lemma(h.tok) in word_classes().get("convey", frozenset()) or _lemma(h.tok) in _SENDING):
            continue
        country = country if country is not None else _countries(doc)
        if any(country.get(a) == "IGO" for a in _actors(h.targets)):
            h.type, h.cameo = "AID", "074"
            h.composed.append("forces sent to an intergovernmental force: peacekeeping")
    for h in hits:
        if h.absorbed or h.type != "MOBILIZE" or h.cameo != "154" or h.entry.pos != "verb":
            continue
        why = _protective_purpose(h.tok) or _peacekeepers(h.tok)
        if why:
            h.type, h.cameo = "AID", "074"
            h.composed.append(f"forces deployed {why}: peacekeeping")


_SHIELDING = _PROTECT - {"evacuate", "rescue", "defend"}  # (not "to evacuate nationals", "to defend the border")
_KEEP = {"restore", "keep", "maintain", "enforce", "monitor", "police", "preserve", "bring"}
_ORDER = {"order", "security", "peace", "calm", "stability", "law", "truce", "ceasefire", "cease-fire"}


def _protective_purpose(v: Token) -> str | None:
    """"landed in Dili to restore order", "fanned out to protect civilians", "to help keep the truce": forces
    moved to protect people or keep the peace (what they are sent for, an infinitive of purpose)."""
    for c in v.children:
        if c.dep_ not in ("advcl", "xcomp") or not _to_infinitive(c):
            continue
        for x in [c, *_children(c, "xcomp")] + ([g for g in c.children if g.dep_ == "ccomp"] if _lemma(c) == "help"
                                               else []):
            lemma = _lemma(x)
            if lemma in _SHIELDING or (lemma in _KEEP and any(_lemma(o) in _ORDER for o in _objects(x))):
                return f"to '{x.text}'"
    return None


def _peacekeepers(v: Token) -> str | None:
    """Forces named as peacekeepers or as a multinational or UN force, or sent under a UN mandate or flag."""
    subj = _subject(v)
    words = {w.lower_ for w in subj.subtree} if subj is not None else set()
    for p in _children(v, "prep"):
        if p.lower_ in ("under", "with", "at"):
            words |= {w.lower_ for w in p.subtree}
    if words & {"peacekeepers", "peacekeeping", "peacekeeper", "helmets"}:
        return "as peacekeepers"
    if "force" in words and words & {"multinational", "u.n.", "un", "international", "ecomog"} or (
            words & {"mandate", "flag"} and words & {"u.n.", "un", "united"}):
        return "in a multinational or UN force"
    return None


# verbs that say only that someone answered another's act; how they answered ("retaliated, expelling two
# diplomats", "responded by closing the border") is the event
_ANSWERING = frozenset({"retaliate", "respond", "react", "reciprocate", "riposte", "hit"})


def _answering(v: Token) -> bool:
    """v says someone answered another's act: "retaliated", "responded", "hit back" (not "was hit by")."""
    lemma = _lemma(v)
    return lemma in _ANSWERING and not _is_passive(v) and (
        lemma != "hit" or any(c.lower_ == "back" for c in v.children))


def _means(hits: list[Hit]) -> None:
    """"Tallinn retaliated, ordering two Russian diplomats to leave", "Georgia responded by expelling ...": the act
    done as the answer is the event, not the answering verb."""
    for g in hits:
        if g.absorbed or g.entry.pos != "verb" or not _answering(g.tok):
            continue
        means = [h for h in hits if h is not g and not h.absorbed and not h.entry.inert and h.type and (
            (h.tok.dep_ == "advcl" and h.tok.tag_ == "VBG" and h.tok.head.i == g.tok.i)
            or (h.tok.dep_ == "pcomp" and h.tok.head.lower_ == "by" and h.tok.head.head.i == g.tok.i))]
        if means:
            g.absorbed = True


def _carrying_participles(hits: list[Hit]) -> None:
    """"A curfew clamped on Kandy by the army": a participle on a noun trigger that the noun's row names as its
    carrying verb (head=) is that act, no second event."""
    for g in hits:
        v = g.tok
        if g.absorbed or v.dep_ != "acl" or v.tag_ != "VBN":
            continue
        h = next((h for h in hits if h.tok.i == v.head.i and not h.absorbed and any(
            k == "head" and _lemma(v) in vals for k, vals in h.entry.when)), None)
        if h is None:
            continue
        g.absorbed = True  # (its agent is the noun's doer: _arguments reads the participles its row names)
        h.acts_on.append(f"carried by '{v.text}'")


def _naming_participles(hits: list[Hit]) -> None:
    """"Georgia accused Russia of ..., calling it an act of aggression", "hailed Tunisia's parliament ..., calling
    it a landmark": a participle that names what was just criticised or praised, by the same doer, is part of
    that event, no second one."""
    for h in hits:
        t = h.tok
        if h.absorbed or _lemma(t) != "call" or t.tag_ != "VBG" or t.dep_ != "advcl":
            continue
        # (or on the verb whose reported clause the parser hung it on: "charged that X had crossed ..., calling it")
        heads = {t.head.i} | ({t.head.head.i} if t.head.dep_ == "ccomp" else set())
        main = next((g for g in hits if g is not h and g.tok.i in heads and not g.absorbed
                     and g.type == h.type), None)
        if main is not None:
            h.absorbed = True
            main.acts_on.append(f"what '{t.text}' names is part of it")


def _speakers_participle(t: Token) -> bool:
    """"..., the minister said, hailing Vilnius as an example": a participle after a verb of saying is the
    speaker's own act, news like what is said."""
    return t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i < t.i and (m := _match(t.head)) is not None \
        and m.speech


def _background(hits: list[Hit]) -> None:
    """A sentence reports one main event; an event of another type told only as background to it
    ("Italy suspended air links after a Serbian jet shot down a helicopter") is not coded again here."""
    live = [h for h in hits if not h.absorbed and not h.entry.inert]
    # a bare noun mention ("during the talks") makes no event, so it is no main event either; a verbal
    # event was found through its verb of saying, which already decided the clause is what is reported
    live = [h for h in live if not (h.entry.pos == "noun" and not h.targets and not h.light and not h.composed
                                    and not h.standalone)]
    main = [h for h in live if not _in_background(h.tok) and (h.verbal or not _subordinate(h.tok)
                                                             or _speakers_participle(h.tok))]
    # a main act with no actor at all is coded nowhere, so it leaves the background events standing
    main = [h for h in main if h.quote_speaker or _actors(h.sources) or _actors(h.targets)]
    if not main:
        return
    # an act the main verb welcomes is news of its own (see _composition): it stays main
    heads = {h.tok.i for h in main if h.type == "SUPPORT" and h.cameo == "051"}
    main += [h for h in live if h not in main and h.entry.pos == "noun" and h.tok.dep_ in ("dobj", "nsubjpass")
             and h.tok.head.i in heads and _actors(h.sources)]
    types = {h.type for h in main}
    for h in live:
        if h not in main and h.type not in types and not _casualties(h):
            h.absorbed = True


def _casualties(h: Hit) -> bool:
    """"Commandos intercepted a flotilla, killing nine activists": the killing a participle adds is an
    event of its own, whatever the main act is."""
    return h.type == "ASSAULT" and h.tok.tag_ == "VBG" and h.tok.dep_ in ("advcl", "conj") and bool(
        _actors(h.targets))


# ------------------------------------------------------------------------------------------ output
_LEAVING = {"pull", "withdraw", "withdrawal", "walk", "quit", "leave", "exit", "pullout"}


def _leaves_organisation(h: Hit, doc: Doc) -> bool:
    """h is a state (or its government) leaving an intergovernmental body: what it goes out of (or the object of
    "quit") is an IGO actor, and no forces are what is moved."""
    t = h.tok
    if _lemma(t) not in _LEAVING or any(_lemma(o) in word_classes().get("forces", ()) for o in _objects(t)):
        return False
    left = _pobjs(t, {"from", "of"}) + (_objects(t) if _lemma(t) in ("quit", "leave", "exit") else [])
    left += _particle_pobjs(t, {"of", "from"}, ("prt", "prep", "advmod"))  # "out of"
    acts = _actors_by_id(doc)
    if not any((a := acts.get(i)) is not None and a.country == "IGO" and a.kind == "organization"
               for i in _actors(left)):
        return False
    return _all_sources(h, doc, lambda a: a.kind == "country" or (a.sector == "GOV" and a.country not in (
        None, "IGO", "NGO")))


def _countries(doc: Doc) -> dict[str, str | None]:
    """Actor id -> country code."""
    return {a.id: a.country for a in doc._.actors or []}


_REPORTING = frozenset({"report", "reveal", "learn"})  # what a news outlet does with others' words and acts


def _pairs(h: Hit, doc: Doc) -> list[tuple[str | None, str | None]]:
    srcs = _actors(h.sources)
    if h.type == "CONSULT":
        # speaking to the press is no consultation ("told Reuters", "speaking to AFP")
        media = {a.id for a in doc._.actors or [] if getattr(a, "sector", None) == "MED"}
        h.targets = [x for x in h.targets if not (set(_resolve(x)) & media)]
        if h.cameo[:3] in ("042", "043"):
            # refugees or villagers arriving somewhere make no visit: CAMEO's visits are by representatives
            plain = {a.id for a in doc._.actors or [] if getattr(a, "sector", None) in ("REF", "CVL")}
            if srcs and all(a in plain for a in srcs):
                return []
    qs = h.quote_speaker
    if qs and qs not in srcs:
        srcs.insert(0, qs)
    if srcs and h.entry.pos == "content" and h.speech_tok is not None and _lemma(h.speech_tok) in _REPORTING:
        acts = _actors_by_id(doc)
        if all(getattr(acts.get(s), "sector", None) == "MED" for s in srcs):
            return []  # "they could face a five-year jail term, Reuters reported": a news report, no threat of its own
    tgts = _actors(h.targets)
    if h.type == "THREATEN" and srcs:
        country = _countries(doc)
        own = {country.get(s) for s in srcs} - {None, "IGO", "NGO"}
        if not tgts or (own and all(country.get(t) in own for t in tgts)):
            # a threat falls on the other side: first the one whose act it is conditional on ("would walk out of
            # the talks if Israel went ahead with its plans"), else the nearest actor of another country ("Beijing
            # will not hesitate to use force if Taiwan moves towards independence, the minister warned")
            cond = [x for v in (h.tok, h.tok.head) for x in _condition_doers(v)
                    if _actors([x]) and all(country.get(a) not in own | {None} for a in _actors([x]))]
            if cond:
                h.targets, h.target_rule = cond[:1], "subject of the condition (the one threatened)"
                tgts = _actors(cond[:1])
            elif own and tgts:
                starts = [h.tok, *_children(h.tok, "ccomp")]  # the threat's words, or the reported clause's
                other = [x for t0 in starts for x in _nearest_actor(t0, h.sources + _children(t0, "nsubj"))
                         if country.get(actor_for(x)) not in own][:1]
                if other:
                    h.targets, h.target_rule = other, "nearest actor of another country (a threat's target)"
                    tgts = _actors(other)
    sym = "sym" in h.entry.flags
    if not tgts and len(srcs) > 1 and (sym or (h.type in _JOINT and len(
            {_countries(doc).get(s) for s in srcs} - {None}) == len(srcs))):
        # "A and B agreed": each with the others; so two states that "said they were ready to settle their
        # dispute" (not two firms that plan to launch flights)
        return [(s, t) for s in srcs for t in srcs if s != t]
    if sym and not srcs and len(tgts) > 1:  # "talks between A and B"
        return [(s, t) for s in tgts for t in tgts if s != t]
    if (not tgts or not srcs) and "pair" in h.entry.flags:
        return []  # an act done with another side ("opened a joint park"), and no other side named
    if not tgts and "aimed" in h.entry.flags:
        return []  # "blamed the strength of the euro": a cause named, no one accused
    if not tgts and (h.verbal and h.entry.pos == "content" and not (srcs and "open" in h.entry.flags
                                                                     and not _hedged_saying(h.tok)) or (
            h.entry.pos == "noun" and not h.light and not h.composed and not h.standalone
            and not (srcs and h.entry.compose and any(_to_infinitive(c) for c in _children(h.tok, "acl"))))) \
            and not (srcs and _visit_to_place(h)):
        # a meeting with no one, a reported criticism of no one, a bare noun ("the allegations"): no event;
        # but a visitor's trip to a place names its host ("the visit of the Iranian president to Paris"), and an
        # owner's stated intent or demand stands ("Moi's promise to scrap queue voting")
        return []
    # with no source actor the event stands on its target: agentless rows and passives, and verbs whose
    # subject is no actor the actor stage knows ("hackers defaced Danish sites")
    # a hostile act named by a noun with a known target and an unknown doer ("an attack on X", "the
    # blockade of X") stands like an agentless passive; verbal nouns without a doer ("the request of X",
    # "a meeting of X") are only mentions
    agentless = "agentless" in h.entry.flags or h.undergone or (
        h.entry.pos == "noun" and not h.verbal and h.type in HOSTILE) or _told_act(h) or (
        _is_passive(h.tok) and not _agent(h.tok)) or (
        h.entry.pos in ("verb", "adj") and not h.verbal and not _modifying_clause(h.tok)) or (
        # "talks with Iran resumed in Geneva", "a joint patrol with Jordan got under way": the act itself goes on
        h.entry.pos == "noun" and not h.verbal and _going_on(h.tok))
    if not srcs:
        if not tgts or not agentless:
            return []
        return [(None, t) for t in tgts]
    if not tgts:
        return [(s, None) for s in srcs]
    pairs = [(s, t) for s in srcs for t in tgts if s != t]
    if not pairs and h.verbal and h.type == "ACCUSE":
        return []  # "X said he lied": owning up is no accusation of anyone
    if not pairs and _is_passive(h.tok) and h.source_rule == "passive agent" and (ag := _agent(h.tok)) is not None \
            and ag.i not in (doc._.token_actor or {}) and any(
                actor_for(x) in tgts for x in _children(h.tok, "nsubjpass")):
        # "Smith was criticised by many in his own party", "was killed by his lions": the one the passive is
        # about is the target; the agent, no actor itself, reached him only through a word inside it
        return [(None, t) for t in tgts]
    return pairs or [(s, None) for s in srcs]


_MODIFYING = frozenset({"acl", "relcl", "csubj"})
# nouns whose infinitive is an act of their owner's ("Israel's decision to cut ties", "a bid to press Jakarta") or
# their own ("the first delegation to visit Bucharest"); so an event noun's ("a hunger strike to protest")
_RESOLVE_NOUNS = frozenset({"decision", "resolution", "bid", "drive", "move", "attempt", "effort", "vote", "order",
                            "offer", "threat", "pledge", "promise", "campaign", "call", "demand", "plan", "initiative",
                            "push", "motion", "proposal", "agreement", "deal", "request", "appeal", "delegation",
                            "team", "envoy", "force", "contingent", "mission", "committee", "commission", "panel"})


def _modifying_clause(t: Token) -> bool:
    """A verb with no subject of its own in a clause that modifies or stands for a thing ("the law banning hunting",
    "a bill to fund the government", "engaging young people's interest was essential"): with no doer found it
    tells of no act, not one by an unknown doer. Not the act a resolve, a mission or an event is to ("a decision to
    cut ties", "a hunger strike to protest") or one by the people the noun names ("demonstrators demanding"), nor a
    participle set off by a comma that the parser took for a subject ("Bowing to pressure, the cabinet dropped")."""
    if t.dep_ not in _MODIFYING or t.tag_ not in ("VBG", "VB") or _children(t, "nsubj", "nsubjpass", "expl"):
        return False  # (not "three men arrested in Cairo", nor a finite verb misparsed)
    if t.dep_ in ("acl", "relcl"):
        head = _lemma(t.head)
        return head not in _RESOLVE_NOUNS and not (t.tag_ == "VB" and head in _noun_lemmas()) \
            and not _doers_noun(t.head)
    return not _children(t.head, "nsubj", "nsubjpass") and not any(w.text == "," for w in t.doc[t.i:t.head.i])


def _doers_noun(n: Token) -> bool:
    """A noun for people or a body, which does what its participle says ("demonstrators demanding an end to")."""
    words = lexicon.org_words()
    return (n.lower_,) in words or (_lemma(n),) in words or (_lemma(n),) in lexicon.roles() or _lemma(n) in _CROWDS


_SAYING_OR_THINKING = frozenset({"say", "suggest", "claim", "think", "believe", "assume", "argue", "imply", "pretend",
                                 "conclude", "portray", "describe", "call", "characterise", "characterize"})


def _hedged_saying(t: Token) -> bool:
    """"It would be wrong to say that we do not differ", "absurd to suggest ...": a judgement of a way of
    putting things, which censures no one's act (not the cue lexicon's verbs: "charge", "propose" and "put" are
    cues too, and "wrong to charge farmers" censures)."""
    return any(c.lower_ == "it" for c in _children(t, "nsubj", "expl")) and any(
        _lemma(c) in _SAYING_OR_THINKING for x in t.children if x.dep_ in ("acomp", "attr", "xcomp")
        for c in [x] + _children(x, "xcomp"))


def _told_act(h: Hit) -> bool:
    """"The release of 150 Indian fishermen ... was the largest such gesture", "the surrender of 250 fighters was the
    largest": a material act named by a noun the sentence is about, with a known target and an unnamed doer,
    stands like a hostile one (not a noun that is what another act acts on: "the suspension of a loan")."""
    t = h.tok
    if h.entry.pos != "noun" or h.verbal or h.type not in MATERIAL_ACTS or not _topic_noun(t):
        return False
    if not any(x.dep_ == "pobj" and x.head.lower_ in ("of", "to") and x.head.head.i == t.i for x in h.targets):
        return False  # ("his resignation was referred to": whose act it is, not what it is done to)
    return t.dep_ in ("nsubj", "nsubjpass") or _match(t.head.head) is None or not _match(t.head.head).type


def _claimed_by(h: Hit, source: str | None, quotes) -> str | None:
    """The speaker of the outermost quote whose content holds the trigger; a quote that is the event
    itself (an indirect report of the source's own words) does not count."""
    i = h.tok.idx
    containing = [q for q in quotes if q.speaker and _inside(q, i)]
    if h.verbal:
        own = [q for q in containing if q.speaker == source and not q.direct]
        if h.speech_tok is not None:
            own += [q for q in containing if q.cue and q.cue.start <= h.speech_tok.idx < q.cue.end]
        containing = [q for q in containing if q not in own]
    if not containing:
        return None
    outer = max(containing, key=lambda q: q.content.end - q.content.start)
    by_id = {q.id: q for q in quotes}
    seen = set()
    while outer.via and outer.via in by_id and outer.via not in seen:
        seen.add(outer.via)
        if by_id[outer.via].speaker:
            outer = by_id[outer.via]
        else:
            break
    return outer.speaker


def _evidence(sent: TokSpan) -> Span:
    """The sentence, without the whitespace spaCy keeps inside it at the end (line breaks)."""
    end = sent.end
    while end > sent.start + 1 and sent.doc[end - 1].is_space:
        end -= 1
    words = sent.doc[sent.start: end]
    return Span(words.start_char, words.end_char, words.text)


def _trigger_span(h: Hit, doc: Doc) -> Span:
    t = h.tok
    last = t
    for c in t.children:  # "cut off", "hand over", "beat up"
        if c.dep_ == "prt" and c.i == t.i + 1:
            last = c
    words = doc[t.i: last.i + 1]  # doc.text is rebuilt on every access: slice the tokens instead
    return Span(words.start_char, words.end_char, words.text)


def _clause(t: Token) -> TokSpan:
    """The words of the event's clause: the trigger's own subtree, widened to its governing verb's for nouns."""
    x = t
    if t.pos_ not in ("VERB", "AUX") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        x = t.head
    return t.doc[x.left_edge.i: x.right_edge.i + 1]  # the subtree's extent (the parse is projective)


def _span_field(d: dict) -> dict:
    """A {start, end, text} dict inside place/amount as a model.Span, so assembly shifts and serialises it."""
    sp = d.get("span")
    if isinstance(sp, dict) and "start" in sp:
        d = {**d, "span": Span(sp["start"], sp["end"], sp.get("text", ""))}
    return d


def _attributes(ev: Event, h: Hit, sent: TokSpan, doc: Doc) -> None:
    """Date (the clause's, else the sentence's, else the episode's), place and amount of an event."""
    clause, near, published = _clause(h.tok), h.tok.i, doc._.published
    d = dates.resolve_date(clause, published, near=near) or dates.resolve_date(sent, published, near=near)
    if d is None:
        d = dates.episode_date(doc, published, near)
        if d is not None:
            ev.explain["date"] = "episode the sentence refers back to"
    if d is not None:
        ev.date, ev.date_precision = d.value, d.precision
    p = places.place_in(clause, near=near)
    if p is not None:
        ev.place = _span_field(p.to_dict())
    if ev.type in _AMOUNT_TYPES:
        a = amounts.amount_in(clause, near=near)
        if a is not None:
            ev.amount = _span_field(a.to_dict())


_RIOT_ACTS = {"180", "182", "171", "1712"}  # violence and damage to property that a crowd does
_CIVILIAN = {"CVL", "EDU", "LAB", "OPP", "REF", "REL", "HLH"}
_PROTESTING = {"demand", "protest", "chant", "shout", "call"}


def _all_sources(h: Hit, doc: Doc, test) -> bool:
    """Whether h has source actors and every one passes ``test`` (an Actor -> bool)."""
    ids = _actors(h.sources)
    acts = _actors_by_id(doc)
    return bool(ids) and all(a in acts and test(acts[a]) for a in ids)


def _civilians(h: Hit, doc: Doc, sectors: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether every source actor of h is a group of people under no arms: students, workers, villagers (and
    groups of ``sectors``)."""
    return _all_sources(h, doc, lambda a: a.kind in ("group", "anonymous") and (a.sector in _CIVILIAN
                                                                                 or a.sector in sectors))


def _protesting(t: Token, doers: list[Token] = ()) -> bool:
    """Whether t's clause (or the clause it is coordinated with) says its doers were protesting: "...,
    demanding the right to ...", "in protest at ...", "in a violent protest", or the doers themselves are
    described so ("were torched by protesters", "by crowds demanding his resignation")."""
    heads = [t, *t.conjuncts]
    for v in heads:
        for c in v.children:
            if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in _PROTESTING and c.tag_ == "VBG":
                return True
            if c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in ("protest", "demonstration", "riot")
                                                              for g in c.children):
                return True
    for d in doers:
        if d.lemma_.lower() in _PROTESTERS:
            return True
        if any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in _PROTESTING for c in d.children):
            return True
    return False


_PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "marcher", "striker"}
# people in the street whose "demanding ..." is the demonstration's cause, and acts of protest that demand
_CROWDS = _PROTESTERS | {"activist", "crowd", "youth", "student", "worker", "farmer", "grower", "villager",
                         "resident", "supporter", "mob", "picket", "picketer", "squatter", "miner", "peasant",
                         "thousand", "hundred"}
_PROTEST_ACTS = {"march", "rally", "blockade", "roadblock", "strike", "sit-in", "protest", "demonstration", "walkout",
                 "occupation", "boycott", "vigil", "riot", "rioting", "stoppage", "shutdown"}
_PROTEST_DOERS = _PROTEST_ACTS | _CROWDS


def _demonstrating(hits: list[Hit]) -> None:
    """"The streets were filled by demonstrators demanding an end to one-party rule", "a march by maize growers,
    demanding protection": a demand a crowd or an act of protest makes with a participle is the protest's cause,
    not a request of its own. With a protest event in the sentence it is part of it; without one it is the
    demonstration (CAMEO 141)."""
    for h in hits:
        if h.absorbed or h.type != "REQUEST" or h.tok.tag_ != "VBG" or h.tok.dep_ not in ("acl", "advcl"):
            continue
        head, subj = h.tok.head, _subject(h.tok)
        if _lemma(head) not in _PROTEST_ACTS and (head.dep_ in ("dobj", "dative") or (
                head.dep_ == "pobj" and head.head.lower_ not in ("by", "with", "of"))):
            continue  # "told student activists demanding reform": those addressed, no demonstration
        doers = [head, *h.sources] + ([subj] if subj is not None else [])
        if not any(_lemma(x) in _PROTEST_DOERS for x in doers):
            continue
        _protest_aim(h, hits, "141", "a crowd's demand: the demonstration")


_PRESSING = {"press", "demand", "force", "push", "pressure"}  # "... to press the government to ..."
_PEOPLE_SECTORS = {"CVL", "OPP", "LAB", "EDU", "REL", "NGO", "REF", "HLH"}  # people of no state, armed or not
# what people do to press a demand that is no protest: speak, write, meet, travel, go to court
_NOT_PROTESTING = {"say", "tell", "write", "call", "send", "meet", "visit", "travel", "go", "come", "use", "return",
                   "file", "sue", "vote", "sign", "launch", "hold", "make", "seek", "ask", "urge", "appeal", "plan",
                   "want", "need", "try", "join", "form", "set", "take", "get", "give", "offer", "agree"}


def _pressed_demands(hits: list[Hit], doc: Doc) -> None:
    """"Gujjar herdsmen blocked the rail line to press New Delhi for jobs", "parents kept their children home to
    press for bilingual report cards": people of no state act that the lexicon does not know, done to press a
    demand, is a protest (CAMEO 140), aimed at whom the demand presses."""
    acts = _actors_by_id(doc)
    for h in hits:
        if h.absorbed or h.type != "REQUEST" or _lemma(h.tok) not in _PRESSING or not _to_infinitive(h.tok) \
                or h.tok.dep_ not in ("advcl", "xcomp"):
            continue
        main = h.tok.head
        if main.pos_ != "VERB" or _lemma(main) in _NOT_PROTESTING or any(
                g.tok.i == main.i and g.type and not g.absorbed for g in hits):
            continue
        doers = [a for a in (acts.get(i) for i in _actors(h.sources)) if a is not None]
        if not doers or not all(a.sector in _PEOPLE_SECTORS and a.kind != "country" for a in doers):
            continue
        _protest_aim(h, hits, "140", f"'{main.text}' done by people to press a demand: a protest")


_BREAKAWAY = frozenset({"independence", "secession", "separation", "autonomy", "freedom", "self-rule"})


def _breakaway_aims(hits: list[Hit]) -> None:
    """"demonstrators demanding a referendum on independence from Indonesia": a protest for breaking away from a state
    is aimed at that state, whatever place it happens in."""
    for h in hits:
        if h.absorbed or h.type != "PROTEST" or any(t.dep_ == "pobj" and t.head.lower_ in ("against", "outside")
                                                    for t in h.targets):
            continue
        away = [o for t in h.tok.sent if _lemma(t) in _BREAKAWAY for o in _pobjs(t, {"from"}) if _actors([o])]
        if away:
            h.targets, h.target_rule = away[:1], f"the state '{away[0].head.head.text}' is from"


def _protest_aim(h: Hit, hits: list[Hit], code: str, why: str) -> None:
    """A demand made in protest: part of the protest the sentence names ("pressed on with their hunger strike
    to demand ..."), else the protest itself (PROTEST ``code``)."""
    protest = [g for g in hits if g is not h and not g.absorbed and g.type == "PROTEST"
               and (_actors(g.sources) or _actors(g.targets))]
    if protest:
        h.absorbed = True
        protest[0].composed.append(f"'{h.tok.text}' ({h.type}) is what the protest demands")
    else:
        h.type, h.cameo = "PROTEST", code
        h.composed.append(why)


_RALLY = {"stand", "rally", "line", "unite", "close", "side", "join"}  # "... to stand by / rally behind X"


def _rallying(h: Hit) -> None:
    """"urged African leaders to stand by Mugabe", "called on Arabs to unite and mobilise against Sharon",
    "lobbied Islamic nations to line up against India": asking third parties to rally behind X is support of
    X (CAMEO 051), to stand against X a denunciation of X (111), as CAMEO and PLOVER code such appeals."""
    verbs = [c for c in h.tok.children if c.dep_ in ("xcomp", "advcl", "ccomp")
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    verbs += [x for v in verbs for x in v.conjuncts]
    for v in verbs:
        against = [o for p in v.children if p.dep_ == "prep" and p.lower_ == "against"
                   for o in _children(p, "pobj") if _actors([o])]
        behind = [o for p in v.children if p.dep_ == "prep" and p.lower_ in ("behind", "by", "with")
                  for o in _children(p, "pobj") if _actors([o])] if _lemma(v) in _RALLY else []
        if against:
            h.type, h.cameo, h.targets = "ACCUSE", "111", against
        elif behind:  # (not "to back": asking X to back one's own claim asks X for support, 102)
            h.type, h.cameo, h.targets = "SUPPORT", "051", behind
        else:
            continue
        h.target_rule = f"whom '{v.text}' is against or behind"
        h.composed.append(f"asked others to '{v.text}': the asker's own stand on its object")
        return


def _states(h: Hit, doc: Doc) -> bool:
    """Whether every source actor of h is a state: a country or a government body of one."""
    if any(t.tag_ in ("NNS", "NNPS") for t in h.sources):  # "Serbians protested": a people, not its state
        return False
    # the state named on the word itself ("India protested", "protests from Washington"), not reached otherwise
    if not all(s.head.i == h.tok.i or (s.head.dep_ == "prep" and s.head.head.i == h.tok.i) for s in h.sources):
        return False
    return _all_sources(h, doc, lambda a: a.kind == "country" or (
        a.sector == "GOV" and a.country not in (None, "IGO", "NGO")))


_ARMED = {"MIL", "UAF", "REB", "INS"}


def _armed(h: Hit, doc: Doc) -> bool:
    """Whether every source actor of h is an armed force: an army, militia, rebels or insurgents."""
    return _all_sources(h, doc, lambda a: a.kind != "country" and a.sector in _ARMED)


def _emit(h: Hit, sent: TokSpan, doc: Doc, quotes) -> list[Event]:
    solo = next((f[5:] for f in h.entry.flags if f.startswith("solo=")), None)
    partner = _actors(h.targets) and not h.target_rule.startswith("nearest actor")
    if solo and h.type == h.entry.type and not partner and len(set(_actors(h.sources))) <= 1:
        # a symmetric act with one side only: "Iran began war games" shows force, it is no joint exercise;
        # an actor merely near it ("war games off Taiwan") is whom the show of force is aimed at, no partner
        h.type, h.cameo = cameo_codes()[solo].plover, solo
        h.composed.append(f"one side only: {solo}")
    if h.type == "PROTEST" and h.cameo[:3] in ("140", "141") and _lemma(h.tok) == "protest" and _states(h, doc):
        # "India protested against the shelling", "protests from Washington": a state's protest is an official
        # complaint (CAMEO 114), not a demonstration
        h.type, h.cameo = "ACCUSE", "114"
        h.composed.append("a state's protest: official complaint")
    if h.type == "PROTEST" and h.cameo[:3] == "145" and _armed(h, doc):
        # "soldiers went on a rampage": armed men running riot use force, they do not protest (CAMEO 18)
        h.type, h.cameo = "ASSAULT", "180"
        h.composed.append("armed men's rampage: violence, not a protest")
    if h.type == "COERCE" and h.cameo == "191" and _civilians(h, doc, {"NGO"}):
        # "a blockade of logging roads by environmental protesters": people under no arms blocking a road protest
        # (CAMEO 144), as "protesters blocked the road" does
        h.type, h.cameo = "PROTEST", "144"
        h.composed.append("a blockade by people under no arms: a protest")
    if h.type in ("ASSAULT", "COERCE") and h.cameo in _RIOT_ACTS and _civilians(h, doc) \
            and _protesting(h.tok, [d for d in h.sources if d.dep_ != "nsubjpass"]):
        # "schoolchildren stoned police and set fire to buildings, demanding ...": people who are no armed
        # force, doing violence in a protest, riot (CAMEO 145)
        h.type, h.cameo = "PROTEST", "145"
        h.composed.append("violence done in a protest by people under no arms: a riot")
    if h.type in ("RETREAT", "PROTEST") and _leaves_organisation(h, doc):
        # "Georgia pulled out of the Commonwealth of Independent States", "Washington's withdrawal from UNESCO",
        # "walked out of the OAU": a state leaving an intergovernmental body cuts its relations with it (CAMEO 16)
        h.type, h.cameo = "SANCTION", "160"
        h.composed.append("leaving an intergovernmental body: reduced relations")
    if h.type == "REQUEST" and h.entry.compose == "demand":
        _rallying(h)
    code = cameo_codes().get(h.cameo)
    out = []
    pairs = _pairs(h, doc)
    if h.type == "MOBILIZE" and h.target_rule == "passive subject" and pairs and all(s is None for s, _ in pairs):
        # "Indian troops were deployed along the border", "20 Japanese coastguard vessels were mobilised": forces
        # moved or readied with no one named doing it are their own state's show of force, aimed at no one named
        pairs = [(t, None) for _, t in pairs]
        h.source_rule, h.target_rule = "the forces readied (a passive with no agent)", ""
    # "a bomb ripped through a market in Peshawar", "fighting raged in Mogadishu": violence no one is named
    # for falls on the country of its place (an event only if it has one)
    by_place = not pairs and IMPLIED_TARGET and _unattributed(h)
    for s, t in pairs or ([(None, None)] if by_place else []):
        ev = Event(
            id="", type=h.type, cameo=h.cameo or None, source=s, target=t,
            trigger=_trigger_span(h, doc), evidence=_evidence(sent),
            quad_class=code.quad if code else None, intensity=code.goldstein if code else None,
            negated=h.negated, modality=h.modality,
            explain={"lexicon": (f"event_triggers.tsv row {h.entry.line}: {h.entry.lemma} ({h.entry.pos})"
                                 + (f" [{h.entry.note}]" if h.entry.note else "")) if h.entry.line
                     else f"rule: {h.entry.note}",
                     "source": h.source_rule or None, "target": h.target_rule or None,
                     "composed": (h.composed + h.acts_on) or None, "verbal": h.verbal,
                     "cameo_name": code.name if code else None})
        ev.claimed_by = _claimed_by(h, s, quotes)
        _attributes(ev, h, sent, doc)
        if by_place:
            place = ev.place or {}
            code, span = place.get("country"), place.get("span")
            if place.get("kind") not in ("city", "state", "province", "country"):
                code = None
                over = _swept(h.tok)  # "protests swept Iran", "protests rocked Karachi": the verb's object
                if isinstance(over, str):
                    ev.target, ev.target_implied = over, True
                    ev.explain["target"] = f"implied: the place '{h.tok.head.text}' names as its object"
                elif over is not None:
                    code, span = over
            if code and len(code) == 3:
                _country_target(ev, doc, code, span if isinstance(span, Span) else None,
                                "implied: the country the event happens in (no doer named)")
            if ev.target is None:
                continue
        if ev.target is None and h.type in ("PROTEST", "ACCUSE"):
            _anti_target(ev, h, doc)
        if ev.target is None and h.type in ("ASSAULT", "COERCE") and IMPLIED_TARGET:
            hit = _attacked_place(h.tok)
            if hit is not None:
                _country_target(ev, doc, hit[0], hit[1], f"implied: the country of the place attacked ({hit[1].text})")
        if ev.target is None and h.type in ("AID", "AGREE", "COOPERATE"):
            helped = _helped(h.tok)
            if helped is not None and actor_for(helped[0]) not in (None, ev.source):
                ev.target = actor_for(helped[0])
                ev.explain["target"] = f"whom '{helped[1].text}' is to help"
        if ev.target is None and h.type == "MOBILIZE" and ev.source is not None:
            _shown_to(ev, h, doc)
        if ev.source is not None and h.type not in PARTNERED and (
                ev.target is None or (ev.explain.get("target") or "").startswith("implied")):
            whose = _object_country(h, doc, ev.source)
            if whose is not None:  # "freed three Japanese engineers", "dismissed a U.S. statement"
                _country_target(ev, doc, whose[0], whose[1], f"the country of what it is done to ('{whose[1].text}')")
        if ev.target is None and ev.source is not None and IMPLIED_TARGET and not _answers(h):
            _imply_target(ev, doc)
        if h.type == "REQUEST" and (h.cameo or "").startswith("1053") and ev.source is not None:
            _captor(ev, h, doc)
        if ev.source is not None and h.type in _MOVING:
            country = _countries(doc)
            if country.get(ev.source) and (ev.target is None or country.get(ev.target) == country.get(ev.source)):
                _moved_against(ev, h, doc)
        if ev.target is None and h.entry.pos == "noun" and _visit_to_place(h) and not (
                h.light or h.composed or h.standalone):
            continue  # a trip to a place of the visitor's own country: no host
        out.append(ev)
        charge = _reported_abuse(ev, sent, doc)
        if charge is not None:
            out.append(charge)
    return out


# words that call what was done a crime: a report with them accuses ("committed war crimes", "genocide"); not
# "ethnic cleansing", which names the act itself ("were engaged in ethnic cleansing, according to X")
_CRIME_WORDS = re.compile(r"\b(?:war crimes?|genocide|crimes? against humanity|atrocit(?:y|ies))\b", re.I)
_AGGRESSION_WORDS = re.compile(r"\b(?:unprovoked|naked aggression|act of aggression|blatant aggression)\b", re.I)
_TELLER = "the teller of the act"
_HABITUAL = {"routinely", "systematically", "regularly", "widely", "repeatedly", "often", "frequently"}


def _habitual_or_report(ev: Event, sent: TokSpan) -> bool:
    """A rights group's finding, not its eyewitness news: the act told as a practice ("routinely torture",
    "are torturing") or in a report ("said in a report"); "according to Red Cross officials, militiamen
    slaughtered hundreds" tells the massacre."""
    trig = [t for t in sent if t.idx == ev.trigger.start]
    if trig and (trig[0].tag_ in ("VBP", "VBZ") or any(c.lower_ in _HABITUAL for c in trig[0].children)
                 or any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") and c.lower_ not in ("has", "have")
                        for c in trig[0].children)):
        return True
    return any(t.lemma_.lower() == "report" and t.pos_ == "NOUN" for t in sent)


def _reported_abuse(ev: Event, sent: TokSpan, doc: Doc) -> Event | None:
    """An act of force told on someone else's word is also that someone's accusation of the doer, when the
    teller calls it a crime ("had committed war crimes by bombing civilians": CAMEO 1124) or unprovoked
    aggression ("had launched an unprovoked incursion into its territory, Djibouti told the UN": 112), or is a
    rights group reporting a practice ("Turkish police routinely torture detainees, Amnesty said": 1122). The act
    stays, claimed by the teller. A state telling what was done to it ("Pakistani officials said Afghan jets had bombed
    a border village") tells the act only: wire copy codes the bombing, not an accusation."""
    if ev.type not in ("ASSAULT", "COERCE") or ev.negated or not ev.source or not ev.claimed_by \
            or ev.claimed_by in (ev.source, ev.target):
        return None
    by_id = _actors_by_id(doc)
    teller, doer = by_id.get(ev.claimed_by), by_id.get(ev.source)
    if teller is None or doer is None:
        return None
    t_cty, d_cty = getattr(teller, "country", None), getattr(doer, "country", None)
    if not t_cty or not d_cty or d_cty in ("NGO", "IGO") or t_cty == d_cty:
        return None
    if _CRIME_WORDS.search(sent.text):
        code, why = "1124", "a report calling the act a crime"
    elif _AGGRESSION_WORDS.search(sent.text):
        code, why = "112", "a report calling the act unprovoked aggression"
    elif (t_cty == "NGO" or getattr(teller, "sector", None) == "NGO") and _habitual_or_report(ev, sent):
        code, why = "1122", "a rights group's report of abuse"
    else:
        return None  # a state or its officials telling what was done to it tell the act ("X said Y shelled ...")
    c = cameo_codes()[code]
    return replace(ev, type="ACCUSE", cameo=code, source=ev.claimed_by, target=ev.source, claimed_by=None,
                   quad_class=c.quad, intensity=c.goldstein, modality="asserted", target_implied=False,
                   explain={**(ev.explain or {}), "source": _TELLER, "target": "the act's doer",
                            "composed": [*((ev.explain or {}).get("composed") or []), f"{why}: accusation"],
                            "verbal": True, "cameo_name": c.name})


_HOLDING = {"hold", "seize", "detain", "kidnap", "abduct", "capture", "arrest", "jail", "imprison", "intern"}


def _captor(ev: Event, h: Hit, doc: Doc) -> None:
    """A demand for the release of the speaker's own people is made of whoever holds them: "demanded the release
    of 20 Filipino fishermen held by the Chinese coast guard" (China), "calling on Libyan authorities to free
    them"; not of the captives themselves."""
    country = _countries(doc)
    own = country.get(ev.source)
    if not own or (ev.target is not None and country.get(ev.target) not in (None, own)):
        return
    sent = h.tok.sent
    cands = [g for t in sent if t.lemma_.lower() in _HOLDING and t.tag_ == "VBN" for g in _pobjs(t, {"by"})]
    cands += [o for t in sent if t.lemma_.lower() in ("call", "urge", "press") for o in
              _children(t, "dobj") + _pobjs(t, {"on", "upon"})]  # "calling on Libyan authorities to ..."
    _target_of_another_country(ev, cands, country, "who holds those whose release is demanded")


def _target_of_another_country(ev: Event, cands: list[Token], country: dict[str, str | None], why: str) -> None:
    """Make the first actor among ``cands`` of a country other than the source's (none, IGO and NGO aside) the
    event's target, with ``why`` and the word in its explanation."""
    own = country.get(ev.source)
    for c in cands:
        for a in _resolve(c):
            if a != ev.source and country.get(a) not in (None, own, "NGO"):
                ev.target = a
                (ev.explain or {})["target"] = f"{why} ('{c.text}')"
                return


_MOVING = {"SANCTION", "RETREAT", "ASSAULT", "COERCE", "MOBILIZE"}  # acts that go into or out of somewhere
_INTO_FROM = {"from", "into", "across", "inside", "out", "to"}


def _moved_against(ev: Event, h: Hit, doc: Doc) -> None:
    """An act that goes into or out of a place of another country, with no one named there, is aimed at that
    country: "recalled its ambassador from Tel Aviv" (Israel), "launched an offensive into Somalia", "pulled back
    from a forward camp in Ladakh" (India)."""
    own = _countries(doc).get(ev.source)
    bases = [h.tok] + ([h.light_verb] if h.light_verb is not None else [])
    # the parser hangs the place on the object or the adverb: "recall of its ambassador from X", "pulled back from X"
    bases += [x for b in list(bases) for x in _objects(b)[:2] + _children(b, "advmod", "prt")]
    cands = [g for b in bases for p in b.children if p.dep_ == "prep" and p.lower_ in _INTO_FROM
             for g in p.children if g.dep_ == "pobj"]
    cands += [g for b in bases for p in b.children if p.dep_ == "prep" and p.lower_ == "out"
              for q in p.children if q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]  # "out of Kabul"
    cands += [x for c in list(cands) for p in c.children if p.dep_ == "prep" and (
        p.lower_ == "in" or (p.lower_ == "of" and _lemma(c) in PLACE_WORDS))
              for x in p.children if x.dep_ == "pobj"]  # "from a forward camp in Ladakh", "from the town of X"
    for c in cands:
        if actors_for(c) or c.ent_type_ not in ("GPE", "LOC"):
            continue
        ent = next((e for e in doc.ents if e.start <= c.i < e.end), None)
        place = places.geocode(ent.text) if ent is not None else None
        if place is not None and place.country and len(place.country) == 3 and place.country != own:
            _country_target(ev, doc, place.country, Span(ent.start_char, ent.end_char, ent.text),
                            f"the country of the place it goes into or out of ({ent.text})")
            return


_TOWARD = {"near", "off", "along", "toward", "towards", "at", "against", "over"}


def _shown_to(ev: Event, h: Hit, doc: Doc) -> None:
    """Whom a show of force with no target named is aimed at: what it is "aimed at" or "directed at"; the
    object of the verb it is done in ("buzzed a Dutch frigate in a show of strength"); an actor of another
    country it is done near, off or along ("near the Greek islands", "along its border with Morocco")."""
    sent = h.tok.sent
    cands = [g for t in sent if t.lemma_.lower() in ("aim", "direct") and t.tag_ == "VBN"
             for g in _pobjs(t, {"at", "against"})]
    carrier = h.light_verb if h.light_verb is not None else h.tok
    if carrier is h.tok and h.tok.dep_ == "pobj" and h.tok.head.lower_ == "in" and h.tok.head.head.pos_ == "VERB":
        carrier = h.tok.head.head  # "sailed close to Estonia's waters in a display of strength"
    cands += [o for o in _children(carrier, "dobj") if o.i != h.tok.i]
    for base in dict.fromkeys([h.tok, carrier]):
        for x in base.subtree:
            if x.dep_ == "prep" and (x.lower_ in _TOWARD or (x.lower_ == "to" and x.head.lower_ in ("close", "next"))):
                cands += [g for g in x.children if g.dep_ == "pobj"]  # ("close to its waters")
            if x.dep_ == "prep" and x.lower_ == "with" and x.head.lemma_.lower() in ("border", "frontier"):
                cands += [g for g in x.children if g.dep_ == "pobj"]  # "along its border with Morocco"
    _target_of_another_country(ev, cands, _countries(doc), "whom the show of force is aimed at")


def _anti_target(ev: Event, h: Hit, doc: Doc) -> None:
    """"Anti-American protesters burned flags", "joined anti-Japanese demonstrations": a protest or a
    criticism with no one named is aimed at the country its "anti-" modifier names."""
    for t in [h.tok, *h.sources]:
        for x in t.lefts:
            if x.lower_ == "anti" and x.i + 2 < t.i and doc[x.i + 1].text in ("-", "\u2013"):
                word = doc[x.i + 2]
                code = lexicon.countries().code(word.text)
                if code:
                    _country_target(ev, doc, code, Span(word.idx, word.idx + len(word.text), word.text),
                                    'the country its "anti-" modifier names')
                    return


def _visit_to_place(h: Hit) -> bool:
    """A visit noun that is a clause's subject or object, with a place it goes to: "the visit of the Iranian
    president to Paris angered Israel" (the host is that place's country). In a time phrase ("since / during his
    visit to Kampala") it is background."""
    return h.cameo[:3] in ("042", "043") and h.entry.pos == "noun" and h.tok.dep_ in (
        "nsubj", "nsubjpass", "dobj", "ROOT") and any(o.ent_type_ in ("GPE", "LOC") for o in _pobjs(h.tok, {"to"}))


IMPLIED_TARGET = True  # benchmarks can switch it off to measure it
# verbs of violence or unrest breaking out or falling on a place: "fighting raged", "rioting broke out", "clashes
# erupted", "protests filled the streets of X", "a strike paralysed X"
_BREAK_OUT = {"erupt", "break", "rage", "flare", "spread", "resume", "escalate", "intensify", "continue", "occur",
              "grip", "rock", "shake", "sweep", "fill", "paralyse", "paralyze", "hit"}


def _unattributed(h: Hit) -> bool:
    """Violence or unrest that happened with no doer an actor: a weapon did it ("a car bomb exploded"), or
    it broke out ("fighting raged in X", "rioting broke out"); or force, coercion or unrest told in the
    passive with no agent ("a curfew was imposed in Kathmandu"); or the easing of a restriction told as the
    subject of its clause ("the lifting of martial law in Taiwan ends 38 years of emergency rule"); or an inquiry
    that opens there ("a parliamentary inquiry into the crash opened in Warsaw")."""
    if h.verbal or h.negated or h.absorbed or h.modality != "asserted":
        return False
    t = h.tok
    if h.type in ("RETREAT", "CONCEDE") and h.entry.pos == "noun" and t.dep_ in ("nsubj", "nsubjpass") \
            and t.head.pos_ == "VERB" and _pobjs(t, {"of"}):
        return True
    if h.type == "ACCUSE" and (h.cameo or "").startswith("09") and h.entry.pos == "noun" \
            and t.dep_ in ("nsubj", "nsubjpass") and _lemma(t.head) in _OPENING:
        return True  # "a parliamentary inquiry into the crash opened in Warsaw": an inquiry of the place's country
    if h.type not in ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE"):
        return False
    if t.pos_ == "VERB" and _is_passive(t):  # "a curfew was imposed in Kathmandu", "security was beefed up"
        return not _agent(t) and not _actors(_children(t, "nsubjpass"))
    if h.type not in ("ASSAULT", "PROTEST"):
        return False
    if t.pos_ == "VERB":
        s = _subject(t)
        return s is not None and _lemma(s) in _WEAPONS and not _actors([s])
    if h.entry.pos == "noun" and t.dep_ == "nsubj" and any(g.ent_type_ == "GPE" for g in _pobjs(t, {"in"})):
        return True  # "demonstrations in Tulsa have been peaceful", "clashes in Karachi left five dead"
    return h.entry.pos == "noun" and t.dep_ == "nsubj" and t.head.pos_ == "VERB" and _lemma(t.head) in _BREAK_OUT


def _swept(t: Token) -> str | tuple[str, Span] | None:
    """"Unrest swept Iran", "protests rocked Karachi": unrest named by a noun breaks out over the place its verb
    takes as object: the country actor that object is, else the place's country and name (gazetteer)."""
    if t.pos_ != "NOUN" or t.dep_ != "nsubj" or t.head.pos_ != "VERB" or _lemma(t.head) not in _BREAK_OUT:
        return None
    # the place it falls on, or moves over ("rioting swept through the suburbs of Maputo")
    for objs in (_children(t.head, "dobj"), _pobjs(t.head, {"through", "across", "throughout"})):
        ids = _actors(objs)
        if len(ids) == 1 and getattr(_actors_by_id(t.doc).get(ids[0]), "kind", None) == "country":
            return ids[0]
        if ids:
            return None
        if (hit := _attacked_place(t.head, objs)) is not None:
            return hit
    return None


_OPENING = {"open", "begin", "start", "get", "resume", "convene", "commence", "widen"}  # "got under way"
# verbs of an act's course, said of the act itself ("talks resumed", "the negotiations broke down")
_GOING_ON = frozenset(_OPENING | {"continue", "reopen", "restart", "proceed", "progress", "stall", "collapse", "end",
                                  "conclude", "break", "take", "drag", "last"})


def _going_on(t: Token) -> bool:
    """An act named by the subject of a verb of its course ("talks with Iran resumed")."""
    return t.dep_ == "nsubj" and _lemma(t.head) in _GOING_ON


_CHARGES = {"accusation", "allegation", "charge", "claim", "report", "criticism", "rumour", "rumor", "speculation",
            "suggestion", "assertion"}


def _answers(h: Hit) -> bool:
    """A denial answers an accuser the text leaves unnamed ("Iran denied the accusation"), and a demand made
    of someone the actor stage could not place ("urged the authorities to ...") is addressed to them: no
    one to imply."""
    if h.type == "REJECT":
        return _lemma(h.tok) in ("deny", "denial") or any(_lemma(o) in _CHARGES for o in _objects(h.tok))
    if h.type == "REQUEST":
        return any(_addressee(x) for slot in h.entry.targets for x in _slot(h.tok, slot))
    return False


def _addressee(t: Token) -> bool:
    """Whether t names people or a body ("the authorities", "rebel leaders", "Smith"), not a thing asked for."""
    if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.pos_ == "PRON":
        return True
    if t.pos_ != "NOUN":
        return False
    ow = lexicon.org_words().get((t.lower_,)) or lexicon.org_words().get((_lemma(t),))
    if ow is not None:  # "pressed the government to ...": a word for the state itself is the home state
        return ow.kind != "country"
    return (_lemma(t),) in lexicon.roles()


def _attacked_place(t: Token, objs: list[Token] | None = None) -> tuple[str, Span] | None:
    """"shelled Dubrovnik", "shelled the old city of Dubrovnik", "the bombardment of Vukovar": a place a hostile act
    falls on, with its country from the gazetteer (CAMEO codes the attack on a town as one on its country).
    ``objs``: the words naming the place, when not the act's object."""
    if objs is None:
        objs = _children(t, "nsubjpass") if _is_passive(t) else _children(t, "dobj")
        if t.pos_ == "NOUN":
            objs = [g for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "on") for g in _children(p, "pobj")]
    for o in objs:
        if o.ent_type_ not in ("GPE", "LOC") and (_lemma(o) in PLACE_WORDS or _lemma(o) == "street"):
            # "the old city of Dubrovnik", "filled the San Juan streets"
            o = next((g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in _children(p, "pobj")),
                     None) or next((c for c in reversed(list(o.lefts)) if c.dep_ == "compound"
                                    and c.ent_type_ in ("GPE", "LOC")), o)
        if o.ent_type_ in ("GPE", "LOC", "") and o.pos_ == "PROPN" and not actors_for(o):
            # a name the NER model missed counts too ("shelled Dubrovnik"), if the gazetteer knows it
            ent = next((e for e in o.doc.ents if e.start <= o.i < e.end), None) or o.doc[
                min([o.i] + [c.i for c in o.children if c.dep_ == "compound" and c.pos_ == "PROPN"]):o.i + 1]
            place = places.geocode(ent.text)
            if place is not None and place.country and len(place.country) == 3:
                return place.country, Span(ent.start_char, ent.end_char, ent.text)
    return None


_HELPING = {"help", "assist", "aid", "support", "rebuild", "feed", "shelter", "enable"}


def _helped(t: Token) -> tuple[Token, Token] | None:
    """"pledged $500 million in loans to help Indonesia weather the crisis": the one an aid's purpose helps (and
    the verb of helping)."""
    for v in [t, *_children(t, "xcomp"), *_children(t, "dobj")]:  # "... $500 million to help X" (on the object)
        for c in v.children:
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and _lemma(c) in _HELPING and _to_infinitive(c):
                whom = _children(c, "dobj") or [s for x in _children(c, "ccomp", "xcomp")
                                                 for s in _children(x, "nsubj")]  # "help Indonesia weather ..."
                if whom and actor_for(whom[0]):
                    return whom[0], c
    return None


def _object_country(h: Hit, doc: Doc, source: str) -> tuple[str, Span] | None:
    """The country a country word describing what the act is done to names, when it is not the source's own:
    "freed three Japanese engineers" (Japan), "dismissed a U.S. statement" (the United States); the object is
    no actor of its own."""
    names = lexicon.countries()
    own = getattr(_actors_by_id(doc).get(source), "country", None)
    objs = _objects(h.tok) if h.entry.pos != "noun" else _pobjs(h.tok, {"of"})
    for o in objs:
        if actor_for(o) is not None:
            continue
        for m in o.children:
            if m.dep_ not in ("amod", "compound", "nmod") or m.i > o.i or is_sponsor(m) \
                    or (m.i >= 2 and doc[m.i - 1].text == "-" and doc[m.i - 2].lower_ in ("pro", "anti")):
                continue  # (not "anti-American slogans": a stance)
            code = names.demonyms.get(m.text) or names.code(m.text)
            if code and len(code) == 3 and code not in REGIONS and code != own:
                return code, Span(m.idx, m.idx + len(m.text), m.text)
    return None


def _imply_target(ev: Event, doc: Doc) -> None:
    """An event whose text names no target ("police arrested dozens in Cairo", "students marched",
    "the president threatened to impose a curfew in the capital") is a domestic event of the country it
    happens in, as CAMEO and PLOVER code it (a visit's host too): the target is the country of the event's
    place, else, for a material act or the threat of one, the source's own country, and so for a political
    actor's demand, refusal or promise to reform with no one named, and a political person's or group's
    criticism ("branded the decision unacceptable"; other verbal acts with no addressee, "warned of hard times",
    fall on no one; a country acting at home acts on itself). The
    country's actor is reused, or made with the word that gives the country as its mention (the place name,
    or the country word in the source's name or the sentence, else the source's name itself)."""
    actors = doc._.actors or []
    src = next((a for a in actors if a.id == ev.source), None)
    if src is None:
        return
    place, code, mention = ev.place or {}, None, None
    visit = ev.cameo == "042" and place.get("country") not in (None, src.country)
    # a promise with no partner is a promise to the country's own people: to reform, to yield, to cooperate in
    # general ("promised to liberalise public life", "would scrap import licensing"); not one to meet or aid
    # (said of a state or a political actor: a singer who "will not discuss" something refuses her country nothing)
    if ev.cameo == "042" and not place and (visited := _place_visited(ev, doc)) and visited[0] == src.country:
        # a visit at home ("Trump visited Cleveland") is made to the visitor's own country, as CAMEO codes it
        _country_target(ev, doc, *visited, why="the country of the place visited")
        return
    political = src.kind == "country" or src.sector in _POLITICAL_SECTORS
    home = political and ev.type == "AGREE" and (ev.cameo or "030")[:3] in _HOME_INTENTS
    if ev.type in PARTNERED and not (visit or home):
        # these acts have a partner: "signed an accord in Doha" does not make Qatar one; but the country a
        # visitor travels to is the host ("a trip to Lahore": Pakistan), as CAMEO codes a visit, and a country the
        # act names otherwise than as where it happens is the partner ("will lend $1 billion to help revive the
        # Philippine economy", "would free the crew of the British-flagged tanker")
        other = _other_country(ev, doc, src, sites=False)
        if other is not None:
            _country_target(ev, doc, *other, why=_OTHER_COUNTRY)
            return
        if (ev.cameo or "")[:3] in _PARTNER_UNKNOWN or not _among_compatriots(ev, doc, src):
            return
        # a body, party, firm or person of one country that talks, agrees or gives support where the sentence
        # names no one of another country does so at home ("the parties were locked in talks in the Industrial
        # Relations Commission", "the minister has given his support to the report"): a domestic event, as CAMEO
        # codes it
        code = src.country
    if place.get("country") and place.get("kind") in ("city", "state", "province", "country"):
        code = place["country"]
        mention = place.get("span") if isinstance(place.get("span"), Span) else None
    elif (other := _other_country(ev, doc, src)) is not None:
        _country_target(ev, doc, *other, why=_OTHER_COUNTRY)
        return
    elif src.country and src.country not in ("IGO", "NGO", *REGIONS) and (
            ev.type in MATERIAL_ACTS or home or (political and ev.type in ("REQUEST", "REJECT"))
            or (src.kind != "country" and src.sector in _POLITICAL_SECTORS and ev.type == "ACCUSE"
                and (ev.cameo or "").startswith("11"))
            or ((ev.type in ("REQUEST", "REJECT") or (ev.type == "ACCUSE" and (ev.cameo or "").startswith("11")))
                and (src.kind in ("organization", "group") or src.sector) and _among_compatriots(ev, doc, src))
            or (ev.type == "THREATEN" and ev.cameo not in (None, "130"))
            or (ev.cameo or "").startswith("09")):
        # a material act, or the threat of one ("threatened to impose a curfew"); an inquiry into something at
        # home ("ordered an inquiry into the train collision", CAMEO 09); a demand or a refusal
        # with no one named is made at home ("appealed for an end to one-party rule", "dismissed calls for
        # a multi-party system"); so is a political person's or group's criticism with no one named ("Mr Howard
        # branded the decision unacceptable": the government's), and a body's or a person's of some calling
        # (not a singer's) among compatriots ("Westpac's spokesman says the strike is unjustified"); a state does
        # not censure itself, and other verbal acts with no addressee ("warned of hard times") fall on no one
        code = src.country
    if not code:
        return
    if mention is None and ev.type in ("ASSAULT", "MOBILIZE") and any(
            a.id == ev.source and a.kind == "country" and a.country == code for a in actors):
        return  # force used or shown with no place named is aimed abroad as often as at home
    # a country acting at home ("Zambia's government lifted a ban on rallies") acts on itself, as CAMEO codes a
    # domestic event (ZMBGOV -> ZMB)
    # the word that gives the country; when the text has none, the source's own name gives it ("Yulia Tymoshenko
    # has gone on hunger strike": Ukraine, the country of the built-in list of leaders)
    mention = mention or _country_word(doc, [*src.mentions, ev.evidence], code)
    if mention is None and code == src.country and src.mentions:
        mention = next((m for m in src.mentions if ev.evidence.start <= m.start < ev.evidence.end), src.mentions[0])
    _country_target(ev, doc, code, mention)


_OTHER_COUNTRY = "implied: the one other country the trigger's phrase names"


def _among_compatriots(ev: Event, doc: Doc, src) -> bool:
    """Whether the source is a body or person (not a state) of a country and everyone and every place the event's
    sentence names is of that country or of none."""
    if src.kind == "country" or not src.country or src.country in ("IGO", "NGO", *REGIONS):
        return False
    sent = doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    if sent is None:
        return False
    countries = _countries(doc)
    ids = {a for t in sent for a in actors_for(t)}
    if any(countries.get(a) not in (None, src.country) for a in ids):
        return False
    names = lexicon.countries()
    return not any(e.label_ in ("GPE", "NORP") and (names.code(e.text) or places.country_of_place(e.text))
                   not in (None, src.country) for e in sent.ents)


def _place_visited(ev: Event, doc: Doc) -> tuple[str, Span] | None:
    """The country of a city or state a visit's verb has as its object or goes to ("visited Cleveland", "travelled
    to Kenosha, Wisconsin"), and the place's name."""
    trig = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if trig is None or trig.root.pos_ != "VERB":
        return None
    t = trig.root
    for g in [x for o in [*_children(t, "dobj"), *_pobjs(t, {"to"})] for x in [o, *_children(o, "appos", "npadvmod")]]:
        ent = next((e for e in doc.ents if e.start <= g.i < e.end and e.label_ == "GPE"), None)
        code = places.country_of_place(ent.text) if ent is not None and not actors_for(g) else None
        if code and len(code) == 3:
            return code, Span(ent.start_char, ent.end_char, ent.text)
    return None


_BACKGROUND_PREPS = frozenset({"after", "before", "following", "since", "amid", "despite", "during", "until",
                               "ahead"})
_LANDMARKS = frozenset({"border", "frontier", "boundary"})  # two countries' ("its coast", "its airspace": one's)
# what takes a city's name without happening to it ("the Kyoto protocol", "the Oslo accords", "the Madrid conference")
_NAMED_AFTER_PLACES = frozenset({"treaty", "protocol", "accord", "agreement", "convention", "declaration", "process",
                                 "talks", "conference", "summit", "plan", "initiative", "format", "group", "club"})


def _other_country(ev: Event, doc: Doc, src, sites: bool = True) -> tuple[str, Span] | None:
    """The one country other than the source's that the trigger's own phrase names ("lift the sanctions it imposed
    on India", "refusing food in Israeli jails", "will not join patrols with the United States", "an offer of tents
    for earthquake-stricken Armenia"): an event the argument rules found no target for is done to it. Not from a
    background clause or phrase ("..., after India closed the border"), a landmark ("the Indian border"), a
    sponsor ("U.S.-backed talks"), a co-source or the source's own words; two such countries say nothing. With
    ``sites`` False, not a place where the act happens ("met in Geneva")."""
    if ev.trigger is None or not src.country or src.country in ("IGO", "NGO", *REGIONS):
        return None
    sp = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if sp is None:
        return None
    tok = sp.root
    skip: set[int] = set()
    for c in tok.subtree:
        if c is not tok and ((c.dep_ == "advcl" and not _to_infinitive(c)) or c.dep_ == "parataxis"
                             or (c.dep_ == "conj" and _children(c, "nsubj"))
                             or (c.dep_ == "prep" and c.lower_ in _BACKGROUND_PREPS)
                             or _partnering(c)):
            # a background clause or phrase, another clause with its own doer (not a purpose: "to help revive X"), a
            # partner ("in coordination with Pakistani forces")
            skip.update(x.i for x in c.subtree)
    for m in src.mentions:
        ms = doc.char_span(m.start, m.end, alignment_mode="expand")
        if ms is not None:
            skip.update(range(ms.start, ms.end))
            for c in ms.root.children:  # and what is said of it ("X, the US envoy for Ukraine")
                if c.dep_ in ("appos", "relcl", "acl"):
                    skip.update(x.i for x in c.subtree)
    names = lexicon.countries()
    found: dict[str, Span] = {}
    phrase = {x.i for x in tok.subtree}
    lo, hi = min(phrase), max(phrase)
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP") or ent.start < lo or ent.end - 1 > hi or ent.start in skip \
                or ent.root.i not in phrase or is_sponsor(ent[-1]) \
                or (ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ in ("pro", "anti")):
            continue
        head = ent.root.head
        if _lemma(head) in _LANDMARKS or (head.dep_ == "prep" and _lemma(head.head) in _LANDMARKS):
            continue  # "the road to the Indian border", "regions bordering Russia": where, not whom
        if not sites and ent.label_ == "GPE" and ent.root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
            continue
        first = ent.root
        while first.dep_ in ("conj", "amod", "compound") and first.head != first:
            first = first.head  # "German Chancellor X and French President Y called ...": Y's words are Y's
        if first.dep_ in ("nsubj", "nsubjpass") and first.head == tok:
            continue  # a doer beside the source ("Germany and France called for ..."): a co-source, no target
        code = names.code(ent.text)
        if code is None and ent.label_ == "GPE" and _lemma(ent.root.head) not in _NAMED_AFTER_PLACES:
            # a city where something is done ("through Mumbai's hotels", "on a Jerusalem bus"), read as the geocoder
            # reads it beside the source's country; not the name of an accord or a meeting ("the Kyoto treaty")
            place = places.geocode(ent.text, hints=(src.country,))
            code = place.country if place is not None else None
        if code and len(code) == 3 and code not in REGIONS and code != src.country:
            found.setdefault(code, Span(ent.start_char, ent.end_char, ent.text))
    return next(iter(found.items())) if len(found) == 1 else None


def _country_target(ev: Event, doc: Doc, code: str, mention: Span | None,
                    why: str = "implied: the country the event happens in") -> None:
    """Make the country ``code`` the event's implied target: its actor, or a new one with ``mention``."""
    actors = doc._.actors or []
    actor = next((a for a in actors if a.kind == "country" and a.country == code), None)
    if actor is None:
        if mention is None:
            return
        actor = Actor(id=f"a{len(actors) + 1}", name=lexicon.country_name(code), kind="country", country=code,
                      mentions=[mention])
        doc._.actors = [*actors, actor]
    ev.target, ev.target_implied = actor.id, True
    ev.explain["target"] = why


def _country_word(doc: Doc, spans: list[Span], code: str) -> Span | None:
    """The first entity or word in ``spans`` that names ``code`` ("Turkish" in "Turkish police", "United
    States" in "United States forces")."""
    names = lexicon.countries()
    for m in spans:
        sp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None:
            continue
        for words in [*sp.ents, *sp]:
            if names.code(words.text) == code or (isinstance(words, TokSpan) and words.label_ == "GPE"
                                                  and places.country_of_place(words.text) == code):
                # a country word, or a city of it ("police in Karachi were put on alert": Pakistan)
                start = words.idx if isinstance(words, Token) else words.start_char
                return Span(start, start + len(words.text), words.text)
    return None



