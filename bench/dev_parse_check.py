"""Compare parse_document with the labelled news (date, title, outlet) and print every miss.

    .venv/bin/python bench/dev_parse_check.py [../shared/eval/news-dev] [-v]

Scored as issue 6 scores them: titles whitespace-normalised and exact (null when labelled null), outlets only
where labelled, case and domain suffix ignored. `-v` prints the paragraphs of every document too.
"""

import json
import re
import sys
from pathlib import Path

from kzhealth.ingest.parse import parse_document


def _outlet_key(name):
    return re.sub(r"\.(kz|com|ru|org|net|media|news)$", "", name.strip().casefold()) if name else None


def main(args):
    verbose = "-v" in args
    folder = Path(next((a for a in args if a != "-v"), "../shared/eval/news-dev"))
    hits = {"date": [0, 0], "title": [0, 0], "outlet": [0, 0]}
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        doc = parse_document((folder / "docs" / gold["file"]).read_text(encoding="utf-8"))
        got = {
            "date": doc.date.isoformat() if doc.date else None,
            "title": " ".join(doc.title.split()) if doc.title else None,
            "outlet": doc.outlet,
        }
        want = {**gold, "title": " ".join(gold["title"].split()) if gold["title"] else None}
        for field in hits:
            if field == "outlet" and not gold["outlet"]:
                if got["outlet"]:
                    print(f"{gold['file']} outlet (unlabelled): got {got['outlet']!r}")
                continue
            same = _outlet_key(got[field]) == _outlet_key(want[field]) if field == "outlet" else got[field] == want[field]
            hits[field][0] += same
            hits[field][1] += 1
            if not same:
                print(f"{gold['file']} {field}: got {got[field]!r}, want {want[field]!r}")
        if doc.warnings:
            print(f"{gold['file']} warnings: {doc.warnings}")
        if verbose:
            print(f"--- {gold['file']} | {got}")
            for p in doc.paragraphs:
                print("   |", p[:110])
    for field, (ok, n) in hits.items():
        print(f"{field:7s} {ok}/{n} = {ok / n:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
