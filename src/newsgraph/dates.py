"""Event dates: the DATE (and day-naming TIME) entities of a clause, resolved against the publication date.

``resolve_date(span, published, near=None)`` reads the DATE/TIME entities spaCy found in ``span`` and
returns the one closest (in the dependency tree, then linearly) to token ``near`` that names a point in
time, as a :class:`DateRef` ``(value, precision, span)``:

    "on Wednesday"   published 2018-09-06 (a Thursday)  -> 2018-09-05  day
    "last month"                                          -> 2018-08     month
    "in 2016"                                             -> 2016        year
    "on March 3"                                          -> 2018-03-03  day (the most recent past one;
                                                             the next one when the clause is future:
                                                             "will meet on March 3")
    "next Tuesday", "yesterday", "today", "last night", "early Tuesday morning" -> day

Decisions:
- **Weeks** ("last week", "this week", "two weeks ago", "the weekend") have no precision of their own in
  the contract (day | month | year). Giving a day would claim more than the text says, so a week is
  reported as the *month* that holds the week's Thursday (the ISO 8601 convention for the month/year a
  week belongs to): "last week" published Thursday 2018-09-06 -> 2018-08 (the week of Aug 27 - Sep 2).
- A bare weekday is the one of the publication week the clause's tense points to: the most recent one on
  or before the publication day ("met on Wednesday"), or with a future clause ("will meet on Friday", "is
  scheduled to ...") the next one on or after it. "last X" / "next X" are strictly before / after.
- Not dates -> None: durations ("for two years", "five-hour", "decades", "the past"), ages
  ("67-year-old"), clock times without a day ("3 PM"), decades ("the 1990s"), dates relative to another
  event ("the next day", "two days earlier"), and bounds "before X" / "after X" (they do not date the
  event itself).
  "since/until/by/from X" resolve to X.
- Without a publication date only expressions that carry their own year resolve.

Speed: common forms (years, weekdays, yesterday/today, last/this/next week|month|year, "N days ago",
month names with day and year, ISO dates) are parsed here; only the rest go to ``dateparser`` (settings
PREFER_DATES_FROM=past, RELATIVE_BASE=published, languages=['en'], one cached parser per publication date).
Results are cached per (text, published, tense). A span without DATE/TIME entities costs one pass over its
tokens (~5 µs for a sentence).

``episode_dates`` / ``episode_date`` give a dateless clause the date of the episode it refers back to
("the talks", "the meeting" after "X met Y on Wednesday"), using ``lexicons/episodes.tsv``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span as TokSpan, Token

from . import lexicon
from .model import Span

__all__ = ["DateRef", "resolve_date", "resolve_date_text", "episode_dates", "episode_date", "entities_in",
           "tree_distance"]


@dataclass(frozen=True, slots=True)
class DateRef:
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: str  # day | month | year
    span: Span  # where the text states it (char offsets into doc.text)

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision,
                "span": {"start": self.span.start, "end": self.span.end, "text": self.span.text}}


# ------------------------------------------------------------------------------------------ vocabulary
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}
MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
          "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
          "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
         "year": "year", "years": "year", "fortnight": "fortnight"}
FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll"}
FUTURE_HEADS = {"schedule", "plan", "due", "expect", "set", "intend", "prepare", "slate"}

_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MO = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"

# Leading words that do not change the date ("on Wednesday", "since 2016", "early this month") and
# trailing time-of-day words ("Tuesday night"). Stripped repeatedly.
_LEAD = re.compile(r"^(?:(?:on|in|at|by|from|since|until|till|through|throughout|during|of|as of|around|"
                   r"about|circa|between|the|early|earlier|late|later|mid|the middle of|middle of|the end of|end of|"
                   r"the beginning of|beginning of|the start of|start of|the first half of|the second half of|"
                   r"the first week of|the last week of|the first days of|the last days of|sometime|some time|"
                   r"as early as|as late as|just|only)\b|mid-)\s*(?=\S)")
_TRAIL = re.compile(r"(?:,?\s*(?:morning|afternoon|evening|night|overnight|noon|midday|local time|gmt|utc|"
                    r"\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|at \d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?)"
                    r"|'s|’s|[.,;:])$")
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?=\W|$)|\b\d{1,2}:\d\d\b")
# Shapes that are durations, ages, spans of years or vague times, never a date of an event.
_NOT_DATE = re.compile(
    r"-(?:year|month|week|day|hour|minute|decade)s?\b|\byears? old\b|\bold\b|\b\d{4}s\b|\b\d0s\b|"
    r"^(?:the )?(?:past|present|future|time|moment|day|days|weeks|months|years|decades?|centuries|century|"
    r"period|era|age|season|same time)$|"
    r"^(?:the|that) (?:same|next|following|previous|preceding) (?:day|week|month|year|morning|night)$|"
    r"^\d{1,3}$|"  # a bare number ("3", "93"): a count or a score the model took for a date
    r"\b(?:days|weeks|months|years|hours|minutes|decades|nights)\b(?!\s+ago)|"
    r"\b(?:earlier|later)$|"  # "two days earlier": counted from the story's last event, not from publication
    r"^that (?:day|week|month|year|morning|night)$|"
    r"\b(?:before|after|prior to|ahead of|recent|decades|centuries)\b|"
    r"\b(?:the (?:past|last|next|previous|coming|first|following) (?:\w+ )?(?:days?|weeks?|months?|years?))\b")
_AGO = re.compile(r"^(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                  r"(days?|weeks?|months?|years?|fortnight)\s+ago$")
_DURATION = re.compile(r"^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|"
                       r"some|many|\d+ to \d+)\s+(?:more\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|"
                       r"decades?|centuries?|nights?)\b(?! ago)")
_VAGUE_AGO = re.compile(r"^(?:a few|few|several|some|a couple of)?\s*(day|week)s\s+ago$")
_YEAR = re.compile(r"^(?:the year |year )?((?:1[89]|20)\d\d)$")
_ISO = re.compile(r"^((?:1[89]|20)\d\d)-(\d\d)-(\d\d)$")
_ANY_YEAR = re.compile(r"\b((?:1[89]|20)\d\d)\b")
_WEEKDAY = re.compile(rf"^(?:(last|this|next|past|coming|previous)\s+)?({_WD})\.?$")
_MONTH_DAY = re.compile(rf"^({_MO})\.?\s+(\d{{1,2}}){_ORD},?(?:\s+((?:1[89]|20)\d\d))?$")
_DAY_MONTH = re.compile(rf"^(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MO})\.?,?(?:\s+((?:1[89]|20)\d\d))?$")
_MONTH = re.compile(rf"^(?:(last|this|next|past|previous)\s+)?({_MO})\.?,?(?:\s+(?:of\s+)?((?:1[89]|20)\d\d))?$")
_RELATIVE = re.compile(r"^(last|this|next|past|previous|current)\s+(week|month|year|weekend)$")
_MONTH_OF_YEAR = re.compile(rf"^({_MO})\.?\s+(?:of\s+)?(last|this|next)\s+year$")
_DAYWORD = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "this morning": 0, "this afternoon": 0,
            "this evening": 0, "last night": -1, "last evening": -1, "overnight": 0, "now": 0}
# What dateparser is worth asking about: a month or weekday name, a number, or a relative word.
_WORTH_PARSING = re.compile(rf"\d|\b(?:{_MO}|{_WD})\b|\b(?:ago|yesterday|today|tomorrow|last|next|this)\b")


_NAMES_A_DAY = re.compile(rf"\b(?:{_MO}|{_WD})\b|\d{{1,4}}[-/.]\d{{1,2}}|\b(?:ago|yesterday|today|tomorrow)\b")


_WEEKDAY_BEFORE_DATE = re.compile(rf"^(?:{_WD})\.?,?\s+(?=\d|(?:{_MO})\b)")
_RANGE = re.compile(r"^(.+?)\s*(?:-|\band\b|\bto\b|\bor\b|/)\s*\S.*$")
_NUMERIC = re.compile(r"^\d+[-/.]\d+[-/.]\d+$")


def _norm(text: str) -> str:
    t = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").split()).lower()
    return t


def _clean(t: str) -> str:
    """Strip words that do not change the date, until nothing changes."""
    prev = None
    while prev != t:
        prev = t
        t = _LEAD.sub("", t).strip()
        t = _TRAIL.sub("", t).strip()
        t = _WEEKDAY_BEFORE_DATE.sub("", t)  # "Sunday, Feb. 27" -> "feb. 27"
        # a range "March 3-5", "Monday and Tuesday", "2015 to 2017": its start dates the event
        if not _NUMERIC.match(t) and (m := _RANGE.match(t)):
            # keep the year a range states once at its end: "March 3 to 5, 2017" -> "march 3 2017"
            head, year = m.group(1), _ANY_YEAR.search(t[m.end(1):])
            t = f"{head} {year.group(1)}" if year and not _ANY_YEAR.search(head) else head
    return t


# ---------------------------------------------------------------------------------------- calendar
def _thursday_month(day: dt.date) -> tuple[str, str]:
    """A week, given by any day in it, as the month holding its Thursday (ISO 8601 week convention)."""
    thursday = day + dt.timedelta(days=3 - day.weekday())
    return f"{thursday.year:04d}-{thursday.month:02d}", "month"


def _day(d: dt.date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _month(y: int, m: int) -> tuple[str, str]:
    return f"{y:04d}-{m:02d}", "month"


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_day(m: int, d: int, year: int | None, base: dt.date | None, future: bool) -> tuple[str, str] | None:
    if year is not None:
        x = _valid(year, m, d)
        return _day(x) if x else None
    if base is None:
        return None
    x = _valid(base.year, m, d)
    if x is None and m == 2 and d == 29:  # Feb 29 of the nearest leap year
        for k in range(1, 5):
            x = _valid(base.year + (k if future else -k), m, d)
            if x:
                return _day(x)
        return None
    if x is None:
        return None
    if future and x < base:
        x = _valid(base.year + 1, m, d)
    elif not future and x > base:
        x = _valid(base.year - 1, m, d)
    return _day(x) if x else None


def _fast(t: str, base: dt.date | None, future: bool) -> tuple[str, str] | None | bool:
    """Parse the common forms; False when the form is not one of them (ask dateparser)."""
    if m := _YEAR.match(t):
        return m.group(1), "year"
    if m := _ISO.match(t):
        x = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return _day(x) if x else None
    if m := _MONTH_DAY.match(t):
        return _month_day(MONTHS[m.group(1)], int(m.group(2)), int(m.group(3)) if m.group(3) else None, base,
                          future)
    if m := _DAY_MONTH.match(t):
        return _month_day(MONTHS[m.group(2)], int(m.group(1)), int(m.group(3)) if m.group(3) else None, base,
                          future)
    if m := _MONTH.match(t):
        mo = MONTHS[m.group(2)]
        if m.group(3):
            return _month(int(m.group(3)), mo)
        if base is None:
            return None
        y = base.year
        mod = m.group(1)
        if mod in ("last", "past", "previous"):
            y = base.year if mo < base.month else base.year - 1
        elif mod == "next" or future:
            y = base.year if mo > base.month or (mo == base.month and mod != "next") else base.year + 1
        elif mo > base.month:
            y = base.year - 1
        return _month(y, mo)
    if m := _MONTH_OF_YEAR.match(t):  # "october last year", "march this year", "january next year"
        if base is None:
            return None
        return _month(base.year + {"last": -1, "this": 0, "next": 1}[m.group(2)], MONTHS[m.group(1)])
    if base is None:
        if t in _DAYWORD or _WEEKDAY.match(t) or _RELATIVE.match(t) or _AGO.match(t) or _VAGUE_AGO.match(t):
            return None
        return False
    if t in _DAYWORD:
        return _day(base + dt.timedelta(days=_DAYWORD[t]))
    if m := _WEEKDAY.match(t):
        mod, wd = m.group(1), WEEKDAYS[m.group(2)]
        delta = wd - base.weekday()  # in -6..6
        if mod in ("last", "past", "previous"):
            back = (base.weekday() - wd) % 7 or 7
            return _day(base - dt.timedelta(days=back))
        if mod in ("next", "coming"):
            fwd = (wd - base.weekday()) % 7 or 7
            return _day(base + dt.timedelta(days=fwd))
        if mod == "this":
            return _day(base + dt.timedelta(days=delta))
        if future:
            return _day(base + dt.timedelta(days=(wd - base.weekday()) % 7))
        return _day(base - dt.timedelta(days=(base.weekday() - wd) % 7))
    if m := _RELATIVE.match(t):
        mod, unit = m.group(1), m.group(2)
        step = -1 if mod in ("last", "past", "previous") else 1 if mod == "next" else 0
        if unit == "week":
            return _thursday_month(base + dt.timedelta(weeks=step))
        if unit == "weekend":
            # the weekend just past (the coming one for "next weekend" or a future clause), as a week
            if step > 0 or (step == 0 and future):
                sat = base + dt.timedelta(days=(5 - base.weekday()) % 7)
            else:
                back = (base.weekday() - 5) % 7 + (7 if step < 0 and base.weekday() >= 5 else 0)
                sat = base - dt.timedelta(days=back)
            return _thursday_month(sat)
        if unit == "month":
            return _month(*_add_months(base, step))
        return str(base.year + step), "year"
    if m := _VAGUE_AGO.match(t):  # "a few days ago": within the last week or so -> that week's month
        back = dt.timedelta(days=3) if m.group(1) == "day" else dt.timedelta(weeks=3)
        return _thursday_month(base - back) if m.group(1) == "day" else _month(*_add_months(base - back, 0))
    if m := _AGO.match(t):
        n = 1 if m.group(1) in ("a", "an") else int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
        unit = UNITS[m.group(2)]
        if unit == "day":
            return _day(base - dt.timedelta(days=n))
        if unit in ("week", "fortnight"):
            return _thursday_month(base - dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
        if unit == "month":
            return _month(*_add_months(base, -n))
        return str(base.year - n), "year"
    return False


@functools.lru_cache(maxsize=64)
def _parser(published: str | None):
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    return DateDataParser(languages=["en"], settings=settings)


def _slow(t: str, published: str | None) -> tuple[str, str] | None:
    if not _WORTH_PARSING.search(t):
        return None
    if not _NAMES_A_DAY.search(t):
        # no month, weekday or numeric date: at most a year ("spring 2005", "the first quarter of 2004");
        # dateparser reads none of these (measured on 200 news articles) and costs ~5 ms a call
        years = _ANY_YEAR.findall(t)
        return (years[0], "year") if len(years) == 1 else None
    try:
        data = _parser(published).get_date_data(t)
    except Exception:  # dateparser raises on some odd strings; a date we cannot read is no date
        return None
    d, period = data.date_obj, data.period
    if d is None:
        return None
    if published is None and not _ANY_YEAR.search(t):
        return None  # dateparser would fill the year in from today's clock
    if period == "year":
        return str(d.year), "year"
    if period == "month":
        return _month(d.year, d.month)
    if period == "week":
        return _thursday_month(d.date())
    return _day(d.date())


@functools.lru_cache(maxsize=8192)
def _resolve(text: str, published: str | None, future: bool = False) -> tuple[str, str] | None:
    t = _norm(text)
    if not t or _NOT_DATE.search(t):
        return None
    t = _CLOCK.sub("", t).strip(" ,")
    if t not in _DAYWORD:  # "last night", "this morning" end in words _clean would strip
        t = _clean(t)
    if t == "weekend":
        t = "this weekend"
    if not t or _NOT_DATE.search(t) or _DURATION.match(t):
        return None
    try:
        base = dt.date.fromisoformat(published) if published else None
    except ValueError:
        base = None
        published = None
    r = _fast(t, base, future)
    if r is False:
        r = _slow(t, published)
        if r is None and (m := _ANY_YEAR.search(t)):
            r = m.group(1), "year"  # "the first quarter of 2018", "the summer of 2016"
    return r


def resolve_date_text(text: str, published: str | None, *, future: bool = False) -> DateRef | None:
    """A date expression in plain text ("last month", "on March 3") as a DateRef whose span covers the
    whole string, or None when it names no date. ``published``: YYYY-MM-DD (a longer ISO timestamp is cut
    to its date). ``future``: the clause speaks of what will happen, so a bare weekday or month is the
    next one rather than the last."""
    r = _resolve(text, _pub(published), future)
    return DateRef(r[0], r[1], Span(0, len(text), text)) if r else None


def _pub(published: str | None) -> str | None:
    return published[:10] if published else None


# -------------------------------------------------------------------------------------- in a Doc
def _is_future(tok: Token) -> bool:
    """Whether the clause a date attaches to speaks of the future ("will meet on Friday")."""
    head, steps = tok, 0
    while steps < 4:
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head, steps = head.head, steps + 1
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in head.children):
            return True
        if head.lemma_.lower() in FUTURE_HEADS or head.lower_ in ("going", "due", "set", "scheduled"):
            return True
        # climb only out of an infinitive complement ("is scheduled to meet", "plans to visit")
        if head.dep_ != "xcomp":
            break
        head = head.head
    return False


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens in the dependency tree (1000+ across sentences). Shared with places and
    amounts, which choose among candidates the same way."""
    if a.sent.start != b.sent.start:
        return 1000 + abs(a.i - b.i)
    pos = {t.i: k for k, t in enumerate([a, *a.ancestors])}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in pos:
            return pos[t.i] + k
    return 1000


