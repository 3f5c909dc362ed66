from pathlib import Path

import pytest

from kzhealth.conllu import LemmaScore, read_sentences, score_lemmas
from kzhealth.evaluation.lemmas import format_lemma_report
from kzhealth.lang.russian import RussianLemmatizer, get_russian_lemmatizer
from kzhealth.lang.tokenize import tokenize

UD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ud"


@pytest.fixture(scope="module")
def lemmatizer() -> RussianLemmatizer:
    return get_russian_lemmatizer()


def lemmas(lemmatizer: RussianLemmatizer, text: str) -> list[str]:
    return lemmatizer.lemmatize(tokenize(text))


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Мы стали сильнее.", "стали", "стать"),
        # a coma after в, a pronoun after к and alone; a sedation pymorphy3's dictionary lacks
        ("Девочка впала в кому после седации.", "кому", "кома"),
        ("Девочка впала в кому после седации.", "седации", "седация"),
        ("К кому обратиться родителям?", "кому", "кто"),
        ("Кому нужна эта справка?", "кому", "кто"),
        ("Нож сделан из стали.", "стали", "сталь"),
        ("Ножи из прочной стали.", "стали", "сталь"),
        ("Он вышел из дома.", "дома", "дом"),
        ("Вчера я был дома.", "дома", "дома"),
        ("Новые дома построены.", "дома", "дом"),
        ("Чемпионат мира по футболу.", "мира", "мир"),
        ("Зимой в Астане холодно.", "зимой", "зима"),
        ("В этом году больница открылась.", "этом", "этот"),
        ("Кроме этого, врачи говорили о том, что нужно.", "этого", "это"),
        ("Все врачи пришли.", "все", "весь"),
        ("Все знают об этом.", "все", "все"),
        ("Его книга вышла.", "его", "его"),
        ("Мы видели его вчера.", "его", "он"),
        ("Их дети учатся.", "их", "их"),
        ("Мы позвали их.", "их", "они"),
        ("Это во многом помогло.", "во", "во"),
        ("Встреча со студентами.", "со", "со"),
        ("Лучших врачей наградили.", "лучших", "лучший"),
        ("Было очень страшно!", "страшно", "страшный"),
        ("Рука страшно болит.", "страшно", "страшно"),
        ("Ещё не поздно.", "ещё", "еще"),
        ("Приехала Ольга Иванова.", "Иванова", "иванова"),
        ("Ответила Анна Петровна.", "Петровна", "петровна"),
        # participles: the verb, unless used as a plain adjective before its noun (UD Russian)
        ("Данная категория важна.", "данная", "данный"),
        ("Ученые, связанные с проектом, приехали.", "связанные", "связать"),
        ("Окна были разбиты.", "разбиты", "разбить"),
        # a predicate before an infinitive is an adjective; after a modal the word modifies the infinitive
        ("Трудно найти врача.", "трудно", "трудный"),
        ("Можно смело требовать.", "смело", "смело"),
        ("Желаю счастья и здоровья!", "счастья", "счастье"),
        # end-stressed adjectives: the modern `-ой` spelling, not pymorphy3's old `-ый` variant
        ("Он говорит на родном языке.", "родном", "родной"),
        ("В основном врачи довольны.", "основном", "основной"),
        # an adverb pymorphy3 never reads as a predicate stays an adverb, except in an exclamation
        ("Особенно если болит голова.", "особенно", "особенно"),
        ("Это было окончательно решено.", "окончательно", "окончательно"),
        ("Очень красиво!", "красиво", "красивый"),
        ("Бабушке тяжело.", "тяжело", "тяжелый"),
        ("Сказать трудно.", "трудно", "трудный"),
        ("Ладно, пойдём.", "ладно", "ладно"),
        # a subject before the verb: the finite verb agreeing with it, not a noun or an imperative
        ("Мы пришли домой.", "пришли", "прийти"),
        ("Я плачу.", "плачу", "плакать"),
        # unknown names: adjective endings and place-name paradigms are inflected, other names kept
        ("Больница в Сулакском районе.", "Сулакском", "сулакский"),
        ("Врачи в Жезказгане.", "Жезказгане", "жезказган"),
    ],
)
def test_context_chooses_the_reading(lemmatizer, text, word, lemma):
    tokens = tokenize(text)
    position = [token.lower() for token in tokens].index(word.lower())
    assert lemmatizer.lemmatize(tokens)[position] == lemma


