"""Reading articles: plain text, HTML (trafilatura), URLs (httpx), stdin and JSON lines.

Every reader returns :class:`~newsgraph.model.Article` objects whose ``text`` is exactly what the later
stages analyse (all offsets index into it), or raises :class:`~newsgraph.errors.NewsgraphError` with a
catalogue code. :func:`read` is the one entry point over many inputs: it yields an Article or a
NewsgraphError per input (per record for JSON lines), in input order, so one bad input never stops a run.
Each error carries ``input_id`` (see :func:`input_id`), the path, URL or record id it is about.

What each input kind becomes:

* a text file (``.txt`` or anything not HTML): its bytes decoded as UTF-8, analysed exactly as given —
  except that a leading byte order mark (U+FEFF) is dropped, since it is an encoding artefact, not text;
* an HTML file (``.html``/``.htm``, or content that starts like HTML) or an http(s) URL: trafilatura's
  extracted body text (reader comments excluded), with title, author, date and URL from the page metadata;
* ``-``: standard input, sniffed as JSON lines, HTML or text;
* JSON lines (``--input-format jsonl``, or ``.jsonl``/``.ndjson`` files): one record per line,
  ``{"id", "text" | "html", "published" | "date", "url", "title"}``; a bad line fails alone (E009).

Files ending in ``.gz`` are decompressed first. Inputs are read lazily, so JSON lines stream.
"""

from __future__ import annotations

import datetime as dt
import gzip
import importlib
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from .errors import (E_BINARY, E_DATE, E_EMPTY, E_ENCODING, E_FETCH, E_LANGUAGE, E_NO_ARTICLE, E_NOT_FOUND,
                     E_NOT_HTML, E_RECORD, E_UNEXPECTED, NewsgraphError, fail)
from .model import Article

INPUT_FORMATS = ("auto", "jsonl")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FETCH_TIMEOUT = 20.0  # seconds, connect and read
MAX_FETCH_BYTES = 20_000_000  # a news page is far smaller; this guards against endless downloads

# How trafilatura is asked for a page's article (benchmarks/html_aeb.py measures this on 181 real pages).
# Reader comments stay out of the body: they are not the article's claims. favor_precision measured
# better there (F1 0.961 vs 0.955 for the default; precision 0.957 vs 0.942): page furniture that slips into
# the body becomes false actors and events, a lost sentence costs less.
TRAFILATURA_OPTIONS = {"include_comments": False, "with_metadata": True, "favor_precision": True}

# trafilatura's fallbacks return whatever text a page has ("Home", "Sign in"); fewer words than this is
# a page without an article.
MIN_ARTICLE_WORDS = 10

# How much of the text the cheap checks look at: enough to judge, little enough to be free on big inputs.
SNIFF_CHARS = 5000


# errors about one input ---------------------------------------------------------------------------
def input_id(err: NewsgraphError) -> str | None:
    """The input (path, URL, record id) a reading error is about, if known."""
    return getattr(err, "input_id", None)


def unexpected(exc: BaseException) -> NewsgraphError:
    """E999 for an exception nobody anticipated, as one line (the type and the first line of its message)."""
    first = (str(exc).strip().splitlines() or [""])[0][:300]
    return fail(E_UNEXPECTED, f"unexpected {type(exc).__name__}: {first}" if first else f"unexpected {type(exc).__name__}")


def _about(err: NewsgraphError, ident: str) -> NewsgraphError:
    if getattr(err, "input_id", None) is None:
        err.input_id = ident  # type: ignore[attr-defined]
    return err


