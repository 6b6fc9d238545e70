"""Stage 2: quotes and attributions (stub)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsgraph_quotes")
def quotes_component(doc: Doc) -> Doc:
    doc._.quotes = []
    return doc
