"""The output contract newsgraph.extraction/1: JSON Schema, offsets, public surface."""

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import newsgraph
from newsgraph.core import Pipeline, split_text
from newsgraph.model import Article

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def schema():
    text = resources.files("newsgraph.schema").joinpath("extraction.schema.json").read_text(encoding="utf-8")
    s = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(s)
    return s


@pytest.fixture(scope="module")
def seed_extraction():
    text = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    return Pipeline().extract(Article(id="seed.txt", text=text, published="2018-09-06")).to_dict(explain=True)


def all_spans(d):
    art = d["article"]
    yield from [art["body"], *art["boilerplate"]] + ([art["caption"]] if art["caption"] else [])
    for a in d["actors"]:
        yield from a["mentions"]
    for q in d["quotes"]:
        yield from [s for s in (q["content"], q["cue"], q["source"], *q.get("content_parts", [])) if s]
    for e in d["events"]:
        yield from [e["trigger"], e["evidence"]]
        if e.get("amount") and e["amount"].get("span"):
            yield e["amount"]["span"]


def test_seed_extraction_validates(schema, seed_extraction):
    jsonschema.validate(seed_extraction, schema)
    assert seed_extraction["schema"] == newsgraph.SCHEMA


def test_every_span_points_into_the_text(seed_extraction):
    text = seed_extraction["article"]["text"]
    spans = list(all_spans(seed_extraction))
    assert len(spans) > 50
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["text"]


def test_references_resolve(seed_extraction):
    ids = {a["id"] for a in seed_extraction["actors"]}
    qids = {q["id"] for q in seed_extraction["quotes"]}
    for q in seed_extraction["quotes"]:
        assert q["speaker"] is None or q["speaker"] in ids
        assert q.get("via") is None or q["via"] in qids
    for e in seed_extraction["events"]:
        for k in ("source", "target", "claimed_by"):
            assert e[k] is None or e[k] in ids


def test_text_analysed_is_the_input_unchanged(seed_extraction):
    assert seed_extraction["article"]["text"] == (FIXTURES / "seed.txt").read_text(encoding="utf-8")


def test_long_text_is_cut_at_paragraphs_and_offsets_shift():
    text = "\n\n".join(f"Paragraph {i} says the minister of Peru met officials." for i in range(4000))
    pieces = split_text(text, limit=10_000)
    assert len(pieces) > 10
    assert "".join(p for _, p in pieces) == text
    assert all(text[off:off + len(p)] == p for off, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_public_surface_matches_all():
    public = {n for n in dir(newsgraph) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(newsgraph, n)).__name__ == "module"}
    assert set(newsgraph.__all__) == public - modules


def test_disk_cache_round_trip_and_off_switch(tmp_path, monkeypatch):
    from newsgraph import _cache

    calls = []
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    build = lambda: calls.append(1) or {"a": 1}  # noqa: E731
    assert _cache.load_or_build("x", "k1", build) == {"a": 1}
    assert _cache.load_or_build("x", "k1", build) == {"a": 1}
    assert len(calls) == 1  # second call read the cache
    (tmp_path / "x-k1.pickle").write_bytes(b"garbage")
    assert _cache.load_or_build("x", "k1", build) == {"a": 1} and len(calls) == 2
    import gc

    assert gc.isenabled()  # the collector, paused while a cache file loads, runs again
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", "off")
    assert _cache.cache_dir() is None


def test_lexicon_phrases_are_split_as_spacy_splits_them_and_kept(tmp_path, monkeypatch):
    from spacy.lang.en import English

    from newsgraph.actors import _pattern_docs

    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    phrases = ["Lt. Gen.", "U.S. Army", "Hizb-ut-Tahrir", "the People's Party"]
    nlp = English()
    want = [[(t.text, t.whitespace_) for t in nlp.make_doc(p)] for p in phrases]
    first = _pattern_docs(nlp.vocab, phrases)
    assert len(list(tmp_path.glob("phrases-*.pickle"))) == 1
    for docs in (first, _pattern_docs(nlp.vocab, phrases)):  # the second time from the cache
        assert [[(t.text, t.whitespace_) for t in d] for d in docs] == want
        assert [d.text for d in docs] == phrases and all(d.vocab is nlp.vocab for d in docs)