# dates --------------------------------------------------------------------------------------------
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_published(value: str | None, *, strict: bool = True) -> str | None:
    """A publication date as ``YYYY-MM-DD``. ``strict`` (the ``--published`` option) accepts only that
    form; otherwise an ISO timestamp such as ``2019-12-30T10:00:00Z`` is cut to its day. Raises E012."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise fail(E_DATE, f"published date must be a string YYYY-MM-DD, not {type(value).__name__}")
    value = value.strip()
    m = _ISO_DAY.fullmatch(value) if strict else _ISO_DAY.match(value)
    if m and (strict or len(value) == 10 or value[10] in "T "):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    raise fail(E_DATE, f"bad published date {value!r}: expected YYYY-MM-DD")


# checks on bytes and text -------------------------------------------------------------------------
def decode(data: bytes) -> str:
    """UTF-8 text from bytes, or E002 (NUL bytes, or mostly undecodable) / E003 (not UTF-8). A leading
    BOM is dropped. Control characters in valid UTF-8 are left to :func:`check_text`."""
    head = data[:SNIFF_CHARS * 4]
    if b"\x00" in head:
        raise fail(E_BINARY, "binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Mostly undecodable or control bytes is binary data; a few bad bytes is text in another encoding.
        sample = head.decode("utf-8", errors="replace")
        if _junk_share(sample) > 0.3:
            raise fail(E_BINARY, "binary data, not text") from exc
        raise fail(E_ENCODING, f"not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
                               "convert the file to UTF-8") from exc
    return text[1:] if text.startswith("\ufeff") else text


def _junk_share(sample: str) -> float:
    if not sample:
        return 0.0
    junk = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f\v"))
    return junk / len(sample)


_WORD = re.compile(r"[^\W\d_]+")
# Languages whose stopword lists (shipped with spaCy, nothing downloaded) are compared with English's:
# a Latin-script text whose words are clearly more often another language's stopwords is not English.
_OTHER_LANGS = ("de", "fr", "es", "pt", "it", "nl", "id", "sv", "da", "tr", "pl", "ro", "fi", "hu", "cs", "ca")
_MIN_WORDS = 20  # fewer words than this are too few to judge: accepted
_CLEARLY_ENGLISH = 0.30
_MARGIN = 0.08  # measured: English news never has another list ahead by more than 0.0; other languages 0.12+


@lru_cache(maxsize=1)
def _stopword_languages() -> dict[str, tuple[str, ...]]:
    """word -> the languages whose stopword list has it (one lookup per word instead of one per list)."""
    index: dict[str, list[str]] = {}
    for lang in ("en", *_OTHER_LANGS):
        try:
            words = importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
        except (ImportError, AttributeError):  # pragma: no cover - spaCy ships these
            continue
        for w in words:
            index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def language_problem(text: str) -> str | None:
    """Why ``text`` is not English (a short reason), or None. Offline and cheap: looks at the script of
    the first few thousand characters, then at how often words are English vs other stopwords."""
    sample = text[:SNIFF_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters >= 2 * _MIN_WORDS and len(_LATIN_LETTER.findall(sample)) / letters < 0.5:
        other = next(ch for ch in sample if ch.isalpha() and not _LATIN_LETTER.match(ch))
        script = unicodedata.name(other, "other").split()[0]
        return f"the text is mostly in a non-Latin script ({script.title()})"
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return None
    from spacy.lang.en.stop_words import STOP_WORDS as english_words

    # Fast path: English news has a third or more of its words on the English list (1st percentile of
    # 4,424 articles: 0.34); other languages stay under 0.15. Only an unclear text loads the other lists.
    if sum(w in english_words for w in words) / len(words) >= _CLEARLY_ENGLISH:
        return None
    index = _stopword_languages()
    hits = Counter(lang for w in words for lang in index.get(w, ()))
    english = hits.pop("en", 0) / len(words)
    if hits:
        other, n = hits.most_common(1)[0]
        if n / len(words) >= 0.15 and n / len(words) > english + _MARGIN:
            return f"the text reads as language {other!r}, not English"
    return None


def check_text(text: str) -> str:
    """Reject empty (E001), binary (E002) and non-English (E004) text; return it unchanged."""
    if not text.strip():
        raise fail(E_EMPTY, "empty input (no text)")
    if _junk_share(text[:SNIFF_CHARS]) > 0.3:
        raise fail(E_BINARY, "binary data (control characters), not text")
    why = language_problem(text)
    if why:
        raise fail(E_LANGUAGE, f"not an English article: {why}")
    return text


# HTML ---------------------------------------------------------------------------------------------
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)",
                         re.IGNORECASE)
_HTML_TAGS = re.compile(r"</(?:p|div|body|html|article|span|a|li|h[1-6])\s*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    head = text[:SNIFF_CHARS].lstrip("\ufeff")
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAGS.findall(head)) >= 2


def article_from_html(html: str | bytes, *, id: str, published: str | None = None, url: str | None = None,
                      title: str | None = None) -> Article:
    """An Article from an HTML page: trafilatura's body text (comments excluded) and page metadata.
    ``published`` given wins over the page's own date. Raises E007 when the page has no article."""
    import trafilatura  # slow to import; only HTML inputs need it

    if isinstance(html, bytes) and b"\x00" in html[:SNIFF_CHARS * 4]:
        raise fail(E_BINARY, "binary data (NUL bytes), not an HTML page")
    if not html.strip():
        raise fail(E_EMPTY, "empty input (no HTML)")
    try:
        doc = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise fail(E_NO_ARTICLE, f"cannot parse the HTML page: {type(exc).__name__}: {exc}") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < MIN_ARTICLE_WORDS:
        raise fail(E_NO_ARTICLE, "no article text found in the HTML page")
    check_text(text)
    if published is None:
        try:
            published = parse_published(getattr(doc, "date", None), strict=False)
        except NewsgraphError:
            published = None  # a page's odd date is not the user's error; leave it unknown
    return Article(id=id, text=text, title=title or _clean(getattr(doc, "title", None)),
                   author=_clean(getattr(doc, "author", None)), published=published,
                   url=url or _clean(getattr(doc, "url", None)))


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


