import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzhealth.lang.tokenize import tokenize, words


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("В области Ұлытау", ["В", "области", "Ұлытау"]),  # Kazakh letters stay inside words
        ("Нұр-Сұлтан, кое-где", ["Нұр-Сұлтан", ",", "кое-где"]),
        ("580-нен астам 2021-жылдың", ["580-нен", "астам", "2021-жылдың"]),  # Kazakh endings on numbers
        ("2,4 млрд теңге.", ["2,4", "млрд", "теңге", "."]),
        ("COVID-19 «Севоран»", ["COVID-19", "«", "Севоран", "»"]),
        ("т.е. Минздрав", ["т", ".", "е", ".", "Минздрав"]),
    ],
)
def test_tokenize(text, tokens):
    assert tokenize(text) == tokens


def test_words_are_the_tokens_that_start_with_a_letter():
    text = "Жыл басынан бері 582 операция жасалды (2,4 млрд теңге)."
    assert words(text) == [t for t in tokenize(text) if t[0].isalpha()]


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet="аәқұіБҰz-‐'’_.,:/5 \n—«»", max_size=60))
def test_words_match_the_letter_tokens_on_any_text(text):
    # `tag` lines the words of a paragraph up with the lemmas `ingest` kept for its letter tokens
    assert words(text) == [t for t in tokenize(text) if t[0].isalpha()]
