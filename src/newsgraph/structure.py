"""Stage 0: the structure of the text — leading photo caption, body, trailing page boilerplate.

Registered as the spaCy component ``newsgraph_structure``. Sets ``doc._.structure`` to a dict
``{caption: Span|None, body: Span, boilerplate: [Span], title: str|None}`` (offsets into ``doc.text``).
Later stages skip sentences inside boilerplate and mark items found in the caption.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .model import Span


def analyse(text: str) -> dict:
    """Caption, body and boilerplate spans of a plain text (stub: the whole text is body)."""
    return {"caption": None, "body": Span.of(text, 0, len(text)), "boilerplate": [], "title": None}


@Language.component("newsgraph_structure")
def structure_component(doc: Doc) -> Doc:
    doc._.structure = analyse(doc.text)
    return doc
