#!/usr/bin/env python3
"""Article body extraction from HTML on the ScrapingHub article-extraction benchmark (181 real pages).

usage: benchmarks/html_aeb.py [--aeb DIR] [--limit N]

For each page ``DIR/html/<id>.html.gz``, newsgraph's HTML reader (``newsgraph.read.read_file``: trafilatura
with ``read.TRAFILATURA_OPTIONS``) gives the article text; it is compared with the gold ``articleBody`` of
``DIR/ground-truth.json`` as bags of whitespace tokens: precision, recall and F1 per page, then averaged
over pages (a page with no text scores 0). Pages the reader refuses as not English (E004) are scored on the
same trafilatura text, so the extraction figures cover all pages; the table also counts what the reader
accepts and refuses. Variants of the trafilatura call are shown beside it for comparison.
Default DIR: ../shared/data/html/aeb beside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from newsgraph import read
from newsgraph.errors import NewsgraphError


def prf(got: str, gold: str) -> tuple[float, float, float]:
    g, t = Counter(got.split()), Counter(gold.split())
    common = sum((g & t).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(t.values()) if t else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def trafilatura_text(html: bytes, **options) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(html, **options)
    return (doc.text or "") if doc is not None else ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--aeb", default=str(Path(__file__).resolve().parent.parent.parent / "shared/data/html/aeb"))
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    aeb = Path(a.aeb)
    gold = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gold)[: a.limit or None]
    variants = {
        "newsgraph reader": None,
        "trafilatura default": {"include_comments": False, "with_metadata": True},
        "trafilatura favor_recall": {"include_comments": False, "with_metadata": True, "favor_recall": True},
        "reader + comments": {**read.TRAFILATURA_OPTIONS, "include_comments": True},
    }
    rows, codes = [], Counter()
    trafilatura_text(b"<html><body><p>warm up</p></body></html>")  # imports out of the timings
    read.language_problem("warm up the stopword lists " * 10)
    for name, options in variants.items():
        scores, t0 = [], time.perf_counter()
        for pid in ids:
            path = aeb / "html" / f"{pid}.html.gz"
            if options is None:
                try:
                    text = read.read_file(str(path)).text
                    codes["read"] += 1
                except NewsgraphError as err:
                    codes[err.code] += 1
                    text = trafilatura_text(gzip.open(path).read(), **read.TRAFILATURA_OPTIONS) \
                        if err.code == "E004" else ""
            else:
                text = trafilatura_text(gzip.open(path).read(), **options)
            scores.append(prf(text, gold[pid]["articleBody"]))
        secs = time.perf_counter() - t0
        p, r, f = (statistics.mean(s[i] for s in scores) for i in range(3))
        rows.append((name, p, r, f, len(ids) / secs))
    print(f"AEB article bodies, {len(ids)} pages, bag-of-tokens, mean over pages")
    print(f"| {'extraction':<30} | {'P':>5} | {'R':>5} | {'F1':>5} | pages/s |")
    print(f"|{'-' * 32}|------:|------:|------:|--------:|")
    for name, p, r, f, speed in rows:
        print(f"| {name:<30} | {p:.3f} | {r:.3f} | {f:.3f} | {speed:7.1f} |")
    print("reader outcome: " + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
