"""`ingest --tag` gives the lines of `ingest | tag`, byte for byte, with and without --topic and --taxonomy."""

from __future__ import annotations

import pytest

TAXONOMY = """
[topics.hand_hygiene]
name = "Hand hygiene"
terms = { ru = ["антисептик", "мытьё рук"], kk = ["антисептик"] }

[topics.oncology]
name = "Oncology"
weak = { ru = ["опухоль"] }
"""


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory):
    path = tmp_path_factory.mktemp("taxonomy") / "mine.toml"
    path.write_text(TAXONOMY, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("options", [[], ["--topic", "oncology", "-t", "anesthesia"], ["TAXONOMY"], ["TAXONOMY", "-t", "hand_hygiene"]])
@pytest.mark.parametrize("corpus", ["seeds", "bench_corpus"])
def test_one_pass_equals_the_pipe(kz, request, taxonomy, options, corpus):
    folder = str(request.getfixturevalue(corpus))
    options = [o if o != "TAXONOMY" else "--taxonomy" for o in options]
    if "--taxonomy" in options:
        options.insert(options.index("--taxonomy") + 1, taxonomy)
    piped = kz("tag", *options, input=kz("ingest", folder).stdout_bytes)
    assert piped.exit_code == 0, piped.stderr
    one_pass = kz("ingest", folder, "--tag", *options, "--jobs", "2")
    assert one_pass.exit_code == 0, one_pass.stderr
    assert one_pass.stdout_bytes == piped.stdout_bytes


def test_topic_without_tag_is_a_usage_error(kz, seeds):
    result = kz("ingest", str(seeds), "--topic", "oncology")
    assert result.exit_code == 2 and "--tag" in result.stderr
