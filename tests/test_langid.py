"""Language identification: ru / kk / other on short texts written for these tests, and whole documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzhealth.lang.langid import LanguageIdentifier, _cyrillic_words, _ngram_table, identify, identify_paragraphs
from kzhealth.models import LANGS

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "langid-dev.jsonl"

CASES = [
    ("ru", "Врачи областной больницы провели сложную операцию на сердце."),
    ("ru", "Министр здравоохранения рассказал о новых правилах лечения детей."),
    ("ru", "Пациентов с гриппом стало больше, чем в прошлом году."),
    ("ru", "В области Ұлытау открыли новую поликлинику для жителей Жезказгана и Сатпаева."),
    ("ru", "Аким Жезқазғана поздравил врачей с профессиональным праздником."),
    ("kk", "Облыстық ауруханада жүрек операциясы сәтті өтті."),
    ("kk", "Дәрігерлер тұрғындарды тұмауға қарсы екпе алуға шақырады."),
    ("kk", "Бұл туралы министрліктің баспасөз қызметі хабарлады."),
    ("kk", "Ол бала кезінен дәрігер болуды армандаған."),
    ("other", "Лікарі обласної лікарні провели складну операцію на серці."),  # Ukrainian
    ("other", "Урачы абласной бальніцы правялі складаную аперацыю на сэрцы."),  # Belarusian
    ("other", "Лекарите от областната болница направиха сложна операция на сърцето."),  # Bulgarian
    ("other", "Облустук ооруканада жүрөк операциясы ийгиликтүү өттү."),  # Kyrgyz
    ("other", "Өлкә хастаханәсендә йөрәк операциясе уңышлы үтте."),  # Tatar
    ("other", "The regional hospital performed a complex heart operation."),
    # short texts that letters and n-grams leave open; word lookups decide them
    ("ru", "Рассыпала муку!"),
    ("ru", "@user-12 Спасибо!"),  # a Latin handle neither counts nor makes the first word a name
    ("other", "Етап завершено."),  # Ukrainian
    ("kk", "Жаңбыр жауып тұр деп ойлаймын."),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_identify(expected, text):
    lang, confidence = identify(text)
    assert lang == expected
    assert 0.0 <= confidence <= 1.0


# the rules of data/langid_function_words.toml ([reply], [enclitic]) and data/langid_spelling.toml
SHORT_SENTENCE_RULES = [
    ("ru", "— Да."),  # an answer word: Russian or Bulgarian "yes", the prior decides; never the Kazakh particle
    ("ru", "Да, конечно."),
    ("kk", "— Рахмет!"),  # a listed answer word counts as known to the Kazakh dictionary, which lacks it
    ("kk", "Әрине."),  # ә is Tatar too; the reply list decides
    ("kk", "Тыныш!"),
    ("other", "Кыз апасына кат жазды."),  # Kyrgyz: Kazakh writes қыз, never кы or гы
    ("other", "Кыш катуу болду."),
    ("kk", "Қыз анасына хат жазды."),  # the Kazakh spelling of the same
    ("ru", "Врачи Кызылорды приняли пациентов из района."),  # the pair costs Kazakh only
    ("other", "Не помня да съм ходил у тях."),  # Bulgarian: a reply word counts only where it opens the text
]


@pytest.mark.parametrize(("expected", "text"), SHORT_SENTENCE_RULES)
def test_short_sentence_rules(expected, text):
    assert identify(text)[0] == expected


def test_identify_is_deterministic():
    text = "Ашылу салтанатына облыс әкімі мен денсаулық сақтау басқармасының басшысы қатысты."
    assert len({identify(text) for _ in range(5)}) == 1


def test_dictionaries_decide_short_russian_and_are_optional():
    without = LanguageIdentifier(dictionaries={"ru": None, "uk": None, "kk": None})
    assert without.identify("Рассыпала муку!")[0] == "other"  # letters and n-grams alone lean to Bulgarian
    assert identify("Рассыпала муку!")[0] == "ru"
    for expected, text in CASES[:15]:  # nothing else depends on a dictionary being installed
        assert without.identify(text)[0] == expected


def test_kazakh_case_suffix_on_a_name_counts_in_full():
    weights = dict(_cyrillic_words("Финал Рио-де-Жанейродағы стадионда, аким Жезқазғана приехал.")[0])
    assert weights["жанейродағы"] == 1.0  # Kazakh grammar on a foreign name
    assert weights["жезқазғана"] == 0.5  # a Kazakh name inflected the Russian way stays a name


def test_a_profile_built_from_little_text_expects_more_unseen_ngrams():
    big = {"name": "big", "freq": {"а": 9000, "б": 1000, "аб": 5000, "ба": 4000, "аба": 3000}}
    small = {"name": "small", "freq": {"а": 90, "б": 10, "аб": 50, "ба": 40, "аба": 30}}
    third = {"name": "third", "freq": {"в": 10, "вв": 5}}
    table = _ngram_table([big, small, third], ["big", "small", "third"], ["big", "small", "third"])
    assert table["аб"][0] == pytest.approx(table["аб"][1], abs=0.05)  # same relative frequency either way
    assert table["вв"][1] > table["вв"][0] + 1  # a bigram neither has costs the small profile far less


def test_no_letters_is_other_with_no_confidence():
    assert identify("") == ("other", 0.0)
    assert identify("12.05.2024 — 15:30") == ("other", 0.0)


def test_long_document_uses_a_bounded_sample():
    text = "Врачи провели операцию, пациент чувствует себя хорошо. " * 2000
    assert identify(text)[0] == "ru"


def test_kazakh_article_with_russian_quote():
    paragraphs = [
        "Облыстық ауруханада жаңа жүрек орталығы ашылды. Мұнда жылына мыңнан астам операция жасалады.",
        "«Мы долго ждали этого дня, теперь жителям не придётся ехать в столицу на операцию», — сказал главный врач.",
        "Орталық заманауи құрал-жабдықпен жарақтандырылған, онда жиырмадан астам маман жұмыс істейді.",
        "Ұлытау",
        "Денсаулық сақтау басқармасының мәліметінше, биыл өңірде тағы екі емхана салынады.",
    ]
    lang, confidence, per_paragraph = identify_paragraphs(paragraphs)
    assert lang == "kk"
    assert 0.5 < confidence <= 1.0
    assert per_paragraph == ["kk", "ru", "kk", "kk", "kk"]


def test_russian_article_full_of_kazakh_place_names_stays_russian():
    paragraphs = [
        "В области Ұлытау впервые провели операцию на открытом сердце.",
        "Пациентов из Жезказгана, Сатпаева и Қаражала больше не будут отправлять в Астану.",
        "Жезқазған",
    ]
    lang, _, per_paragraph = identify_paragraphs(paragraphs)
    assert lang == "ru"
    assert per_paragraph == ["ru", "ru", "ru"]


def test_russian_article_with_kazakh_quotes_words_and_names_stays_russian():
    """(round 149c) Kazakh quotes, words (ауылдық округ, әкімдік) and names in a Russian story: the quotes are Kazakh,
    the story's own paragraphs Russian by their words, and so is the story."""
    paragraphs = [
        "В сельских округах области Ұлытау не хватает врачей: в ряде аулов терапевта нет больше года.",
        "«Біздің ауылда бір кезде үш дәрігер болған. Қазір біреуі де жоқ. Жастар қалаға кетіп қалды», – вспоминает "
        "житель.",
        "Жителям Қарсақпайского ауылдық округа Ұлытауского района за приемом терапевта приходится ехать в Жезказган "
        "– почти 120 километров. В местной амбулатории с прошлой весны работает только фельдшер Сәуле Жұмабекова.",
        "Аким ауылдық округа Ерболат Тәжібаев говорит, что әкімдік готов выделить врачу дом с ремонтом и оплатить "
        "переезд семьи. Молодым специалистам по программе «Дипломмен – ауылға!» положены подъемные.",
        "В управлении здравоохранения обещают с весны ввести для сельских врачей доплату из местного бюджета.",
    ]
    lang, _, per_paragraph = identify_paragraphs(paragraphs)
    assert lang == "ru"
    assert per_paragraph == ["ru", "kk", "ru", "ru", "ru"]


