import datetime as dt

from kzhealth.models import Record
from kzhealth.select import RecordFilter


def record(**fields) -> Record:
    base = dict(id="x", source="s.txt", date=None, title=None, outlet=None, lang="ru", lang_confidence=1.0,
                text="", lemmas=[])
    return Record(**{**base, **fields})


def test_empty_filter_keeps_everything():
    assert RecordFilter().matches(record())


def test_values_of_one_option_are_alternatives():
    chosen = RecordFilter(langs=["kk", "other"])
    assert chosen.matches(record(lang="kk")) and not chosen.matches(record(lang="ru"))


def test_dates_are_inclusive_and_undated_records_fail_a_date_filter():
    chosen = RecordFilter(since=dt.date(2025, 1, 1), until=dt.date(2025, 1, 31))
    assert chosen.matches(record(date="2025-01-01")) and chosen.matches(record(date="2025-01-31"))
    assert not chosen.matches(record(date="2025-02-01")) and not chosen.matches(record())


def test_outlet_ignores_case_and_domain_suffix():
    chosen = RecordFilter(outlets=["zakon"])
    assert chosen.matches(record(outlet="Zakon.kz")) and not chosen.matches(record(outlet="BAQ.kz"))


def test_topics_and_regions_need_tags():
    chosen = RecordFilter(topics=["oncology"], regions=["almaty"])
    assert not chosen.matches(record())
    assert chosen.matches(record(topics=["oncology"], regions=["almaty", "astana"]))
    assert not chosen.matches(record(topics=["oncology"], regions=["astana"]))


def test_contains_matches_any_form_of_the_word():
    doc = record(lemmas=["частный", "клиника"])
    assert RecordFilter(contains=["клиниках"]).matches(doc)
    assert RecordFilter(contains=["Клиника"]).matches(doc)
    assert not RecordFilter(contains=["больница"]).matches(doc)


def test_unknown_region_is_a_usage_error_listing_the_valid_ones():
    import pytest

    from kzhealth.errors import UsageError

    with pytest.raises(UsageError, match="ulytay.*ulytau"):
        RecordFilter(regions=["ulytay"])


def test_outlet_aliases_are_one_outlet(kz):
    lines = [
        '{"id":"a","source":"a.txt","date":null,"title":null,"outlet":"Egemen.kz","lang":"kk","lang_confidence":1,"text":"x"}',
        '{"id":"b","source":"b.txt","date":null,"title":null,"outlet":"Egemen Qazaqstan","lang":"kk","lang_confidence":1,"text":"y"}',
    ]
    corpus = "\n".join(lines) + "\n"
    assert kz("filter", "--outlet", "egemen.kz", input=corpus).stdout.count("\n") == 2
    import json

    assert json.loads(kz("summarise", "--format", "json", input=corpus).stdout)["by_outlet"] == {"Egemen Qazaqstan": 2}
