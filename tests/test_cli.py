"""The command line: formats, exit codes, error lines, atomic output, one model load; docs agree with it."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import _cli_utils, core, errors
from newsgraph.cli import app

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed.txt"
SHORT = "The council voted on Tuesday to close the old bridge for repairs, the mayor said."
ERROR_LINE = re.compile(r"^error \[E\d{3}\] \S.*: \S.*$")


@pytest.fixture
def loads(monkeypatch, pipeline):
    """Reuse the session's loaded model instead of loading one per invocation; count the loads."""
    calls = []

    def make(model, settings):
        calls.append((model, settings))
        return core.Pipeline(nlp=pipeline.nlp, settings=settings)

    monkeypatch.setattr(_cli_utils, "make_pipeline", make)
    return calls


def run(*args, input=None):
    return CliRunner().invoke(app, list(args), input=input)


def text_file(tmp_path, name="short.txt", text=SHORT):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_one_input_is_pretty_json_of_the_contract(loads):
    res = run("extract", str(SEED), "--published", "2018-09-06")
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["schema"] == "newsgraph.extraction/1"
    assert doc["article"]["text"] == SEED.read_text(encoding="utf-8")
    assert doc["article"]["published"] == "2018-09-06"
    assert doc["article"]["title"] == "Pakistan sells civil-military unity to Pompeo as ties ‘reset’"
    assert res.stdout.startswith("{\n  ")
    assert len(loads) == 1


def test_several_inputs_one_model_load_jsonl_default_and_failures_reported(loads, tmp_path):
    good = text_file(tmp_path)
    missing = str(tmp_path / "missing.txt")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    res = run("extract", good, missing, str(binary), str(SEED))
    assert res.exit_code == 1
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert [rec["article"]["id"] for rec in lines] == [good, missing, str(binary), str(SEED)]
    assert lines[1]["error"]["code"] == "E008" and lines[2]["error"]["code"] == "E002"
    assert "actors" in lines[0] and "actors" in lines[3]
    err_lines = res.stderr.strip().splitlines()
    assert err_lines[0].startswith(f"error [E008] {missing}: ") and err_lines[1].startswith(f"error [E002] {binary}: ")
    assert all(ERROR_LINE.match(line) for line in err_lines)
    assert "Traceback" not in res.stderr
    assert len(loads) == 1


def test_jsonl_input_with_a_bad_record(loads, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "one", "text": SHORT, "date": "2024-02-03"}) + "\n{broken\n"
                    + json.dumps({"id": "three", "text": SHORT}) + "\n", encoding="utf-8")
    res = run("extract", "--input-format", "jsonl", str(path))
    assert res.exit_code == 1
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["article"]["id"] for r in recs] == ["one", f"{path}:2", "three"]
    assert recs[0]["article"]["published"] == "2024-02-03" and recs[1]["error"]["code"] == "E009"
    assert res.stderr.startswith(f"error [E009] {path}:2: ")


def test_stdin(loads):
    res = run("extract", "-", "--published", "2024-01-01", input=SHORT)
    assert res.exit_code == 0
    assert json.loads(res.stdout)["article"]["text"] == SHORT
    res = run("extract", "-", input=json.dumps({"id": "a", "text": SHORT}) + "\n" + json.dumps({"id": "b", "text": SHORT}))
    assert [d["article"]["id"] for d in json.loads(res.stdout)] == ["a", "b"]  # JSON array of several


def test_text_format_summary(loads):
    res = run("extract", str(SEED), "--published", "2018-09-06", "--format", "text")
    assert res.exit_code == 0
    out = res.stdout
    assert "Pakistan sells civil-military unity" in out and "2018-09-06" in out
    assert "caption" in out and "boilerplate" in out and "16 replies on" in out
    for heading in ("name", "kind", "country", "sector", "role", "mentions"):
        assert heading in out
    assert "\x1b[" not in out  # no colour codes when not writing to a terminal


