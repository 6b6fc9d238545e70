#!/usr/bin/env python3
"""Leave-entries-out test of the event coder's backoff, on the PLOVER development (odd) half only.

usage: benchmarks/events_leaveout.py [--share 0.3] [--seeds 1 2 3] [--pos noun]

Drops a random share of the lexicon's rows of one part of speech (all rows of a dropped lemma), runs the odd
records through the pipeline with the backoff (events.BACKOFF) off and on, and prints the reference scorer's
type recall / precision for: full lexicon, dropped without backoff, dropped with backoff. What the backoff
wins back on the dropped lexicon is what it would win on words the lexicon never had. Never runs the even
(held-out) half.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"  # ../shared beside the repository
EVAL = SHARED / "eval"
DATA = SHARED / "data" / "plover"


def run(pipe, records, out: Path) -> str:
    from newsgraph.model import Article

    arts = [Article(id=str(r["id"]), text=r["text"], published=r.get("published") or r.get("date")) for r in records]
    with out.open("w", encoding="utf-8") as f:
        for ex in pipe.extract_many(arts):
            f.write(json.dumps(ex.to_dict(), ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, str(EVAL / "score_plover.py"), str(DATA / "PLOVER_GSR_CAMEO.txt"), str(out),
                          "--half", "odd"], capture_output=True, text=True, cwd=str(EVAL))
    rec = re.search(r"type recall ([\d.]+ \(\d+/\d+\))", res.stdout)
    prec = re.search(r"type precision ([\d.]+ \(\d+/\d+\))", res.stdout)
    return f"{rec.group(1) if rec else '?'} | {prec.group(1) if prec else '?'}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--share", type=float, default=0.3)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--pos", default="noun")
    a = ap.parse_args()

    from newsgraph import events as E
    from newsgraph.core import Pipeline

    records = [json.loads(x) for x in open(DATA / "records.jsonl", encoding="utf-8") if x.strip()]
    records = [r for r in records if int(str(r["id"]).rsplit("-", 1)[1]) % 2 == 1]  # develop half only
    pipe = Pipeline(None)
    full = E.trigger_index()

    def use(index, backoff: bool) -> None:
        E.trigger_index = lambda: index
        E.trigger_lemmas = functools.cache(lambda: frozenset(l for l, p in index if p != "content"))
        E._nominal_entry.cache_clear()
        E._noun_lemmas.cache_clear() if hasattr(E, "_noun_lemmas") else None
        E.BACKOFF = backoff

    print(f"odd half, {len(records)} records; dropping {a.share:.0%} of the {a.pos} lemmas (seeds {a.seeds})")
    print("| lexicon | backoff | type recall | type precision |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "x.jsonl"
        for backoff in (False, True):
            use(full, backoff)
            print(f"| full | {'on' if backoff else 'off'} | {run(pipe, records, out)} |")
        for seed in a.seeds:
            lemmas = sorted({l for (l, p), es in full.items() if p == a.pos and any(not e.inert for e in es)})
            drop = set(random.Random(seed).sample(lemmas, round(len(lemmas) * a.share)))
            kept = {k: v for k, v in full.items() if not (k[1] == a.pos and k[0] in drop)}
            for backoff in (False, True):
                use(kept, backoff)
                print(f"| seed {seed}: -{len(drop)} {a.pos} lemmas | {'on' if backoff else 'off'} | "
                      f"{run(pipe, records, out)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
