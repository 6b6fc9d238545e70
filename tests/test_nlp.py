"""Loading the model: newsgraph's additions leave spaCy's own annotation as it is."""

import spacy

from newsgraph.nlp import _CachedRuleLemmas, resolve_model

TEXT = ("Protesters marched on the ministry in Lagos on Monday. The President's aides were meeting "
        "the strikers' leaders, who said: \"We are not going back.\" Talks resumed; 3 arrests were made.")


def test_cached_lemmatizer_gives_spacys_lemmas(pipeline):
    lemmatize = pipeline.nlp.get_pipe("lemmatizer").lemmatize
    assert isinstance(lemmatize, _CachedRuleLemmas)
    raw = spacy.load(resolve_model(None))
    want = [(t.text, t.lemma_) for t in raw(TEXT)]
    for _ in range(2):  # the second time every answer comes from the cache
        assert [(t.text, t.lemma_) for t in pipeline.nlp(TEXT)] == want
    proper = next(t for t in raw(TEXT) if t.text == "Lagos")
    assert (proper.orth, proper.pos, proper.morph.key) in lemmatize.cache  # spaCy itself caches no proper noun