def test_text_format_renders_quotes_and_events(tmp_path):
    from newsgraph.model import Actor, Article, Event, Extraction, Quote, Span
    import io

    text = "Ann Lee said the army shelled the town."
    ex = Extraction(
        article=Article(id="x", text=text, title="Shelling"),
        actors=[Actor("a1", "Ann Lee", "person", "GBR", "GOV", "Minister", [Span.of(text, 0, 7)]),
                Actor("a2", "army", "organization", "XYZ", "MIL", None, [Span.of(text, 17, 21)])],
        quotes=[Quote("q1", Span.of(text, 13, 38), speaker="a1", kind="indirect", direct=False)],
        events=[Event("e1", "ASSAULT", "195", "a2", None, Span.of(text, 22, 29), Span.of(text, 0, 39),
                      date="2024-01-02", place={"name": "Kharkiv"}, claimed_by="a1")])
    out = io.StringIO()
    w = _cli_utils._WRITERS["text"](out, explain=False)
    w.add("x", ex)
    w.close()
    s = out.getvalue()
    assert "Ann Lee" in s and "the army shelled the town" in s
    assert "ASSAULT/195" in s and "army → —" in s and "Kharkiv" in s and "2024-01-02" in s and "shelled" in s
    ex.actors.append(Actor("a3", "Ukraine", "country", "UKR"))
    ex.events[0].target, ex.events[0].target_implied = "a3", True
    out = io.StringIO()
    w = _cli_utils._WRITERS["text"](out, explain=False)
    w.add("x", ex)
    w.close()
    assert "army → Ukraine (implied)" in out.getvalue()


def test_output_file_is_written_whole_and_atomically(loads, tmp_path):
    target = tmp_path / "out.jsonl"
    res = run("extract", text_file(tmp_path), str(SEED), "--output", str(target))
    assert res.exit_code == 0 and res.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_interrupted_run_leaves_the_old_output_untouched(monkeypatch, tmp_path, pipeline):
    class Boom(core.Pipeline):
        def extract_many(self, articles):
            raise KeyboardInterrupt

    monkeypatch.setattr(_cli_utils, "make_pipeline", lambda model, settings: Boom(nlp=pipeline.nlp))
    target = tmp_path / "out.json"
    target.write_text("previous", encoding="utf-8")
    run("extract", text_file(tmp_path), "--output", str(target))
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "short.txt"]


def test_unexpected_exception_fails_that_input_only(monkeypatch, tmp_path, pipeline):
    class Fragile(core.Pipeline):
        def extract_many(self, articles):
            articles = list(articles)
            if any(not isinstance(a, errors.NewsgraphError) and "BOOM" in a.text for a in articles):
                raise RuntimeError("component crashed\nwith a second line")
            return super().extract_many(articles)

    monkeypatch.setattr(_cli_utils, "make_pipeline", lambda model, settings: Fragile(nlp=pipeline.nlp))
    a = text_file(tmp_path, "a.txt")
    b = text_file(tmp_path, "b.txt", SHORT + " BOOM went the bridge.")
    c = text_file(tmp_path, "c.txt")
    res = run("extract", a, b, c)
    assert res.exit_code == 1
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert ["error" in r for r in recs] == [False, True, False]
    assert recs[1]["error"]["code"] == "E999"
    assert res.stderr == f"error [E999] {b}: unexpected RuntimeError: component crashed\n"


def test_a_result_that_cannot_be_written_fails_that_input_only(monkeypatch, tmp_path, pipeline):
    class Leaky(core.Pipeline):  # a bug that leaves a value JSON cannot write in one article's result
        def extract_many(self, articles):
            for a, ex in zip(articles := list(articles), super().extract_many(articles)):
                if not isinstance(ex, errors.NewsgraphError) and "BOOM" in a.text:
                    ex.actors[0].mentions.append(object())
                yield ex

    monkeypatch.setattr(_cli_utils, "make_pipeline", lambda model, settings: Leaky(nlp=pipeline.nlp))
    a = text_file(tmp_path, "a.txt")
    b = text_file(tmp_path, "b.txt", SHORT + " BOOM went the bridge.")
    target = tmp_path / "out.jsonl"
    res = run("extract", a, b, "--format", "jsonl", "--output", str(target))
    assert res.exit_code == 1
    recs = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert ["error" in r for r in recs] == [False, True] and recs[1]["error"]["code"] == "E999"
    assert ERROR_LINE.match(res.stderr.strip()) and "Traceback" not in res.stderr


@pytest.mark.parametrize("args", [
    ["extract", "x.txt", "--published", "2018-02-30"],
    ["extract", "x.txt", "--published", "06/09/2018"],
    ["extract", "x.txt", "--format", "xml"],
    ["extract", "x.txt", "--input-format", "csv"],
    ["extract", "x.txt", "--published"],
    ["extract"],
    ["extract", "x.txt", "--output", "/no/such/folder/out.json"],
    ["extract", "x.txt", "--no-such-option"],
])
def test_usage_errors_exit_2_without_loading_the_model(loads, args):
    res = run(*args)
    assert res.exit_code == 2, (args, res.stdout, res.stderr)
    assert loads == []
    assert "Traceback" not in res.stderr


