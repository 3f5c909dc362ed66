"""ingest on the inputs real folders hold: names in other encodings, paths past PATH_MAX, folders that cannot be
entered, archives and very large files, JSONL/HTML/XML given by mistake, old Cyrillic code pages, documents that
parse to nothing. Each is ingested or named on stderr; none is lost without a word or stops the run."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
import zstandard

from kzhealth.ingest.decode import MAX_DOCUMENT_BYTES, DecodeError
from kzhealth.ingest.files import Skipped, iter_files, read_bytes
from tests.conftest import SEEDS
from kzhealth.ingest.formats import plain_text

RU = "Минздрав Казахстана сообщил о росте заболеваемости гриппом в Алматы.\nВрачи советуют привиться вовремя.\n"


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


# --- File names -----------------------------------------------------------------------------------------------


def test_a_cp1251_file_name_is_ingested_with_its_bytes_escaped(kz, tmp_path):
    folder = os.fsencode(tmp_path)
    name = "Новости.txt".encode("cp1251")  # not UTF-8: as unzipped from a Windows archive
    with open(os.path.join(folder, name), "wb") as stream:
        stream.write(RU.encode())
    (tmp_path / "b.txt").write_text(RU, encoding="utf-8")
    result = kz("ingest", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    shown = str(tmp_path) + "/" + name.decode("utf-8", "backslashreplace")
    assert shown.endswith("/\\xcd\\xee\\xe2\\xee\\xf1\\xf2\\xe8.txt")
    assert [r["source"] for r in records(result.stdout)] == [str(tmp_path / "b.txt"), shown]
    assert f"{shown}: file name is not valid UTF-8" in result.stderr
    for line in result.stdout_bytes.splitlines():
        assert orjson.loads(line)  # no surrogate reached the JSON
    pyarrow_json = pytest.importorskip("pyarrow.json")
    (tmp_path / "out.jsonl").write_bytes(result.stdout_bytes)
    assert pyarrow_json.read_json(tmp_path / "out.jsonl").column("source").to_pylist()[1] == shown


def test_a_skipped_file_with_a_foreign_name_is_named_in_utf8(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), "Ахмет.txt".encode("cp1251")), "wb"):
        pass
    os.mkfifo(os.path.join(os.fsencode(tmp_path), "труба.txt".encode("koi8_r")))
    skipped = [item for item in iter_files([str(tmp_path)]) if isinstance(item, Skipped)]
    assert [item.path.encode("utf-8") for item in skipped]  # valid UTF-8, no surrogates
    assert all("\\x" in item.path for item in skipped)


# --- Paths past PATH_MAX, folders that cannot be entered -----------------------------------------------------


def deep_folder(top: Path, depth: int = 24) -> bytes:
    """Folders nested past PATH_MAX (24 names of 200 bytes), made relative to opened folders as wget does; the
    path of a document at the bottom."""
    folder = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    path = os.fsencode(top)
    try:
        for level in range(depth):
            name = f"{level:03d}".encode() + b"x" * 197
            os.mkdir(name, dir_fd=folder)
            inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=folder)
            os.close(folder)
            folder, path = inner, path + b"/" + name
        fd = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=folder)
        os.write(fd, RU.encode())
        os.close(fd)
    finally:
        os.close(folder)
    return path + b"/deep.txt"


def test_paths_past_path_max_are_walked_and_read(kz, tmp_path):
    deep = deep_folder(tmp_path)
    assert len(deep) > 4096
    (tmp_path / "top.txt").write_text(RU, encoding="utf-8")
    assert [str(item) for item in iter_files([str(tmp_path)])] == [os.fsdecode(deep), str(tmp_path / "top.txt")]
    assert read_bytes(os.fsdecode(deep)) == RU.encode()
    assert [str(item) for item in iter_files([os.fsdecode(deep)])] == [os.fsdecode(deep)]  # named directly
    result = kz("ingest", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert [r["source"] for r in records(result.stdout)] == [os.fsdecode(deep), str(tmp_path / "top.txt")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root enters every folder")
@pytest.mark.parametrize("mode", [0o000, 0o600])
def test_a_folder_that_cannot_be_entered_is_named(kz, tmp_path, mode):
    locked = tmp_path / "locked"
    (locked / "inner").mkdir(parents=True)
    (locked / "inner" / "a.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RU, encoding="utf-8")
    locked.chmod(mode)
    try:
        result = kz("ingest", str(tmp_path), "--jobs", "1")
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 1
    assert f"{locked}: skipped (unreadable" in result.stderr


def test_a_folder_that_lists_but_cannot_be_entered_is_named_once(tmp_path, monkeypatch):
    # As root no mode locks a folder, so the kernel's answers for a folder of mode 0600 are played here.
    locked = tmp_path / "locked"
    (locked / "inner").mkdir(parents=True)
    (locked / "a.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RU, encoding="utf-8")
    real_stat, real_access = os.stat, os.access

    def stat(path, *args, **kwargs):
        if str(path).startswith(f"{locked}/"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: str(path) != str(locked) and real_access(path, mode))
    found = [(str(item), "file") if isinstance(item, Path) else (item.path, item.reason) for item in iter_files([str(tmp_path)])]
    assert found == [(str(tmp_path / "b.txt"), "file"), (str(locked), "unreadable (cannot enter the folder)")]


# --- Archives and very large files ----------------------------------------------------------------------------


def peak_memory_of(code: str) -> tuple[int, str]:
    """Peak resident memory (MB) of a fresh Python running `code`, and its stdout."""
    probe = code + "\nimport resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    *out, peak = done.stdout.split("\n")[:-1]
    return int(peak), "\n".join(out)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(b"PK\x03\x04\x14\x00", id="zip"),
        pytest.param(b"\x1f\x8b\x08\x00", id="gzip"),
        pytest.param(b"notes.txt".ljust(100, b"\x00") + b"0000644\x00".ljust(157, b"\x00") + b"ustar\x0000", id="tar"),
        pytest.param(bytes(range(256)) * 16, id="control bytes"),
    ],
)
def test_a_large_archive_is_refused_from_its_first_bytes(tmp_path, head):
    archive = tmp_path / "archive.txt"
    with open(archive, "wb") as stream:
        stream.write(head)
        stream.truncate(256 << 20)  # sparse: 256 MB that take no disk
    base, _ = peak_memory_of("import kzhealth.ingest.files")
    peak, reason = peak_memory_of(
        "from kzhealth.ingest.files import read_bytes\nfrom kzhealth.ingest.decode import DecodeError\n"
        f"try:\n    read_bytes({str(archive)!r})\nexcept DecodeError as exc:\n    print(exc.reason)"
    )
    assert reason == "binary"
    assert peak - base < 20


def test_a_text_file_past_the_bound_is_refused_unread(tmp_path):
    big = tmp_path / "site.txt"
    with open(big, "wb") as stream:
        stream.write(RU.encode())
        stream.truncate(MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(DecodeError) as caught:
        read_bytes(big)
    assert caught.value.reason == "too large"
    assert "64 MiB" in str(caught.value)


def test_text_that_is_not_binary_is_read_whole(tmp_path):
    for name, data in {
        "long.txt": RU.encode() * 5000,
        "utf16.txt": ((RU * 400)[:32767] + "😀" + RU * 100).encode("utf-16-le"),  # the emoji across the 64 KiB head
        "padded.txt": RU.encode() + b"\x00" * 300,
    }.items():
        (tmp_path / name).write_bytes(data)
        assert read_bytes(tmp_path / name) == data


# --- Documents that parse to nothing --------------------------------------------------------------------------


def test_a_file_with_only_the_date_header_is_skipped_as_empty(kz, tmp_path):
    (tmp_path / "header.txt").write_text(" date 2025-01-02\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(RU, encoding="utf-8")
    result = kz("ingest", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [str(tmp_path / "story.txt")]
    assert f"{tmp_path / 'header.txt'}: skipped (empty" in result.stderr


@pytest.mark.parametrize("text", ["Қызылша індеті тарады.", " date 2025-03-01 Қызылша індеті тарады.\n"])
def test_a_short_kazakh_note_keeps_its_text(kz, tmp_path, text):
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    result = kz("ingest", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert (record["text"], record["lang"]) == ("Қызылша індеті тарады.", "kk")


def test_no_document_is_emptied_without_a_word(kz, tmp_path):
    (tmp_path / "furniture.txt").write_text("Фото: Иванов\n12.05.2025 10:48\n", encoding="utf-8")
    result = kz("ingest", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 1 and result.stdout == ""
    assert f"{tmp_path / 'furniture.txt'}: skipped (empty" in result.stderr


# --- Files that are not articles ------------------------------------------------------------------------------

RECORD_LINE = '{"id": "a", "source": "a.txt", "text": "Минздрав сообщил о гриппе."}\n'
NOT_ARTICLES = {
    "corpus.jsonl": (RECORD_LINE * 50, "JSONL, not an article: give records to kzhealth tag"),
    "one.json": ('{"items": [{"title": "Минздрав", "text": "Врачи советуют привиться."}]}', "JSON, not an article"),
    # a kzhealth record alone in its file, its headline and text among its fields: records go to tag
    "record.json": (
        '{"id": "a", "title": "Минздрав", "text": "Врачи советуют привиться.", "lemmas": ["врач", "советовать"]}',
        "JSON, not an article",
    ),
    "page.html": (
        "<!DOCTYPE html>\n<html><head><title>Минздрав</title></head><body><p>Врачи советуют.</p></body></html>",
        "HTML, not plain text",
    ),
    "saved.txt": (
        " date 2025-01-02 <div class='news'><h1>Корь</h1>" + "<p>Врачи советуют привиться вовремя.</p>" * 8 + "</div>",
        "HTML, not plain text",
    ),
    "feed.xml": ('<?xml version="1.0"?><rss><channel><item>Минздрав</item></channel></rss>', "XML, not an article"),
    "cases.csv": (
        "date,region,cases\n" + "".join(f"2025-01-0{d},almaty,{d}\n" for d in range(1, 8)),
        "CSV, not an article",
    ),
}


@pytest.mark.parametrize("name", NOT_ARTICLES)
def test_files_that_are_not_articles_are_refused_saying_what_they_are(kz, tmp_path, name):
    text, reason = NOT_ARTICLES[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "story.txt").write_text(RU, encoding="utf-8")
    result = kz("ingest", str(tmp_path / name), str(tmp_path / "story.txt"), "--jobs", "1")
    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [str(tmp_path / "story.txt")]
    assert f"{tmp_path / name}: skipped ({reason}" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        RU,
        "Врачи советуют: мыть руки, проветривать, прививаться.\n" * 3,  # the same commas, three paragraphs
        "Он сказал, что тег <br> в тексте не нужен, а <p> тоже.\n" + RU,
        "[Видео] Минздрав сообщил о гриппе.\n" + RU,
        "{Уточнение} Минздрав сообщил о гриппе.\n" + RU,
        "Список:\n1, 2, 3\n" + RU,
    ],
)
def test_prose_that_looks_a_little_like_data_is_kept(kz, tmp_path, text):
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    result = kz("ingest", str(tmp_path / "story.txt"), "--jobs", "1")
    assert result.exit_code == 0, result.stderr


def test_a_text_saved_with_its_paragraph_tags_and_entities_is_read_without_them(kz, tmp_path):
    """A scraper that kept `<p>`, `<br>`, `<strong>` and `&nbsp;` saved an article all the same."""
    page = (
        "<strong>Здоровье</strong>\n"
        "В Алматы выявили вспышку гепатита А\n"
        "<p>21 сентября 2022, 10:05</p>\n"
        "<p><strong>В Алатауском районе за две недели зарегистрировали 37 случаев гепатита А.</strong></p>\n"
        "<p>Большинство заболевших живут в микрорайоне Шанырак-2.<br>Все&nbsp;госпитализированы в &laquo;инфекционку&raquo;.</p>\n"
        "<p>Взяты пробы воды, в школах проведена дезинфекция.</p>\n"
    )
    (tmp_path / "story.txt").write_text(page, encoding="utf-8")
    result = kz("ingest", str(tmp_path / "story.txt"), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["title"] == "В Алматы выявили вспышку гепатита А" and record["date"] == "2022-09-21"
    assert "<" not in record["text"] and "&" not in record["text"]
    assert "Все\u00a0госпитализированы в «инфекционку»." in record["text"].split("\n")
    # ... and with a stray "<div>" of its layout among ten tags and more: still mostly text, no page
    divided = "<div class=\"article\">\n" + page + "<p>Эпидемиологи проверяют водопровод.</p>\n</div>\n"
    (tmp_path / "story.txt").write_text(divided, encoding="utf-8")
    result = kz("ingest", str(tmp_path / "story.txt"), "--jobs", "1")
    assert result.exit_code == 0 and records(result.stdout)[0]["title"] == "В Алматы выявили вспышку гепатита А"


NAIVE_SCRAPE = [  # all of a page's HTML text, as BeautifulSoup's get_text() keeps it
    "Қызылордада балалардың тісін жалпы наркозбен тегін емдеу басталды | Kazinform",  # its <title>
    "window.dataLayer = window.dataLayer || [];",
    "function gtag(){dataLayer.push(arguments);}",
    "gtag('js', new Date());",
    "!function(e,t,a){(t[a]=t[a]||[]).push(function(){try{t.yaCounter41201249=new Ya.Metrika({id:41201249})}catch(e){}})}(document,window,\"cb\");",
    "Яндекс.Метрика",
    "Kazinform",
    "Басты бет",
    "Денсаулық",
    "Қызылордада балалардың тісін жалпы наркозбен тегін емдеу басталды",
    "14.01.2026, 10:25",
    "Облыстық балалар стоматологиялық емханасында балалардың тісін жалпы наркозбен емдеу қызметі іске қосылды. "
    "Бұл туралы облыстық денсаулық сақтау басқармасы хабарлады.",
    "Қызмет міндетті әлеуметтік медициналық сақтандыру аясында тегін көрсетіледі. Бірінші аптада 18 бала ем алды.",
    "Пікірлер жүктелуде...",
    "Серік",
    "Түркістан облысында да сол жағдай.",
    '{"props":{"pageProps":{"news":{"title":"Ақтөбеде анестезиолог сотталды","date":"2026-01-13"}}}}',
    'window.__NUXT__={state:{latest:[{title:"Шымкентте қызылшаға қарсы екпе"}]}};',
    ".news-title{font-size:32px}@media (max-width: 768px){.news-title{font-size:22px}}",
    "Аймақтар: Астана Алматы Шымкент Абай облысы Ақмола облысы Ақтөбе облысы Алматы облысы Атырау облысы",
    "© 1997–2026 «Kazinform» ХАА.",
]


def test_a_naive_scrapes_code_region_menu_and_comments_are_no_story(kz, tmp_path):
    """A scraper that kept all of the HTML's text: the scripts' and styles' code, a framework's state with other
    stories' headlines, the menu of regions and readers' comments under the loading widget are not the story."""
    (tmp_path / "page.txt").write_text("\n".join(NAIVE_SCRAPE), encoding="utf-8")
    result = kz("ingest", str(tmp_path / "page.txt"), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["lang"] == "kk" and record["date"] == "2026-01-14"
    assert record["title"] == "Қызылордада балалардың тісін жалпы наркозбен тегін емдеу басталды"
    assert record["text"].split("\n") == NAIVE_SCRAPE[11:13]


@pytest.mark.parametrize(
    "line",
    [
        "Формула простая: доза (мг) = вес (кг) × 0,5; детям до 3 лет (по назначению врача) – меньше.",
        "Пациентку перевели в реанимацию (в 14:20); врачи (их было трое) боролись за её жизнь.",
        "В приложении Windows (версия 10) и на сайте gov.kz (раздел «Здоровье») можно записаться к врачу.",
        # a list's items, a name and its country (the eighteenth session's review)
        "Vaxigrip (Франция);",
        "Damumed (мобильное приложение);",
    ],
)
def test_a_story_line_with_brackets_and_signs_is_no_code(line):
    assert plain_text(f"Заголовок\n{line}\nfunction gtag(){{dataLayer.push(arguments);}}") == f"Заголовок\n{line}"


STORY_LINES = [
    "В Таразе впервые пересадили печень от живого донора",
    "8 апреля 2025 11:42",
    (
        "В Жамбылской областной больнице впервые провели родственную трансплантацию печени. Пациенту пересадили "
        "часть печени его сестры, сообщили в управлении здравоохранения."
    ),
    "Операция длилась почти 11 часов. Ее провели местные хирурги вместе с бригадой из Астаны.",
]
MORE = [  # paragraphs enough to show a text wrapped at one width
    (
        "Раньше таких пациентов направляли в республиканские центры, и люди месяцами ждали своей очереди. Теперь "
        "часть операций смогут делать на месте, а в этом году планируют провести еще три-четыре родственные пересадки."
    ),
    (
        "Сейчас состояние донора и реципиента врачи оценивают как удовлетворительное. Сестру пациента выписали на "
        "девятые сутки, сам он остается под наблюдением трансплантологов областной больницы."
    ),
]


def ingested(kz, tmp_path, text: str) -> dict:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    result = kz("ingest", str(tmp_path / "page.txt"), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    return record


def wrapped(paragraph: str, width: int = 74, indent: str = "   ") -> str:
    import textwrap

    return "\n".join(indent + line for line in textwrap.wrap(paragraph, width))


def test_a_text_browsers_dump_reads_as_the_page(kz, tmp_path):
    """`lynx -dump`: link numbers, image placeholders, lines wrapped at 78 columns, the links' addresses at the end."""
    title, stamp, lead, body = STORY_LINES
    dump = "\n\n".join([
        "   [1]Tengrinews.kz", "     * [2]Казахстан\n     * [3]Мир\n     * [4]Медицина",
        "   Поиск: ______________________ (BUTTON) Найти", "              " + title, "   " + stamp,
        "   [Хирурги во время операции]", wrapped(lead), wrapped(body), *map(wrapped, MORE),
        "   Теги: [5]трансплантация [6]Тараз",
        "References", "\n".join(f"   {n}. https://tengrinews.kz/{part}/" for n, part in enumerate(
            ["", "kazakhstan", "world", "medicine", "tag/transplant", "tag/taraz"], start=1)),
    ])
    record = ingested(kz, tmp_path, dump)
    assert (record["title"], record["date"], record["lang"]) == (title, "2025-04-08", "ru")
    assert record["text"].split("\n") == [lead, body, *MORE]


