import os

import pytest

from kzhealth.errors import InputError
from kzhealth.jsonl import Line, open_output, parse_record


def test_parse_record_names_line_and_field():
    with pytest.raises(InputError, match=r"x.jsonl:3: not a kzhealth record \(lang"):
        parse_record(Line("x.jsonl:3", b'{"id":"a","source":"s","date":null,"title":null,"outlet":null,'
                                      b'"lang":"fr","lang_confidence":1,"text":""}'))


def test_parse_record_rejects_non_objects():
    with pytest.raises(InputError, match="expected a JSON object"):
        parse_record(Line("stdin:1", b"[1, 2]"))


ARTICLE = " date 2025-12-14 #Казахстан\nМаленькая девочка попала в реанимацию в Жезказгане\n\nТекст статьи.\n"
RAW_HINT = "this looks like a raw article, not JSONL: kzhealth ingest makes records of those"


@pytest.mark.parametrize("command", ["tag", "filter", "stories", "summarise", "report", "export", "langid"])
def test_a_raw_article_where_records_are_read_is_named_as_such_in_one_line(kz, tmp_path, command):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = kz(command, str(article))
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"kzhealth: error: {article}:1: not valid JSON (")
    assert result.stderr.endswith(f"); {RAW_HINT}\n")


def test_a_raw_article_that_opens_with_blank_lines_is_named_as_such_too(kz):
    result = kz("tag", input=("\n\n" + ARTICLE).encode("utf-8"))
    assert result.exit_code == 1 and result.stderr.startswith("kzhealth: error: stdin:3: not valid JSON (")
    assert result.stderr.endswith(f"); {RAW_HINT}\n")


def test_a_raw_article_with_a_long_number_is_named_as_such_too(kz):
    """A number past 64 bits sends the line to the exact reader, which names a raw article as the fast one does."""
    for encoding in ("utf-8", "cp1251"):  # (the exact reader meets a cp1251 article's bytes as invalid UTF-8)
        result = kz("tag", input="Номер обращения 123456789012345678901234 в Минздрав\n".encode(encoding))
        assert result.exit_code == 1 and result.stderr.endswith(f"); {RAW_HINT}\n")


@pytest.mark.parametrize("data", [b'{"id": "a",\n', b'\n\n[1,\n', b"{}\nnot json\n"])
def test_broken_json_gets_no_article_hint(kz, data):
    result = kz("tag", "--skip-invalid", input=data)  # skipped lines are named too, each on its line
    assert result.exit_code == 1 and "not valid JSON" in result.stderr and RAW_HINT not in result.stderr


def test_atomic_output_leaves_no_file_on_failure(tmp_path):
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError):
        with open_output(str(target)) as out:
            out.write(b"partial")
            raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []


def test_a_ctrl_c_that_lands_as_the_temporary_file_is_made_leaves_none(tmp_path, monkeypatch):
    # a signal's exception is raised as the call that made the file returns, before anything after it runs
    made = os.open

    def interrupted(*args):
        os.close(made(*args))
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "open", interrupted)
    with pytest.raises(KeyboardInterrupt):
        with open_output(str(tmp_path / "out.jsonl")):
            pass
    assert list(tmp_path.iterdir()) == []


def test_atomic_output_replaces_and_has_normal_mode(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old")
    with open_output(str(target)) as out:
        out.write(b"new\n")
    assert target.read_bytes() == b"new\n"
    assert os.stat(target).st_mode & 0o044  # readable by others, as a shell redirect would make it
