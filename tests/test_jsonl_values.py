"""JSONL as other tools and other machines write it: numbers orjson cannot hold, deep nesting, a byte-order mark,
CRLF line ends. Every reader (tag, filter, langid, summarise) either keeps the line's values exactly or names the
line; none stops with an internal error."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from kzhealth.errors import InputError
from kzhealth.jsonl import Line, dump, parse_object, parse_record

RECORD = (
    b'{"schema_version":1,"id":"a1","source":"a.txt","date":"2025-01-02","title":null,"outlet":null,"lang":"ru",'
    b'"lang_confidence":1.0,"text":"\xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb7\xd0\xb4\xd1\x80\xd0\xb0\xd0\xb2 \xd1\x81\xd0'
    b'\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb8\xd0\xbb \xd0\xbe \xd0\xb3\xd1\x80\xd0\xb8\xd0\xbf\xd0\xbf\xd0\xb5.",'
    b'"paragraph_langs":["ru"],"lemmas":["\xd0\xb3\xd1\x80\xd0\xb8\xd0\xbf\xd0\xbf"],"n_words":1'
)

# Values another tool may have added that orjson cannot hold as written: it rounds the integers to floats, and
# refuses or rounds the others.
WIDE_VALUES = [
    b"123456789012345678901234567890",
    b"-9223372036854775809",
    b"18446744073709551616",
    b"1e400",
    b"0.10000000000000000000000001",
    b'{"deep":[1,123456789012345678901234567890,{"x":-1e-400}]}',
    b"7" * 5000,  # past the digits Python converts to int, and past what pydantic reads
]


def record_with(extra: bytes) -> bytes:
    return RECORD + b',"extra":' + extra + b"}\n"


def same_json_value(written: bytes, original: bytes) -> bool:
    """Whether two JSON texts hold the same value, numbers compared exactly."""
    exact = dict(parse_float=Decimal, parse_int=Decimal)
    return json.loads(written, **exact) == json.loads(original, **exact)


@pytest.mark.parametrize("extra", WIDE_VALUES)
def test_parse_and_dump_keep_numbers_orjson_cannot_hold(extra):
    line = Line("x.jsonl:1", record_with(extra))
    assert same_json_value(dump(parse_object(line)), line.data)
    assert same_json_value(dump(parse_record(line)), line.data)


@pytest.mark.parametrize("command", [["tag", "--jobs", "1"], ["filter"], ["langid"]])
@pytest.mark.parametrize("extra", WIDE_VALUES)
def test_commands_pass_wide_numbers_through(kz, command, extra):
    result = kz(*command, input=record_with(extra))
    assert result.exit_code == 0, result.stderr
    written = json.loads(result.stdout, parse_float=Decimal, parse_int=Decimal)["extra"]
    assert written == json.loads(extra, parse_float=Decimal, parse_int=Decimal)


def test_thirty_digit_integer_keeps_its_digits_through_tag_and_langid(kz):
    line = record_with(b"123456789012345678901234567890")
    for command in (["tag", "--jobs", "1", "--skip-invalid"], ["langid"]):
        result = kz(*command, input=line)
        assert result.exit_code == 0, result.stderr
        assert b'"extra":123456789012345678901234567890}' in result.stdout_bytes


def test_summarise_reads_wide_numbers(kz):
    result = kz("summarise", "--format", "json", input=record_with(b"1e400") + record_with(b"1" * 40))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["documents"] == 2


def test_non_json_constants_and_unpaired_surrogates_stay_line_errors():
    for extra in (b"NaN", b"Infinity", b'["\\ud800", 1e400]'):
        with pytest.raises(InputError, match=r"^x.jsonl:4: not valid JSON"):
            parse_object(Line("x.jsonl:4", record_with(extra)))


@pytest.mark.parametrize("depth", [250, 254, 255, 300, 1000, 1023, 1024, 5000])
@pytest.mark.parametrize("command", [["tag", "--jobs", "1"], ["filter"], ["langid"], ["summarise"]])
def test_deep_nesting_is_a_line_error_or_passes(kz, command, depth):
    nested = b"[" * depth + b"]" * depth
    for line in (record_with(nested), record_with(b'{"n":1e400,"deep":' + nested + b"}")):
        result = kz(*command, input=line)
        if result.exit_code == 0:  # shallow enough to write back: written back whole
            assert command == ["summarise"] or nested in result.stdout_bytes
        else:
            assert result.exit_code == 1, result.stderr
            assert result.stderr.startswith("kzhealth: error: stdin:1: "), result.stderr
            assert "nested deeper" in result.stderr or "limit exceeded" in result.stderr


def test_nesting_past_what_orjson_writes_is_refused_by_name():
    with pytest.raises(InputError, match=r"^x.jsonl:2: nested deeper than 254 levels"):
        parse_object(Line("x.jsonl:2", b'{"a":' + b"[" * 254 + b"]" * 254 + b"}"))
    assert parse_object(Line("x.jsonl:2", b'{"a":' + b"[" * 253 + b"]" * 253 + b"}"))


@pytest.mark.parametrize("command", [["tag", "--jobs", "1"], ["filter"], ["langid"], ["summarise", "-f", "json"]])
def test_byte_order_mark_and_crlf_lose_no_record(kz, tmp_path, command):
    path = tmp_path / "powershell.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (RECORD + b"}\r\n") * 3)
    result = kz(*command, str(path))
    assert result.exit_code == 0, result.stderr
    if command[0] == "summarise":
        assert json.loads(result.stdout)["documents"] == 3
    else:
        assert len(result.stdout_bytes.splitlines()) == 3
        assert b"\r" not in result.stdout_bytes and not result.stdout_bytes.startswith(b"\xef\xbb\xbf")


def test_filter_writes_records_with_a_byte_order_mark_unchanged_otherwise(kz):
    result = kz("filter", input=b"\xef\xbb\xbf" + RECORD + b"}\n")
    assert result.stdout_bytes == RECORD + b"}\n"