# one string ---------------------------------------------------------------------------------------
def article_from_string(text_or_html: str, *, id: str = "-", published: str | None = None,
                        url: str | None = None) -> Article:
    """An Article from text or HTML given as a string (HTML is detected by its start and tags)."""
    published = parse_published(published, strict=False) if published else None
    if looks_like_html(text_or_html):
        return article_from_html(text_or_html, id=id, published=published, url=url)
    if text_or_html.startswith("\ufeff"):
        text_or_html = text_or_html[1:]
    return Article(id=id, text=check_text(text_or_html), published=published, url=url)


def article_from_bytes(data: bytes, *, id: str, published: str | None = None, url: str | None = None,
                       html: bool | None = None) -> Article:
    """An Article from raw bytes; ``html`` None means sniff. Text must be UTF-8; HTML may declare its
    own charset (trafilatura decodes it)."""
    if html is None:
        html = looks_like_html(data[:SNIFF_CHARS].decode("utf-8", errors="replace"))
    if html:
        return article_from_html(data, id=id, published=published, url=url)
    return Article(id=id, text=check_text(decode(data)), published=published, url=url)


# files, stdin, URLs -------------------------------------------------------------------------------
def _suffix(name: str) -> str:
    return Path(name.lower().removesuffix(".gz")).suffix


def is_jsonl_path(source: str) -> bool:
    """Whether a path names a JSON lines file (``.jsonl``/``.ndjson``, maybe ``.gz``)."""
    return _suffix(source) in JSONL_SUFFIXES


def _open_binary(path: str) -> BinaryIO:
    p = Path(path)
    try:
        if p.is_dir():
            raise fail(E_NOT_FOUND, f"{path} is a folder, not a file")
        fh = gzip.open(p) if path.lower().endswith(".gz") else open(p, "rb")
    except FileNotFoundError as exc:
        raise fail(E_NOT_FOUND, f"no such file: {path}") from exc
    except OSError as exc:
        raise fail(E_NOT_FOUND, f"cannot read {path}: {exc.strerror or exc}") from exc
    return fh  # type: ignore[return-value]


def _read_all(fh: BinaryIO, path: str) -> bytes:
    try:
        with fh:
            return fh.read()
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise fail(E_NOT_FOUND, f"cannot read {path}: {exc}") from exc


