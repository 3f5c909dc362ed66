"""Properties of decode (and decode -> parse_document) over arbitrary bytes and text.

The `check_*` functions hold the properties; the tests run them at a modest, derandomized example count so that
`make test` stays fast and repeatable, and bench/fuzz.py runs the same checks for minutes (`make fuzz`).
"""

from __future__ import annotations

import codecs
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kzhealth.errors import InputError
from kzhealth.ingest.decode import DecodeError, decode
from kzhealth.ingest.formats import plain_text
from kzhealth.ingest.parse import parse_document

REASONS = {"empty", "binary", "undecodable"}

# --- Strategies ----------------------------------------------------------------------------------------------------

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
KAZAKH = RUSSIAN + "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
PUNCTUATION = " ,.:;!?()«»—–-\"'№%0123456789"

SEEDS = [
    " date 2025-12-05 Общество\n11:52, 05 Декабрь 2025 | GMT +5\nПосмертный донор спас жизни четырех пациентов"
    " в Алматы\nЧетыре пациента из листа ожидания получили донорские органы, передает агентство Kazinform.\n",
    "Қостанайда наркоздан кейін комаға түскен үш жасар бала көз жұмды\n\nПолиция бұл дерек бойынша сотқа дейінгі"
    " тергеу бастады, деп хабарлайды Egemen.kz.\n",
]


def words_of(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=1, max_size=12)


def clean_texts(alphabet: str = KAZAKH) -> st.SearchStrategy[str]:
    """Text decode must give back unchanged: words of one script each, spaces, punctuation and line breaks."""
    word = st.one_of(words_of(alphabet), words_of(LATIN), st.text(PUNCTUATION, min_size=1, max_size=3))
    separator = st.sampled_from([" ", " ", " ", "\n", "\n\n", ", ", ". "])
    return st.lists(st.tuples(word, separator), min_size=1, max_size=40).map(
        lambda parts: "".join(w + s for w, s in parts)
    ).filter(lambda text: not text.isspace())


def mutated_seeds() -> st.SearchStrategy[bytes]:
    """Real-looking documents in some encoding, then cut, spliced with junk or overwritten here and there."""

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        text = draw(st.sampled_from(SEEDS))
        if draw(st.booleans()):
            text = text.replace("\n", "\r\n")
        codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1251", "kz1048"]))
        data = bytearray(text.encode(codec, "replace"))
        for _ in range(draw(st.integers(0, 4))):
            at = draw(st.integers(0, len(data)))
            action = draw(st.sampled_from(["insert", "overwrite", "cut"]))
            junk = draw(st.binary(min_size=1, max_size=8))
            if action == "insert":
                data[at:at] = junk
            elif action == "overwrite":
                data[at : at + len(junk)] = junk
            else:
                data = data[:at]
        return bytes(data)

    return build()


# --- Properties ----------------------------------------------------------------------------------------------------


def check_decode_any_bytes(data: bytes) -> None:
    """Any bytes: text or DecodeError with a known reason, and the text is clean."""
    try:
        text = decode(data)
    except DecodeError as exc:
        assert exc.reason in REASONS
        return
    assert text and not text.isspace()
    assert "\r" not in text
    assert all(ord(c) >= 0x20 or c in "\n\t" for c in text)
    assert "\u200b" not in text and "\ufeff" not in text and "\x85" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert decode(text.encode("utf-8")) == text  # decoding is idempotent


def check_decode_then_parse(data: bytes) -> None:
    """decode -> plain_text -> parse_document, as ingest reads a file: only our documented errors."""
    try:
        text = decode(data)
    except DecodeError:
        return
    try:
        parse_document(plain_text(text))
    except InputError:
        pass


def check_clean_text_round_trips(text: str) -> None:
    assert decode(text.encode("utf-8")) == text
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text


def check_crlf_is_lf(text: str) -> None:
    text = text.replace("\r", "")
    outcomes = []
    for variant in (text, text.replace("\n", "\r\n")):
        try:
            outcomes.append(decode(variant.encode("utf-8")))
        except DecodeError as exc:
            outcomes.append(exc.reason)
    assert outcomes[0] == outcomes[1]


def check_russian_code_pages(text: str) -> None:
    for codec in ("cp1251", "utf-16", "utf-16-le", "utf-32"):
        assert decode(text.encode(codec)) == text, codec


# --- Tests at a modest count ---------------------------------------------------------------------------------------

FAST = settings(max_examples=150, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2048))
@example(b"\x90\xd0" * 8)  # read in a code page as "Р–", which is mojibake of "Ж": decode gives "Ж" both times
# ... and text whose UTF-8 has "ustar" at byte 257, where a tar header has it: text still (found by fuzzing)
@example(b"x " + "Помощь ".encode("cp1251") * 18 + "аа".encode("cp1251") + "е".encode("cp1251") * 8 + b" ustar")
def test_any_bytes(data: bytes) -> None:
    check_decode_any_bytes(data)
    check_decode_then_parse(data)


@FAST
@given(st.text(max_size=300))
@example("\x80" + "Ð\xa0" * 8)  # "Ð\xa0", mojibake of "Р", once the control before is cleaned away
def test_any_text_as_utf8(text: str) -> None:
    check_decode_any_bytes(text.encode("utf-8"))
    check_decode_then_parse(text.encode("utf-8"))


@FAST
@given(mutated_seeds())
def test_mutated_documents(data: bytes) -> None:
    check_decode_any_bytes(data)
    check_decode_then_parse(data)


@FAST
@given(clean_texts())
@example("РЁ ")  # Р and Ё read as cp1251 bytes are Ш in UTF-8: two letters are no mojibake
def test_clean_text_round_trips(text: str) -> None:
    check_clean_text_round_trips(text)


@FAST
@given(st.text(max_size=300))
def test_crlf_is_lf(text: str) -> None:
    check_crlf_is_lf(text)


# Random letters are no language, and nothing tells their code page; prose of real words, in any case, does, from
# the length decode's code pages are measured at (60 characters; a few words alike, "детей детей детей", read as well
# in KOI8-R's capitals).
RUSSIAN_WORDS = (
    "минздрав сообщил о росте заболеваемости гриппом в городе врачи советуют привиться пациенты больница "
    "получили помощь области детей ребенок операция лечение клиники стоматологии проверка министр здравоохранения "
    "республики казахстан астана алматы сердце донор трансплантация вакцинация населения тенге штрафы наркоз "
    "родители прокуратура медицинской помощи года человек также ранее передает агентство"
).split()
russian_word = st.tuples(st.sampled_from(RUSSIAN_WORDS), st.sampled_from([str.lower, str.capitalize, str.upper]))
russian_prose = st.lists(
    st.tuples(russian_word, st.sampled_from([" ", " ", " ", ", ", ". ", "\n", " — ", " 2025 "])), min_size=6
).map(lambda parts: "".join(case(word) + sep for (word, case), sep in parts)).filter(lambda text: len(text) >= 60)


@FAST
@given(russian_prose)
def test_russian_code_pages(text: str) -> None:
    check_russian_code_pages(text)
