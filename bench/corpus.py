"""A deterministic synthetic corpus of raw news files in the seeds' format, for the benchmark.

    .venv/bin/python bench/corpus.py --docs 4000                 # -> bench/out/corpus-4000/
    .venv/bin/python bench/corpus.py --docs 200 --out /tmp/c --shared none

Sentences come from the seeds (seeds/*.txt) and, when present, from the `# text = ` lines of
../shared/eval/ud/*.conllu (ru_* Russian, kk_* Kazakh), so the vocabulary is realistic; the layout (the ` date
YYYY-MM-DD` header glued to the first line, a headline, body paragraphs, `сообщает X` attribution, photo credits and
share/print lines) copies the seeds'. Three documents in four are Russian, one Kazakh.

Document i depends only on the sentence pools, the seed and i, never on the corpus size: corpus-4000 is the first
4,000 files of corpus-40000, and the same inputs give byte-identical files on any machine. The shared sentences
are only mixed into the generated files under bench/out/ (gitignored); nothing of them is committed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kzhealth.lang.tokenize import KAZAKH_CAPITALS, KAZAKH_LETTERS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CACHE = ROOT / "bench" / "out"

# Bump when the generator changes, so cached corpora are rebuilt.
GENERATOR_VERSION = 2
MANIFEST = "MANIFEST.json"

# Letters Russian does not have: a paragraph with a few of them is Kazakh.
KAZAKH = set(KAZAKH_LETTERS + KAZAKH_CAPITALS)
# Split after . ! ? … (and a closing quote), before a capital letter, an opening quote or a dash.
SENTENCE_END_RE = re.compile(rf"(?<=[.!?…])[»\"”]?\s+(?=[«\"“—–-]?\s?[A-ZА-ЯЁ{KAZAKH_CAPITALS}0-9])")
HEADER_RE = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")

# What surrounds the body in real outlets' files: seen in the seeds and in the outlets they come from.
OUTLETS = [
    "Zakon.kz", "Tengrinews.kz", "Kazinform", "Informburo.kz", "Kazpravda.kz", "Lada.kz", "Vlast.kz",
    "Orda.kz", "Sputnik Казахстан", "КазТАГ", "Хабар 24", "Astana TV", "El.kz", "Egemen Qazaqstan",
]
RU_SECTIONS = ["События", "Общество", "Здоровье", "Медицина", "Новости Казахстана", "#Казахстан в сравнении", "РУ"]
KK_SECTIONS = ["Қоғам", "Денсаулық", "Медицина", "Жаңалықтар", "Аймақ"]
RU_JUNK_HEAD = ["Новости Казахстана 0 734", "18+", "Поделиться:", "Читать на казахском"]
RU_JUNK_TAIL = [
    "Версия для печати", "Поделиться:", "WhatsApp Telegram Facebook", "Подписывайтесь на наш Telegram-канал",
    "Читайте также: Минздрав не планирует массово проверять стоматологии", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
]
KK_JUNK_TAIL = ["Пікір үстеу", "Басып шығару нұсқасы", "Бөлісу:", "WhatsApp Telegram Facebook", "Версия для печати"]
PHOTOGRAPHERS = ["Мухит Турсынали", "Турар Казангапов", "Айгуль Ахметова", "Данияр Мусиров", "Ерлан Омаров"]
RU_MONTHS = [
    "Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь",
]
FIRST_DAY, LAST_DAY = date(2019, 1, 1), date(2026, 2, 28)


@dataclass(frozen=True)
class Pools:
    """Sentences to draw from, per language, and where they came from."""

    ru: tuple[str, ...]
    kk: tuple[str, ...]
    sources: tuple[str, ...]

    def fingerprint(self, seed: int) -> str:
        digest = hashlib.sha256(f"v{GENERATOR_VERSION} seed={seed}\n".encode())
        for sentence in (*self.ru, "\0", *self.kk):
            digest.update(sentence.encode("utf-8") + b"\n")
        return digest.hexdigest()[:16]


def is_kazakh(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and sum(ch in KAZAKH for ch in text) / letters >= 0.01


def usable(sentence: str) -> bool:
    return 4 <= len(sentence.split()) <= 60 and "\ufffd" not in sentence and "\t" not in sentence


def seed_sentences(seeds_dir: Path) -> tuple[list[str], list[str]]:
    """Russian and Kazakh sentences of the seeds' body paragraphs (header, headline and short lines left out)."""
    ru: list[str] = []
    kk: list[str] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        for line in text.splitlines():
            line = HEADER_RE.sub("", line).strip()
            if len(line.split()) < 8:  # headlines, photo credits, share lines: the generator adds its own
                continue
            pool = kk if is_kazakh(line) else ru
            pool.extend(s.strip() for s in SENTENCE_END_RE.split(line) if usable(s.strip()))
    return ru, kk


