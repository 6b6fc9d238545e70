"""The event lexicons are well-formed data: every trigger row parses, names a PLOVER type and a CAMEO code
that cameo.tsv knows, with the code's own PLOVER type (unless the row says why not)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph import events as E
from newsgraph.lexicon import read_tsv

CONSTRAINTS = {"subj", "prt", "prep", "obj", "mod", "head", "xsubj", "xcomp", "comp", "neg", "any", "modal", "mass",
               "nosubj", "sing", "bare", "joint", "act", "passive", "next"}
FLAGS = {"sym", "support", "agentless", "speech", "light", "override", "undergo", "noevent", "embeds", "pair", "aimed",
         "open"}
COMPOSE = {"intent", "prepare", "threat", "demand", "refuse", "accuse", "undo"}
NAMED_SLOTS = {"dobj", "iobj", "csubj", "xsubj"}
PLOVER_TABLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover" / "CAMEO2PLOVER-2021.txt"


def rows():
    return list(enumerate(read_tsv("event_triggers.tsv"), 1))


@pytest.mark.parametrize("n,row", rows(), ids=lambda x: str(x) if isinstance(x, int) else "-".join(x[:2]))
def test_trigger_row_is_valid(n, row):
    e = E.parse_entry(row, n)
    codes = E.cameo_codes()
    assert e.lemma and " " not in e.lemma
    for key, vals in e.when:
        assert key in CONSTRAINTS, f"row {n}: unknown constraint {key}"
        if key in ("prt", "prep", "obj", "mod", "head", "any", "modal", "subj", "joint", "act"):
            assert vals, f"row {n}: {key}= needs values"
    if e.lemma == "*" and e.pos == "verb":  # any verb: only when done together, with both sides named
        assert "joint" in dict(e.when) and "pair" in e.flags, f"row {n}: a '*' verb row needs joint= and pair"
    if e.lemma == "*" and e.pos == "noun":  # any noun "joint" modifies, with both sides named
        assert "joint" in dict(e.when).get("mod", ()) and "pair" in e.flags, f"row {n}: '*' noun rows need mod=joint"
    raw_flags = set(row[6].split()) if len(row) > 6 and row[6] != "-" else set()
    for f in raw_flags:
        if f.startswith("compose="):
            assert f.split("=", 1)[1] in COMPOSE, f"row {n}: unknown composition {f}"
        elif f.startswith("solo="):
            assert "sym" in raw_flags and f.split("=", 1)[1] in codes, f"row {n}: solo= needs sym and a CAMEO code"
        else:
            assert f in FLAGS, f"row {n}: unknown flag {f}"
    assert "embeds" not in raw_flags or e.compose not in (None, "undo"), f"row {n}: embeds needs compose="
    if e.inert:  # verbs of saying and light verbs make no event themselves
        assert e.cameo is None and ({"speech", "light", "noevent"} & e.flags or e.compose == "undo"), f"row {n}"
        return
    assert e.type in E.PLOVER_TYPES, f"row {n}: {e.type} is not a PLOVER type"
    assert e.cameo in codes, f"row {n}: CAMEO {e.cameo} not in cameo.tsv"
    if "override" not in e.flags:
        assert codes[e.cameo].plover == e.type, f"row {n}: CAMEO {e.cameo} is {codes[e.cameo].plover}, row says {e.type}"
    else:
        assert e.note, f"row {n}: an override needs a note saying why"
    for slot in e.targets:
        assert slot in NAMED_SLOTS or re.fullmatch(r"[a-z]+", slot), f"row {n}: bad target slot {slot}"


def test_every_plover_type_has_triggers():
    types = {e.type for es in E.trigger_index().values() for e in es if not e.inert}
    assert set(E.PLOVER_TYPES) <= types


def test_cameo_table_is_consistent():
    codes = E.cameo_codes()
    assert len(codes) > 200
    for c in codes.values():
        assert re.fullmatch(r"\d{3,4}", c.code)
        assert c.plover in E.PLOVER_TYPES
        assert c.quad == (1 if int(c.code[:2]) <= 5 else 2 if int(c.code[:2]) <= 8 else 3 if int(c.code[:2]) <= 13 else 4)
        assert -10.0 <= c.goldstein <= 10.0
        assert c.name
    # cooperation scores above conflict
    assert codes["057"].goldstein > 0 > codes["1311"].goldstein > codes["190"].goldstein


def test_composition_tables_only_yield_known_codes():
    codes = E.cameo_codes()
    for table in E._SPECIAL.values():
        for v in table.values():
            assert v in codes, v
    for typ, code in E._BASE.values():
        assert codes[code].plover == typ


@pytest.mark.parametrize("cls, inner, want", [
    ("intent", ("AID", "071"), ("AGREE", "0331")),          # promised economic aid
    ("intent", ("COOPERATE", "063"), ("AGREE", "0313")),    # pledged to hand over suspects
    ("intent", ("CONCEDE", "0832"), ("AGREE", "0342")),     # vowed to change the asylum rules
    ("intent", ("RETREAT", "0841"), ("AGREE", "0353")),     # will release the prisoners
    ("demand", ("AID", "072"), ("REQUEST", "1032")),        # asked for weapons
    ("demand", ("CONCEDE", "0831"), ("REQUEST", "1041")),   # demanded the president resign
    ("refuse", ("COOPERATE", "062"), ("REJECT", "1212")),   # refused joint exercises
    ("refuse", ("CONCEDE", "083"), ("REJECT", "123")),      # rejected demands for reform
])
def test_composition_mirrors_the_embedded_act_in_the_cameo_families(cls, inner, want):
    assert E._compose(cls, *inner) == want
    codes = E.cameo_codes()
    assert codes[want[1]].plover == want[0]


@pytest.mark.skipif(not PLOVER_TABLE.exists(), reason="PLOVER's CAMEO2PLOVER table not available")
def test_cameo_table_follows_plover_mapping():
    """Every code of PLOVER's CAMEO2PLOVER-2021 table is here with the same type, except the documented 163."""
    codes = E.cameo_codes()
    for line in PLOVER_TABLE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,", line)
        if m and m.group(1) != "163":
            assert m.group(1) in codes and codes[m.group(1)].plover == m.group(2), line


def test_no_row_is_written_twice():
    seen = {}
    for n, row in rows():
        key = (row[0].lower(), row[1].lower(), " ".join(sorted(row[2].split())))
        assert key not in seen, f"row {n} repeats row {seen[key]}: {key}"
        seen[key] = n


def test_word_classes_are_well_formed_and_named_rows_expand():
    classes = E.word_classes()
    assert "actor" not in classes  # "@actor" is the reserved object-is-an-actor test
    for name, words in classes.items():
        assert words and all(w == w.lower() and "|" not in w for w in words), name
    # a class as lemma indexes the row under each of its words; as a value it expands into the words
    for verb in classes["convey"]:
        rows = E.trigger_index()[(verb, "verb")]
        assert any(dict(e.when).get("obj", frozenset()) >= classes["supplies"] for e in rows), verb
    with pytest.raises(ValueError, match="unknown word class"):
        E.parse_entry(["send", "verb", "obj=@nosuchclass", "AID", "070", "to"], 1)