def test_abbreviations_and_initials(lemmatizer):
    assert lemmas(lemmatizer, "В 2020 г. в РК и т. д.") == [
        "в", "2020", "год", ".", "в", "рк", "и", "так", ".", "далее", ".",
    ]
    assert lemmas(lemmatizer, "т.е. МЗ РК") == ["то", ".", "быть", ".", "мз", "рк"]
    assert lemmas(lemmatizer, "А. С. Пушкин") == ["а", ".", "с", ".", "пушкин"]
    # CoNLL-U forms keep the full stop on the token
    assert lemmatizer.lemmatize(["в", "XX", "в.", ",", "А.", "Петров", ",", "т.", "е.", "врач"]) == [
        "в", "xx", "век", ",", "а", "петров", ",", "то", "быть", "врач",
    ]
    # an initial with a stress mark, as a dictionary or a textbook prints it, is still an initial
    assert lemmatizer.lemmatize(["В\u0301", ".", "Петров"]) == ["в", ".", "петров"]


def test_numbers_units_and_latin(lemmatizer):
    assert lemmas(lemmatizer, "5 млн тенге, 2,5 кг и 10 %") == ["5", "миллион", "тенге", ",", "2,5", "килограмм", "и", "10", "%"]
    assert lemmas(lemmatizer, "Вакцина Pfizer и COVID-19") == ["вакцина", "pfizer", "и", "covid-19"]


def test_kazakh_words_and_names_are_kept(lemmatizer):
    assert lemmas(lemmatizer, "Ұлытау облысында") == ["ұлытау", "облысында"]
    assert lemmas(lemmatizer, "в Қарағанды и Нұр-Сұлтане") == ["в", "қарағанды", "и", "нұр-сұлтане"]


def test_yo_hyphens_and_stress(lemmatizer):
    assert lemmas(lemmatizer, "Всё ещё ёлки") == ["все", "еще", "елка"]
    assert lemmas(lemmatizer, "кое-где медико-санитарной") == ["кое-где", "медико-санитарный"]
    assert lemmatizer.lemmatize(["Никола́й"]) == ["николай"]


def test_punctuation_and_empty_input(lemmatizer):
    assert lemmatizer.lemmatize([]) == []
    assert lemmatizer.lemmatize(["«", "—", "…", "!"]) == ["«", "—", "…", "!"]


def test_memo_gives_the_same_answer_and_instance_is_shared(lemmatizer):
    tokens = tokenize("Из стали. Они стали врачами.")
    assert lemmatizer.lemmatize(tokens) == lemmatizer.lemmatize(tokens)
    assert get_russian_lemmatizer() is lemmatizer


def test_report_lists_accuracy_and_misses():
    score = LemmaScore(words=4, words_right=3, content=2, content_right=1)
    report = format_lemma_report("ru", score, [("Стали", "NOUN", "сталь", "стать")], top=5)
    assert report.splitlines()[0] == "ru: words 0.7500 (3/4), content 0.5000 (1/2)"
    assert "стали  NOUN  gold сталь  ours стать" in report


@pytest.mark.skipif(not UD.is_dir(), reason="shared UD dev files are not available")
@pytest.mark.parametrize("name", ["ru_gsd-ud-dev.conllu", "ru_taiga-ud-dev.conllu"])
def test_ud_dev_accuracy_beats_first_parse(lemmatizer, name):
    with open(UD / name, encoding="utf-8") as f:
        score = score_lemmas(read_sentences(f), lemmatizer.lemmatize)
    assert score.word_accuracy > 0.95  # pymorphy3's first parse: 0.941 GSD, 0.928 Taiga
