"""The real-page fixture sets (issue 16, parts 2-6, and the probe rounds): raw pages with site chrome, scored as
`kzhealth eval news` and `kzhealth eval stories`."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzhealth.evaluation.news import evaluate_news, format_news_report
from kzhealth.evaluation.stories import evaluate_stories, format_stories_report
from kzhealth.ingest.outlets import canonical_outlet

NEWS_REAL = Path(__file__).resolve().parent / "data" / "news-real"
NEWS_PROBE = Path(__file__).resolve().parent / "data" / "news-probe"
STORIES_PROBE = Path(__file__).resolve().parent / "data" / "stories-probe"


def test_the_real_page_fixtures_score_what_issue_16_asks(kz):
    score = evaluate_news(NEWS_REAL, NEWS_REAL / "labels.jsonl")
    report = format_news_report(score, verbose=True)
    assert score.documents >= 40, report
    accuracy = {name: field.accuracy for name, field in score.fields.items()}
    f1 = {name: s.f1 for name, s in score.sets.items()}
    # the figures reached when the fixes were made; the issue's goals on real pages are date 0.98, title 0.95,
    # outlet 0.92, topics 0.88, regions 0.92
    assert accuracy == {"lang": 1.0, "date": 1.0, "title": 1.0, "outlet": 1.0}, report
    # ... and the outlet as labelled, the shared convention's own figure (Otyrar TV and Kursiv.media labelled where
    # kzhealth writes Otyrar.kz and Kursiv, as stories-dev's notes name them)
    assert score.outlet_as_labelled.accuracy >= 0.93, report
    assert f1["topics"] >= 0.93 and f1["regions"] >= 0.99, report
    cli = kz("eval", "news", str(NEWS_REAL))
    assert cli.exit_code == 0 and cli.stdout.startswith(f"news: {score.documents} documents")


def test_the_probe_pages_score_as_measured():
    """Pages written to find failures, before the fixes they led to (tests/data/news-probe/README.md)."""
    score = evaluate_news(NEWS_PROBE, NEWS_PROBE / "labels.jsonl")
    report = format_news_report(score, verbose=True)
    assert score.documents == 5222, report
    accuracy = {name: field.accuracy for name, field in score.fields.items()}
    f1 = {name: s.f1 for name, s in score.sets.items()}
    # (lang: one Kazakh page typed without its letters; round 68b's page flattened onto one line and round 154a's two
    # pages of raw HTML source, which ingest skips and so misses every field, their dates too; and round 70a's three
    # pages printed whole in both languages, labelled by the version that comes first, which kzhealth reads by the
    # language of most of the text; date: round 76's two
    # trafilatura front matters whose date is the crawl day, which kzhealth takes as the tool's reading of the page,
    # and round 80's Instagram and Telegram posts in Latin Kazakh)
    assert accuracy["lang"] >= 0.997 and accuracy["date"] >= 0.987, report
    # (rounds 56a and 151a label eleven headlines with Latin look-alike letters as the page has them; kzhealth writes
    # them in Cyrillic, as the rest of the text; round 75 labels a blog platform's post by its blog or channel, which kzhealth
    # reads as the platform or none: 11 outlets)
    assert accuracy["title"] >= 0.965 and accuracy["outlet"] >= 0.935, report
    # (as labelled: its writers name papers as their pages do, Sputnik Казахстан, Звезда Прииртышья; kzhealth writes a
    # paper with a site by its domain, as shared/eval's labels do)
    # (0.7196 with round 171, 0.7155 with 186, 0.7144 with 188, 0.7146 with 189, 0.7145 with 190)
    assert score.outlet_as_labelled.accuracy >= 0.71, report
    assert f1["topics"] >= 0.88 and f1["regions"] >= 0.97, report


@pytest.mark.parametrize(
    "folder, documents, min_f1, precision",
    [
        # harder than the development set, before any change for it: B-cubed F1 0.977 when first run
        ("stories-probe", 34, 0.99, ("pair_precision", 1.0)),
        # harder still: 0.836 when first run
        ("stories-probe2", 36, 0.93, ("b3_precision", 0.95)),
        # aimed at the rules the second led to, first run after them: 0.963, no hard negative joined
        ("stories-probe3", 40, 0.98, ("pair_precision", 1.0)),
        # whole pages as scrapers save them, furniture and all: 0.869 when first run, 0.929 with flashes joined
        ("stories-probe4", 44, 0.94, ("b3_precision", 0.99)),
        # stories retold day by day, figures rounded or written in words: 0.814 when first run, every pair right
        ("stories-probe5", 42, 0.90, ("pair_precision", 1.0)),
        # look-alikes: the same kind of event in the same city within days, the same officials, follow-ups, round-ups;
        # 0.875 when first run (B-cubed precision 0.848; the code of the day before: 0.860, 0.853); 0.944 with follow-ups
        # within the week kept apart, 0.963 with no record telling an event of a day after it was published
        ("stories-probe6", 40, 0.96, ("b3_precision", 0.99)),
        # the users' own subject, dental anaesthesia deaths across outlets and languages: 0.908 when first run, 0.934
        # with a newsroom's tip line and a paper's founding line (and their figures) out of the story's text, 1.000 with
        # follow-ups within the week kept apart
        ("stories-probe7", 26, 0.99, ("b3_precision", 0.99)),
        # the newest page furniture (summary boxes, embedded posts, infinite scroll): 0.940 when first run, 0.968 with
        # the next article under its own stamp out of the page's text
        ("stories-probe8", 26, 0.96, ("b3_precision", 0.93)),
        # counting stories month by month: look-alikes in one city and subject, flashes, features; 0.939 when first
        # run, 1.000 with a flash joined to the fuller report of a day later that gives all its facts
        ("stories-probe9", 26, 0.99, ("b3_precision", 0.99)),
        # one story across the two languages (translations, Kazakh retellings, a TV report and its Russian rewrite):
        # 1.000 when first run
        ("stories-probe10", 26, 0.99, ("b3_precision", 0.99)),
        # one event covered from two regions (the patient's home region and the clinic's): 0.801 when first run,
        # 0.928 with reports on other matters of medicine kept apart and places counted once among shared names, 0.942
        # with the day's versions whose counts grew or were corrected, 0.974 with the kinds of incident no topic is for
        ("stories-probe11", 26, 0.97, ("b3_precision", 0.99)),
        # one story told with different emphasis beside look-alikes sharing its circumstances: 0.737 when first run,
        # 0.882 with numbers and days in words read as figures and dates, 0.894 with a person's age
        ("stories-probe12", 26, 0.89, ("b3_precision", 0.99)),
        # the users' own question, a month of dental anaesthesia coverage in five regions: 0.955 when first run, 1.000
        # with a day before its month in words read as a date and a recalled day no same day's event
        ("stories-probe13", 26, 0.99, ("b3_precision", 0.99)),
        # look-alikes built against matching by figures, days and names: 0.910 when first run, 0.949 with follow-ups
        # within the week kept apart
        ("stories-probe14", 26, 0.94, ("b3_precision", 0.90)),
        # versions that keep little (a repost, a flash, a teaser) and spell names differently: 0.886 when first run,
        # 0.917 with a video's button and its length out of a TV story's text
        ("stories-probe15", 26, 0.91, ("b3_precision", 0.99)),
        # the same event told days and weeks apart (weeklies' and magazines' retellings, late follow-ups): 0.818 when
        # first run, 0.946 with a retelling up to 31 days later that names the first report's day and recounts it
        ("stories-probe16", 26, 0.94, ("b3_precision", 0.99)),
        # outbreaks whose counts grow day by day, beside follow-ups a few days later that recall them: 0.836 when first
        # run, 0.922 with a record of three days later or more telling more new figures than old a follow-up, 0.947 with
        # no record telling an event of a day after it was published, 1.000 with the day's versions whose counts grew
        ("stories-probe17", 28, 0.99, ("b3_precision", 0.99)),
        # one event followed through its first week, written after the rules probe 17 led to: 1.000 when first run
        ("stories-probe18", 28, 0.99, ("b3_precision", 0.99)),
        # several events at one place weeks apart, and briefings and round-ups telling several: 1.000 when first run
        ("stories-probe19", 28, 0.99, ("b3_precision", 0.99)),
        # one story in every script and language (Cyrillic, Latin and Arabic Kazakh, Russian, English): 1.000 when
        # first run
        ("stories-probe20", 27, 0.99, ("b3_precision", 0.99)),
        # one press service's many releases, each retold, beside its other releases of the same day and month: 1.000
        # when first run
        ("stories-probe21", 26, 0.99, ("b3_precision", 0.99)),
        # appeals for treatment money reposted over three weeks, beside other appeals in the same template and the
        # appeal's follow-up: 0.823 when first run
        ("stories-probe22", 26, 0.82, ("b3_precision", 0.99)),
        # flashes of one to three sentences, one event's sharing little but the place, the day and a count or an age:
        # 0.742 when first run, 0.833 with the same day's flashes of a person of the same age
        ("stories-probe23", 28, 0.83, ("b3_precision", 0.99)),
        # incidents inside hospitals told by several outlets, beside the same hospital's next incident and the same
        # city's: 0.970 when first run
        ("stories-probe24", 26, 0.97, ("b3_precision", 0.99)),
        # patients' complaints that went viral, beside the same hospital's next complaint recalling the first (which
        # joined it through its recap paragraph's names and figures): 0.968 when first run, 1.000 with a reminder of
        # earlier days no fact of the record
        ("stories-probe25", 26, 0.99, ("b3_precision", 0.99)),
        # winter poisonings by stoves' fumes and household accidents, each told by several outlets, beside the same
        # city's other family the same night: 0.960 when first run, 0.974 with a building site no clinic built
        ("stories-probe26", 26, 0.97, ("b3_precision", 0.99)),
        # medics' verdicts told by several outlets, beside the appeal, the indictment and the same court's other
        # verdict: 0.972 when first run (an acquittal's Kazakh version split), 1.000 with the days of its events
        ("stories-probe27", 28, 0.99, ("b3_precision", 0.99)),
        # outbreak and vaccination counts told by several outlets, beside the next week's count, another region's, the
        # national total and stories quoting the count: 0.906 when first run (three of them joined through flashes),
        # 1.000 with records of many figures and few in common kept apart
        ("stories-probe28", 28, 0.99, ("b3_precision", 0.99)),
        # two children's deaths under dental anaesthesia each followed over two weeks (arrest, licence, forensics,
        # prosecutor, ministry): 0.788 when first run; the follow-ups that recall the first day's facts join it and
        # the ministry's translations share no names (left, see its README); 0.844 with a reminder of earlier days no
        # fact of the record
        ("stories-probe29", 28, 0.84, ("b3_recall", 0.89)),
        # mass poisonings told as the counts rise during the day, beside another school's poisoning whose recap
        # repeats the first's figures (which joined it) and Kazakh findings reports without the counts (split): 0.882
        # when first run, 0.913 with a reminder of earlier days no fact of the record
        ("stories-probe30", 28, 0.91, ("b3_precision", 0.99)),
        # one national announcement (a rule, a date, a sum, an official) told by many outlets, beside the same
        # briefing's other rule, the draft, a region's later explanation and last month's figures: 0.933 when first run,
        # 0.972 with the Kazakh ө folded with о and у in names (Төлегенова, Тулегенова)
        ("stories-probe31", 28, 0.97, ("b3_precision", 0.99)),
        # incidents inside hospitals told by several outlets, the first reports with their own times and counts: 0.825
        # when first run, 0.849 with the kinds of incident no topic is for (a collapse's cause two days later joins)
        ("stories-probe32", 28, 0.84, ("b3_precision", 0.99)),
        # one national vaccination campaign reported region by region, beside its results and another campaign: 1.000
        # when first run
        ("stories-probe33", 28, 0.99, ("b3_precision", 0.99)),
        # incidents outside hospitals with people taken to hospital, told by several outlets, the later versions leading
        # with the cause or a criminal case: 0.821 when first run, 0.857 with a logo's call to subscribe no headline
        ("stories-probe34", 28, 0.85, ("b3_precision", 0.99)),
        # appeals for help with a patient's treatment told by several outlets and funds, beside another child's appeal
        # through the same fund: 0.971 when first run (joined by the fund's card), 0.972 with card numbers no figures
        ("stories-probe35", 28, 0.97, ("b3_precision", 0.99)),
        # court cases about health followed through their stages by several outlets, beside the same case's earlier
        # and later stages: 1.000 when first run
        ("stories-probe36", 28, 0.99, ("b3_precision", 0.99)),
        # outbreaks told while their counts change, beside the next day's update with new counts: 0.945 when first run
        # (the update, which repeats the first count, joins; a short item with its counts in words is split)
        ("stories-probe37", 28, 0.94, ("b3_precision", 0.94)),
        # new hospitals and polyclinics opened, beside a construction start, another opening in the region, a year's
        # list and a first month's results: 1.000 when first run
        ("stories-probe38", 28, 0.99, ("b3_precision", 0.99)),
        # officials' statements told by several outlets, beside the same minister's next briefing, another official on
        # the same subject the same day, a meeting's list and a column quoting them: 1.000 when first run
        ("stories-probe39", 28, 0.99, ("b3_precision", 0.99)),
        # look-alike events: each beside another event in the same template, town and official's words: 0.931 when
        # first run, 0.973 with a reminder of earlier days no fact of the record
        ("stories-probe40", 30, 0.97, ("b3_precision", 0.94)),
        # loose translations and short retellings, their small counts in words: 0.891 when first run (four short
        # versions split)
        ("stories-probe41", 28, 0.89, ("b3_precision", 0.99)),
        # a national story and its regional angles, each quoting its key figures, and a week's round-up: 1.000 when
        # first run
        ("stories-probe42", 28, 0.99, ("b3_precision", 0.99)),
        # the users' subject as a news flow: deaths under anaesthesia and sedation in private clinics, each told by four
        # or five outlets, their follow-ups and look-alikes: 1.000 when first run
        ("stories-probe43", 28, 0.99, ("b3_precision", 0.99)),
        # regional bulletins' short items and their longer web versions: 0.971 when first run (a follow-up joined)
        ("stories-probe44", 28, 0.97, ("b3_precision", 0.94)),
        # short social posts (Telegram, Instagram, a WhatsApp forward) and the articles of their events: 0.769 when first
        # run (the posts' furniture as headlines, their districts unknown), then 0.813; posts that name no place stay apart
        ("stories-probe45", 28, 0.81, ("b3_precision", 0.99)),
    ],
)
def test_the_stories_probes_group_as_measured(folder, documents, min_f1, precision):
    """Stories written to be harder than the development set (each folder's README.md says how)."""
    folder = STORIES_PROBE.parent / folder
    score = evaluate_stories(folder, folder / "labels.jsonl")
    report = format_stories_report(score, verbose=True)
    measure, least = precision
    assert score.documents == documents, report
    assert score.b3_f1 >= min_f1 and getattr(score, measure) >= least, report


@pytest.mark.parametrize(
    "name, canonical",
    [
        ("Egemen.kz", "Egemen Qazaqstan"),
        ("Время", "Time.kz"),  # a paper's name on its logo that is also a word, and its site
        ("Лада", "Lada.kz"),
        ("Жетісу", "Jetisý"),  # the paper; the region's name too, so never searched in text
        ("Отырар", "Otyrar.kz"),  # the Shymkent channel and paper, on their site
        ("Otyrar TV", "Otyrar.kz"),
        ("kstnews.kz", "Kstnews.kz"),  # a paper and its site are one outlet
        ("oskemen.info", "Oskemen.info"),
        ("QAZAQSTAN-ZAMAN", "Qazaqstanzaman.kz"),
        ("JASALASH", "Jasalash.kz"),  # its site's name without the dot
        ("«Егемен Қазақстан»", "Egemen Qazaqstan"),
        ("rus.baq.kz", "BAQ.kz"),
        ("www.zakon.kz", "Zakon.kz"),
        ("ERNUR.KZ", "Ernur.kz"),
        ("kaz.ernur.kz", "Ernur.kz"),
        ("health.gov.kz", "Health.gov.kz"),  # a department's site is not a language version
        ("Forbes Kazakhstan", "Forbes Kazakhstan"),
        # a proxy's host spells the site it serves: Yandex Turbo, Google's AMP cache and its translation proxy
        ("informburo-kz.turbopages.org", "Informburo.kz"),
        ("tengrinews-kz.cdn.ampproject.org", "Tengrinews.kz"),
        ("www-zakon-kz.translate.goog", "Zakon.kz"),
        ("sk--news-kz.turbopages.org", "Sk-news.kz"),  # a hyphen of the domain is doubled
        # a paper its reporters sign by initials
        ("ЗП", "Zv.kz"),
        ("ikar.kz", "Inkaraganda.kz"),
        # the agency's Kazakh name in the 2021 Latin alphabet, and a paper's site under its publisher's domain (141b)
        ("QazAqparat", "Kazinform"),
        ("anatili.kazgazeta.kz", "Anatili.kz"),
        ("didar.kz", "Didar.kz"),
        ("Dıdar", "Didar.kz"),  # (its name in the 2018 alphabet)
        # a paper's name on its site's logo, which is also a place's or a word (never searched in text)
        ("Түркістан", "Turkystan.kz"),
        ("Караван", "Caravan.kz"),
        ("Павлодарские новости", "Pavlodarnews.kz"),
        ("Павлодар Новости", "Pavlodarnews.kz"),
        # Xinjiang's Kazakh sites by their Chinese and Kazakh names (round 161c)
        ("天山网", "Tianshannet"),
        ("تيانشان تورى", "Tianshannet"),
        ("حالىق تورى", "People's Daily Online"),
        # a name's own closing bracket stays; the agency goes by its short name
        ("Республиканский центр крови (РЦК)", "Республиканский центр крови (РЦК)"),
        ("Агентство Республики Казахстан по противодействию коррупции (Антикоррупционная служба).",
         "Антикоррупционная служба"),
        # a known channel's news programme, as its credit line names it (round 183b); not the country's news
        ("«Новостей КТК»", "KTK"),
        ("Новости КТК", "KTK"),
        ("КТК жаңалықтары", "KTK"),
        ("Новости Казахстана", "Новости Казахстана"),
    ],
)
def test_outlet_names_have_one_canonical_spelling(name, canonical):
    assert canonical_outlet(name) == canonical
