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


def test_one_pass_tags_from_the_tokens_ingest_made(seeds, monkeypatch):
    """The tagger reuses ingest's word tokens (no second tokenization), and tags as it would from the record alone."""
    from kzhealth import pipeline
    from kzhealth.lang import script
    from kzhealth.tagging import gazetteer
    from kzhealth.tagging.tagger import Tagger, Taxonomy

    tagger = Tagger(Taxonomy.load())
    ingested = [pipeline.ingest_file(path) for path in sorted(seeds.glob("*.txt"))]
    from_records = [tagger.tag(record) for record, _, _ in ingested]

    def no_second_tokenization(text):
        raise AssertionError(f"tokenized again: {text[:40]!r}")

    def only_where_masked(text):  # a clinic's or a company's name in quotes blanked: "Медицинский центр "Жезказган""
        assert "   " in text, f"tokenized again: {text[:40]!r}"
        return words(text)

    words = gazetteer.words
    monkeypatch.setattr(script, "word_tokens", no_second_tokenization)
    monkeypatch.setattr(gazetteer, "words", only_where_masked)
    assert [tagger.tag(record, analysed) for record, _, analysed in ingested] == from_records


def test_steps_of_built_then_tagged_records_give_each_files_own_outcome(tmp_path, bench_corpus):
    """`ingest --tag` builds a few records, then tags them: the outcomes are still each file's own, in order, with
    files that make no record (empty, binary, missing) wherever they fall in a step."""
    from kzhealth.ingest.files import Skipped
    from kzhealth.pipeline import TAG_STEP, IngestStage
    from kzhealth.tagging.stage import TagStage
    from kzhealth.tagging.tagger import Taxonomy

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01PNG" * 50)
    files = sorted(bench_corpus.rglob("*.txt"))[: 2 * TAG_STEP + 3]
    items = [*files[:5], tmp_path / "empty.txt", *files[5:20], tmp_path / "binary.txt", tmp_path / "gone.txt"]
    items += [Skipped("huge.txt", "too large"), *files[20:]]
    stage = IngestStage(TagStage(Taxonomy.load()))
    stepped = list(stage.many(items))
    one_by_one = [stage(item) for item in items]
    assert len(stepped) == len(items) > 2 * TAG_STEP
    assert [(o.where, o.line, o.skipped, o.warnings) for o in stepped] == [
        (o.where, o.line, o.skipped, o.warnings) for o in one_by_one
    ]
    assert [o.skipped for o in stepped[5:6] + stepped[21:22] + stepped[23:24]] == ["empty", "binary", "too large"]
    assert stepped[22].skipped.startswith("unreadable") and all(b'"topics"' in o.line for o in stepped[:5])
