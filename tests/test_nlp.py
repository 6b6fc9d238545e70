"""Loading the model: newsgraph's additions leave spaCy's own annotation as it is."""

from pathlib import Path

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


def test_lemma_index_is_searched_as_a_set_with_the_same_words(pipeline):
    """The rule lemmatizer's word lists answer ``in`` from a set: same words, same order, same answers."""
    from newsgraph.nlp import _WordList

    ours = pipeline.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    raw = spacy.load(resolve_model(None)).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert set(ours) == set(raw) and ours
    for key in raw:
        assert isinstance(ours[key], _WordList) and type(raw[key]) is list
        assert list(ours[key]) == raw[key]
        for word in (raw[key][0], raw[key][-1], "qzxv", 7):
            assert (word in ours[key]) == (word in raw[key])


ODD = ("I ain't gonna go, y'all. Let's c'mon, gotta do it. Nothin' doin'. Somethin' 'em 'nuff ol' gets got.\n\n  \n"
       " Well, there is here; it is. You and I did, but he'd have done so if she'd asked them: they'd had it.")


def test_fast_attribute_rules_give_spacys_annotation(pipeline):
    """The attribute ruler's rules, applied through newsgraph's cache, leave every token as spaCy's own
    AttributeRuler does: on the founding article, and on the colloquial forms its multi-token rules are for."""
    from newsgraph import _attribute_rules

    ruler = pipeline.nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match(pipeline.nlp.make_doc("x")), _attribute_rules.FastRules)
    raw = spacy.load(resolve_model(None))
    raw.add_pipe("newsgraph_paragraphs", before="parser")  # the same sentence starts: the same parse

    def annotation(doc):
        return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]

    seed = (Path(__file__).parent / "fixtures" / "seed.txt").read_text(encoding="utf-8")
    for text in (seed, ODD, TEXT):
        assert annotation(pipeline.nlp(text)) == annotation(raw(text))


def test_unknown_attribute_rules_are_left_to_spacy():
    from newsgraph import _attribute_rules

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "lagos"}]], {"POS": "PROPN"})
    assert _attribute_rules.FastRules.compile(ruler) is not None
    ruler.add([[{"TEXT": "Lagos", "ENT_TYPE": "GPE"}]], {"POS": "PROPN"})  # keys the fast path does not read
    assert _attribute_rules.speed_up(ruler) is False
    assert [t.pos_ for t in nlp("Lagos")] == ["PROPN"]  # spaCy's own matching still runs


def test_a_wire_credit_run_into_the_first_word_is_split(pipeline):
    """The one change to spaCy's tokens: "(CNN)US forces" is "(", "CNN", ")", "US" (spaCy keeps "CNN)US")."""
    words = [t.text for t in pipeline.nlp.make_doc("(CNN)US forces will help. Washington (CNN)Hillary Clinton spoke.")]
    assert words[:5] == ["(", "CNN", ")", "US", "forces"]
    assert words[words.index("Washington") + 1:][:5] == ["(", "CNN", ")", "Hillary", "Clinton"]
    raw = spacy.load(resolve_model(None))
    assert "CNN)US" in [t.text for t in raw.make_doc("(CNN)US forces")]
    # a bracket closing inside a word or before a lower-case word is left alone
    text = "f(x)y and (CNN)"
    assert [t.text for t in pipeline.nlp.make_doc(text)] == [t.text for t in raw.make_doc(text)]
