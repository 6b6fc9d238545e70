"""Reading inputs: text and HTML files, URLs (mock transport, no network), stdin, JSON lines, bad input."""

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from newsgraph import core
from newsgraph.errors import NewsgraphError
from newsgraph.model import Article
from newsgraph.read import (article_from_string, input_id, language_problem, looks_like_html, make_client,
                            parse_published, read, read_file, read_url)

FIXTURES = Path(__file__).parent / "fixtures"
SEED = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
PAGE = (FIXTURES / "article.html").read_bytes()
AEB = Path(__file__).resolve().parents[2] / "shared" / "data" / "html" / "aeb"

GERMAN = ("Die Stadtverwaltung hat am Freitag beschlossen, dass der neue Fährhafen im Norden gebaut wird. "
          "Nach zwei Jahren Diskussion stimmte der Rat mit großer Mehrheit für den Entwurf, der auch eine "
          "zweite Anlegestelle für die Inselfähre vorsieht. Die Bauarbeiten sollen im Herbst beginnen und "
          "etwa achtzehn Monate dauern, sagte die Vorsitzende nach der Abstimmung.")
PORTUGUESE = ("A câmara municipal aprovou na sexta-feira o projeto do novo terminal de balsas no cais norte, "
              "encerrando dois anos de debate sobre o futuro da orla. O conselho votou por seis a dois a favor "
              "do projeto, que vai substituir o antigo salão de passageiros e as obras devem começar no outono.")
RUSSIAN = ("Городской совет в пятницу одобрил строительство нового паромного терминала на северной "
           "набережной. После двух лет обсуждений депутаты проголосовали за проект, который заменит старый "
           "зал ожидания и добавит второй причал для островного парома.")


def code_of(fn, *args, **kw):
    with pytest.raises(NewsgraphError) as err:
        fn(*args, **kw)
    return err.value.code