def test_kazakh_paragraphs_with_words_russian_writes_alike_stay_kazakh():
    """от (fire), у (poison), т.с.с. and a Russian quote in straight quotes are no Russian paragraph's signs."""
    paragraphs = [
        "Шымкент қаласындағы жеке үйде түнгі сағат үште пештен от шығып, от үйдің шатырына тарады, от сөндірушілер "
        "жалынды 40 минутта сөндірді.",
        "Дәрігерлердің айтуынша, от сөнбей тұрып, мұржа қақпағын жабуға болмайды, әйтпесе иіс газы тарап, бас ауруы, "
        "әлсіздік т.с.с. белгілер пайда болады.",
        'Дәрігер ата-аналарға "Не откладывайте вакцинацию, в городе корь, и это опасно для детей" деп жазған. Ол '
        "ауылдағы балалардың жартысы ғана екпе алғанын айтты.",
    ]
    assert identify_paragraphs(paragraphs)[0] == "kk"


def test_identify_paragraphs_empty():
    assert identify_paragraphs([]) == ("other", 0.0, [])


@pytest.mark.parametrize("text", ["Врачи провели операцию.", "Дәрігерлер ота жасады.", "Doctors said.", "2024", ""])
def test_every_label_is_a_record_language(text):
    assert LANGS == ("ru", "kk", "other")
    assert identify(text)[0] in LANGS


