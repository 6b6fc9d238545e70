#!/usr/bin/env python3
"""Event types on hand-written news sentences, newsgraph against a dictionary-only coder.

usage: benchmarks/events_sentences.py [--sentences PATH] [--half odd|even|all] [--model M] [--misses]
                                     [--articles DIR] [--news PATH]

Sets written for this project (see each file's header):

- ``benchmarks/data/event_sentences.tsv`` (the default): short sentences, an expected PLOVER type and the
  sentence. Written while the coder was developed: a development set.
- ``benchmarks/data/event_sentences_wire.tsv``: longer wire-style leads, one per CAMEO code, with the
  expected type, CAMEO code, source and target country. Written by a session that never saw the coder's
  output. Develop on its odd rows (``--half odd``) and report the even rows (``--half even``) as held out.
- ``event_sentences_wire2.tsv`` (harder syntax), ``_wire3.tsv`` (each code's key word a synonym of the code's
  own description) and ``_wire4.tsv`` (actors hard to code): the same format and the same odd / even rule.
- ``event_sentences_wire5.tsv``: 200 reports in mixed styles (datelines, reported speech, complex syntax),
  held out entirely: report ``--half all``; never develop on it.
- ``event_sentences_wire6.tsv`` and ``_wire7.tsv``: 180 leads each in the type mix of PLOVER's records
  (1979-1996 Africa, Latin America and the Middle East; 1997-2014 Asia, the Balkans, the former USSR and
  Europe): develop on the odd rows, report the even ones.
- ``event_sentences_wire8.tsv`` to ``_wire11.tsv``: one sentence for every line of CAMEO2PLOVER's code table
  (276 each), short excerpts in the style of an event-coding manual's examples (wire8: the Middle East,
  Europe, the Balkans and the former USSR, 1980-1999; wire9: Africa, Asia and Latin America, 1990-2010;
  wire10: South Asia, the Middle East and North Africa, half of it reported speech; wire11: Latin America,
  Africa, Central Asia and the Caucasus, actors named in varied ways): develop on the odd rows, report the
  even ones.
- ``event_sentences_wire12.tsv`` to ``_wire15.tsv``: four more sets of the same kind, written by four more
  blind helpers (wire12: the Middle East, North Africa and Europe, 1980-2000, many noun triggers; wire13:
  Africa and Latin America, 1985-2010, passives and relative clauses; wire14: Asia and the former USSR,
  1990-2012, mostly reported speech; wire15: modern leads, 2005-2022, everyday synonyms for each code's
  wording): develop on the odd rows, report the even ones.
- ``event_sentences_wire16.tsv`` and ``_wire17.tsv``: two more of the same kind, written last and first measured on
  the coder of that moment (wire16: South and Southeast Asia, the Middle East and the Caucasus, 1988-2008;
  wire17: Africa, Latin America, Eastern Europe and the Balkans, 1980-2005, a third reported speech).
- ``event_sentences_wire18.tsv`` to ``_wire21.tsv``: four more of the same kind, each committed before the coder
  ran on it (wire18: Africa, Asia and the Middle East, 1975-1995, datelined leads, a third reported speech;
  wire19: Europe, the former USSR and Latin America, 1995-2015, long sentences with passives, relative clauses
  and noun triggers; wire20: codebook-style examples, 1985-2005, every region, actors mostly institutions and
  office-holders; wire21: Africa, South and East Asia and the Pacific, 2000-2024, third-party attribution,
  quotes and everyday news verbs).
- ``event_sentences_wire22.tsv`` to ``_wire28.tsv``: seven harder sets, each committed before the coder ran on
  it, written to a brief that asks for a quarter each of events carried by a noun ("Iran's rejection of the
  resolution was delivered by its envoy"), actors reached indirectly (passives, titles, capitals, described
  groups), verbal events told as speech, and long sentences with background clauses, colourful verbs and old
  names (wire22: Europe, the Balkans and the former USSR, 1985-2024; wire23: the Middle East and Africa,
  1980-2024; wire24: South, East and Southeast Asia and Latin America, 1985-2024; wire25: every region,
  1980-2024, speech and rare verbs; wire26: every region, 1980-2010, targets hard to find; wire27: every region,
  1990-2024, material acts told indirectly; wire28: every region, 1975-2024, diplomatic and verbal events).
  Develop on the odd rows, report the even ones.
- ``event_sentences_wire29.tsv`` to ``_wire38.tsv``: ten more sets of the same kind, each committed before the coder
  ran on it (the header of each file gives its style: wire35 and wire36 messy agency leads with described actors,
  stand-ins and background clauses; wire37 agency copy from Africa, Latin America, the Middle East and South Asia
  closing with an attribution; wire38 agency copy from Europe, the former USSR and Asia told through statements).
- ``event_sentences_news.tsv``: 312 REAL sentences of ``../shared/data/news/news.jsonl.gz`` (BuzzFeed-Webis 2016 US
  politics, BBC 2004-05 politics and business), labelled by a helper who never saw the coder. The articles are the
  publishers' copyright, so the file holds offsets, not text: each row's fifth cell is ``@START-END`` in the article its
  sixth cell names, read from ``--news``; each sentence is scored inside its article. Develop on the odd rows, report
  the even ones.
- ``event_sentences_lee.tsv``: 280 REAL sentences of the same file's ABC "Lee" corpus (Australian news of 2001:
  Australian politics, the Middle East, Afghanistan, South Asia, the Pacific), stored and scored the same way and
  labelled blind by another helper. The closest of the sets to PLOVER's records in subject. Develop on the odd
  rows, report the even ones.
- ``event_sentences_wikinews.tsv``: 228 REAL sentences, copied verbatim from Wikinews articles of 2019-2020 (CC BY
  2.5; each row ends with the article's URL) and labelled by a helper who never saw the coder. With ``--articles``
  (default ``../shared/data/wikinews`` when present) each sentence is scored inside its whole article, as a user
  runs the coder: the events whose trigger lies in the sentence count, and the article's other sentences give its
  actors their countries. Develop on the odd rows, report the even ones.

A sentence counts as right when newsgraph codes at least one event of its type; the precision column is the
share of coded events that have it. With country columns, source / target country count the right-type
sentences where one such event has the expected source / target country. In the same run, the baseline is
what a dictionary-only coder would say: the PLOVER type of every word whose lemma has an unconditional row
in ``event_triggers.tsv`` (no argument frames, no composition, no actors). The held-out figures for the
PLOVER records are those of ``events_plover.py`` on the even half.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


SHARED = HERE.parent.parent / "shared"  # ../shared beside the repository


def read(path: Path) -> list[tuple[str, str | None, str | None, str, str | None]]:
    """(type, source country, target country, sentence, article URL) rows; countries None when the file has none,
    the URL None unless a sixth column gives it."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) >= 5:
                want, _code, src, tgt, text = cells[:5]
                rows.append((want, src, None if tgt == "-" else tgt, text, cells[5] if len(cells) > 5 else None))
            else:
                rows.append((cells[0], None, None, cells[1], None))
    return rows