def test_markdown_from_a_converter_or_reader_service_reads_as_the_page(kz, tmp_path):
    title, _, lead, body = STORY_LINES
    markdown = "\n\n".join([
        f"Title: {title} | Tengrinews.kz", "URL Source: https://tengrinews.kz/kazakhstan_news/v-taraze-566214/",
        "Published Time: 2025-04-07T19:42:00Z", "Markdown Content:",
        "[![Image 1: Tengrinews.kz](https://tengrinews.kz/logo.svg)](https://tengrinews.kz/)",
        "*   [Казахстан](https://tengrinews.kz/kazakhstan/)\n*   [Медицина](https://tengrinews.kz/medicine/)",
        f"# {title}", "![Хирурги во время операции](https://tengrinews.kz/photo.jpg)",
        lead.replace("впервые", "**впервые**"), body.replace("Астаны", "[Астаны](https://tengrinews.kz/tag/astana/)"),
        "---", "Теги: [трансплантация](https://tengrinews.kz/tag/transplant/)",
    ])
    record = ingested(kz, tmp_path, markdown)
    # the stamp is in UTC: 19:42 on 7 April is 00:42 on 8 April in Kazakhstan
    assert (record["title"], record["date"]) == (title, "2025-04-08")
    assert lead in record["text"].split("\n") and body in record["text"].split("\n")
    assert "](" not in record["text"] and "**" not in record["text"]


