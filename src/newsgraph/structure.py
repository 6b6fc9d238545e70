"""Stage 0: the structure of the text — leading photo caption, body, trailing page boilerplate.

Registered as the spaCy component ``newsgraph_structure``. Sets ``doc._.structure`` to a dict
``{caption: Span|None, body: Span, boilerplate: [Span], title: str|None}`` (offsets into ``doc.text``).
Later stages skip tokens inside boilerplate (:func:`in_boilerplate`) and mark items found in the caption
(:func:`in_caption`).

Articles copied from web pages often carry more than the story: the caption of the lead photo above it,
and below it the page's comment header ("16 replies on “<title>”"), "Comments are closed.", share bars,
related links and copyright lines. The rules, with the patterns in ``lexicons/boilerplate.tsv``:

* Paragraphs are blocks separated by blank lines; a text without blank lines has one paragraph per line.
* **Caption**: the first paragraph — or the second, when the first is a heading (a short line without
  sentence-final punctuation) — when it is short (at most ``CAPTION_MAX_WORDS`` words), is followed by
  more text, and contains a picture credit ("Photo:", "(Photo by …)", "Credit:", "File photo",
  "REUTERS/…", a closing "AFP"…) or a picture-position marker ("Name, left, …", "(left to right)", "is
  pictured"). Short credit-only paragraphs right after it ("Photo: Reuters") join the caption.
* **Trailing boilerplate**: whole lines of page furniture are listed as boilerplate. The body ends
  before the first one that opens or closes the reader comments (``comments`` and ``title`` rows), or
  before a ``trailing`` line (share bar, related links, copyright) that no more than one paragraph of
  prose follows (with more prose after it, it was a box inside the article). Everything after the body —
  reader comments included — counts as boilerplate for :func:`in_boilerplate`. A furniture line before
  any real body text (a share bar above the story) does not end the body, nor do ``inline`` lines
  ("Advertisement").
* **Title**: recovered from a comment header "N replies/comments/responses/thoughts on/to “…”".
* **Body**: from the first paragraph after the caption to the end of the last line before the first
  trailing boilerplate line (or the end of the text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .model import Span

CAPTION_MAX_WORDS = 90  # captions are a sentence or two; a longer first paragraph is the story's lead
CREDIT_LINE_MAX_WORDS = 15  # a separate credit line after the caption ("Photo: Jane Doe/Reuters")
HEADING_MAX_WORDS = 20
FURNITURE_MAX_CHARS = 300  # page furniture lines are short; a long line is prose even if it matches
MIN_BODY_WORDS = 20  # body text needed before a furniture line can end the body
PROSE_MIN_WORDS = 20  # a line this long ending like a sentence is prose, not a headline or a link


@dataclass(frozen=True)
class Patterns:
    credit: tuple[re.Pattern, ...]
    position: tuple[re.Pattern, ...]
    title: tuple[re.Pattern, ...]
    comments: tuple[re.Pattern, ...]
    trailing: tuple[re.Pattern, ...]
    inline: tuple[re.Pattern, ...]


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The rows of ``lexicons/boilerplate.tsv``, compiled once."""
    rows: dict[str, list[re.Pattern]] = {k: [] for k in Patterns.__dataclass_fields__}
    for kind, regex, *_ in lexicon.read_tsv("boilerplate.tsv")[1:]:  # first row: the column names
        if kind not in rows:
            raise ValueError(f"boilerplate.tsv: unknown kind {kind!r}")
        rows[kind].append(re.compile(regex, re.IGNORECASE))
    return Patterns(**{k: tuple(v) for k, v in rows.items()})