def entities_in(span: TokSpan | Doc, labels: frozenset[str] | set[str]) -> list[TokSpan]:
    """The entities with one of ``labels`` that lie wholly inside ``span``. Same as filtering
    ``span.ents``, which builds a Span for every entity of the whole Doc on each call (~50 µs per
    sentence of a long article); this reads the span's own tokens (~5 µs)."""
    doc = span if isinstance(span, Doc) else span.doc
    end = len(doc) if isinstance(span, Doc) else span.end
    n = len(doc)
    out = []
    for t in span:
        if t.ent_iob == 3 and t.ent_type_ in labels:  # 3 = B(egin)
            j = t.i + 1
            while j < n and doc[j].ent_iob == 1:  # 1 = I(nside)
                j += 1
            if j <= end:
                out.append(TokSpan(doc, t.i, j, label=t.ent_type))
    return out


_tree_distance = tree_distance
DATE_LABELS = frozenset({"DATE", "TIME"})


def _date_entities(span: TokSpan | Doc) -> list[TokSpan]:
    return entities_in(span, DATE_LABELS)


def _trim(ent: TokSpan) -> TokSpan:
    """The entity without a trailing possessive or punctuation ("last month's" -> "last month")."""
    s, e = ent.start, ent.end
    doc = ent.doc
    while e - 1 > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in ("'s", "’s", "'")):
        e -= 1
    return doc[s:e]