def test_a_markdown_pages_logo_names_the_outlet_by_its_alt_text(kz, tmp_path):
    title, _, lead, body = STORY_LINES
    markdown = "\n\n".join([
        "![Арқа ажары – Ақмола облыстық қоғамдық-саяси газеті](/static/img/logo.png)",
        "* [Басты бет](/)\n* [Жаңалықтар](/news)\n* [Денсаулық](/densaulyq)",
        f"# {title}", "![Хирурги во время операции](/upload/photo.jpg)", lead, body,
    ])
    record = ingested(kz, tmp_path, markdown)
    assert (record["title"], record["outlet"]) == (title, "Арқа ажары")
    assert "Хирурги во время операции" not in record["text"]  # a photo's alt text is no story
    # an image linking to the site's home is its logo, whatever its file's name
    markdown = "\n\n".join([
        "[Ақ желең – ауыл дәрігерлері туралы арнайы жоба](https://didar.kz/ak-zhelen/)",
        "[![Дидар](https://didar.kz/static/img/header.svg)](https://didar.kz/)",
        "Шығыс Қазақстан облыстық қоғамдық-саяси газеті",
        "[Басты бет](https://didar.kz/) | [Жаңалықтар](https://didar.kz/news)", f"# {title}", lead, body,
    ])
    assert ingested(kz, tmp_path, markdown)["outlet"] == "Didar.kz"
    # ... with or without its "www."; and one named so among other words ("sitelogo.png")
    assert ingested(kz, tmp_path, markdown.replace("](https://didar.kz/news", "](https://www.didar.kz/news"))[
        "outlet"] == "Didar.kz"
    assert ingested(kz, tmp_path, markdown.replace("[![Дидар](https://didar.kz/static/img/header.svg)](https://didar.kz/)",
                                                   "![Дидар](/img/sitelogo.png)"))["outlet"] == "Didar.kz"
    # ... not a banner linking to an advertiser's home, nor a photo in the story linking to a hospital's
    markdown = "\n\n".join([
        "[![Kaspi.kz](https://cdn.example.kz/banners/kaspi-970x90.jpg)](https://kaspi.kz/)",
        "[Басты бет](https://didar.kz/) | [Жаңалықтар](https://didar.kz/news) | [Денсаулық](https://didar.kz/health)",
        f"# {title}", lead, "[![Областная больница](/upload/operation.jpg)](https://zhob.kz/)", body,
    ])
    record = ingested(kz, tmp_path, markdown)
    assert record["outlet"] != "Kaspi.kz" and "Областная больница" not in record["text"]


