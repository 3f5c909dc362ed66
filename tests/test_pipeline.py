from kzhealth.lang.tokenize import words
from kzhealth.pipeline import CHUNK_CHARS, build_record, content_id, words_and_lemmas


def test_long_paragraph_is_lemmatized_whole_in_pieces():
    text = "Врачи провели операцию в больнице Жезказгана. " * (3 * CHUNK_CHARS // 40)
    assert len(text) > 2 * CHUNK_CHARS
    found, lemmas = words_and_lemmas(text, "ru")
    assert found == words(text) and len(lemmas) == len(found)
    assert lemmas[:4] == ["врач", "провести", "операция", "в"]


def test_record_id_depends_on_text_only():
    text = " date 2025-01-02 Заголовок новости о больнице\nВрачи провели операцию в больнице.\n"
    first = build_record(text, "a.txt").record
    second = build_record(text, "elsewhere/b.txt").record
    assert first.id == second.id == content_id(text)
    assert build_record(text + "Ещё абзац.\n", "a.txt").record.id != first.id


def test_kazakh_paragraph_in_russian_document_gets_kazakh_lemmas():
    text = (
        " date 2025-01-02 Врачи провели операцию\n"
        "Врачи областной больницы провели сложную операцию на сердце пациенту из Караганды.\n"
        "Дәрігерлер облыстық ауруханада балаларға күрделі операциялар жасады.\n"
    )
    record = build_record(text, "mixed.txt").record
    assert record.paragraph_langs == ["ru", "kk"]
    assert "бала" in record.lemmas and "больница" in record.lemmas
