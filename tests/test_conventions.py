"""What users expect of any CLI: --version, -h, completion, -o everywhere, counts in good English."""

from __future__ import annotations

import json
from importlib.metadata import version

import kzhealth


def test_version(kz):
    result = kz("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"kzhealth {kzhealth.__version__}"
    assert kzhealth.__version__ == version("kzhealth")


def test_dash_h_and_shell_completion(kz):
    result = kz("-h")
    assert result.exit_code == 0 and "--install-completion" in result.stdout and "regions" in result.stdout


def test_ingest_help_names_the_files_it_reads(kz):
    text = " ".join(kz("ingest", "--help").stdout.split())
    assert "*.txt" in text and "cp1251" in text and ".gz" in text


def test_summarise_writes_to_dash_o(kz, tmp_path):
    record = json.dumps({"id": "x", "source": "x.txt", "date": None, "title": None, "outlet": None, "lang": "kk",
                         "lang_confidence": 1.0, "text": "Дәрігер", "lemmas": ["дәрігер"], "n_words": 1})
    for form, check in (("json", lambda text: json.loads(text)["documents"] == 1),
                        ("table", lambda text: text.startswith("1 document, 1 word\n"))):
        path = tmp_path / f"summary.{form}"
        result = kz("summarise", "--format", form, "-o", str(path), input=record + "\n")
        assert result.exit_code == 0 and result.stdout == "" and check(path.read_text("utf-8")), form


def test_the_account_counts_in_the_singular_and_the_plural(kz):
    one = kz("filter", "--skip-invalid", input="not json\n")
    assert "1 line read" in one.stderr and "(1 invalid line)" in one.stderr
    two = kz("filter", "--skip-invalid", input="not json\n[]\n")
    assert "2 lines read" in two.stderr and "(2 invalid lines)" in two.stderr