@pytest.mark.parametrize(
    "tool", ["trafilatura", "newspaper3k", "newspaper3k printed", "clipper", "feed", "json-ld", "json-ld script"]
)
def test_an_extraction_tools_metadata_gives_the_headline_and_date_and_goes(kz, tmp_path, tool):
    title, _, lead, body = STORY_LINES
    if tool == "trafilatura":
        head = ["---", f"title: {title}", "author: Айгүл Сәрсенбаева", "url: https://tengrinews.kz/kazakhstan_news/566214/",
                "hostname: tengrinews.kz", f"description: {lead[:80]}", "sitename: Tengrinews.kz", "date: 2025-04-07",
                "categories: Медицина", "---"]
    else:
        head = ["URL: https://tengrinews.kz/kazakhstan_news/566214/", f"Title: {title}",
                "Authors: ['Дина Касымова', 'Фото Из Открытых Источников']", "Publish date: 2025-04-07 00:00:00",
                "Top image: https://tengrinews.kz/photo.jpg", "Keywords: ['трансплантация', 'тараз']",
                f"Summary: {lead[:80]}", "операции будут делать регулярно.", "", "Text:"]
    if tool == "newspaper3k printed":  # (round 183c) its fields as a script prints them, the site's name among them
        head = [f"Title: {title}", "Authors: ['Дина Касымова']", "Publish Date: 2025-04-07 00:00:00",
                "URL: https://example.kz/566214/", "Site name: Tengrinews.kz", "Meta lang: ru",
                "Top Image: https://example.kz/photo.jpg", f"Summary: {lead[:80]}", "", "Text:"]
    if tool == "clipper":  # a web clipper's front matter: lists, quoted values, the address as its source
        head = ["---", f'title: "{title}"', 'source: "https://tengrinews.kz/kazakhstan_news/566214/"', "author:",
                '  - "[[Дина Касымова]]"', "published: 2025-04-07", "created: 2025-04-09", "tags:", '  - "clippings"',
                "scraped_at: 2025-04-09T04:12:09Z", "---"]
    if tool == "json-ld":  # a page's schema.org block pasted above its text, on one line: no JSONL
        block = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                 "datePublished": "2025-04-06T21:40:00Z", "publisher": {"@type": "Organization", "name": "Tengrinews.kz"}}
        head = [json.dumps(block, ensure_ascii=False), "", title]
    if tool == "json-ld script":  # ... and in its tag, over several lines, its publisher by reference; the page's
        # headline is its own, not a search engine's shorter one
        head = ['<script type="application/ld+json">', "{", '  "@context": "https://schema.org",',
                '  "@graph": [{"@type": "Organization", "@id": "#org", "name": "Tengrinews.kz"}, {"@type": "NewsArticle",',
                '  "headline": "Пересадка почки в Таразе", "datePublished": "2025-04-07T09:15:00+05:00",',
                '  "publisher": {"@id": "#org"}}]', "}", "</script>", "", title]
    if tool == "feed":  # a feed item as a feed tool saves it: its pubDate in GMT is the next day in Kazakhstan
        head = ["Feed: Tengrinews.kz - Последние новости", "Saved: 2025-04-09 08:12:44 (rss2txt 0.9.3)", "=" * 40,
                f"Title: {title}", "Link: https://tengrinews.kz/kazakhstan_news/566214/",
                "pubDate: Sun, 06 Apr 2025 20:40:00 GMT", "Category: Казахстан", "Description:"]
    record = ingested(kz, tmp_path, "\n".join([*head, lead, "", body]))
    assert (record["title"], record["date"], record["outlet"]) == (title, "2025-04-07", "Tengrinews.kz")
    assert record["text"].split("\n") == [lead, body]


@pytest.mark.parametrize(
    "stamp",
    ["Sun, 06 Apr 2025 20:40:00 GMT", "Sun, 06 Apr 2025 20:40:00 -0000", "2025-04-06 20:40:00 UTC",
     "2025-04-06T20:40:00Z", "2025-04-07T01:40:00+05:00"],
)
def test_a_feed_items_stamp_is_dated_in_kazakhstan_whatever_its_zone_is_written_as(kz, tmp_path, stamp):
    title, _, lead, body = STORY_LINES
    head = ["Feed: Tengrinews.kz - Последние новости", "=" * 40, f"Title: {title}",
            "Link: https://tengrinews.kz/kazakhstan_news/566214/", f"pubDate: {stamp}", "Description:"]
    assert ingested(kz, tmp_path, "\n".join([*head, lead, "", body]))["date"] == "2025-04-07"


def feed_xml(shape: str) -> str:
    """One item of Tengrinews's feed as a scraper saves it, in XML, published 6 April 2025 at 20:40 GMT (7 April in
    Kazakhstan)."""
    title, _, lead, body = STORY_LINES
    link = "<link>https://tengrinews.kz/kazakhstan_news/566214/</link>"
    if shape == "rss":  # the channel over the item; the story's HTML in CDATA under a description that is its lead
        return "\n".join([
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
            "<channel><title>Tengrinews.kz</title><link>https://tengrinews.kz</link>",
            "<lastBuildDate>Tue, 08 Apr 2025 06:00:00 +0500</lastBuildDate>",
            f"<item><title>{title}</title>", link, "<pubDate>Sun, 06 Apr 2025 20:40:00 GMT</pubDate>",
            f"<description><![CDATA[{lead}]]></description>",
            f'<content:encoded><![CDATA[<p><img src="/photo.jpg" alt="{title}"/></p><p>{lead}</p>\n<p>{body}</p>]]>'
            "</content:encoded>",
            "</item></channel></rss>",
        ])
    if shape == "atom":  # the feed's title over the entry; its content escaped, not in CDATA
        return "\n".join([
            '<?xml version="1.0" encoding="utf-8"?>', '<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>',
            '<feed xmlns="http://www.w3.org/2005/Atom">',
            "<title>Tengrinews.kz</title>", '<link href="https://tengrinews.kz/"/>',
            f'<entry><title type="html">{title}</title>',
            '<link href="https://tengrinews.kz/kazakhstan_news/566214/"/>',
            "<published>2025-04-06T20:40:00Z</published><updated>2025-04-09T08:00:00Z</updated>",
            f'<content type="html">&lt;p&gt;{lead}&lt;/p&gt;&lt;p&gt;{body}&lt;/p&gt;</content>', "</entry></feed>",
        ])
    if shape == "item":  # the item alone: the site is its link's; a description with a photo and no closing tag
        return "\n".join([
            f"<item><title>{title}</title>", link, "<pubDate>Sun, 06 Apr 2025 20:40:00 GMT</pubDate>",
            f'<description>&lt;img src="https://tengrinews.kz/photo.jpg"&gt;{lead}&lt;br&gt;{body}</description>',
            "</item>",
        ])
    # an aggregator's item: the publisher is its source, named after the title too; the link is the aggregator's
    return "\n".join([
        '<?xml version="1.0"?>', "<rss><channel><title>Google Новости - Здоровье</title>",
        f"<item><title>{title} - Tengrinews.kz</title>",
        "<link>https://news.google.com/rss/articles/CBMi9AFBVV95</link>",
        "<pubDate>Sun, 06 Apr 2025 20:40:00 GMT</pubDate>",
        f"<description><![CDATA[<p>{lead}</p><p>{body}</p>]]></description>",
        '<source url="https://tengrinews.kz">Tengrinews.kz</source>', "</item></channel></rss>",
    ])