def write(tmp_path, name, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


# ------------------------------------------------------------------ plain text files
def test_text_file_is_analysed_exactly_as_given(tmp_path):
    raw = "Line one of the report.\r\n\r\n  Indented second paragraph\u00a0with a no-break space.\n"
    path = write(tmp_path, "a.txt", raw.encode("utf-8"))
    art = read_file(path, published="2020-01-02")
    assert art.text == raw  # CRLF, indentation and odd spaces kept: offsets index the file's own text
    assert (art.id, art.published) == (path, "2020-01-02")


def test_leading_byte_order_mark_is_dropped(tmp_path):
    path = write(tmp_path, "bom.txt", "\ufeffThe council met on Monday.".encode("utf-8"))
    assert read_file(path).text == "The council met on Monday."


def test_gzipped_text_file(tmp_path):
    path = write(tmp_path, "seed.txt.gz", gzip.compress(SEED.encode("utf-8")))
    assert read_file(path).text == SEED


@pytest.mark.parametrize("data, code", [
    (b"", "E001"),
    (b"  \n\t\n  ", "E001"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00binary", "E002"),
    (bytes(range(1, 32)) * 40, "E002"),
    ("The café opened on Monday in the old town.".encode("latin-1"), "E003"),
    (GERMAN.encode("utf-8"), "E004"),
    (PORTUGUESE.encode("utf-8"), "E004"),
    (RUSSIAN.encode("utf-8"), "E004"),
])
def test_bad_text_input_has_a_catalogue_code(tmp_path, data, code):
    path = write(tmp_path, "bad.txt", data)
    assert code_of(read_file, path) == code


def test_missing_file_and_folder_are_E008(tmp_path):
    assert code_of(read_file, str(tmp_path / "nope.txt")) == "E008"
    assert code_of(read_file, str(tmp_path)) == "E008"


def test_language_check_accepts_english_and_short_texts():
    assert language_problem(SEED) is None
    assert language_problem("Officials said on Monday that talks would resume.") is None
    assert language_problem("Der Rat tagt am Montag.") is None  # too short to judge: accepted
    assert "'de'" in language_problem(GERMAN)
    assert "Cyrillic" in language_problem(RUSSIAN)


def test_published_dates():
    assert parse_published("2018-09-06") == "2018-09-06"
    assert parse_published("2019-12-30T10:00:00Z", strict=False) == "2019-12-30"
    assert parse_published(None) is None
    for bad in ("2018-13-01", "06/09/2018", "2018-9-6", "yesterday", "2019-12-30T10:00:00Z"):
        assert code_of(parse_published, bad) == "E012"


# ------------------------------------------------------------------ HTML files and strings
def test_html_file_body_and_metadata_without_comments(tmp_path):
    art = read_file(str(FIXTURES / "article.html"))
    assert art.title == "Harbour authority approves new ferry terminal"
    assert art.author == "Maria Lindqvist"
    assert art.published == "2021-03-14"  # from the page's metadata
    assert "approved plans for a new ferry terminal" in art.text
    assert "keep the current timetable" in art.text
    assert "old hall leaks" not in art.text and "lorries" not in art.text  # reader comments left out
    assert "Subscribe" not in art.text and "Privacy" not in art.text


def test_given_date_wins_over_the_page_date():
    assert read_file(str(FIXTURES / "article.html"), published="2021-03-15").published == "2021-03-15"


def test_html_without_an_article_is_E007_and_fake_html_is_E006(tmp_path):
    empty = write(tmp_path, "nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert code_of(read_file, empty) == "E007"
    plain = write(tmp_path, "plain.html", b"Just words in a file that claims to be a web page.")
    assert code_of(read_file, plain) == "E006"


def test_article_from_string_detects_html_vs_text():
    assert looks_like_html(PAGE.decode("utf-8"))
    assert not looks_like_html(SEED)
    assert not looks_like_html("<not a tag> people said 3 < 4 on Monday.")
    html = article_from_string(PAGE.decode("utf-8"), id="x", published=None)
    assert html.title and html.text.startswith("Harbour authority")
    text = article_from_string(SEED, id="seed", published="2018-09-06")
    assert text.text == SEED and text.id == "seed"


# ------------------------------------------------------------------ URLs, through a mock transport
def serve(routes):
    seen = []

    def handler(request):
        seen.append(request)
        return routes[str(request.url)](request)

    return make_client(httpx.MockTransport(handler)), seen


def test_url_is_fetched_following_redirects_with_a_user_agent():
    client, seen = serve({
        "https://news.example/a": lambda r: httpx.Response(301, headers={"location": "https://news.example/b"}),
        "https://news.example/b": lambda r: httpx.Response(200, content=PAGE,
                                                           headers={"content-type": "text/html; charset=utf-8"}),
    })
    art = read_url("https://news.example/a", client=client)
    assert art.id == "https://news.example/a" and art.url == "https://news.example/b"
    assert art.title == "Harbour authority approves new ferry terminal" and art.published == "2021-03-14"
    assert seen[0].headers["user-agent"].startswith("newsgraph/")


def test_url_errors_have_codes():
    def refuse(request):
        raise httpx.ConnectError("connection refused", request=request)

    client, _ = serve({
        "https://news.example/404": lambda r: httpx.Response(404),
        "https://news.example/pdf": lambda r: httpx.Response(200, content=b"%PDF-1.4",
                                                             headers={"content-type": "application/pdf"}),
        "https://news.example/down": refuse,
        "https://news.example/nav": lambda r: httpx.Response(200, content=b"<html><body><nav>x</nav></body></html>",
                                                             headers={"content-type": "text/html"}),
    })
    assert code_of(read_url, "https://news.example/404", client=client) == "E005"
    assert code_of(read_url, "https://news.example/down", client=client) == "E005"
    assert code_of(read_url, "https://news.example/pdf", client=client) == "E006"
    assert code_of(read_url, "https://news.example/nav", client=client) == "E007"


# ------------------------------------------------------------------ many inputs, JSON lines, stdin
def test_read_keeps_order_and_tags_failures_with_their_input(tmp_path):
    good = write(tmp_path, "good.txt", SEED.encode("utf-8"))
    client, _ = serve({"https://news.example/404": lambda r: httpx.Response(404)})
    out = list(read([good, str(tmp_path / "missing.txt"), "https://news.example/404"], client=client))
    assert isinstance(out[0], Article)
    assert [(e.code, input_id(e)) for e in out[1:]] == [("E008", str(tmp_path / "missing.txt")),
                                                        ("E005", "https://news.example/404")]


def test_jsonl_bad_record_fails_alone(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": SEED, "date": "2018-09-06T08:00:00Z"}),
        "{not json",
        json.dumps({"id": "c", "title": "no body"}),
        json.dumps({"text": "The minister resigned on Tuesday.", "published": "06/09/2018"}),
        "",
        json.dumps({"id": 7, "html": PAGE.decode("utf-8"), "url": "https://ledger.example.org/x"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "The minister resigned on Tuesday."}),
    ]
    path = write(tmp_path, "in.jsonl", "\n".join(lines).encode("utf-8"))
    out = list(read([path], published="2020-01-01"))
    assert len(out) == 7  # the blank line is skipped
    first = out[0]
    assert (first.id, first.published, first.text) == ("a", "2018-09-06", SEED)
    assert (out[1].code, input_id(out[1])) == ("E009", f"{path}:2")
    assert (out[2].code, input_id(out[2])) == ("E009", "c")
    assert (out[3].code, input_id(out[3])) == ("E012", f"{path}:4")
    # a record's own date wins, then the run's date (given by the user), then the page's
    assert (out[4].id, out[4].url, out[4].published) == ("7", "https://ledger.example.org/x", "2020-01-01")
    assert out[5].code == "E009"
    assert (out[6].id, out[6].published) == (f"{path}:8", "2020-01-01")  # the run's date fills in


def test_stdin_is_sniffed_as_jsonl_html_or_text():
    jsonl = b'{"id": "s1", "text": "The minister resigned on Tuesday."}\n{"id": "s2", "text": "Talks resumed."}\n'
    assert [a.id for a in read(["-"], stdin=io.BytesIO(jsonl))] == ["s1", "s2"]
    [html] = read(["-"], stdin=io.BytesIO(PAGE))
    assert html.id == "-" and html.title.startswith("Harbour")
    [text] = read(["-"], stdin=io.BytesIO(SEED.encode("utf-8")))
    assert text.text == SEED
    [empty] = read(["-"], stdin=io.BytesIO(b""))
    assert empty.code == "E001"


def test_jsonl_format_forces_records(tmp_path):
    path = write(tmp_path, "records.txt", b'{"id": "r", "text": "The minister resigned on Tuesday."}\n')
    assert [a.id for a in read([path], input_format="jsonl")] == ["r"]
    assert read_file(path).text.startswith('{"id"')  # without it, a .txt file is text as given


# ------------------------------------------------------------------ long input, end to end
def test_multi_megabyte_text_runs_in_pieces_with_offsets_into_the_whole(tmp_path):
    """A few MB of real text through reading, core.split_text and the Pipeline. The parser-heavy stages
    are left out (they cost minutes here, and have their own tests): what is checked is that every span
    of every piece is shifted back into the one article text, in bounded time."""
    import spacy

    import newsgraph.structure  # noqa: F401  (registers the component)

    reps = 600  # ~2.8 MB
    text = "\n\n".join([SEED] * reps)
    path = write(tmp_path, "big.txt", text.encode("utf-8"))
    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_structure")
    batches = []
    real_pipe = nlp.pipe

    def spy(docs, **kw):
        docs = list(docs)
        batches.append(sum(len(d.text) for d in docs))
        return real_pipe(docs, **kw)

    nlp.pipe = spy
    pipe = core.Pipeline(nlp=nlp)
    art = read_file(path)
    assert art.text == text and len(core.split_text(text)) > 20
    ex = pipe.extract(art)
    # spaCy's memory grows with the characters of one batch: long articles go through a piece at a time
    assert len(batches) > 20 and max(batches) <= core.BATCH_CHARS
    assert ex.article.caption.text.startswith("PM Imran Khan, left,")  # only the first piece's caption
    assert ex.article.title == "Pakistan sells civil-military unity to Pompeo as ties ‘reset’"
    assert len(ex.article.boilerplate) == 2 * reps
    assert all(text[b.start:b.end] == b.text for b in ex.article.boilerplate)
    assert ex.article.body.start == SEED.index("US Secretary of State Mike Pompeo met")
    assert text[:ex.article.body.end].endswith("our side of the border.”")


def test_five_megabytes_read_and_split_with_bounded_peak_memory(tmp_path):
    """Reading and cutting 5 MB costs a small multiple of the text, not a Doc-sized amount of memory."""
    path = write(tmp_path, "big5.txt", ("\n\n".join([SEED] * 1100)).encode("utf-8"))
    code = ("import resource, sys\nfrom newsgraph.read import read_file\nfrom newsgraph.core import split_text\n"
            "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "a = read_file(sys.argv[1]); pieces = split_text(a.text)\n"
            "assert ''.join(p for _, p in pieces) == a.text\n"
            "print(len(a.text), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)")
    out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, check=True)
    size, grown_kb = map(int, out.stdout.split())
    assert size > 5_000_000
    assert grown_kb * 1024 < 8 * size  # bytes + str + pieces; nothing quadratic


# ------------------------------------------------------------------ real pages (skipped without the shared data)
@pytest.mark.skipif(not AEB.exists(), reason="shared AEB pages not available")
def test_real_pages_read_or_fail_with_a_code():
    gold = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    names = sorted(gold)[:25]
    ok = 0
    for name in names:
        try:
            art = read_file(str(AEB / "html" / f"{name}.html.gz"))
        except NewsgraphError as err:
            assert err.code in ("E004", "E007")
            continue
        ok += 1
        words = set(gold[name]["articleBody"].split())
        got = set(art.text.split())
        assert len(words & got) >= 0.5 * len(words), name
    assert ok >= 18


def test_library_extract_takes_text_or_html(pipeline):
    import newsgraph

    page = newsgraph.extract(PAGE.decode("utf-8"), pipeline=pipeline)
    assert page.article.title.startswith("Harbour authority") and page.article.published == "2021-03-14"
    assert "old hall leaks" not in page.article.text
    text = newsgraph.extract(SEED, published="2018-09-06", id="seed", pipeline=pipeline)
    assert text.article.text == SEED and text.article.caption is not None
    with pytest.raises(NewsgraphError) as err:
        newsgraph.extract(GERMAN, pipeline=pipeline)
    assert err.value.code == "E004"
