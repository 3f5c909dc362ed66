"""Every pattern of plain_text and parse is linear in its input: lines that made one backtrack (a URL slug in the dateline
pattern, spaced breadcrumbs, long runs of spaces) parse in milliseconds at 100,000 characters. Each runs in a
child process with a time limit, so a regression fails instead of hanging the suite. Each line is parsed as a story line, alone, above the story and
under a headline, where different patterns look at it."""

from __future__ import annotations

import subprocess
import sys

import pytest

STORY = "Врачи сообщили о вспышке кори в городе Алматы сегодня утром."
TITLE = "Корь в Алматы: врачи советуют привиться"  # lines between a headline and the body are tested as navigation
LINES = {
    "URL slug": ("kazakhstan-vaccine-news-almaty-" * 4000)[:100_000],
    "Cyrillic slug": ("врачи-советуют-привиться-" * 4000)[:100_000],
    "breadcrumbs": "Новости  /  " * 8000 + "x" * 31,
    "short spaced breadcrumbs": "Новости  /  " * 18 + "x" * 31,  # exponential under a headline, where it is navigation
    "spaces after a full stop": "Ранее." + " " * 100_000 + "a",
    "spaces in a photo credit": "Фото" + " " * 100_000 + "a",
    "digits and spaces": "1 " * 50_000 + "x",  # a channel's subscriber count
    "spaced menu": "Новости  Статьи  " * 6_000 + "x.",
    "copyright": "© " + "Атырау ТВ " * 10_000 + "2025",
    "javascript": "JavaScript " * 9_000 + "x",
    "spaces after Next": "Next" + " " * 100_000 + "x",
    "spaces after a comments heading": "Комментарии" + " " * 100_000 + "x",
    "spaces after a two-digit-year date": "18.05.22" + " " * 100_000 + "x",
    "a prefix repeated inside one word": "материал" * 12_000 + " ссылка обязательна.",
    "a registration word repeated": "зарегистрирован" * 7_000 + " в министерстве информации",
    "markdown links": "[a](" * 25_000,
    "markdown images": "![a](" * 20_000,
    "audience icons": "·🌐" * 40_000 + " x",
    "stamp parts": "12.03.2025 · " * 8_000 + "x",
    "trailing emoji": "Врачи спасли ребенка" + "💉 " * 40_000,
    "wrapped lines": ("слово " * 15 + "\n") * 6_000,  # joined by plain_text into one paragraph
    # under readers' comments, where a publication's stamp is looked for
    "a stamp with one long word": "Комментарии (2)\nАлия: рахмет\nЕржан: спасибо\nОпубликовано: 12.03.2025 " + "а" * 100_000,
    "cities' weather": "Караганда  −14°  💨 7 м/с   " * 4_000 + "x",
    # pandoc's attributes after a run of spaces (the seventeenth session's review: quadratic)
    "spaces before pandoc's attributes": "::: {.article}\n# Корь" + " " * 50_000 + "{#title}\n:::",
    # a word, a run of spaces, a bar and words: a menu's "more" sign was looked for at each space (16 s at 50,000)
    "spaces before a bar": "Корь" + " " * 50_000 + "| Ертіс өңірі",
    # a stylesheet's rule and a script's call, as naive scrapes keep them (the eighteenth session's review: quadratic)
    "a rule's colons": "a {" + ":" * 100_000 + " ((",
    "a rule's declarations": "a { " + "x:" * 50_000 + " ((",
    "a call's brackets": "gtag(" + "'a'," * 25_000 + " ((",
    "spaces before an address": "Газета" + " " * 100_000 + "· x",  # a tagline ending in its address
    # a read-also item's date in brackets after a run of spaces (the eighteenth session's second review: quadratic)
    "spaces before a teaser's bracket": "Читайте также:\n• Первая статья\n• Вторая статья\n• Третья статья\n• Статья"
    + " " * 100_000 + "(x)\n• Пятая статья",
    # a paper's days of issue, then a run of one letter that is also "и" (the twenty-first session's review: cubic)
    "days of issue over a run of и": "газета выходит по средам и" + "и" * 50_000 + "!",
    # a digit, then OCR's look-alike letters for digits, then a letter (the OCR digits' fold, decode.fold_ocr_digits)
    "a number's look-alike letters": "2" + "Оl" * 50_000 + "ж",
    # lines taken for lists' labels, none with a list under it (the twenty-third session's review: quadratic when each
    # label's scan went on from the next line)
    "labels with no list": "\n".join(["Реклама", "Популярное", "Поделиться:  Facebook  Telegram", "Подписывайтесь"] * 4_000),
}


@pytest.mark.parametrize("line", LINES.values(), ids=LINES.keys())
def test_long_adversarial_lines_parse_in_linear_time(line):
    script = (
        "import sys, time\nfrom kzhealth.ingest.formats import plain_text\nfrom kzhealth.ingest.parse import parse_document\n"
        f"story, title, line = {STORY!r}, {TITLE!r}, sys.stdin.read()\n"
        "for document in (f'{story}\\n{line}\\n{story}', line, f'{line}\\n{story}', f'{title}\\n{line}\\n{story}'):\n"
        "    started = time.perf_counter()\n    parse_document(plain_text(document))\n    print(time.perf_counter() - started)"
    )
    done = subprocess.run([sys.executable, "-c", script], input=line, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    # milliseconds each when linear: the old patterns took hours
    assert all(float(seconds) < 5 for seconds in done.stdout.split()) and len(done.stdout.split()) == 4
