import csv
import io

from kzhealth.models import Record
from kzhealth.summary import Summary


def record(**fields) -> Record:
    base = dict(id="x", source="s.txt", date=None, title=None, outlet=None, lang="ru", lang_confidence=1.0,
                text="", lemmas=[])
    return Record(**{**base, **fields})


def summary_of(*records: Record) -> Summary:
    summary = Summary(top=2)
    for r in records:
        summary.add(r)
    return summary


def test_counts_by_dimension_and_month_order():
    s = summary_of(
        record(date="2025-12-01", outlet="Zakon.kz", topics=["oncology"], regions=["almaty"]),
        record(date="2025-11-05", lang="kk", topics=["oncology", "pediatrics"], regions=[]),
        record(),
    )
    d = s.to_dict()
    assert d["documents"] == 3
    assert d["by_lang"] == {"ru": 2, "kk": 1}
    assert list(d["by_month"]) == ["2025-11", "2025-12", "(none)"]
    assert d["by_topic"]["oncology"] == 2 and d["by_topic"]["(none)"] == 1
    assert d["by_region"] == {"almaty": 1, "(none)": 2}


def test_top_lemmas_skip_function_words_and_numbers():
    s = summary_of(record(topics=["oncology"], lemmas=["в", "рак", "рак", "и", "2025", "лечение", "рак", "химиотерапия", "химиотерапия"]))
    assert s.to_dict()["top_lemmas"]["oncology"] == {"рак": 3, "химиотерапия": 2}


def test_csv_is_long_format():
    rows = list(csv.reader(io.StringIO(summary_of(record(lang="kk")).to_csv())))
    assert rows[0] == ["section", "key", "count"] and ["by_lang", "kk", "1"] in rows


def test_merged_partitions_equal_one_pass():
    records = [
        record(date="2025-12-01", outlet="Zakon.kz", topics=["oncology"], regions=["almaty"], lemmas=["рак", "рак"]),
        record(date="2025-11-05", lang="kk", topics=["oncology", "pediatrics"], regions=[], lemmas=["бала", "рак"]),
        record(),
    ]
    merged = summary_of(records[0]).merge(summary_of(*records[1:]))
    assert merged.to_dict() == summary_of(*records).to_dict()