_TIME_DAY = re.compile(rf"\b(?:{_WD}|{_MO}|yesterday|today|tomorrow|tonight|last night|this morning|"
                       r"this afternoon|this evening|overnight)\b|\d{4}")


def _ref(ent: TokSpan, published: str | None) -> DateRef | None:
    ent = _trim(ent)
    text = ent.text
    if ent.label_ == "TIME" and not _TIME_DAY.search(_norm(text)):
        return None  # "3 PM", "five hours": a time of day or a duration, no day
    # "for two years", "within days": a duration even when the entity lacks the preposition
    prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if prev in ("for", "within", "lasting", "over") and _DURATION.match(_norm(text)):
        return None
    r = _resolve(text, _pub(published), _is_future(ent.root))
    if r is None:
        return None
    return DateRef(r[0], r[1], Span(ent.start_char, ent.end_char, text))


def resolve_date(span: TokSpan | Doc, published: str | None, near: int | None = None) -> DateRef | None:
    """The date of ``span`` (a sentence or clause): among its DATE/TIME entities that name a date, the one
    closest to token ``near`` (dependency-tree distance, then linear); without ``near``, the one closest to
    the span's root. None when the span states no date."""
    ents = _date_entities(span)
    if not ents:
        return None
    doc = span if isinstance(span, Doc) else span.doc
    if near is not None:
        anchor = doc[near]
    elif isinstance(span, Doc):
        anchor = None
    else:
        anchor = span.root
    best, best_key = None, None
    for ent in ents:
        ref = _ref(ent, published)
        if ref is None:
            continue
        if anchor is None:
            return ref
        key = (_tree_distance(ent.root, anchor), abs(ent.root.i - anchor.i))
        if best_key is None or key < best_key:
            best, best_key = ref, key
    return best