@pytest.mark.parametrize("shape", ["rss", "atom", "item", "aggregator"])
def test_a_feeds_item_saved_as_xml_is_read_as_its_page(kz, tmp_path, shape):
    title, _, lead, body = STORY_LINES
    record = ingested(kz, tmp_path, feed_xml(shape))
    assert (record["title"], record["date"], record["outlet"]) == (title, "2025-04-07", "Tengrinews.kz")
    assert record["text"].split("\n") == [lead, body]


def test_a_feed_items_publisher_is_the_known_outlet_its_channel_or_link_names(kz, tmp_path):
    # the paper Айқын's channel: its name alone, which is also a word ("clear"), is the known outlet Aikyn.kz
    rss = feed_xml("rss").replace("<title>Tengrinews.kz</title><link>https://tengrinews.kz</link>",
                                  "<title>Айқын</title><link>https://aikyn.kz</link>")
    assert ingested(kz, tmp_path, rss)["outlet"] == "Aikyn.kz"
    # ... and a channel named with more than the site's name gives way to the link's known site
    rss = feed_xml("rss").replace("<title>Tengrinews.kz</title>", "<title>Последние новости - Tengrinews</title>")
    assert ingested(kz, tmp_path, rss)["outlet"] == "Tengrinews.kz"


def test_a_page_saved_under_a_feed_items_fields_is_read_under_them(kz, tmp_path):
    title, _, lead, body = STORY_LINES
    item = "\n".join(feed_xml("item").splitlines()[:3]) + "\n</item>"  # its title, link and date only
    page = "\n\n".join(["Tengrinews.kz", "Главная | Казахстан | Здоровье", title, "7 апреля 2025, 01:40", lead, body])
    record = ingested(kz, tmp_path, f"{item}\n{page}")
    assert (record["title"], record["date"], record["outlet"]) == (title, "2025-04-07", "Tengrinews.kz")
    assert record["text"].split("\n") == [lead, body]


@pytest.mark.parametrize(
    "shape",
    ["one line", "long image tag", "entities in the title", "category feed", "redirect link", "atom links", "footer"],
)
def test_feed_items_as_sites_write_them_are_read_as_their_pages(kz, tmp_path, shape):
    """(a review of the feed reader) what WordPress, Yandex Turbo, Blogger and Google Alerts put in their items."""
    title, _, lead, body = STORY_LINES
    rss, outlet = feed_xml("rss"), "Tengrinews.kz"
    if shape == "one line":  # a minified feed: ten tags to a line are no page's HTML here
        rss = rss.replace("\n", "").replace("<p>", '<figure><img src="/a.jpg"/><a href="/x"></a></figure><p>', 4)
    if shape == "long image tag":  # WordPress's srcset makes an image's tag longer than any a text's scraper leaves
        srcset = ", ".join(f"https://tengrinews.kz/uploads/2025/04/photo-{w}.jpg {w}w" for w in range(100, 2000, 100))
        rss = rss.replace('<p><img src="/photo.jpg"', f'<p><img srcset="{srcset}" src="/photo.jpg"')
    if shape == "entities in the title":  # escaped in its CDATA, or twice
        escaped = title.replace("живого", "&quot;живого&quot;")
        rss = rss.replace(f"<title>{title}</title>", f"<title><![CDATA[{escaped}]]></title>")
        title = title.replace("живого", '"живого"')
    if shape == "category feed":  # a channel's title that is no outlet's name: the link's site
        rss = rss.replace("<title>Tengrinews.kz</title>", "<title>Здоровье – Рудный Экспресс</title>")
        rss = rss.replace("https://tengrinews.kz/kazakhstan_news/566214/", "https://rudexpress.kz/zdorove/566214/")
        outlet = "Rudexpress.kz"
    if shape == "redirect link":  # Google Alerts' link through its redirector names the site in its query
        rss = rss.replace("<title>Tengrinews.kz</title>", "<title>Google Alert - корь</title>").replace(
            "<link>https://tengrinews.kz/kazakhstan_news/566214/</link>",
            "<link>https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://tengrinews.kz/kazakhstan_news/566214/"
            "&amp;ct=ga</link>",
        )
    if shape == "footer":  # Yoast's line under the story
        rss = rss.replace("</p>]]>", f"</p><p>Сообщение {title} появились сначала на Tengrinews.kz.</p>]]>")
    if shape == "atom links":  # Blogger's entry: its edit link first, the page's the alternate one
        rss = feed_xml("atom").replace("<title>Tengrinews.kz</title>", "").replace(
            '<link href="https://tengrinews.kz/kazakhstan_news/566214/"/>',
            "<link rel='edit' href='https://www.blogger.com/feeds/123/posts/default/456'/>"
            "<link rel='alternate' href='https://tengrinews.kz/kazakhstan_news/566214/'/>",
        )
    record = ingested(kz, tmp_path, rss)
    assert (record["title"], record["date"], record["outlet"]) == (title, "2025-04-07", outlet)
    assert record["text"].split("\n") == [lead, body]


def test_an_aggregators_item_whose_description_is_only_links_has_no_story(kz, tmp_path):
    """Google News: the description is the headline linked, with its outlet's name, or a list of other outlets'
    headlines; none of it is the story, whose places and topics they would add."""
    title, *_ = STORY_LINES
    headlines = [(title, "Tengrinews.kz"), ("В Актобе от кори умер ребенок", "NUR.KZ")]
    related = "".join(f'<li><a href="https://news.google.com/rss/articles/{n}">{headline}</a>&nbsp;'
                      f"<font>{site}</font></li>" for n, (headline, site) in enumerate(headlines))
    page = feed_xml("aggregator").split("<description>")[0]
    page += f"<description><![CDATA[<ol>{related}</ol>]]></description>"
    page += '<source url="https://tengrinews.kz">Tengrinews.kz</source></item></channel></rss>'
    (tmp_path / "item.xml").write_text(page, encoding="utf-8")
    result = kz("ingest", str(tmp_path / "item.xml"), "--jobs", "1")
    (record,) = records(result.stdout)
    assert (record["title"], record["outlet"], record["text"]) == (title, "Tengrinews.kz", "")
    assert "no story text under the headline" in result.stderr


@pytest.mark.parametrize(
    ("shape", "reason"),
    [
        ("no item", "XML, not an article"),
        ("cut short", "XML, not an article"),  # its one item's end lost
        ("second cut short", "XML, a feed of 2 items"),
        ("many unclosed", "XML, not an article"),  # one pass over the file, not one for each opening
    ],
)
def test_a_feed_cut_short_or_empty_is_refused(kz, tmp_path, shape, reason):
    rss = feed_xml("rss")
    item = rss[rss.index("<item>") : rss.index("</item>") + len("</item>")]
    feed = {
        "no item": rss.replace(item, ""),
        "cut short": rss[: rss.index("</p>")],
        "second cut short": rss.replace(item, item + item[: item.index("</p>")]),
        "many unclosed": rss.replace(item, "<item><title>Новость</title>" * 20_000),
    }[shape]
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    (tmp_path / "story.txt").write_text(RU, encoding="utf-8")
    result = kz("ingest", str(tmp_path / "feed.xml"), str(tmp_path / "story.txt"), "--jobs", "1")
    assert result.exit_code == 1 and len(records(result.stdout)) == 1
    assert f"{tmp_path / 'feed.xml'}: skipped ({reason}" in result.stderr


