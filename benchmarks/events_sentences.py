#!/usr/bin/env python3
"""Event types on short hand-written news sentences, newsgraph against a dictionary-only coder.

usage: benchmarks/events_sentences.py [--sentences PATH] [--model M] [--misses]

Each line of ``benchmarks/data/event_sentences.tsv`` is an expected PLOVER type and one sentence (written for
this project; see the file's header). A sentence counts as right when newsgraph codes at least one event of
that type, and the precision column is the share of coded events that have it. In the same run, the
baseline is what a dictionary-only coder would say: the PLOVER type of every word whose lemma has an
unconditional row in ``event_triggers.tsv`` (no argument frames, no composition, no actors). The file is a
development set (it was written while the coder was developed); the held-out figures are those of
``events_plover.py`` on the even half.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            want, text = line.split("\t", 1)
            rows.append((want.strip(), text.strip()))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=Path, default=HERE / "data" / "event_sentences.tsv")
    ap.add_argument("--model", default=None)
    ap.add_argument("--misses", action="store_true", help="list the sentences newsgraph gets wrong")
    a = ap.parse_args()
    if not a.sentences.is_file():
        ap.error(f"no such file: {a.sentences}")

    from newsgraph import events as E
    from newsgraph.core import Pipeline
    from newsgraph.model import Article

    rows = read(a.sentences)
    pipe = Pipeline(a.model)
    plain = {lemma: entries[0].type for (lemma, pos), entries in E.trigger_index().items()
             if entries and not entries[0].when and entries[0].type}
    per: dict[str, Counter] = {}
    tot = Counter()
    misses = []
    arts = [Article(id=str(n), text=text, published="2010-05-04") for n, (_, text) in enumerate(rows)]
    for (want, text), ex in zip(rows, pipe.extract_many(arts)):
        got = [e.type for e in ex.events]
        doc = pipe.nlp.make_doc(text)  # the baseline looks words up by lemma: parse once more, tagger only
        with pipe.nlp.select_pipes(enable=[n for n in pipe.nlp.pipe_names if n in ("tok2vec", "tagger",
                                                                                    "attribute_ruler",
                                                                                    "lemmatizer")]):
            doc = pipe.nlp(doc)
        base = [plain[t.lemma_.lower()] for t in doc if t.lemma_.lower() in plain]
        c = per.setdefault(want, Counter())
        for key, found in (("ng", got), ("base", base)):
            c[key + "_n"] += 1
            c[key + "_ok"] += want in found
            tot[key + "_ok"] += want in found
            tot[key + "_events"] += len(found)
            tot[key + "_right"] += sum(x == want for x in found)
        if want not in got:
            misses.append((want, got, text))
    n = len(rows)
    print(f"{n} sentences ({a.sentences.name})\n")
    print("| coder | type recall | type precision | events |")
    print("|---|---|---|---|")
    for key, name in (("ng", "newsgraph"), ("base", "dictionary only (baseline)")):
        ev = tot[key + "_events"]
        print(f"| {name} | {tot[key + '_ok'] / n:.3f} ({tot[key + '_ok']}/{n}) | "
              f"{(tot[key + '_right'] / ev if ev else 0):.3f} ({tot[key + '_right']}/{ev}) | {ev} |")
    print("\n| type | sentences | newsgraph | baseline |")
    print("|---|---|---|---|")
    for t in sorted(per):
        c = per[t]
        print(f"| {t} | {c['ng_n']} | {c['ng_ok']} | {c['base_ok']} |")
    if a.misses:
        print()
        for want, got, text in misses:
            print(f"- {want} ≠ {', '.join(got) or 'none'}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
