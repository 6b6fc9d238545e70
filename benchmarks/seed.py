#!/usr/bin/env python3
"""The founding example, scored by the reference scorer ../shared/eval/score_seed.py.

Extracts tests/fixtures/seed.txt (published 2018-09-06) and prints the scorer's report for actors, quotes
and events, then one pasteable table line per part.

usage: benchmarks/seed.py [--gold PATH] [--eval DIR] [--model M]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(ROOT / "tests/fixtures/seed.gold.json"))
    ap.add_argument("--text", default=str(ROOT / "tests/fixtures/seed.txt"))
    ap.add_argument("--eval", default=str(SHARED / "eval"))
    ap.add_argument("--model", default=None)
    a = ap.parse_args()

    from newsgraph.core import Pipeline
    from newsgraph.model import Article

    text = Path(a.text).read_text(encoding="utf-8")
    ex = Pipeline(a.model).extract(Article(id=Path(a.text).name, text=text, published="2018-09-06"))
    out = Path(tempfile.mkdtemp()) / "seed.json"
    out.write_text(json.dumps(ex.to_dict(), ensure_ascii=False), encoding="utf-8")
    p = subprocess.run([sys.executable, str(Path(a.eval) / "score_seed.py"), a.gold, str(out), "--part", "all"],
                       capture_output=True, text=True, cwd=a.eval)
    print(p.stdout.rstrip())
    if p.returncode:
        print(p.stderr[-500:])
        return p.returncode
    print()
    print("| part | headline (reference scorer) | detail |")
    print("|---|---|---|")
    last = p.stdout.strip().splitlines()[-1]
    figs = dict(re.findall(r"(\w+)=([0-9.]+)", last))
    for line in p.stdout.splitlines():
        for part in ("actors", "quotes", "events"):
            if line.startswith(f"{part} (must):"):
                print(f"| {part} | {figs.get(part, '?')} | {line.split(':', 1)[1].strip()} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
