"""Structure: leading caption, body, trailing boilerplate, recovered title; helpers for later stages."""

import json
from pathlib import Path

import pytest
import spacy

from newsgraph.structure import analyse, in_boilerplate, in_caption, patterns

FIXTURES = Path(__file__).parent / "fixtures"
LEAD = ("The city council voted on Tuesday to close the old bridge for repairs, after engineers warned that "
        "its supports had weakened during the winter floods and could fail under heavy traffic.")
MORE = "The repairs are expected to take six months, the mayor said."


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_structure")
    return nlp


def test_every_lexicon_row_matches_its_example():
    import csv
    from importlib import resources

    text = resources.files("newsgraph.lexicons").joinpath("boilerplate.tsv").read_text(encoding="utf-8")
    rows = list(csv.DictReader([ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")],
                               delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == sum(len(getattr(patterns(), k)) for k in ("credit", "position", "title", "comments", "trailing", "inline"))
    for row in rows:
        if row["kind"] in ("credit", "position"):
            # a caption rule: the example, as a leading paragraph, is taken as the caption
            st = analyse(row["example"] + "\n\n" + LEAD)
            assert st["caption"] and st["caption"].text == row["example"], row
        else:
            # a line rule: after a body, the example line is listed as boilerplate
            st = analyse(LEAD + "\n\n" + row["example"] + "\n\n" + MORE)
            assert [b.text for b in st["boilerplate"]][:1] == [row["example"]], row
            ends_body = row["kind"] != "inline"
            assert (st["body"].text == LEAD) == ends_body, row


def test_founding_example_matches_the_gold():
    gold = json.loads((FIXTURES / "seed.gold.json").read_text(encoding="utf-8"))["article"]
    text = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    st = analyse(text)
    assert st["caption"].text.startswith(gold["caption_starts"])
    assert st["caption"].text.endswith("Ho")  # the whole caption paragraph, credit included
    assert st["body"].text.startswith(gold["body_starts"])
    assert st["body"].text.endswith("our side of the border.”")
    assert [b.text for b in st["boilerplate"]] == [
        next(line for line in text.splitlines() if line.startswith(snippet)) for snippet in gold["boilerplate"]]
    assert st["title"] == gold["title"]
    for span in (st["caption"], st["body"], *st["boilerplate"]):
        assert text[span.start:span.end] == span.text


@pytest.mark.parametrize("caption", [
    "Rescue workers search the rubble in the capital on Sunday. Photo: Jane Doe / Example Agency",
    "The governor addresses supporters at a rally (Photo by John Smith/Getty Images)",
    "Farmers block the motorway with tractors. REUTERS/Ann Example",
    "File photo of the central bank headquarters",
    "Image: Wikimedia Commons",
    "The new chairman, centre, poses with board members, left, and staff outside the headquarters.",
    "Firefighters at the scene of the blaze in the port district. AFP",
])
def test_leading_caption_is_recognised(caption):
    st = analyse(caption + "\n\n" + LEAD + "\n\n" + MORE)
    assert st["caption"].text == caption
    assert st["body"].text.startswith("The city council voted")


@pytest.mark.parametrize("first", [
    LEAD,  # an ordinary lead paragraph
    "LONDON (AFP) — " + LEAD,  # an agency dateline is not a credit
    "The minister told AFP on Monday that the talks had failed, and left the capital for the border.",
    "Opposition leaders said the photo published by the ministry had been altered. " * 12,  # long: a lead
])
def test_ordinary_first_paragraph_is_not_a_caption(first):
    st = analyse(first + "\n\n" + MORE)
    assert st["caption"] is None
    assert st["body"].start == 0


def test_caption_after_a_heading_and_a_separate_credit_line():
    text = ("Bridge to close for repairs\n\nThe old bridge, left, seen from the river bank in March.\n\n"
            "Photo: Jane Doe\n\n" + LEAD)
    st = analyse(text)
    assert st["caption"].text == "The old bridge, left, seen from the river bank in March.\n\nPhoto: Jane Doe"
    assert st["body"].text == LEAD


def test_a_text_that_is_only_a_caption_like_line_stays_body():
    st = analyse("Photo: the council chamber during the vote")
    assert st["caption"] is None and st["body"].text.startswith("Photo:")


def test_trailing_boilerplate_ends_the_body_and_comments_after_it_are_boilerplate():
    text = (LEAD + "\n\n" + MORE + "\n\n3 comments\n\nGreat news, finally.\n\nWhat about the buses?\n\n"
            "Leave a Reply\n\n© 2024 Example Media. All rights reserved.")
    st = analyse(text)
    assert st["body"].text == LEAD + "\n\n" + MORE
    assert [b.text for b in st["boilerplate"]] == ["3 comments", "Leave a Reply",
                                                   "© 2024 Example Media. All rights reserved."]
    assert st["title"] is None


def test_title_from_a_comment_header_with_nested_quotes():
    text = LEAD + "\n\n2 responses to “Council to close ‘unsafe’ bridge”\n\nComments are closed."
    st = analyse(text)
    assert st["title"] == "Council to close ‘unsafe’ bridge"
    assert st["body"].text == LEAD


def test_furniture_before_the_story_or_inside_it_does_not_end_the_body():
    text = "Share this:\n\n" + LEAD + "\n\nAdvertisement\n\n" + MORE
    st = analyse(text)
    assert [b.text for b in st["boilerplate"]] == ["Share this:", "Advertisement"]
    assert st["body"].text.endswith(MORE)


def test_a_box_inside_the_article_does_not_end_it_but_the_same_box_at_the_end_does():
    prose = [LEAD, "Engineers said the supports had been inspected twice last year and that the damage was "
                   "worse than the council had been told when it approved the budget for the work.",
             "Drivers will be sent along the ring road while the bridge is closed, which the police said "
             "would add about twenty minutes to journeys into the centre at the busiest times of the day."]
    inside = "\n\n".join([prose[0], "Related articles", prose[1], prose[2]])
    st = analyse(inside)
    assert [b.text for b in st["boilerplate"]] == ["Related articles"] and st["body"].text.endswith(prose[2])
    tail = "\n\n".join([*prose, "Related articles", "Council approves budget", "Ring road works to start",
                         "A reader's letter that runs on for a good while about the state of the roads and how the "
                         "council never listens to anyone who drives into town every day."])
    st = analyse(tail)
    assert st["body"].text.endswith(prose[2])


def test_single_newline_paragraphs_as_trafilatura_writes_them():
    text = "Mourners gather outside the cathedral. Photo: Example Agency\n" + LEAD + "\n" + MORE + "\nShare this:\nRelated articles"
    st = analyse(text)
    assert st["caption"].text.endswith("Example Agency")
    assert st["body"].text == LEAD + "\n" + MORE
    assert [b.text for b in st["boilerplate"]] == ["Share this:", "Related articles"]


def test_prose_that_mentions_comments_is_not_furniture():
    line = "Comments are closed for now, the editor said, because the debate had become abusive."
    st = analyse(LEAD + "\n\n" + line)
    assert st["boilerplate"] == [] and st["body"].text.endswith(line)


def test_empty_and_blank_texts():
    assert analyse("")["body"].text == ""
    assert analyse("  \n\n ")["caption"] is None


def test_helpers_for_later_stages(nlp):
    text = "The mayor, left, at the bridge. Photo: Jane Doe\n\n" + LEAD + "\n\n5 comments\n\nShut it for good!"
    doc = nlp(text)
    assert doc._.structure["caption"].text.startswith("The mayor")
    mayor = text.index("mayor")
    council = text.index("city council")
    comment = text.index("Shut it")
    assert in_caption(doc, mayor) and not in_caption(doc, council)
    assert not in_boilerplate(doc, council)
    assert in_boilerplate(doc, text.index("5 comments")) and in_boilerplate(doc, comment)
    assert not in_boilerplate(nlp.make_doc(text), comment)  # no structure yet: nothing is boilerplate


@pytest.mark.parametrize("text,dateline", [
    ("LAGOS, Jan 17 (Reuters) - Nigeria ordered all illegal immigrants to leave.", "LAGOS, Jan 17 (Reuters) - "),
    ("OKA, Quebec, July 11 (Reuters) - Mohawk warriors sealed off a bridge.", "OKA, Quebec, July 11 (Reuters) - "),
    ("NAIROBI, Nov 15 (Xinhua) -- Premier Li Peng arrived here.", "NAIROBI, Nov 15 (Xinhua) -- "),
    ("A bomb exploded.\n\nBAGHDAD (AP) \u2014 Iraq said on Monday it would retaliate.", "BAGHDAD (AP) \u2014 "),
])
def test_a_wire_dateline_is_no_part_of_the_story(text, dateline):
    st = analyse(text)
    assert [d.text for d in st["datelines"]] == [dateline]


@pytest.mark.parametrize("text", ["NATO - the alliance - met on Monday.", "US President Joe Biden - who was in Rome - said.",
                                  "WASHINGTON - The US said it would act."])
def test_a_capitalised_word_and_a_dash_alone_make_no_dateline(text):
    assert analyse(text)["datelines"] == []
