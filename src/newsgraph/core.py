"""The façade: ``newsgraph.extract`` for one article, :class:`Pipeline` for many.

The work is done by the spaCy components (structure → actors → quotes → events); this module loads the
model once, feeds it articles, cuts very long texts into pieces under spaCy's ``max_length`` and turns the
annotated Docs into :class:`~newsgraph.model.Extraction` objects.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_mod
from .errors import NewsgraphError
from .model import Actor, Article, Event, Extraction, Quote, Span
from .structure import text_length

# Texts longer than this are analysed in pieces cut at paragraph breaks: it bounds memory, and keeps
# each piece well under spaCy's max_length.
PIECE_CHARS = 100_000
# spaCy's memory grows with the characters in one nlp.pipe batch (en_core_web_md: ~3 MB per 1,000
# characters; 0.95 MB of text in one batch peaked at +2.9 GB). Batches are capped in characters as well
# as in docs, so a long article peaks like one piece, whatever its length.
BATCH_CHARS = PIECE_CHARS


@dataclass(frozen=True)
class Settings:
    """Options that travel with the pipeline; built once and passed down (``doc._.settings``)."""

    actor_dictionary: object | None = None  # actors.ActorDictionary
    batch_size: int = 32


class Pipeline:
    """A loaded spaCy pipeline with newsgraph's components; load once, extract many."""

    def __init__(self, model: str | os.PathLike | None = None, *, settings: Settings | None = None,
                 nlp: Language | None = None):
        self.nlp = nlp if nlp is not None else nlp_mod.load(model)
        self.settings = settings or Settings()

    # one article ----------------------------------------------------------------------------------
    def extract(self, article: Article) -> Extraction:
        return next(iter(self.extract_many([article])))

    # many articles --------------------------------------------------------------------------------
    def extract_many(self, articles: Iterable[Article | NewsgraphError]) -> Iterator[Extraction | NewsgraphError]:
        """Extractions in input order; an input that already failed (a NewsgraphError) passes through."""
        pending: list[tuple[Article | NewsgraphError, list[tuple[int, Doc]]]] = []
        for art in articles:
            if isinstance(art, NewsgraphError):
                pending.append((art, []))
            else:
                pending.append((art, [(off, self._make_doc(art, piece)) for off, piece in split_text(art.text)]))
            if sum(len(p[1]) for p in pending) >= self.settings.batch_size:
                yield from self._run(pending)
                pending = []
        if pending:
            yield from self._run(pending)

    def _make_doc(self, art: Article, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        doc._.published = art.published
        doc._.settings = self.settings
        return doc

    def _run(self, pending):
        docs = [d for _, pieces in pending for _, d in pieces]
        done = self._pipe(docs)
        for art, pieces in pending:
            if isinstance(art, NewsgraphError):
                yield art
                continue
            yield assemble(art, [(off, next(done)) for off, _ in pieces])

    def _pipe(self, docs: list[Doc]) -> Iterator[Doc]:
        batch: list[Doc] = []
        chars = 0
        for doc in [*docs, None]:
            size = text_length(doc) if doc is not None else 0
            full = doc is None or chars + size > BATCH_CHARS or len(batch) >= self.settings.batch_size
            if batch and full:
                for done in self.nlp.pipe(batch, batch_size=len(batch)):
                    # the pieces of a long article wait for each other; their token vectors are not needed
                    # after the pipeline and are most of a Doc's memory
                    done.tensor = numpy.zeros((0,), dtype="float32")
                    yield done
                batch, chars = [], 0
            if doc is not None:
                batch.append(doc)
                chars += size


def split_text(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, piece) pairs of at most about ``limit`` characters, at paragraph
    breaks where there are any, else at line or sentence-like breaks, else hard."""
    if len(text) <= limit:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + limit // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        out.append((start, text[start:end]))
        start = end
    return out


def assemble(art: Article, pieces: list[tuple[int, Doc]]) -> Extraction:
    """Gather the components' results from the Doc(s) of one article, offsets into ``art.text``."""
    if len(pieces) == 1:  # the common case: offsets need no shifting, ids no renaming
        doc = pieces[0][1]
        st = doc._.structure or {}
        article = replace(art, caption=st.get("caption"), boilerplate=list(st.get("boilerplate", [])),
                          body=st.get("body") or Span.of(art.text, 0, len(art.text)))
        if not article.title and st.get("title"):
            article.title = st["title"]
        return Extraction(article=article, actors=list(doc._.actors or []), quotes=list(doc._.quotes or []),
                          events=[replace(e, id=f"e{n}") if e.id != f"e{n}" else e
                                  for n, e in enumerate(doc._.events or [], 1)])
    actors: dict[str, Actor] = {}
    by_key: dict[tuple, str] = {}
    quotes: list[Quote] = []
    events: list[Event] = []
    article = replace(art)
    for n, (off, doc) in enumerate(pieces):
        st = doc._.structure or {}
        if n == 0:
            if st.get("caption"):
                article.caption = st["caption"].shifted(off)
            if not article.title and st.get("title"):
                article.title = st["title"]
        article.boilerplate += [b.shifted(off) for b in st.get("boilerplate", [])]
        # actors of later pieces merge with same-named ones of earlier pieces
        rename: dict[str, str] = {}
        for a in doc._.actors or []:
            key = (a.kind, a.name.lower(), a.country)
            mentions = [m.shifted(off) for m in a.mentions]
            if len(pieces) > 1 and key in by_key:
                actors[by_key[key]].mentions.extend(mentions)
                rename[a.id] = by_key[key]
                continue
            new_id = a.id if n == 0 else f"a{len(actors) + 1}"
            while new_id in actors:
                new_id = f"a{len(actors) + 1}_{n}"
            rename[a.id] = new_id
            by_key[key] = new_id
            actors[new_id] = replace(a, id=new_id, mentions=mentions)
        qid: dict[str, str] = {}
        for q in doc._.quotes or []:
            qid[q.id] = f"q{len(quotes) + 1}"
            quotes.append(replace(
                q, id=qid[q.id], content=q.content.shifted(off),
                content_parts=[p.shifted(off) for p in q.content_parts],
                cue=q.cue.shifted(off) if q.cue else None, source=q.source.shifted(off) if q.source else None,
                speaker=rename.get(q.speaker, q.speaker)))
        for q in quotes[len(quotes) - len(qid):]:
            if q.via:
                q.via = qid.get(q.via, q.via)
        for e in doc._.events or []:
            events.append(replace(
                e, id=f"e{len(events) + 1}", source=rename.get(e.source, e.source),
                target=rename.get(e.target, e.target), claimed_by=rename.get(e.claimed_by, e.claimed_by),
                trigger=e.trigger.shifted(off), evidence=e.evidence.shifted(off),
                amount=_shift_span(e.amount, off), place=_shift_span(e.place, off)))
    body = pieces[0][1]._.structure.get("body") if pieces and pieces[0][1]._.structure else None
    if body is not None:
        last_off, last_doc = pieces[-1]
        last_body = (last_doc._.structure or {}).get("body") or body
        article.body = Span.of(art.text, body.start, last_body.end + last_off)
    else:
        article.body = Span.of(art.text, 0, len(art.text))
    return Extraction(article=article, actors=list(actors.values()), quotes=quotes, events=events)


def _shift_span(attr, off):
    """An event attribute dict (amount, place) with its evidence span moved by ``off``."""
    if not attr or not off or not attr.get("span"):
        return attr
    sp = attr["span"]
    return {**attr, "span": sp.shifted(off) if isinstance(sp, Span) else sp}


_DEFAULT: Pipeline | None = None


def load_pipeline(model: str | os.PathLike | None = None, **kwargs) -> Pipeline:
    """A :class:`Pipeline` for ``model`` (default: the vendored en_core_web_md)."""
    return Pipeline(model, **kwargs)


def extract(text_or_html: str, *, published: str | None = None, url: str | None = None,
            id: str | None = None, pipeline: Pipeline | None = None) -> Extraction:
    """Extract actors, quotes and events from one article given as plain text or HTML.

    ``published`` (``YYYY-MM-DD``) anchors relative dates; for HTML it defaults to the page's own date.
    Raises :class:`~newsgraph.errors.NewsgraphError` for input that is not an English news text.
    """
    from .read import article_from_string

    global _DEFAULT
    if pipeline is None:
        if _DEFAULT is None:
            _DEFAULT = Pipeline()
        pipeline = _DEFAULT
    art = article_from_string(text_or_html, id=id or url or "-", published=published, url=url)
    return pipeline.extract(art)
