#!/usr/bin/env python3
"""Quotes and attributions on PolNeAR: newsgraph vs textacy, scored by the shared reference scorer.

usage: quotes_polnear.py [--split DIR|train|dev] [--model M] [--limit N] [--keep DIR] [--no-textacy]

Runs newsgraph (structure, actors and quotes stages) over ``DIR/text/*.txt`` (article.id = file name,
article.text = the file's text exactly), writes the extractions as JSON lines to a temporary folder,
runs ``../shared/eval/score_polnear.py`` on them and on textacy's ``direct_quotations`` baseline
(``../shared/eval/baselines/textacy_quotes.py``, same spaCy model), and prints one table to paste.
Both scorers run as subprocesses, so the figures are exactly theirs. Default split:
``../shared/data/polnear/dev`` relative to the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
DEFAULT_SPLIT = REPO.parent / "shared" / "data" / "polnear" / "dev"
STAGES = ("newsgraph_structure", "newsgraph_actors", "newsgraph_quotes")


def run_newsgraph(files: list[Path], model: str | None, out: Path) -> float:
    """Extract with newsgraph; returns tokens/s of the whole pipeline (parse included)."""
    from newsgraph import nlp as nlp_mod
    from newsgraph.core import Pipeline, assemble
    from newsgraph.model import Article

    nlp = nlp_mod.load(model, stages=STAGES)
    pipe = Pipeline(nlp=nlp)
    arts = [Article(id=f.name, text=f.read_text(encoding="utf-8")) for f in files]
    t0 = time.perf_counter()
    tokens = 0
    with out.open("w", encoding="utf-8") as fh:
        docs = nlp.pipe((pipe._make_doc(a, a.text) for a in arts), batch_size=32)
        for art, doc in zip(arts, docs):
            tokens += len(doc)
            ex = assemble(art, [(0, doc)])
            fh.write(json.dumps(ex.to_dict()) + "\n")
    return tokens / (time.perf_counter() - t0)


def run_textacy(files: list[Path], model: str, out: Path) -> float | None:
    p = subprocess.run([sys.executable, str(EVAL / "baselines" / "textacy_quotes.py"), model, str(out),
                        *map(str, files)], capture_output=True, text=True)
    m = re.search(r"= (\d+) tokens/s", p.stderr)
    if p.returncode != 0:
        print(p.stderr[-2000:], file=sys.stderr)
    return float(m.group(1)) if m else None


def score(split: Path, jsonl: Path, limit: int) -> dict:
    args = [sys.executable, str(EVAL / "score_polnear.py"), str(split), str(jsonl)]
    if limit:
        args += ["--limit", str(limit)]
    out = subprocess.run(args, capture_output=True, text=True, cwd=EVAL).stdout
    f = {}
    if m := re.search(r"attributions: recall ([\d.]+) precision ([\d.]+) F1 ([\d.]+)", out):
        f["R"], f["P"], f["F1"] = map(float, m.groups())
    if m := re.search(r"source right (\d+)/(\d+), cue right (\d+)/(\d+)", out):
        a, n, c, _ = map(int, m.groups())
        f["src"], f["cue"] = (a / n if n else 0.0), (c / n if n else 0.0)
    if m := re.search(r"content chars: P ([\d.]+) R ([\d.]+) F1 ([\d.]+)", out):
        f["cF1"] = float(m.group(3))
    if m := re.search(r"linked triple F1 ([\d.]+)", out):
        f["linked"] = float(m.group(1))
    if m := re.search(r"gold attributions (\d+); system quotes (\d+)", out):
        f["gold"], f["sys"] = map(int, m.groups())
    f["raw"] = out
    return f


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the vendored en_core_web_md)")
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (sorted by name)")
    ap.add_argument("--keep", type=Path, default=None, help="write the jsonl files here instead of a temp dir")
    ap.add_argument("--no-textacy", action="store_true")
    a = ap.parse_args()

    from newsgraph.nlp import resolve_model

    model = resolve_model(a.model)
    if not a.split.exists() and a.split.name in ("train", "dev") and len(a.split.parts) == 1:
        a.split = DEFAULT_SPLIT.parent / a.split.name  # "--split train": the split of that name
    files = sorted((a.split / "text").glob("*.txt"))
    if not files:
        ap.error(f"no PolNeAR articles under {a.split / 'text'} (give a split folder, or train / dev)")
    if a.limit:
        files = files[: a.limit]
    with tempfile.TemporaryDirectory() as tmp:
        where = a.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        ng, tx = where / "newsgraph.jsonl", where / "textacy.jsonl"
        rows = [("newsgraph", run_newsgraph(files, a.model, ng), score(a.split, ng, a.limit))]
        failed = None
        if not a.no_textacy:
            tps = run_textacy(files, model, tx)
            if tps is None:  # (textacy missing: `make bench` installs it) no row of zeros that reads as a score
                failed = "textacy baseline did not run (is it installed? `make bench`); its row is left out"
            else:
                rows.append(("textacy", tps, score(a.split, tx, a.limit)))
    print(f"PolNeAR {a.split.name}: {len(files)} articles, gold attributions {rows[0][2].get('gold')}")
    print("| system | attr R | attr P | attr F1 | source right | cue right | linked F1 | content-char F1 | tokens/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, tps, f in rows:
        cells = [f"{f.get(k, 0):.3f}" for k in ("R", "P", "F1", "src", "cue", "linked", "cF1")]
        print(f"| {name} | " + " | ".join(cells) + f" | {tps:.0f} |" if tps else f"| {name} | " + " | ".join(cells) + " | - |")
    if failed:
        print(failed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