def conllu_sentences(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as stream:
        texts = [line[len("# text = "):].strip() for line in stream if line.startswith("# text = ")]
    return [t for t in texts if usable(t)]


def load_pools(seeds_dir: Path = SEEDS, shared_dir: Path | None = SHARED) -> Pools:
    """The sentence pools: the seeds always, plus the UD sentences of `shared_dir/eval/ud` when that exists."""
    ru, kk = seed_sentences(seeds_dir)
    sources = [f"{seeds_dir.name}/*.txt"]
    ud = shared_dir / "eval" / "ud" if shared_dir is not None else None
    if ud is not None and ud.is_dir():
        for path in sorted(ud.glob("*.conllu")):
            if path.name.startswith("ru_"):
                ru.extend(conllu_sentences(path))
            elif path.name.startswith("kk_"):
                kk.extend(conllu_sentences(path))
            else:
                continue
            sources.append(f"ud/{path.name}")
    if not ru or not kk:
        raise SystemExit(f"bench corpus: need Russian and Kazakh sentences; found {len(ru)} and {len(kk)} in {sources}")
    return Pools(tuple(ru), tuple(kk), tuple(sources))


# --- One document ----------------------------------------------------------------------------------------------------


def _headline(rng: random.Random, pool: tuple[str, ...]) -> str:
    """A short sentence without its final full stop, as headlines are written."""
    for _ in range(50):
        sentence = rng.choice(pool)
        if 5 <= len(sentence.split()) <= 14:
            break
    return sentence.rstrip(".… ")


def _attribute(rng: random.Random, sentence: str, outlet: str, kazakh: bool) -> str:
    body = sentence.rstrip(".!?… ")
    if kazakh:
        return f"{body}, деп хабарлайды {outlet}." if rng.random() < 0.7 else f"{sentence} Бұл туралы {outlet} хабарлады."
    style = rng.random()
    if style < 0.5:
        return f"{body}, сообщает {outlet}."
    if style < 0.8:
        return f"{sentence} Об этом сообщает {outlet}."
    return f"Как сообщает {outlet}, {body[:1].lower()}{body[1:]}."


def _body(rng: random.Random, pool: tuple[str, ...], words: int) -> list[str]:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = [rng.choice(pool) for _ in range(rng.choice((1, 1, 2, 2, 3, 4)))]
        count += sum(len(s.split()) for s in sentences)
        paragraphs.append(" ".join(sentences))
    return paragraphs


def generate_document(index: int, pools: Pools, seed: int = 0) -> bytes:
    """Document `index` of the corpus: depends on the pools, the seed and `index` only."""
    rng = random.Random(f"kzhealth-bench {seed} {index}")
    kazakh = index % 4 == 3
    pool = pools.kk if kazakh else pools.ru
    day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    outlet = rng.choice(OUTLETS)
    headline = _headline(rng, pool)
    body = _body(rng, pool, rng.randint(135, 340))
    attributed = rng.randrange(len(body))
    body[attributed] = _attribute(rng, body[attributed], outlet, kazakh)
    header = f" date {day.isoformat()} "
    photo = f"Фото: {rng.choice([outlet, rng.choice(PHOTOGRAPHERS)])}"
    tail = rng.sample(KK_JUNK_TAIL if kazakh else RU_JUNK_TAIL, rng.randint(0, 2))

    layout = rng.random()
    if kazakh and layout < 0.4:
        # As seed 003: no date header, one line per paragraph, no blank lines.
        lines = [headline, *body, *tail]
    elif not kazakh and layout < 0.15:
        # As seed 004: header glued to a language switch, a time line, everything indented by four spaces.
        when = f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}, {day.day:02d} {RU_MONTHS[day.month - 1]} {day.year} | GMT +5"
        middle = rng.randint(1, len(body))
        parts = [when, headline, *body[:middle], rng.choice(PHOTOGRAPHERS), photo, *body[middle:], *tail]
        lines = [header + "РУ"] + [item for part in parts for item in ("    " + part, "")]
    elif layout < 0.55:
        # As seeds 000 and 102: header glued to a section line, maybe a second junk line, then the headline.
        sections = KK_SECTIONS if kazakh else RU_SECTIONS
        head = [header + rng.choice(sections)]
        if not kazakh and rng.random() < 0.3:
            head.append(rng.choice(RU_JUNK_HEAD))
        lines = [*head, "", headline, "", *_spaced(body[:1]), photo, "", *_spaced(body[1:]), *tail]
    else:
        # As seeds 001 and 002: header glued to the headline.
        lines = [header + headline, "", *_spaced(body), photo, *tail]
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def _spaced(paragraphs: list[str]) -> list[str]:
    return [item for paragraph in paragraphs for item in (paragraph, "")]