def test_a_feed_of_several_items_is_refused_saying_how_many(kz, tmp_path):
    item = feed_xml("rss").split("<item>")[1].split("</item>")[0]
    (tmp_path / "feed.txt").write_text(feed_xml("rss").replace(item, f"{item}</item><item>{item}</item><item>{item}"))
    (tmp_path / "story.txt").write_text(RU, encoding="utf-8")
    result = kz("ingest", str(tmp_path / "feed.txt"), str(tmp_path / "story.txt"), "--jobs", "1")
    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == [str(tmp_path / "story.txt")]
    assert f"{tmp_path / 'feed.txt'}: skipped (XML, a feed of 3 items, not an article: save each item" in result.stderr


def test_a_tools_title_with_the_sites_name_after_it_is_the_headline_the_page_prints(kz, tmp_path):
    title, _, lead, body = STORY_LINES
    head = [f"Title: {title} | Ертіс өңірі", "Authors: ['Ертіс Өңірі']", "Publish date: 2025-04-07 00:00:00", "Text:"]
    assert ingested(kz, tmp_path, "\n".join([*head, "Ертіс өңірі", "", title, "", lead, "", body]))["title"] == title


def test_pandocs_markdown_reads_as_the_page(kz, tmp_path):
    """Fenced divs, a heading's and a span's attributes, a backslash's line break (a wget mirror through pandoc)."""
    title, _, lead, body = STORY_LINES
    page = "\n".join([
        "::: {.header .site-header}", "[Vlast.kz](https://vlast.kz/){.logo}", "", "-   [Общество](https://vlast.kz/obschestvo/)",
        ":::", "", "::: {.article}", f"# {title} {{#title .article-title}}", "", "::: {.article-meta}",
        "[Асель Муратова]{.author}\\", "[7 апреля 2025]{.date}\\", ":::", "", "::: {.article-body}", lead, "", body, ":::", ":::",
    ])
    record = ingested(kz, tmp_path, page)
    assert (record["title"], record["date"], record["text"].split("\n")) == (title, "2025-04-07", [lead, body])


def test_a_story_that_opens_with_field_like_lines_is_read_whole():
    from kzhealth.ingest.formats import plain_text

    # many "URL:" lines under a "Title:" (no "Text:" line): no tool's metadata, and read at once (the fields'
    # pattern must not try each line both as a field and as a field's next line)
    text = "Title: a\n" + "URL: https://x.kz/a\n" * 40 + "Текст статьи.\n"
    assert plain_text(text) == text


def test_a_pdf_bulletins_wrapped_and_hyphenated_lines_are_joined(kz, tmp_path):
    title, stamp, _, _ = STORY_LINES
    pdf = "\n".join([
        title, stamp, "",
        "В Жамбылской областной больнице впервые провели родственную трансплантацию пече-",
        "ни. Пациенту пересадили часть печени его сестры, сообщили в управлении здраво-",
        "охранения. Операция длилась почти 11 часов, ее провели местные хирурги вместе",
        "с бригадой из Астаны, и теперь такие операции будут делать в области регулярно.",
        "Пациента выписали домой через две недели после операции.",
        "", wrapped(MORE[0], 78, ""), "", "Бюллетень № 3 | стр. 2", "", wrapped(MORE[1], 78, ""),
    ])
    record = ingested(kz, tmp_path, pdf)
    assert record["title"] == title
    assert record["text"].startswith("В Жамбылской областной больнице впервые провели родственную трансплантацию "
                                      "печени. Пациенту пересадили часть печени его сестры, сообщили в управлении "
                                      "здравоохранения. Операция")
    assert "регулярно.\nПациента выписали домой через две недели после операции.\n" in record["text"]
    # a line that ends a sentence before a capital may end a paragraph: the lines stay apart there
    assert record["text"].endswith(MORE[1].replace("удовлетворительное. ", "удовлетворительное.\n"))
    assert "стр. 2" not in record["text"]


# a paper's column of about 40 characters as pdftotext saves it, its words hyphenated at line ends (probe round 103b)
COLUMN = [
    "В Рудненской городской больнице начало", "работу новое отделение гемодиализа на 24",
    "места. Раньше пациентам с хронической по-", "чечной недостаточностью приходилось трижды",
    "в неделю ездить на процедуры в областной", "центр, а это почти пятьдесят километров в", "одну сторону.", "",
    "Ремонт помещения и закупка оборудования", "обошлись в 412 миллионов тенге из местного",
    "бюджета. Установлены аппараты «искусст-", "венная почка» немецкого производства,",
]


def test_a_newspaper_columns_lines_are_joined_under_its_running_head(kz, tmp_path):
    """A paper's PDF issue read by pdftotext: a column of about 40 characters, its words hyphenated at line ends, under
    the issue's running head, which is far wider than the column and joins none of it (probe round 103b)."""
    column = [*COLUMN, "система водоподготовки и резервный гене-", "ратор, рассказал главный врач больницы."]
    page = "\n".join(["ВЕЧЕРНИЙ КОСТАНАЙ  •  13 марта 2025  •  стр. 5", "", "ЗДОРОВЬЕ", "", *column])
    record = ingested(kz, tmp_path, page)
    assert record["text"].split("\n") == [
        "В Рудненской городской больнице начало работу новое отделение гемодиализа на 24 места. Раньше пациентам с "
        "хронической почечной недостаточностью приходилось трижды в неделю ездить на процедуры в областной центр, а "
        "это почти пятьдесят километров в одну сторону.",
        "Ремонт помещения и закупка оборудования обошлись в 412 миллионов тенге из местного бюджета. Установлены "
        "аппараты «искусственная почка» немецкого производства, система водоподготовки и резервный генератор, "
        "рассказал главный врач больницы.",
    ]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a headline a column broke over two short lines, its second in lower case ...
        (["ВЕЧЕРНИЙ КОСТАНАЙ  •  13 марта 2025  •  стр. 5", "", "ЗДОРОВЬЕ", "", "Диализ теперь", "рядом с домом"],
         "Диализ теперь рядом с домом"),
        # ... or in capitals, a word hyphenated, under the page's rubric in capitals and the issue's number
        (["РУДНЫЙ АЛТАЙ", "10 апреля 2025 года", "№ 41 (20218)", "", "", "ПРОБЛЕМА", "", "ИНСУЛИН ПО ГРА-", "ФИКУ"],
         "ИНСУЛИН ПО ГРАФИКУ"),
        # ... or on one line in capitals under the rubric (two lines in capitals are not joined: a masthead over a
        # rubric, a rubric over a headline, a headline over a byline look so)
        (["ПРИУРАЛЬЕ", "№ 9 (21340)   22 января 2026 г.", "", "ПРОБЛЕМА", "", "ИНСУЛИН ПО ГРАФИКУ"],
         "ИНСУЛИН ПО ГРАФИКУ"),
    ],
)
def test_a_newspaper_pages_headline_over_its_column_is_the_title(kz, tmp_path, head, title):
    """A printed page's headline in a column, broken over two lines, perhaps in capitals under the page's rubric in
    capitals (probe round 103b: the issue's number or no line at all had been the headline)."""
    column = COLUMN
    record = ingested(kz, tmp_path, "\n".join([*head, "", *column]))
    assert record["title"] == title and record["text"].startswith("В Рудненской городской больнице начало работу")