def _blocks(text: str, sep: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of the non-blank pieces of ``text`` between separators, trimmed of white space."""
    out, pos = [], 0
    for m in [*sep.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[pos:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        if m:
            pos = m.end()
    return out


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_NEWLINE = re.compile(r"\n")
_WORDS = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?:;…\"”’)]\s*$")


def _words(s: str) -> int:
    return len(_WORDS.findall(s))


def _is_heading(s: str) -> bool:
    return "\n" not in s and _words(s) <= HEADING_MAX_WORDS and not _SENTENCE_END.search(s)


def _is_caption(s: str, pats: Patterns) -> bool:
    if _words(s) > CAPTION_MAX_WORDS:
        return False
    return any(p.search(s) for p in pats.credit) or any(p.search(s) for p in pats.position)


def _full(line: str, rows: tuple[re.Pattern, ...]) -> re.Match | None:
    if len(line) > FURNITURE_MAX_CHARS:
        return None
    for p in rows:
        m = p.fullmatch(line)
        if m:
            return m
    return None


def analyse(text: str) -> dict:
    """Caption, body and boilerplate spans, and a recovered title, of a plain text."""
    pats = patterns()
    paras = _blocks(text, _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE)
    caption = None
    first = 0  # index of the first body paragraph
    for i in (0, 1):
        if i >= len(paras) - 1:
            break
        s, e = paras[i]
        if _is_caption(text[s:e], pats):
            end = i + 1
            while end < len(paras) - 1 and _words(text[slice(*paras[end])]) <= CREDIT_LINE_MAX_WORDS \
                    and any(p.search(text[slice(*paras[end])]) for p in pats.credit):
                end += 1
            caption, first = Span.of(text, s, paras[end - 1][1]), end
            break
        if not _is_heading(text[s:e]):
            break
    body_start = paras[first][0] if paras else 0

    lines = [(s + body_start, e + body_start) for s, e in _blocks(text[body_start:], _NEWLINE)]
    kinds, title = _classify([text[s:e] for s, e in lines], pats)
    # prose paragraphs after each line, up to the next comments marker: a share bar or "Related" box with
    # prose after it sat inside the article; in the tail it is furniture
    prose_after, n = [0] * len(lines), 0
    for i in range(len(lines) - 1, -1, -1):
        prose_after[i] = n
        if kinds[i] in ("title", "comments"):
            n = 0
        elif kinds[i] == "prose":
            n += 1
    boilerplate: list[Span] = []
    body_end = last_end = None
    body_words = 0
    for i, ((s, e), kind) in enumerate(zip(lines, kinds)):
        if kind in ("title", "comments", "trailing", "inline"):
            boilerplate.append(Span.of(text, s, e))
            ends = kind in ("title", "comments") or (kind == "trailing" and prose_after[i] <= 1)
            if ends and body_end is None and body_words >= MIN_BODY_WORDS:
                body_end = last_end
        elif body_end is None:
            body_words += _words(text[s:e])
            last_end = e
    if body_end is None:
        body_end = paras[-1][1] if paras else len(text)
    datelines = [Span.of(text, s, m.end()) for s, e in lines if s < body_end
                 for m in [_DATELINE.match(text, s, e)] if m and (m.group("date") or m.group("agency"))]
    return {"caption": caption, "body": Span.of(text, body_start, max(body_start, body_end)),
            "boilerplate": boilerplate, "title": title, "datelines": datelines}


# a wire dateline opening a paragraph: "LAGOS, Jan 17 (Reuters) - ", "OKA, Quebec, July 11 (Reuters) - ",
# "NAIROBI, Nov 15 (Xinhua) -- ", "BAGHDAD (AP) — ": a place in capitals, an optional region and date, an
# optional agency in brackets (one of the two at least), and a dash
_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"                                      # LA PAZ, NEW DELHI
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"                                         # , Quebec
    r"(?P<date>,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?)?"  # , Jan 17
    r"(?P<agency> ?\([A-Za-z][A-Za-z .&/-]{0,40}\))?"                                        # (Reuters)
    r" ?(?:--|-|\u2013|\u2014) ")


def _classify(lines: list[str], pats: Patterns) -> tuple[list[str], str | None]:
    """Each line's kind (a boilerplate.tsv kind, or prose / other) and the first recovered title."""
    kinds, title = [], None
    for line in lines:
        m = _full(line, pats.title)
        if m:
            kinds.append("title")
            if title is None and m.groupdict().get("title"):
                title = " ".join(m["title"].split())
            continue
        for kind in ("comments", "trailing", "inline"):
            if _full(line, getattr(pats, kind)):
                kinds.append(kind)
                break
        else:
            prose = _words(line) >= PROSE_MIN_WORDS and _SENTENCE_END.search(line)
            kinds.append("prose" if prose else "other")
    return kinds, title


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (spaCy joins it anew on every access)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def skipped_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character ranges of ``doc.text`` no stage extracts from: the boilerplate lines, wire
    datelines, and everything after the body (reader comments between furniture lines included)."""
    st = doc._.structure
    if not st:
        return []
    out = [(b.start, b.end) for b in st.get("boilerplate", ())]
    out += [(d.start, d.end) for d in st.get("datelines", ())]  # "LAGOS, Jan 17 (Reuters) - ": no actor, no quote
    body = st.get("body")
    size = text_length(doc)
    if body is not None and body.end < size:
        out.append((body.end, size))
    return out


def in_boilerplate(doc: Doc, char_index: int) -> bool:
    """Whether a character of ``doc.text`` is page furniture (see :func:`skipped_ranges`)."""
    return any(a <= char_index < b for a, b in skipped_ranges(doc))


def in_caption(doc: Doc, char_index: int) -> bool:
    """Whether a character of ``doc.text`` is inside the leading photo caption."""
    st = doc._.structure
    cap = st.get("caption") if st else None
    return cap is not None and cap.start <= char_index < cap.end


@Language.component("newsgraph_structure")
def structure_component(doc: Doc) -> Doc:
    doc._.structure = analyse(doc.text)
    return doc