def read_file(path: str, *, published: str | None = None) -> Article:
    """One text or HTML file (``.gz`` allowed); ``article.id`` is the path as given."""
    data = _read_all(_open_binary(path), path)
    suffix = _suffix(path)
    html = True if suffix in HTML_SUFFIXES else False if suffix == ".txt" else None
    if html and b"<" not in data[:SNIFF_CHARS * 4]:
        raise fail(E_NOT_HTML, f"{path} is named as HTML but holds no HTML markup")
    return article_from_bytes(data, id=path, published=published, html=html)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def make_client(transport=None):
    """The httpx client URLs are fetched with; pass ``transport`` (e.g. ``httpx.MockTransport``) to test
    without a network."""
    from importlib.metadata import PackageNotFoundError, version

    import httpx

    try:
        agent = f"newsgraph/{version('newsgraph')}"
    except PackageNotFoundError:  # running from a source tree that is not installed
        agent = "newsgraph"
    return httpx.Client(transport=transport, timeout=FETCH_TIMEOUT, follow_redirects=True,
                        headers={"User-Agent": f"{agent} (news article reader)",
                                 "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_url(url: str, *, published: str | None = None, client=None) -> Article:
    """Fetch an http(s) page and read its article. E005: unreachable or HTTP error; E006: not HTML."""
    import httpx

    own = client is None
    client = client or make_client()
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise fail(E_FETCH, f"HTTP {resp.status_code} {resp.reason_phrase} for {url}")
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype and ctype not in _HTML_TYPES:
                raise fail(E_NOT_HTML, f"{url} is {ctype}, not an HTML page")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > MAX_FETCH_BYTES:
                    raise fail(E_FETCH, f"{url} is larger than {MAX_FETCH_BYTES // 1_000_000} MB")
                chunks.append(chunk)
            final_url = str(resp.url)
    except httpx.TimeoutException as exc:
        raise fail(E_FETCH, f"timed out fetching {url}") from exc
    except httpx.HTTPError as exc:
        raise fail(E_FETCH, f"cannot fetch {url}: {type(exc).__name__}: {exc}") from exc
    finally:
        if own:
            client.close()
    data = b"".join(chunks)
    if not ctype and not looks_like_html(data[:SNIFF_CHARS].decode("utf-8", errors="replace")):
        raise fail(E_NOT_HTML, f"{url} did not return an HTML page")
    return article_from_html(data, id=url, published=published, url=final_url)


# JSON lines ---------------------------------------------------------------------------------------
def read_jsonl(lines: Iterable[bytes | str], source: str, *, published: str | None = None
               ) -> Iterator[Article | NewsgraphError]:
    """One Article or NewsgraphError per non-blank line. A record without ``id`` is named
    ``<source>:<line number>``; ``published`` (from the command line) fills in records without a date."""
    for n, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            if not line.strip():
                continue
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                yield _about(fail(E_ENCODING, f"line {n} is not valid UTF-8"), f"{source}:{n}")
                continue
        if not line.strip():
            continue
        ident = f"{source}:{n}"
        try:
            yield article_from_record(line, ident, published=published)
        except NewsgraphError as err:
            yield _about(err, getattr(err, "record_id", None) or ident)
        except Exception as exc:  # a bug on one record must not end the run
            yield _about(unexpected(exc), ident)


def article_from_record(line: str, ident: str, *, published: str | None = None) -> Article:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise fail(E_RECORD, f"line is not JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(rec, dict):
        raise fail(E_RECORD, f"record is a JSON {type(rec).__name__}, not an object")
    rid = rec.get("id")
    if rid is not None and not isinstance(rid, (str, int)):
        raise fail(E_RECORD, "record 'id' must be a string or number")
    ident = str(rid) if rid is not None else ident
    try:
        for key in ("text", "html", "url", "title"):
            if rec.get(key) is not None and not isinstance(rec[key], str):
                raise fail(E_RECORD, f"record field {key!r} must be a string")
        date = rec.get("published", rec.get("date"))
        date = parse_published(date, strict=False) if date is not None else published
        if isinstance(rec.get("text"), str):
            text = rec["text"]
            if text.startswith("\ufeff"):
                text = text[1:]
            art = Article(id=ident, text=check_text(text), published=date, url=rec.get("url"),
                          title=rec.get("title"))
        elif isinstance(rec.get("html"), str):
            art = article_from_html(rec["html"], id=ident, published=date, url=rec.get("url"),
                                    title=rec.get("title"))
        else:
            raise fail(E_RECORD, "record has neither 'text' nor 'html'")
    except NewsgraphError as err:
        err.record_id = ident  # type: ignore[attr-defined]
        raise
    return art


# many inputs --------------------------------------------------------------------------------------
def read(sources: Iterable[str], *, input_format: str = "auto", published: str | None = None, client=None,
         stdin: BinaryIO | None = None) -> Iterator[Article | NewsgraphError]:
    """Articles (or per-input errors) from paths, URLs and ``-`` (standard input), in order.

    ``input_format`` "jsonl" reads every input as JSON lines; "auto" decides per input by URL scheme,
    file suffix, or (stdin and unknown suffixes) the content. ``published`` (``YYYY-MM-DD``) is the date
    given by the user; it wins over dates found in HTML pages and fills in JSON records without one."""
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}")
    published = parse_published(published)
    own_client = None
    try:
        for source in sources:
            try:
                if source == "-":
                    yield from _read_stdin(stdin or sys.stdin.buffer, input_format, published)
                elif is_url(source) and input_format != "jsonl":
                    if client is None:
                        client = own_client = make_client()
                    yield read_url(source, published=published, client=client)
                elif input_format == "jsonl" or is_jsonl_path(source):
                    yield from _read_jsonl_file(source, published)
                else:
                    yield read_file(source, published=published)
            except NewsgraphError as err:
                yield _about(err, source)
            except Exception as exc:  # a bug on one input must not end the run
                yield _about(unexpected(exc), source)
    finally:
        if own_client is not None:
            own_client.close()


def _read_jsonl_file(path: str, published: str | None) -> Iterator[Article | NewsgraphError]:
    fh = _open_binary(path)
    with fh:
        try:
            yield from read_jsonl(fh, path, published=published)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield _about(fail(E_NOT_FOUND, f"cannot read {path}: {exc}"), path)


def _read_stdin(fh: BinaryIO, input_format: str, published: str | None) -> Iterator[Article | NewsgraphError]:
    if input_format == "jsonl":
        yield from read_jsonl(fh, "-", published=published)
        return
    # Sniff: a first line that is a JSON object means JSON lines (streamed); anything else is one document.
    first = fh.readline()
    if first.lstrip().startswith(b"{"):
        try:
            is_record = isinstance(json.loads(first), dict)
        except (json.JSONDecodeError, UnicodeDecodeError):
            is_record = False
        if is_record:
            yield from read_jsonl(_chain(first, fh), "-", published=published)
            return
    yield article_from_bytes(first + fh.read(), id="-", published=published)


def _chain(first: bytes, rest: io.BufferedIOBase | BinaryIO) -> Iterator[bytes]:
    yield first
    yield from rest