def test_an_archived_page_is_read_without_the_archives_toolbar(kz, tmp_path):
    title, stamp, lead, body = STORY_LINES
    toolbar = "The Wayback Machine - https://web.archive.org/web/20250409064512/https://tengrinews.kz/v-taraze/"
    page = "\n".join([
        " date 2025-04-08 " + toolbar, "https://tengrinews.kz/v-taraze/", "Go", "63 captures", "About this capture",
        "Organization: Internet Archive", "Focused crawls are collections of frequently-updated webcrawl data.",
        "TIMESTAMPS", toolbar, "", "Tengrinews.kz", title, stamp, lead, body,
    ])
    record = ingested(kz, tmp_path, page)
    assert (record["title"], record["date"], record["outlet"]) == (title, "2025-04-08", "Tengrinews.kz")
    assert record["text"].split("\n") == [lead, body]


def test_prose_with_short_lines_is_not_joined(kz, tmp_path):
    """A text whose lines are not wrapped at one width keeps its lines: a poem, a list, a menu."""
    lines = [STORY_LINES[0], STORY_LINES[1], "Список больниц, где делают такие операции:",
             "Национальный научный медицинский центр в Астане", "Городская клиническая больница №7 в Алматы",
             "Областная больница в Таразе", STORY_LINES[3]]
    record = ingested(kz, tmp_path, "\n".join(lines))
    assert record["text"].split("\n") == lines[2:]


def test_entities_bring_back_nothing_decode_takes_out(kz, tmp_path):
    text = "Врачи рассказали о работе здраво&shy;охранения&#8203; области.\n" + RU
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (record,) = records(kz("ingest", str(tmp_path / "story.txt"), "--jobs", "1").stdout)
    assert "здравоохранения области." in record["text"] and "здравоохранение" in record["lemmas"]


# --- Old Cyrillic code pages ------------------------------------------------------------------------------------

NEWS = (
    "Министерство здравоохранения сообщило о росте заболеваемости корью в Алматы и Шымкенте.\n"
    "Врачи советуют родителям проверить прививочные карты детей и не откладывать вакцинацию.\n"
)


@pytest.mark.parametrize("codec", ["cp866", "iso8859_5", "mac_cyrillic", "cp1251", "koi8_r"])
def test_old_cyrillic_code_pages_are_read(codec):
    from kzhealth.ingest.decode import decode

    assert decode(NEWS.encode(codec)) == NEWS
    assert decode(NEWS.upper().encode(codec)) == NEWS.upper()


def test_a_cp1251_paragraph_in_a_utf8_file_is_read_with_the_rest(kz, tmp_path):
    kazakh = "Қазақстан Республикасы Денсаулық сақтау министрлігі балаларға көмек көрсетеді.\n"
    pasted = "Врачи советуют родителям не откладывать вакцинацию детей.\n"
    (tmp_path / "mixed.txt").write_bytes(kazakh.encode() + pasted.encode("cp1251") + NEWS.encode())
    result = kz("ingest", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert record["text"] == (kazakh + pasted + NEWS).strip()



@pytest.mark.parametrize("block", [
    {"@context": "https://schema.org", "@graph": 5},  # no article: the block stays out of the way, no error
    {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": ["2025-04-06T21:40:00Z"],
     "publisher": [{"name": "Tengrinews.kz"}]},  # values given as lists
    {"@context": "https://schema.org", "@graph": {"@type": "NewsArticle", "datePublished": "2025-04-07"}},
])
def test_odd_schema_org_blocks_are_read_or_left_without_an_error(kz, tmp_path, block):
    title, _, lead, body = STORY_LINES
    record = ingested(kz, tmp_path, "\n".join([json.dumps(block, ensure_ascii=False), "", title, "", lead, "", body]))
    assert record["title"] == title and lead in record["text"] and '"@context"' not in record["text"]
    if "datePublished" in json.dumps(block):
        assert record["date"] == "2025-04-07"


def test_json_lines_of_schema_org_objects_are_refused_as_jsonl(kz, tmp_path):
    line = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"})
    (tmp_path / "feed.jsonl.txt").write_text("\n".join([line] * 3) + "\n", encoding="utf-8")
    result = kz("ingest", str(tmp_path / "feed.jsonl.txt"))
    assert result.exit_code == 1 and "JSONL" in result.stderr


def test_an_output_that_is_one_of_the_files_read_is_refused_before_anything_is_written(kz, tmp_path):
    scrapes = tmp_path / "scrapes"
    scrapes.mkdir()
    article = scrapes / "001.txt"
    article.write_text("В Алматы открыли новую поликлинику.\n\nВрачи начнут прием в понедельник.\n", "utf-8")
    before = article.read_bytes()
    for given in (scrapes, article):  # the folder it is in, or the file itself
        result = kz("ingest", str(given), "-o", str(article))
        assert result.exit_code == 2 and "one of the files ingest reads" in result.stderr
        assert article.read_bytes() == before
    # a name the glob does not take, in the folder read, is no input
    assert kz("ingest", str(scrapes), "-o", str(scrapes / "records.jsonl")).exit_code == 0


@pytest.mark.parametrize("suffix", [".bz2", ".xz", ".ZIP"])
def test_an_output_named_for_a_compression_kzhealth_does_not_write_is_refused(kz, tmp_path, suffix):
    output = tmp_path / f"records.jsonl{suffix}"
    result = kz("ingest", str(SEEDS), "-o", str(output))
    assert result.exit_code == 2 and ".gz and .zst only" in result.stderr and not output.exists()


@pytest.mark.parametrize("compress, named", [(gzip.compress, "gzip-compressed: decompress it first (gunzip)"),
                                             (lambda data: zstandard.ZstdCompressor().compress(data),
                                              "zstd-compressed: decompress it first (zstd -d)")])
def test_a_compressed_scrape_is_skipped_saying_how_to_read_it(kz, tmp_path, compress, named):
    (tmp_path / "article.txt").write_bytes(compress("В Алматы открыли новую поликлинику.\n".encode()))
    result = kz("ingest", str(tmp_path))
    assert result.exit_code == 1 and named in result.stderr


@pytest.mark.parametrize(
    ("head", "outlet", "date"),
    [
        # a running head of the paper's name, the issue's date and the page's number
        (["ВЕЧЕРНИЙ КОСТАНАЙ  •  13 марта 2025  •  стр. 5"], "ВЕЧЕРНИЙ КОСТАНАЙ", "2025-03-13"),
        (["«Сарыағаш» газеті  №12 (8734)  14 наурыз 2025 жыл  3-бет"], "Сарыағаш", "2025-03-14"),
        # a masthead over its issue's number and date, or in capitals over its date and a weekday beside the number
        (["Звезда Прииртышья", "№ 134 (19872)   20 ноября 2025 года"], "Zv.kz", "2025-11-20"),
        (["АҚЖАЙЫҚ", "5 маусым, 2025 жыл, бейсенбі", "№ 44 (21105)"], "АҚЖАЙЫҚ", "2025-06-05"),
    ],
)
def test_a_newspaper_pages_masthead_or_running_head_names_and_dates_it(kz, tmp_path, head, outlet, date):
    """A paper's PDF page as pdftotext saves it names the paper and its issue's date in its masthead or running head
    (probe round 103b: most such pages had no outlet, a weekday's date beside the issue's number read as a "today"
    widget)."""
    column = COLUMN
    record = ingested(kz, tmp_path, "\n".join([*head, "", "ЗДОРОВЬЕ", "", "Диализ теперь", "рядом с домом", "", *column]))
    assert (record["outlet"], record["date"]) == (outlet, date)


@pytest.mark.parametrize(
    "lines",
    [
        # a Telegram post's and a parents' chat's short lines, no word hyphenated: no column
        ["корь снова в городе, будьте внимательны", "в школе №12 уже закрыли два класса", "родители, проверьте",
         "прививочные паспорта детей сегодня", "врачи просят не паниковать и звонить", "в поликлинику по месту",
         "прикрепления, а не в скорую помощь", "берегите себя и своих близких"],
        ["Корь в Алматы: врачи советуют привиться", "", "tengrinews.kz", "", *COLUMN],  # a headline over an address
    ],
)
def test_short_lines_that_are_no_column_are_not_joined(lines):
    """Short lines join as a column's only with words hyphenated at their ends, and a headline's second line only
    above the column's first wrapped line and never an address (the twenty-first session's second review)."""
    from kzhealth.ingest.formats import plain_text

    text = plain_text("\n".join(lines))
    assert "\n".join(lines[:3]) in text or lines[0] + "\n\ntengrinews.kz" in text


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        (["КОРЬ ВОЗВРАЩАЕТСЯ", "12 марта 2025"], None),  # a headline in capitals over its date is no masthead
        (["Айгуль Серикова", "№ 54 (20517), 14 мая 2025"], None),  # ... nor a byline over the issue's line
        (["№ 11 (2345)  14 мая 2025  ЗДОРОВЬЕ"], None),  # a rubric in a running head is no paper's name
        (["АЛМАТЫ · 12.03.2025 · 5 стран"], None),  # "5 стран" is no page's number
        (["ВЕЧЕРНИЙ КОСТАНАЙ  13 марта 2025  стр. 5"], "ВЕЧЕРНИЙ КОСТАНАЙ"),  # a page's number makes a running head
    ],
)
def test_mastheads_and_running_heads_are_told_from_headlines_bylines_and_rubrics(kz, tmp_path, head, outlet):
    """The twenty-first session's second review: lines that look like a printed page's masthead or running head."""
    record = ingested(kz, tmp_path, "\n".join([*head, "", "Диализ теперь", "рядом с домом", "", *COLUMN]))
    assert record["outlet"] == outlet


