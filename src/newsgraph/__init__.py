"""newsgraph: read news articles into a sourced graph of actors, quotes and events.

>>> import newsgraph
>>> ex = newsgraph.extract("Officials said on Monday that ...", published="2024-05-06")
>>> ex.to_dict()["actors"]
"""

from .core import extract, load_pipeline
from .errors import NewsgraphError
from .model import SCHEMA, Actor, Article, Event, Extraction, Quote, Span

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "Event",
    "Extraction",
    "NewsgraphError",
    "Quote",
    "Span",
    "extract",
    "load_pipeline",
]
__version__ = "0.1.0"