def file_name(index: int, data: bytes) -> str:
    """As the seeds are named: a running number and a content hash."""
    return f"{index:06d}_{hashlib.blake2b(data, digest_size=8).hexdigest()}.txt"


# --- The corpus folder -----------------------------------------------------------------------------------------------


def write_corpus(out_dir: Path, docs: int, pools: Pools, seed: int = 0) -> dict:
    """Write `docs` documents into `out_dir` (replaced whole, atomically) with a manifest; return the manifest."""
    out_dir = Path(out_dir)
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    total_bytes = 0
    for index in range(docs):
        data = generate_document(index, pools, seed)
        (tmp / file_name(index, data)).write_bytes(data)
        total_bytes += len(data)
    manifest = {
        "generator": GENERATOR_VERSION,
        "seed": seed,
        "docs": docs,
        "bytes": total_bytes,
        "fingerprint": pools.fingerprint(seed),
        "sources": list(pools.sources),
        "sentences": {"ru": len(pools.ru), "kk": len(pools.kk)},
    }
    (tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(out_dir, ignore_errors=True)
    os.replace(tmp, out_dir)
    return manifest


def read_manifest(out_dir: Path) -> dict | None:
    try:
        return json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def ensure_corpus(
    docs: int, seeds_dir: Path = SEEDS, shared_dir: Path | None = SHARED, cache: Path = CACHE, seed: int = 0
) -> tuple[Path, dict]:
    """The corpus folder for `docs` documents, built unless a cached one was made from the same inputs."""
    pools = load_pools(seeds_dir, shared_dir)
    suffix = "" if len(pools.sources) > 1 else "-seeds-only"
    out_dir = Path(cache) / f"corpus-{docs}{suffix}"
    manifest = read_manifest(out_dir)
    if manifest and manifest.get("fingerprint") == pools.fingerprint(seed) and manifest.get("docs") == docs:
        return out_dir, manifest
    return out_dir, write_corpus(out_dir, docs, pools, seed)


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(Path(corpus).glob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000, help="number of documents (default: 4000)")
    parser.add_argument("--shared", default=str(SHARED), help="shared folder with eval/ud/*.conllu, or 'none'")
    parser.add_argument("--out", help="folder to write (default: bench/out/corpus-DOCS, reused when up to date)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    shared = None if args.shared.lower() == "none" else Path(args.shared)
    if args.out:
        out, manifest = Path(args.out), write_corpus(Path(args.out), args.docs, load_pools(SEEDS, shared), args.seed)
    else:
        out, manifest = ensure_corpus(args.docs, SEEDS, shared, CACHE, args.seed)
    print(f"{out}: {manifest['docs']} documents, {manifest['bytes'] / 1e6:.1f} MB, from {', '.join(manifest['sources'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