# ------------------------------------------------------------------------------------------ episodes
@functools.cache
def _episode_words() -> tuple[dict[str, str], dict[str, str]]:
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for row in lexicon.read_tsv("episodes.tsv"):
        key = row[0]
        for n in (row[1] if len(row) > 1 else "").split("|"):
            if n.strip():
                nouns.setdefault(n.strip().lower(), key)
        for v in (row[2] if len(row) > 2 else "").split("|"):
            if v.strip():
                verbs.setdefault(v.strip().lower(), key)
    return nouns, verbs


DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such"}
EPISODE_REACH = 3  # max tree distance between a date and the episode word it dates
EPISODE_PREPS = {"during", "in", "at", "on", "throughout", "amid", "over", "through", "within"}


def _episode_key(tok: Token) -> str | None:
    nouns, verbs = _episode_words()
    if tok.pos_ in ("NOUN", "PROPN"):
        return nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
    if tok.pos_ == "VERB":
        return verbs.get(tok.lemma_.lower())
    return None


def _definite(tok: Token) -> bool:
    return any((c.dep_ in ("det", "poss") and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in tok.children)


def _episodes(doc: Doc, published: str | None, every_sentence: bool = True) -> tuple[dict[int, DateRef],
                                                                                   dict[int, DateRef]]:
    """(sentence start char -> date, token index -> inherited date), computed once per Doc. Without
    ``every_sentence`` only sentences that name an episode are read (their dates are what token dates come
    from; reading every date of a long article costs dateparser calls), so the first dict is partial."""
    cache_key = ("newsgraph.dates.episodes", published, every_sentence)
    cached = doc.user_data.get(cache_key) or doc.user_data.get(("newsgraph.dates.episodes", published, True))
    if cached is not None:
        return cached
    known: dict[str, DateRef] = {}
    by_sent: dict[int, DateRef] = {}
    by_token: dict[int, DateRef] = {}
    for sent in doc.sents:
        words = [(t, k) for t in sent if (k := _episode_key(t))]
        if not words and not every_sentence:
            continue  # names no episode: it neither dates one nor borrows a date
        refs = [(e, r) for e in _date_entities(sent) if (r := _ref(e, published))]
        if refs:
            own = resolve_date(sent, published)
            if own is not None:
                by_sent[sent.start_char] = own
            for tok, key in words:
                dist, ref = min(((_tree_distance(e.root, tok), r) for e, r in refs), key=lambda x: x[0])
                if dist <= EPISODE_REACH:
                    known[key] = ref
            continue
        inherited = []
        for tok, key in words:
            if tok.pos_ != "VERB" and key in known and _definite(tok):
                by_token[tok.i] = known[key]
                inherited.append((_tree_distance(tok, sent.root), tok.i, known[key]))
        if inherited:
            by_sent[sent.start_char] = min(inherited, key=lambda x: (x[0], x[1]))[2]
    result = (by_sent, by_token)
    doc.user_data[cache_key] = result
    return result


def episode_dates(doc: Doc, published: str | None) -> list[tuple[int, DateRef]]:
    """``(sentence start char, date)`` for every sentence that states a date or, having none, refers back
    with a definite noun phrase ("the talks", "this visit") to an episode an earlier sentence dated
    (see ``lexicons/episodes.tsv``). The inherited DateRef's span is where the date was stated. Look a
    sentence up with ``dict(episode_dates(doc, pub)).get(sent.start_char)``. Cached on the Doc."""
    return sorted(_episodes(doc, published)[0].items())


def episode_date(doc: Doc, published: str | None, near: int) -> DateRef | None:
    """The date a dateless event at token ``near`` borrows from the episode it belongs to: the trigger is
    itself a definite episode noun ("the talks"), or such a noun is the object of a preposition of time or
    place attached to the trigger ("maintained during the talks", "said in the meeting"). A subject or
    object of the trigger ("the call was brought up") is what the event is about, not when it happened,
    so it lends no date. None otherwise. Call it after ``resolve_date`` found nothing."""
    by_token = _episodes(doc, published, every_sentence=False)[1]
    if not by_token:
        return None
    if near in by_token:
        return by_token[near]
    for prep in doc[near].children:
        if prep.dep_ == "prep" and prep.lower_ in EPISODE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i in by_token:
                    return by_token[obj.i]
    return None