@pytest.mark.skipif(not DEV.exists(), reason="../shared/eval is not available")
def test_dev_documents_all_right():
    with DEV.open(encoding="utf-8") as lines:
        docs = [row for row in map(json.loads, lines) if row["level"] == "doc"]
    wrong = [row["lang"] for row in docs if identify(row["text"])[0] != row["label"]]
    assert wrong == []


LONG_DOCUMENTS = [
    ("uk", "other", "Міністерство охорони здоров’я повідомило, що в Україні зростає кількість хворих на грип. "
     "Лікарі закликають громадян вакцинуватися та дотримуватися правил гігієни. Це важливо для всіх регіонів."),
    ("bg", "other", "Министерството на здравеопазването съобщи, че броят на болните от грип в страната расте. "
     "Лекарите призовават гражданите да се ваксинират и да спазват правилата за хигиена във всички региони."),
    ("ky", "other", "Саламаттыкты сактоо министрлиги өлкөдө сасык тумоо менен ооругандардын саны көбөйүп жатканын "
     "билдирди. Дарыгерлер жарандарды эмдөөгө жана тазалык эрежелерин сактоого чакырышат."),
    ("ru", "ru", "Министерство здравоохранения сообщило, что число заболевших гриппом в стране растёт. Врачи "
     "призывают граждан вакцинироваться и соблюдать правила гигиены во всех регионах."),
    ("kk", "kk", "Денсаулық сақтау министрлігі елде тұмаумен ауыратындардың саны артып келе жатқанын хабарлады. "
     "Дәрігерлер азаматтарды екпе алуға және гигиена ережелерін сақтауға шақырады."),
]


@pytest.mark.parametrize("source, expected, text", LONG_DOCUMENTS)
def test_documents_decided_by_their_alphabet_or_the_detector(source, expected, text):
    assert identify_paragraphs([text, text])[0] == expected


def test_a_process_holds_one_russian_dictionary_loaded_with_the_stage():
    """langid looks words up in the Russian lemmatizer's pymorphy3 dictionary, loaded by the stage's build before
    workers fork, rather than in a second copy each worker would load."""
    from kzhealth.lang import langid
    from kzhealth.lang.russian import get_russian_lemmatizer
    from kzhealth.pipeline import IngestStage

    langid._dictionary.cache_clear()
    IngestStage().build()
    assert langid._dictionary.cache_info().currsize == len(langid.DICTIONARY_KNOWN_RATE)  # all loaded, none missed
    assert langid._dictionary("ru").__self__ is get_russian_lemmatizer().morph


