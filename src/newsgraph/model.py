"""The output contract ``newsgraph.extraction/1`` as plain dataclasses.

Every extracted item points to its evidence: a :class:`Span` holds Python string indices (code points,
end exclusive) into ``Article.text``, the exact text analysed. The JSON Schema in
``newsgraph/schema/extraction.schema.json`` documents the same shapes; ``Extraction.to_dict`` is what the
CLI prints. The contract only grows: fields are added, never renamed or removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA = "newsgraph.extraction/1"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset, self.text)


@dataclass(slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    caption: Span | None = None
    body: Span | None = None
    boilerplate: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str  # person | organization | country | group | anonymous
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    rank: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    id: str
    content: Span
    content_parts: list[Span] = field(default_factory=list)
    cue: Span | None = None
    source: Span | None = None
    speaker: str | None = None
    kind: str = "direct"  # direct | indirect | mixed
    direct: bool = True
    via: str | None = None


@dataclass(slots=True)
class Event:
    id: str
    type: str  # PLOVER type
    cameo: str | None
    source: str | None
    target: str | None
    trigger: Span
    evidence: Span
    quad_class: int | None = None
    intensity: float | None = None
    date: str | None = None
    date_precision: str | None = None  # day | month | year
    place: dict[str, Any] | None = None
    amount: dict[str, Any] | None = None
    claimed_by: str | None = None
    negated: bool = False
    modality: str = "asserted"
    target_implied: bool = False  # target is the country the event happens in, not a participant the text names
    explain: dict[str, Any] | None = None


@dataclass(slots=True)
class Extraction:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        out = {
            "schema": SCHEMA,
            "article": plain(self.article),
            "actors": [plain(a) for a in self.actors],
            "quotes": [plain(q) for q in self.quotes],
            "events": [plain(e) for e in self.events],
        }
        if not explain:
            for e in out["events"]:
                e.pop("explain", None)
        return out


_FIELDS: dict[type, tuple[str, ...]] = {}


def plain(obj: Any) -> Any:
    """JSON-ready copy of a contract object: dataclasses become dicts, recursively. (What
    ``dataclasses.asdict`` does, several times faster: it runs for every item of every article.)"""
    cls = type(obj)
    if cls is Span:
        return {"start": obj.start, "end": obj.end, "text": obj.text}
    names = _FIELDS.get(cls)
    if names is None:
        if not is_dataclass(cls):
            if isinstance(obj, dict):
                return {k: plain(v) for k, v in obj.items()}
            if isinstance(obj, (list, tuple)):
                return [plain(v) for v in obj]
            return obj
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return {n: plain(getattr(obj, n)) for n in names}
