"""Kazakh lemmatizer: hand-written form → lemma tables (KTB conventions), plus a dev-set check when shared/ is there."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kzhealth.lang.kazakh import (
    KazakhLemmatizer,
    analyses,
    get_kazakh_lemmatizer,
    hand_lexicon,
    harmony,
    sound_class,
)

NOUNS = {
    "операциялардың": "операция",
    "операцияларды": "операция",
    "операциясы": "операция",
    "трансплантациядан": "трансплантация",
    "анестезиямен": "анестезия",
    "наркозбен": "наркоз",
    "балаларға": "бала",
    "балаларымыздың": "бала",
    "ана": "ана",
    "ауруханада": "аурухана",
    "ауруханасында": "аурухана",
    "емханаға": "емхана",
    "дәрігерлер": "дәрігер",
    "дәрігерлерге": "дәрігер",
    "пациенттердің": "пациент",
    "науқастарға": "науқас",
    "вакцинаны": "вакцина",
    "екпелер": "екпе",
    "Қазақстанның": "қазақстан",
    "адамның": "адам",
    "есін": "ес",  # есін жоғалтты: lost consciousness (no е + -сі-н)
    "еске": "ес",  # еске алу: to remember
}

SOUND_CHANGES = {
    "денсаулығы": "денсаулық",  # қ → ғ before a vowel
    "кітабына": "кітап",  # п → б
    "жағында": "жақ",
    "орнына": "орын",  # the stem's last vowel drops before a vowel
    "халқының": "халық",
    "моделін": "модель",
    "процеске": "процесс",
    # ... but after a consonant other than a sonant a voiced letter is the stem's own: no қозқ, күндізк, сүзк
    "күндізгі": "күндізгі",
    "сүзгі": "сүзгі",
}

VERBS = {
    "жіберуге": "жібер",
    "қолдайды": "қолда",
    "қолдаймын": "қолда",
    "жібердік": "жібер",
    "қозғады": "қозға",  # іс қозғады: a case was opened
    "асқынған": "асқын",  # a complication
    "келмейді": "кел",
    "алмады": "ал",
    "көрдім": "көр",
    "болды": "бол",
    "деп": "де",
    "барамын": "бар",
    "келгенмін": "кел",
    "жүргізілді": "жүргіз",  # the causative stays, the passive goes
    "жасалды": "жаса",
    "табылады": "тап",
    "сатылып": "сат",
    "тауып": "тап",
    "шығып": "шық",
    "ағып": "ақ",
    "емделуге": "емде",
    "сүю": "сүй",  # й + у is written ю
    "тояды": "той",  # й + а is written я
    "дами": "дамы",  # ы + й is written и
    "кемиді": "кемі",
}

CLOSED_CLASS = {
    "оның": "ол",
    "мұны": "бұл",
    "маған": "мен",
    "еді": "е",
    "емес": "е",
    "пен": "мен",
    "қой": "ғой",
    "сіздерге": "сіздер",
}

OTHER_TOKENS = {",": ",", "2021": "2021", ".": ".", "COVID-19": "covid-19", "Нұр-Сұлтанда": "нұр-сұлтан",
                "ФИФА-ның": "фифа", "ЖТМҚ-мен": "жтмқ"}


@pytest.mark.parametrize(
    ("form", "lemma"),
    [*NOUNS.items(), *SOUND_CHANGES.items(), *VERBS.items(), *CLOSED_CLASS.items(), *OTHER_TOKENS.items()],
)
def test_lemma(form: str, lemma: str) -> None:
    assert get_kazakh_lemmatizer().lemmatize([form]) == [lemma]


def test_derived_words_keep_their_suffix() -> None:
    lemmatizer = get_kazakh_lemmatizer()
    assert lemmatizer.lemmatize(["онкологиялық", "стоматологиялық"]) == ["онкологиялық", "стоматологиялық"]
    assert lemmatizer.lemmatize(["онкологиялықтың"]) == ["онкологиялық"]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("қызылша", "қызылша"),  # measles, not қызыл "red" + -ша
        ("қызылшамен", "қызылша"),
        ("ақылы", "ақылы"),  # paid, not ақыл "mind" + -ы
        ("тұмауға", "тұмау"),
        ("нәрестелер", "нәресте"),
        ("кепілдігі", "кепілдік"),  # voiced before the ending, and still whole
        ("Атырауда", "атырау"),
        ("тегіне", "тек"),  # no nominal ending follows тегін here: the grammar decides
        ("жүктемейді", "жүкте"),  # the verb жүкте- negated, not the noun жүктеме
        ("ақылын", "ақыл"),
        ("жүрек-қан", "жүрек-қан"),  # a pair of words, not a participle ending after a hyphen
        ("ФИФА-ның", "фифа"),
        # numbers (stories probe 41: алты was алт, жеті жет, елу елі) and their collectives (екеуі: екеу, not еке)
        ("алты", "алты"), ("жеті", "жеті"), ("жетімдер", "жетім"), ("елу", "елу"), ("алтыдан", "алты"), ("екеуі", "екеу"), ("бесеуі", "бесеу"),
        # healers, a report drawn up, a district (қор "fund" + -дай)
        ("емшіге", "емші"), ("бақсының", "бақсы"), ("хаттама", "хаттама"), ("Қордайда", "қордай"),
    ],
)
def test_lexicalised_words_are_not_cut_inside(form: str, lemma: str) -> None:
    assert get_kazakh_lemmatizer().lemma(form) == lemma


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        # the adjective of a time or a place, -ғы/-гі/-қы/-кі on the bare stem, as KTB cuts биылғы to биыл: "2024
        # жылғы" is of the year, not of a horse (no *жылқ), "бүгінгі" of today, "қысқы" of winter
        ("жылғы", "жыл"), ("биылғы", "биыл"), ("бүгінгі", "бүгін"), ("қысқы", "қыс"), ("түнгі", "түн"),
        ("кешегі", "кешегі"), ("соңғы", "соңғы"),  # (words of their own after a vowel, and as KTB has соңғы)
        ("төменгі", "төмен"), ("ертеңгі", "ертең"),
        # ... not after a vowel, where -ғы/-гі is a stem's -қ/-к voiced before the possessive (second review)
        ("бастығы", "бастық"), ("шешегі", "шешек"), ("балағы", "балақ"),
        ("нұсқама", "нұсқама"),  # an order (предписание), not нұсқа "version" + -ма
    ],
)
def test_the_adjective_of_a_time_or_a_place_and_words_of_their_own(form: str, lemma: str) -> None:
    assert get_kazakh_lemmatizer().lemma(form) == lemma


@pytest.mark.parametrize("form", ["төменгі", "алдыңғы", "ертеңгі", "ақшамғы"])
def test_the_adjective_of_a_time_or_a_place_stands_on_the_bare_stem(form: str) -> None:
    """-ғы follows no case and no possessive: төменгі is no тө + -мен + -гі, ақшамғы no ақша + -м + -ғы."""
    from kzhealth.lang.kazakh import analyses

    with_gy = [[m.family for m in a.morphs] for a in analyses(form) if "GY" in [m.family for m in a.morphs]]
    assert with_gy and all(families == ["GY"] for families in with_gy)


def test_one_lemma_per_token_in_order() -> None:
    tokens = ["Дәрігерлер", "операцияларды", "жүргізді", "."]
    assert get_kazakh_lemmatizer().lemmatize(tokens) == ["дәрігер", "операция", "жүргіз", "."]


def test_unknown_stems_are_analysed_by_the_rules() -> None:
    # no lexicon at all beyond the hand lists: the suffix grammar alone still finds these stems
    lemmatizer = KazakhLemmatizer(hand_lexicon())
    assert lemmatizer.lemmatize(["кардиологтардың", "гастроэнтерологияға", "зертханаларында"]) == [
        "кардиолог",
        "гастроэнтерология",
        "зертхана",
    ]


def test_harmony_and_assimilation_constrain_the_cut() -> None:
    assert harmony("бала") == "b" and harmony("дәрігер") == "f"
    assert sound_class("адам") == "N" and sound_class("кітап") == "K" and sound_class("бала") == "V"
    stems = {a.stem for a in analyses("балалар")}
    assert "бала" in stems
    assert "бал" not in {a.stem for a in analyses("бала") if a.morphs and a.morphs[-1].family == "DAT"}
    # a front-vowel suffix does not attach to a back-vowel stem
    assert not any(a.stem == "бала" and a.morphs for a in analyses("балалер"))


def test_cached_instance_is_shared() -> None:
    assert get_kazakh_lemmatizer() is get_kazakh_lemmatizer()


def test_warm_speed() -> None:
    lemmatizer = KazakhLemmatizer()
    tokens = [*NOUNS, *VERBS, *SOUND_CHANGES] * 2000
    lemmatizer.lemmatize(tokens)
    start = time.perf_counter()
    lemmatizer.lemmatize(tokens)
    assert len(tokens) / (time.perf_counter() - start) > 200_000


KTB_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ud" / "kk_ktb-dev.conllu"


@pytest.mark.skipif(not KTB_DEV.exists(), reason="shared/eval/ud/kk_ktb-dev.conllu is not beside the repo")
def test_ktb_dev_accuracy() -> None:
    from kzhealth.conllu import read_sentences, score_lemmas

    with KTB_DEV.open(encoding="utf-8") as fh:
        score = score_lemmas(list(read_sentences(fh)), get_kazakh_lemmatizer().lemmatize)
    assert score.word_accuracy >= 0.87