def test_a_papers_site_today_widget_beside_its_issue_does_not_date_the_story(kz, tmp_path):
    """A paper's site prints today's date and its current issue above its menu: an undated story keeps no date."""
    page = ["Пятница, 14 марта 2025", "№ 11 (2345)", "Главная  Новости  Общество  Здоровье  Спорт  Культура",
            "В Рудненской больнице открыли отделение гемодиализа",
            "В Рудненской городской больнице начало работу новое отделение гемодиализа на 24 места, сообщили в "
            "управлении здравоохранения."]
    assert ingested(kz, tmp_path, "\n".join(page))["date"] is None


def test_a_scanned_pages_running_head_dates_it(kz, tmp_path):
    """A scanned page's running head, its numbers misread by the OCR, gives the issue's weekday date: a page with no
    site's menu prints no "today" widget (probe round 104b)."""
    page = ["ЗВЕЗДА ПРИИРТЫШЬЯ   № 29 (19 8З4)   ЧЕТВЕРГ, 14 МАРТА 2О24 г.   3", "", "ЗДРАВООХРАНЕНИЕ", "",
            "В Экибастузе открыли", "отделение гемодиализа", "", *COLUMN]
    assert ingested(kz, tmp_path, "\n".join(page))["date"] == "2024-03-14"


def test_a_scanned_columns_soft_hyphens_printed_as_not_signs_join_its_words():
    """An OCR prints a soft hyphen at a line's end as "¬": the column is joined and the word made whole (probe round
    104b)."""
    from kzhealth.ingest.formats import plain_text

    column = [line.replace("по-", "по¬").replace("«искусст-", "«искусст¬") for line in COLUMN]
    text = plain_text("\n".join(column))
    assert "хронической почечной недостаточностью" in text and "«искусственная почка»" in text


def test_a_text_browsers_menus_of_links_stay_apart_and_the_emblem_names_no_one(kz, tmp_path):
    """(round 183c) `lynx -dump` of a state body's page: its language switch, links on one line ("[8]Қаз [9]Рус
    [10]Eng [11]Версия для слабовидящих"), stays a menu, its items apart, and the emblem's alt text alone on its line
    is no name: the body named under it is the outlet."""
    title, stamp, lead, body = STORY_LINES
    dump = "\n\n".join([
        "   #[0]gov.kz [00]RSS", "   [1]eGov.kz [2]Государственные органы [3]Услуги [4]Обратная связь",
        "   [5]Қаз [6]Рус [7]Eng [8]Версия для слабовидящих", "   [9]Войти",
        "   [10]Герб Республики Казахстан\n   Управление здравоохранения Жамбылской области\n"
        "   Государственное учреждение",
        "     * [11]Главная\n     * [12]О нас\n     * [13]Деятельность\n     * [14]Документы\n     * [15]Пресс-центр\n"
        "          + [16]Новости",
        "   [17]Главная > [18]Пресс-центр > [19]Новости", title, "   " + stamp, wrapped(lead), wrapped(body),
        "References", "\n".join(f"   {n}. https://www.gov.kz/{n}" for n in range(1, 20)),
    ])
    record = ingested(kz, tmp_path, dump)
    assert (record["title"], record["outlet"]) == (title, "Управление здравоохранения Жамбылской области")


@pytest.mark.parametrize("tool", ["readability", "trafilatura"])
def test_an_article_an_extraction_tool_wrote_as_json_is_read(kz, tmp_path, tool):
    """(round 183c) One article as a JSON object of its fields: Readability's, its story in HTML and its time in UTC
    (20:15 on 7 April is 8 April in Kazakhstan), written over many lines; trafilatura's, its story as text."""
    title, _, lead, body = STORY_LINES
    if tool == "readability":
        article = {"title": title, "byline": "Дина Касымова", "dir": None, "lang": "ru",
                   "content": f'<div id="readability-page-1"><p>{lead}</p><p><strong>{body}</strong></p></div>',
                   "textContent": f"{lead}{body}", "length": 300, "excerpt": lead[:80], "siteName": "Tengrinews.kz",
                   "publishedTime": "2025-04-07T20:15:00.000Z"}
        text = json.dumps(article, ensure_ascii=False, indent=2)
    else:
        article = {"title": title, "author": "Дина Касымова", "hostname": "tengrinews.kz", "date": "2025-04-08",
                   "sitename": "Tengrinews.kz", "text": f"{lead}\n{body}", "id": "566214",
                   "source": "https://tengrinews.kz/"}
        text = json.dumps(article, ensure_ascii=False)
    record = ingested(kz, tmp_path, text)
    assert (record["title"], record["date"], record["outlet"]) == (title, "2025-04-08", "Tengrinews.kz")
    assert record["text"].split("\n") == [lead, body]