def test_a_passage_quoted_at_length_in_the_other_language_is_not_the_storys_language():
    """A Kazakh story that quotes a Russian verdict over three paragraphs is Kazakh, however long the verdict."""
    kazakh = [
        "Ақтөбе қалалық сотында жеке стоматологиялық клиникада жалпы наркозбен тіс емдету кезінде қайтыс болған "
        "баланың ісі бойынша үкім шықты. Анестезиолог кінәлі деп танылды.",
        "Үкімде былай делінген:",
        "Баланың анасы үкімге келіспейтінін айтты, олар апелляциялық шағым береді. Клиника басшысы жауапқа "
        "тартылған жоқ, аппараттың бұзық екенін олар білген, дейді ана.",
        "Айта кетейік, оқиғадан кейін медициналық және фармацевтикалық бақылау департаменті клиникаға тексеру "
        "жүргізіп, оның лицензиясын алты айға тоқтатқан болатын. Клиника қазір жұмыс істемейді.",
    ]
    verdict = [
        "«Суд установил, что подсудимая, являясь врачом анестезиологом-реаниматологом ТОО «...», ненадлежащим "
        "образом выполнила свои профессиональные обязанности и не провела должный предоперационный осмотр ребенка.",
        "Доводы защиты о том, что остановка дыхания была вызвана индивидуальной непереносимостью препарата, "
        "опровергаются заключением комиссионной судебно-медицинской экспертизы, проведенной по делу.",
        "На основании изложенного суд приговорил назначить наказание в виде ограничения свободы сроком на два года "
        "с лишением права заниматься медицинской деятельностью сроком на три года».",
    ]
    lang, _, langs = identify_paragraphs(kazakh[:2] + verdict + kazakh[2:])
    assert lang == "kk"
    assert langs[2:5] == ["ru", "ru", "ru"]
    # a Russian story quoting a Kazakh sentence stays Russian; a quote left open is no passage
    assert identify_paragraphs(verdict[1:] + ["«" + kazakh[0]])[0] == "ru"
    # ... and a short lead with a photo's caption is too little of the story's own: the quoted address decides
    caption = "Облыстық балалар жұқпалы аурулар ауруханасының қабылдау бөлімі"
    assert identify_paragraphs(["Главный врач обратился к родителям:", caption] + verdict)[0] == "ru"


def test_kazakh_typed_with_russian_letters_only_is_kazakh():
    """Small sites and phones type қ as к, ұ as у, і as и or ы: its function words still show the language."""
    plain = [
        "Кызылордада жана перинаталдык орталык ашылды. Облыстык денсаулык сактау баскармасынын айтуынша, орталык "
        "150 орынга арналган жане бул жерде жылына 4 мынга жуык бала дуниеге келеди.",
        "Буган дейин облыс орталыгында тек бир перзентхана болды, ал аудандардан келген аналар кезекте туруга "
        "мажбур болатын.",
        "Жана орталыкта реанимация болими де бар, деп хабарлады баскарма.",
    ]
    lang, _, langs = identify_paragraphs(plain)
    assert (lang, langs) == ("kk", ["kk", "kk", "kk"])
    # Russian stays Russian, and so does a Russian paragraph in the Kazakh page
    russian = "В Кызылорде открыли перинатальный центр на 150 мест, сообщили в управлении здравоохранения области."
    assert identify_paragraphs([russian, russian])[0] == "ru"
    assert identify_paragraphs([*plain, russian])[2][3] == "ru"
    # ... and typed so with a few of its letters left ("копшилігі"), a district's name line and a short one among them
    akimat = [
        "Сайрам ауданынын акимдиги",
        "Сайрам ауданында кызылшага карсы косымша иммундау науканы басталды. Аудандык орталык аурухананын мамандары "
        "мектепке дейинги жане мектеп жасындагы балаларды екпемен камту ушин ауылдарды аралап жур.",
        "Биылгы жылдын басынан бери облыста кызылшанын 46 жагдайы тиркелген. Ауырганлардын басым копшилігі екпе "
        "алмаган балалар.",
        "Косымша иммундау 1 жастан 6 жаска дейинги балаларга арналган, деп хабарлады аудандык аурухана.",
    ]
    lang, _, langs = identify_paragraphs(akimat)
    assert (lang, langs) == ("kk", ["kk"] * 4)
    # ... where a Russian paragraph without Russian function words stays Russian
    thanks = ("Главный врач районной больницы Гульнара Ахметова поблагодарила коллег Павлодарской областной больницы, "
              "передавших томограф бесплатно.")
    assert identify_paragraphs([*akimat, thanks])[2][-1] == "ru"


