"""The work behind ``newsgraph extract``: load once, read, extract, write. ``cli.py`` only parses options.

Kept apart from the command-line parsing so it can be called and tested without a shell, and so the
rules live in one place: one bad input never stops a run (it becomes an error record and a line on
stderr), an unexpected exception is contained to its input (E999), and ``--output`` files appear whole or
not at all.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import IO

from . import core
from .errors import E_DICTIONARY, NewsgraphError, fail
from .model import Article, Extraction
from .read import input_id, is_jsonl_path, read, unexpected

EXIT_OK, EXIT_FAILED_INPUTS, EXIT_USAGE = 0, 1, 2
PROGRESS_MIN_INPUTS = 10  # fewer inputs finish before a progress bar would tell anything

Result = tuple[str, Extraction | NewsgraphError]


# set-up -------------------------------------------------------------------------------------------
def load_dictionary(path: str | None):
    """The user's actor dictionary (``--dictionary``), or None. E011 when it cannot be used."""
    if path is None:
        return None
    try:
        from .actors import ActorDictionary
    except ImportError as exc:
        raise fail(E_DICTIONARY, "actor dictionaries are not supported by this version of newsgraph") from exc
    try:
        return ActorDictionary.load(path)
    except NewsgraphError:
        raise
    except OSError as exc:
        raise fail(E_DICTIONARY, f"cannot read actor dictionary {path}: {exc.strerror or exc}") from exc
    except Exception as exc:  # a malformed file surfaces as whatever its parser raises
        raise fail(E_DICTIONARY, f"cannot use actor dictionary {path}: {type(exc).__name__}: {exc}") from exc


def make_pipeline(model: str | None, settings: core.Settings) -> core.Pipeline:
    """The one pipeline all inputs go through (a seam the tests replace to reuse a loaded model)."""
    return core.Pipeline(model, settings=settings)


# the run ------------------------------------------------------------------------------------------
def extract_all(pipeline: core.Pipeline, items: Iterable[Article | NewsgraphError]) -> Iterator[Result]:
    """(input id, Extraction or error) per input, in order. Articles go through the pipeline in batches;
    when a batch raises, its articles are redone one by one so only the guilty one fails (E999)."""
    items = iter(items)
    size = max(1, pipeline.settings.batch_size)
    while chunk := list(islice(items, size)):
        try:
            done = list(pipeline.extract_many(chunk))
        except Exception:
            done = [_extract_one(pipeline, item) for item in chunk]
        for item, result in zip(chunk, done):
            yield _ident(item), result


def _extract_one(pipeline: core.Pipeline, item: Article | NewsgraphError) -> Extraction | NewsgraphError:
    if isinstance(item, NewsgraphError):
        return item
    try:
        return pipeline.extract(item)
    except NewsgraphError as err:
        return err
    except Exception as exc:
        return unexpected(exc)


def _ident(item: Article | NewsgraphError) -> str:
    return item.id if isinstance(item, Article) else (input_id(item) or "-")


def error_record(ident: str, err: NewsgraphError) -> dict:
    return {"article": {"id": ident}, "error": {"code": err.code, "message": err.message}}


