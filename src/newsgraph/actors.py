"""Stage 1: actors (interface stub; implementation in progress).

Sets on the Doc:
  doc._.actors         list[model.Actor] (mentions as char spans into doc.text)
  doc._.actor_mentions list[tuple[spacy.tokens.Span, str]]: every mention (token span, actor id), in order
  doc._.token_actor    dict[int, str]: token index -> actor id, for every token inside a mention
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span as TokSpan, Token

if not Doc.has_extension("actor_mentions"):
    Doc.set_extension("actor_mentions", default=None)


def actor_for(token: Token) -> str | None:
    """The actor a token stands for: the mention containing it, else a mention inside the noun phrase
    it heads (its compound/modifier/apposition children), else None."""
    index = token.doc._.token_actor or {}
    if token.i in index:
        return index[token.i]
    for child in token.children:
        if child.dep_ in ("compound", "poss", "appos", "nmod", "amod", "flat") and child.i in index:
            return index[child.i]
    return None


def actors_in(span: TokSpan) -> list[str]:
    """Ids of the actors mentioned inside ``span``, in order of first mention, without repeats."""
    index = span.doc._.token_actor or {}
    out: list[str] = []
    for t in span:
        a = index.get(t.i)
        if a and a not in out:
            out.append(a)
    return out


def get_actor(doc: Doc, actor_id: str | None):
    for a in doc._.actors or []:
        if a.id == actor_id:
            return a
    return None


@Language.factory("newsgraph_actors")
def make_actors(nlp: Language, name: str):
    return lambda doc: _stub(doc)


def _stub(doc: Doc) -> Doc:
    doc._.actors, doc._.actor_mentions, doc._.token_actor = [], [], {}
    return doc