def news_articles(path: Path, ids: set[str]) -> dict[str, dict]:
    """id -> {text, date} of the articles of ``ids`` in a news.jsonl.gz file (fields id, text, date)."""
    import gzip
    import json

    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in ids:
                out[d["id"]] = {"text": d["text"], "date": (d.get("date") or "")[:10] or None}
    return out


def resolve(rows: list, news: Path) -> list:
    """Rows whose sentence cell is ``@START-END`` take their sentence from their article in ``news``."""
    refs = {r[4] for r in rows if r[3].startswith("@")}
    if not refs:
        return rows
    if not news.is_file():
        sys.exit(f"error: the rows point into {news}, which is missing (give --news)")
    found = news_articles(news, refs)
    out = []
    for want, src, tgt, text, ref in rows:
        if text.startswith("@"):
            if ref not in found:
                sys.exit(f"error: no article {ref!r} in {news}")
            start, end = (int(x) for x in text[1:].split("-"))
            text = found[ref]["text"][start:end]
        out.append((want, src, tgt, text, ref))
    return out


def articles(folder: Path) -> dict[str, dict]:
    """url -> {text, date} of the CSV files (url, date, title, text) in ``folder`` (the shared Wikinews set)."""
    import csv

    csv.field_size_limit(1 << 30)
    out = {}
    for f in sorted(folder.glob("*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                out[r["url"]] = {"text": r["text"], "date": (r.get("date") or "")[:10] or None}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=Path, default=HERE / "data" / "event_sentences.tsv")
    ap.add_argument("--model", default=None)
    ap.add_argument("--half", choices=("odd", "even", "all"), default="all",
                    help="rows by their number in the file (1 = the first sentence): odd to develop on, even to report")
    ap.add_argument("--misses", action="store_true", help="list the sentences newsgraph gets wrong")
    ap.add_argument("--articles", type=Path, default=SHARED / "data" / "wikinews",
                    help="folder of the articles rows with a URL come from: score each sentence inside its article "
                         "(skipped when the folder is missing)")
    ap.add_argument("--news", type=Path, default=SHARED / "data" / "news" / "news.jsonl.gz",
                    help="the articles rows of offsets (@START-END) point into (event_sentences_news.tsv, _lee.tsv)")
    a = ap.parse_args()
    if not a.sentences.is_file():
        ap.error(f"no such file: {a.sentences}")

    from newsgraph import events as E
    from newsgraph.core import Pipeline
    from newsgraph.model import Article

    rows = read(a.sentences)
    news = {}
    if any(r[3].startswith("@") for r in rows):
        rows = resolve(rows, a.news)
        news = news_articles(a.news, {r[4] for r in rows})
    if a.half != "all":
        rows = [r for n, r in enumerate(rows, 1) if n % 2 == (1 if a.half == "odd" else 0)]
    if not rows:
        ap.error(f"no sentences in {a.sentences}")
    pipe = Pipeline(a.model)
    plain = {}  # the type of each lemma's unconditional row (rows with constraints, and noevent rows, are frames)
    for (lemma, pos), entries in E.trigger_index().items():
        bare = next((e for e in entries if not e.when), None)
        if bare is not None and bare.type and lemma not in plain:
            plain[lemma] = bare.type
    per: dict[str, Counter] = {}
    tot = Counter()
    misses = []
    source = news or (articles(a.articles) if a.articles.is_dir() and any(r[4] for r in rows) else {})
    in_article = bool(source) and all(r[4] in source for r in rows)
    if in_article:  # each sentence inside its whole article: the events whose trigger lies in the sentence
        urls = sorted({r[4] for r in rows})
        done = dict(zip(urls, pipe.extract_many([Article(id=u, text=source[u]["text"], published=source[u]["date"])
                                                  for u in urls])))
        results, lost = [], 0
        for want, src, tgt, text, url in rows:
            ex = done[url]
            at = ex.article.text.find(text)
            lost += at < 0
            results.append((ex, [e for e in ex.events if at >= 0 and at <= e.trigger.start < at + len(text)]))
    else:
        arts = [Article(id=str(n), text=r[3], published="2010-05-04") for n, r in enumerate(rows)]
        results = [(ex, ex.events) for ex in pipe.extract_many(arts)]
    for (want, src, tgt, text, _url), (ex, events) in zip(rows, results):
        got = [e.type for e in events]
        country = {x.id: x.country for x in ex.actors}
        hits = [e for e in events if e.type == want]
        if hits and src:
            tot["src_n"] += 1
            tot["src_ok"] += any(country.get(e.source) == src for e in hits)
        if hits and tgt:
            tot["tgt_n"] += 1
            tot["tgt_ok"] += any(country.get(e.target) == tgt for e in hits)
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
    if in_article and lost:
        print(f"warning: {lost} sentences not found in their article's analysed text (scored as no event)")
    print(f"{n} sentences ({a.sentences.name}, {a.half} rows"
          + (", each inside its article" if in_article else "") + ")\n")
    countries = tot["src_n"] or tot["tgt_n"]
    extra = " source country | target country |" if countries else ""
    print("| coder | type recall | type precision | events |" + extra)
    print("|---|---|---|---|" + ("---|---|" if countries else ""))

    def share(k: str) -> str:
        if not tot[k + "_n"]:
            return " – |"
        return f" {tot[k + '_ok'] / tot[k + '_n']:.3f} ({tot[k + '_ok']}/{tot[k + '_n']}) |"

    for key, name in (("ng", "newsgraph"), ("base", "dictionary only (baseline)")):
        ev = tot[key + "_events"]
        print(f"| {name} | {tot[key + '_ok'] / n:.3f} ({tot[key + '_ok']}/{n}) | "
              f"{(tot[key + '_right'] / ev if ev else 0):.3f} ({tot[key + '_right']}/{ev}) | {ev} |"
              + ((share("src") + share("tgt")) if countries and key == "ng" else (" – | – |" if countries else "")))
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
