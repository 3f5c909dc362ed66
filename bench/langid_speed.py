"""Language-identification quality and speed on ../shared/eval/langid-dev.jsonl, next to py3langid in the same run.

    .venv/bin/python bench/langid_speed.py            # accuracy report + throughput of identify() vs py3langid
    .venv/bin/python bench/langid_speed.py --split    # also: profiles and the Kazakh stem lexicon built on one
                                                      # half of the data, scored on the other (its
                                                      # errors printed under each half)

py3langid is only a baseline here (the `bench` extra); the detector never uses it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kzhealth.evaluation.langid import evaluate_langid, format_langid_report, split_half
from kzhealth.lang.kazakh import hand_lexicon, kazakh_stem_lookup, lexicon_from_pairs
from kzhealth.lang.langid import LanguageIdentifier, identify

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "langid-dev.jsonl"
KTB = ROOT.parent / "shared" / "eval" / "ud" / "kk_ktb-dev.conllu"  # source of the Kazakh stem lexicon


def throughput(fn, texts: list[str], repeats: int = 3) -> float:
    """Best texts-per-second of `repeats` passes (the machine is shared, so the best pass is the fair one)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def kazakh_lookup_without(half: int):
    """The Kazakh stem lookup langid uses, with a lexicon built only from KTB sentences outside `half`."""
    pairs = []
    keep = True
    with KTB.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# text ="):
                keep = not split_half(half)({"text": line.split("=", 1)[1].strip()})
            elif keep and line[:1].isdigit():
                cols = line.split("\t")
                if cols[0].isdigit():
                    pairs.append((cols[2], cols[3]))
    return kazakh_stem_lookup(lexicon_from_pairs(pairs, hand_lexicon()))


def split_report(rows: list[dict]) -> str:
    """Profiles and the Kazakh stem lexicon built without one half of the data, scored on that half."""
    sentences = [row for row in rows if row["level"] == "sentence"]
    lines = []
    correct = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for half in (0, 1):
            out = Path(tmp) / f"half{half}"
            subprocess.run([sys.executable, str(ROOT / "bench" / "build_langid_profile.py"), "--half", str(half),
                            "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
            identifier = LanguageIdentifier(out, dictionaries={"kk": kazakh_lookup_without(half)})
            result = evaluate_langid(sentences, identifier.identify, keep=split_half(half))
            correct += result.correct["sentence", "all"]
            total += result.total["sentence", "all"]
            lines.append(f"built without half {half}, scored on it: {result.accuracy('sentence'):.4f} "
                         f"({result.correct['sentence', 'all']}/{result.total['sentence', 'all']})")
            lines.extend(f"  ! {row['lang']}->{row['predicted']}: {row['text'][:117]}" for row in result.errors)
    lines.append(f"split sentence accuracy: {correct / total:.4f} ({correct}/{total})")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", type=Path, default=DEV)
    parser.add_argument("--split", action="store_true", help="also measure generalisation with a 2-way split")
    parser.add_argument("--errors", type=int, default=20, help="how many misidentified rows to print")
    args = parser.parse_args()

    with args.file.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    identify("warm up")  # profiles load once; not part of the per-text cost
    print(format_langid_report(evaluate_langid(rows), show_errors=args.errors))

    sentences = [row["text"] for row in rows if row["level"] == "sentence"]
    ours = throughput(identify, sentences)
    line = f"throughput on {len(sentences)} sentences: kzhealth {ours:,.0f}/s"
    try:
        import py3langid
    except ImportError:
        print(line + "; py3langid not installed (pip install -e '.[bench]')")
    else:
        py3langid.classify("warm up")
        theirs = throughput(py3langid.classify, sentences)
        print(f"{line}, py3langid {theirs:,.0f}/s, ratio {ours / theirs:.2f}")
    if args.split:
        print(split_report(rows))


if __name__ == "__main__":
    main()