def test_one_text_in_both_languages_is_in_its_headlines():
    """A press release given in full in Kazakh and then in Russian (or the reverse) takes about as many characters
    in each: the page's language is its headline's, whichever version comes first."""
    kazakh = [
        "Жаңаөзен қалалық ауруханасында ангиография кабинеті ашылды. Енді инфаркт алған науқастарды Ақтауға "
        "жеткізудің қажеті жоқ, оларға көмек орнында көрсетіледі.",
        "Кабинетке 450 миллион теңгенің жабдығы сатып алынды, екі кардиолог Астанада оқудан өтті.",
    ]
    russian = [
        "В городской больнице Жанаозена открылся кабинет ангиографии. Теперь пациентов с инфарктом не нужно везти в "
        "Актау, помощь им окажут на месте.",
        "Для кабинета закупили оборудование на 450 миллионов тенге, два кардиолога прошли обучение в Астане.",
    ]
    kazakh_title = "Жаңаөзенде ангиография кабинеті ашылды"
    russian_title = "В Жанаозене открылся кабинет ангиографии"
    for paragraphs in (kazakh + russian, russian + kazakh):
        assert identify_paragraphs(paragraphs, kazakh_title)[0] == "kk"
        assert identify_paragraphs(paragraphs, russian_title)[0] == "ru"
    # a story in one language under a headline in the other is the story's
    assert identify_paragraphs(kazakh + kazakh[::-1], russian_title)[0] == "kk"


def test_a_headline_with_no_story_under_it_is_in_the_headlines_language():
    """(a breaking-news stub saved before its text was written: its record is in its headline's language)"""
    assert identify_paragraphs([], "Қызылордада сот: жас босанушының өліміне кінәлі акушер сотталды")[0] == "kk"
    assert identify_paragraphs([], None) == ("other", 0.0, [])


def test_short_lines_on_a_page_of_kazakh_in_latin_letters_are_kazakh():
    """A table's rows in Latin letters are too short for the detector, which calls them neither language; on a page of
    Kazakh in Latin letters they are Kazakh, so their places are read (round 136b). Russian Cyrillic lines stay Russian."""
    lead = ("Densaulyq saqtau ministrlıgı 2024 jyldyñ qorytyndysy boiynşa öñırlerdıñ därıgerlermen qamtamasyz etıluı "
            "turaly derekterdı jariialady. El boiynşa ortaşa körsetkış – 10 myñ tūrğynğa 28,7 därıger.")
    rows = ["Aqtöbe oblysy | 30,4 | 6,9", "Abai oblysy | 25,9 | 8,6"]
    lang, _, langs = identify_paragraphs([lead, *rows, "В Актобе не хватает врачей общей практики, заявили в облздраве."])
    assert lang == "kk" and langs == ["kk", "kk", "kk", "ru"]
    # ... but only lines whose words read as Kazakh: an English caption stays neither
    assert identify_paragraphs([lead, "Photo: World Health Organization"])[2] == ["kk", "other"]