def test_bad_dictionary_or_model_is_a_usage_error(tmp_path):
    res = run("extract", str(SEED), "--dictionary", str(tmp_path / "none.csv"))
    assert res.exit_code == 2 and res.stderr.startswith("error [E011] ")
    res = run("extract", str(SEED), "--model", str(tmp_path / "no-model"))
    assert res.exit_code == 2 and res.stderr.startswith("error [E010] ")


def test_dictionary_reaches_the_pipeline(loads, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,aliases,kind,country,sector,role,start,end\nBridge Council,,organization,GBR,GOV,,,\n",
                    encoding="utf-8")
    res = run("extract", text_file(tmp_path), "--dictionary", str(path))
    assert res.exit_code == 0
    assert loads[0][1].actor_dictionary is not None


def test_version_and_help_document_exit_codes():
    from newsgraph import __version__

    assert run("--version").stdout.strip() == f"newsgraph {__version__}"
    help_text = run("extract", "--help").stdout
    assert "Exit codes: 0" in help_text and "1 some inputs failed" in help_text and "2 usage error" in help_text


def test_docs_cover_every_option_and_error_code():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    help_text = run("extract", "--help").stdout
    for option in sorted(set(re.findall(r"--[a-z][a-z-]+", help_text)) - {"--help"}):
        assert option in doc, option
    codes = {v for k, v in vars(errors).items() if k.startswith("E_") and isinstance(v, str)}
    for code in sorted(codes):
        assert re.search(rf"^\| {code} \|", doc, re.MULTILINE), code


def test_installed_entry_point_never_shows_a_traceback(tmp_path):
    exe = Path(sys.executable).with_name("newsgraph")
    if not exe.exists():
        pytest.skip("console script not installed")
    assert subprocess.run([str(exe), "--version"], capture_output=True, text=True).stdout.startswith("newsgraph ")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("caf\xe9 latin-1".encode("latin-1"))
    res = subprocess.run([str(exe), "extract", str(bad), str(tmp_path / "gone.txt")], capture_output=True, text=True)
    assert res.returncode == 1
    assert res.stderr.splitlines() == [f"error [E003] {bad}: not valid UTF-8 (byte 3: b'\\xe9'); convert the file to UTF-8",
                                       f"error [E008] {tmp_path / 'gone.txt'}: no such file: {tmp_path / 'gone.txt'}"]
    assert [json.loads(line)["error"]["code"] for line in res.stdout.splitlines()] == ["E003", "E008"]


def test_progress_only_for_a_person_watching_many_inputs():
    import io

    class Tty(io.StringIO):
        def isatty(self):
            return True

    n = _cli_utils.PROGRESS_MIN_INPUTS
    for total, stream, shown in ((n, Tty(), True), (None, Tty(), True), (n, io.StringIO(), False), (2, Tty(), False)):
        with _cli_utils._progress(total, stream) as report:
            report.say("error [E008] x.txt: no such file: x.txt")
            for _ in range(n):
                report.advance()
        out = stream.getvalue()
        assert "error [E008] x.txt: no such file: x.txt\n" in out  # error lines are never lost
        assert (out != "error [E008] x.txt: no such file: x.txt\n") == shown


def test_urls_through_an_injected_transport(loads, monkeypatch):
    import httpx

    from newsgraph import read

    page = (FIXTURES / "article.html").read_bytes()
    routes = {"https://news.example/story": httpx.Response(200, content=page, headers={"content-type": "text/html"}),
              "https://news.example/gone": httpx.Response(404)}
    transport = httpx.MockTransport(lambda request: routes[str(request.url)])
    real = read.make_client
    monkeypatch.setattr(read, "make_client", lambda transport_=None: real(transport))
    res = run("extract", "https://news.example/story", "https://news.example/gone")
    assert res.exit_code == 1
    good, bad = (json.loads(line) for line in res.stdout.splitlines())
    assert good["article"]["url"] == "https://news.example/story" and good["article"]["published"] == "2021-03-14"
    assert bad["error"]["code"] == "E005"
    assert res.stderr == "error [E005] https://news.example/gone: HTTP 404 Not Found for https://news.example/gone\n"