def run_extract(inputs: list[str], *, input_format: str = "auto", published: str | None = None,
                fmt: str | None = None, model: str | None = None, dictionary: str | None = None,
                explain: bool = False, output: str | None = None, stdout: IO[str] | None = None,
                stderr: IO[str] | None = None) -> int:
    """Extract every input and write the results; returns the exit code (0, 1 or 2)."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    streams = input_format == "jsonl" or any(map(is_jsonl_path, inputs))  # many articles, count unknown
    fmt = fmt or ("json" if len(inputs) == 1 and not streams else "jsonl")
    try:
        pipeline = make_pipeline(model, core.Settings(actor_dictionary=load_dictionary(dictionary)))
    except NewsgraphError as err:
        print(f"error {err}", file=stderr)
        return EXIT_USAGE
    failed = 0
    with _sink(output, stdout) as out, _progress(None if streams else len(inputs), stderr) as report:
        writer = _WRITERS[fmt](out, explain=explain)
        for ident, result in extract_all(pipeline, read(inputs, input_format=input_format, published=published)):
            try:
                writer.add(ident, result)
            except Exception as exc:  # a bug in one result (a value the writer cannot write) must not end the run
                result = unexpected(exc)
                writer.add(ident, result)
            if isinstance(result, NewsgraphError):
                failed += 1
                report.say(f"error [{result.code}] {ident}: {result.message}")
            report.advance()
        writer.close()
    return EXIT_FAILED_INPUTS if failed else EXIT_OK


@contextmanager
def _sink(output: str | None, stdout: IO[str]):
    """stdout, or a temporary file next to ``output`` renamed over it once everything is written."""
    if output is None or output == "-":
        yield stdout
        stdout.flush()
        return
    target = Path(output)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _Stderr:
    """Error lines (and, for a person watching a long run, a rich progress line) on stderr."""

    def __init__(self, stderr: IO[str], bar=None):
        self.stderr, self.bar = stderr, bar

    def say(self, line: str) -> None:
        if self.bar is not None:  # printed above the live progress line, not through it
            self.bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=self.stderr, flush=True)

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.bar.task_ids[0])


@contextmanager
def _progress(total: int | None, stderr: IO[str]):
    """``total`` inputs (None: JSON lines, count unknown); a progress line only when stderr is a terminal
    and the run is long enough to need one."""
    many = total is None or total >= PROGRESS_MIN_INPUTS
    if not (many and hasattr(stderr, "isatty") and stderr.isatty()):
        yield _Stderr(stderr)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    count = MofNCompleteColumn() if total else TextColumn("{task.completed} articles")
    with Progress(SpinnerColumn(), TextColumn("extracting"), BarColumn(), count, TimeElapsedColumn(),
                  console=Console(file=stderr), transient=True) as bar:
        bar.add_task("extract", total=total)
        yield _Stderr(stderr, bar)


# writers ------------------------------------------------------------------------------------------
class _JsonLines:
    def __init__(self, out: IO[str], *, explain: bool):
        self.out, self.explain = out, explain

    def record(self, ident: str, result: Extraction | NewsgraphError) -> dict:
        return error_record(ident, result) if isinstance(result, NewsgraphError) else result.to_dict(explain=self.explain)

    def add(self, ident: str, result: Extraction | NewsgraphError) -> None:
        self.out.write(json.dumps(self.record(ident, result), ensure_ascii=False) + "\n")

    def close(self) -> None:
        pass


class _Json(_JsonLines):
    """One result: the extraction object, pretty-printed. Several: a JSON array of them. The first is held
    back until the second shows whether an array is needed (stdin may turn out to hold JSON lines)."""

    def __init__(self, out: IO[str], *, explain: bool):
        super().__init__(out, explain=explain)
        self.first: str | None = None
        self.count = 0

    def add(self, ident: str, result: Extraction | NewsgraphError) -> None:
        text = json.dumps(self.record(ident, result), ensure_ascii=False, indent=2)
        self.count += 1
        if self.count == 1:
            self.first = text
            return
        if self.count == 2:
            self.out.write("[\n" + self.first + ",\n")
            self.first = None
        else:
            self.out.write(",\n")
        self.out.write(text)

    def close(self) -> None:
        if self.count == 1:
            self.out.write(self.first + "\n")
        elif self.count > 1:
            self.out.write("\n]\n")
        else:
            self.out.write("[]\n")


class _Text:
    """A summary for people: header, actors table, quotes, events (rich)."""

    def __init__(self, out: IO[str], *, explain: bool):
        from rich.console import Console

        to_terminal = hasattr(out, "isatty") and out.isatty()
        self.console = Console(file=out, width=None if to_terminal else 110, force_terminal=to_terminal,
                               no_color=not to_terminal, highlight=False, soft_wrap=False)
        self.explain = explain

    def add(self, ident: str, result: Extraction | NewsgraphError) -> None:
        from rich.markup import escape
        from rich.rule import Rule
        from rich.table import Table

        c = self.console
        if isinstance(result, NewsgraphError):
            c.print(Rule(escape(ident), align="left"))
            c.print(f"[bold red]error [{result.code}][/] {escape(result.message)}\n")
            return
        art = result.article
        c.print(Rule(f"[bold]{escape(art.title or art.id)}[/]", align="left"))
        facts = [("input", art.id), ("published", art.published), ("author", art.author), ("url", art.url)]
        if art.caption:
            facts.append(("caption", f"{_clip(art.caption.text, 70)} (chars {art.caption.start}–{art.caption.end})"))
        if art.boilerplate:
            facts.append(("boilerplate", f"{len(art.boilerplate)} line(s) skipped, first: {_clip(art.boilerplate[0].text, 60)}"))
        if art.body:
            facts.append(("body", f"chars {art.body.start}–{art.body.end} of {len(art.text)}"))
        for key, value in facts:
            if value:
                c.print(f"[dim]{key:>11}[/]  {escape(str(value))}")
        names = {a.id: a.name for a in result.actors}

        def who(actor_id):
            return names.get(actor_id, actor_id) if actor_id else "—"

        table = Table(title=f"Actors ({len(result.actors)})", title_justify="left", show_edge=False)
        for col in ("name", "kind", "country", "sector", "role", "mentions"):
            table.add_column(col, justify="right" if col == "mentions" else "left")
        for a in result.actors:
            table.add_row(escape(a.name), a.kind, a.country or "", a.sector or "", escape(a.role or ""),
                          str(len(a.mentions)))
        c.print(table if result.actors else "[dim]Actors: none found[/]")
        if result.quotes:
            c.print(f"[bold]Quotes ({len(result.quotes)})[/]")
            for q in result.quotes:
                mark = "" if q.direct else f" [dim]({q.kind})[/]"
                speaker = f"[bold]{escape(who(q.speaker))}[/]" if q.speaker else "[dim](no speaker)[/]"
                c.print(f"  {speaker}{mark} — {escape(_clip(q.content.text, 160))}")
        else:
            c.print("[dim]Quotes: none found[/]")
        if result.events:
            table = Table(title=f"Events ({len(result.events)})", title_justify="left", show_edge=False)
            for col in ("type/cameo", "source → target", "date", "place", "claimed by", "trigger"):
                table.add_column(col)
            for e in result.events:
                kind = e.type + (f"/{e.cameo}" if e.cameo else "") + (" (negated)" if e.negated else "")
                target = who(e.target) + (" (implied)" if e.target_implied else "")
                table.add_row(kind, escape(f"{who(e.source)} → {target}"), e.date or "",
                              escape(_place(e.place)), escape(who(e.claimed_by) if e.claimed_by else ""),
                              escape(e.trigger.text))
            c.print(table)
        else:
            c.print("[dim]Events: none found[/]")
        if self.explain:
            for e in result.events:
                if e.explain:
                    c.print(f"[dim]{e.id}: {escape(json.dumps(e.explain, ensure_ascii=False))}[/]")
        c.print()

    def close(self) -> None:
        pass


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _place(place) -> str:
    if not place:
        return ""
    if isinstance(place, dict):
        return str(place.get("name") or place.get("text") or place.get("country") or "")
    return str(place)


_WRITERS = {"json": _Json, "jsonl": _JsonLines, "text": _Text}
