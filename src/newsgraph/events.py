"""Stage 3: events (stub)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsgraph_events")
def events_component(doc: Doc) -> Doc:
    doc._.events = []
    return doc
