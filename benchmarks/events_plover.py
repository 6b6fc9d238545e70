#!/usr/bin/env python3
"""Event coding on the PLOVER gold-standard records, scored by the shared reference scorer.

usage: benchmarks/events_plover.py [--records PATH] [--gold PATH] [--model M] [--keep PATH]

Runs every record of ``--records`` (JSON lines: id, text, published or date) through the full newsgraph
pipeline (article.id = the record's id, article.published = its date), writes the extractions as JSON lines,
and runs ``../shared/eval/score_plover.py GOLD EXTRACTIONS --half odd`` and ``--half even`` as
subprocesses, so the figures are exactly the scorer's. Prints one table to paste.

Development rule: lexicon entries and rules are developed on the odd-numbered records only; the even half
is held out and reported, never read to add an entry.

Defaults: records ../shared/data/plover/records.jsonl, gold ../shared/data/plover/PLOVER_GSR_CAMEO.txt.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"  # ../shared beside the repository
EVAL = SHARED / "eval"
DATA = SHARED / "data" / "plover"
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def run_pipeline(records: list[dict], out: Path, model: str | None) -> tuple[float, Counter]:
    from newsgraph.core import Pipeline
    from newsgraph.model import Article

    pipe = Pipeline(model)
    arts = [Article(id=str(r["id"]), text=r["text"], published=r.get("published") or r.get("date")) for r in records]
    types: Counter = Counter()
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for ex in pipe.extract_many(arts):
            d = ex.to_dict()
            types.update(e["type"] for e in d["events"])
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return time.perf_counter() - t0, types


def score(gold: Path, extractions: Path, half: str) -> dict[str, str]:
    res = subprocess.run([sys.executable, str(EVAL / "score_plover.py"), str(gold), str(extractions), "--half", half],
                         capture_output=True, text=True, cwd=str(EVAL))
    text = res.stdout
    figs = {"raw": text}
    for key, pat in (("records", r"records (\d+)"), ("events", r"events found (\d+)"),
                     ("recall", r"type recall ([\d.]+ \(\d+/\d+\))"),
                     ("precision", r"type precision ([\d.]+ \(\d+/\d+\))"),
                     ("src_country", r"source country ([\d.]+ \(\d+/\d+\))"),
                     ("tgt_country", r"target country ([\d.]+ \(\d+/\d+\))"),
                     ("sector", r"source sector (\d+/\d+)"),
                     ("headline", r"= ([\d.]+) \(bar")):
        m = re.search(pat, text)
        figs[key] = m.group(1) if m else "?"
    if res.returncode not in (0, 1):
        figs["error"] = res.stderr.strip().splitlines()[-1] if res.stderr.strip() else f"exit {res.returncode}"
    return figs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", default=str(DATA / "records.jsonl"))
    ap.add_argument("--gold", default=str(DATA / "PLOVER_GSR_CAMEO.txt"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--keep", default=None, help="write the extractions here instead of a temporary file")
    a = ap.parse_args()

    records = [json.loads(line) for line in open(a.records, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(a.keep) if a.keep else Path(tmp) / "plover_extractions.jsonl"
        secs, types = run_pipeline(records, out, a.model)
        rows = {half: score(Path(a.gold), out, half) for half in ("odd", "even")}
        empty = Counter()  # records with no event at all, per half (an aggregate: no record is shown)
        for line in out.open(encoding="utf-8"):
            d = json.loads(line)
            if not d["events"]:
                empty["odd" if int(str(d["article"]["id"]).rsplit("-", 1)[1]) % 2 else "even"] += 1

    print(f"PLOVER gold records: {len(records)} run through newsgraph in {secs:.1f}s "
          f"({len(records) / secs:.1f} records/s); scorer: {EVAL / 'score_plover.py'}")
    print(f"old labels mapped: {', '.join(f'{k}->{v}' for k, v in OLD_LABELS.items())}")
    print()
    cols = ("half", "records", "events", "type recall", "type precision", "source country", "target country",
            "source sector", "headline")
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for half, f in rows.items():
        label = half + (" (develop)" if half == "odd" else " (held out)")
        print("| " + " | ".join([label, f["records"], f["events"], f["recall"], f["precision"], f["src_country"],
                                 f["tgt_country"], f["sector"], f["headline"]]) + " |")
        if "error" in f:
            print(f"  scorer error ({half}): {f['error']}")
    print()
    print(f"records with no event: odd {empty['odd']}, even {empty['even']}")
    print("event types produced: " + ", ".join(f"{t} {n}" for t, n in types.most_common()))
    print("headline = min(type recall, source country, target country); targets on the even half: "
          "recall >= 0.75, precision >= 0.70, countries >= 0.85")
    return 0


if __name__ == "__main__":
    sys.exit(main())
