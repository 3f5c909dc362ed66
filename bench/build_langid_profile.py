"""Rebuild the langdetect profiles kzhealth ships: kk, be, ky, tt (langdetect has none) and ru, uk, bg, mk.

    .venv/bin/python bench/build_langid_profile.py                 # writes kzhealth/lang/data/langdetect_profiles/
    .venv/bin/python bench/build_langid_profile.py --half 0 --out /tmp/profiles-half0

Sources (all under ../shared/eval, CC BY-SA 4.0 as the Universal Dependencies treebanks they come from):
- kk: the `# text` lines of ud/kk_ktb-dev.conllu (UD Kazakh-KTB), plus the Kazakh paragraphs below, written for
  this project (no third-party text).
- ru: the `# text` lines of ud/ru_gsd-ud-dev.conllu and ud/ru_taiga-ud-dev.conllu (UD Russian-GSD, Russian-Taiga).
- uk, be, bg, ky, tt: the sentence rows of langid-dev.jsonl with that `lang` (UD Ukrainian-IU, Belarusian-HSE,
  Bulgarian-BTB, Kyrgyz-KTMU, Tatar-NMCTT).
- ru, uk, bg, mk also get langdetect's own shipped profile merged in (langdetect, Apache License 2.0).
Only n-gram counts are written, never the sentences.

`--half N` drops every text whose stable hash (crc32 % 2) equals N, so a detector built from the output can be
measured honestly on the dropped half (see kzhealth.evaluation.langid.split_half).
"""

from __future__ import annotations

import argparse
import json
import zlib
from importlib import resources
from pathlib import Path

from langdetect.utils.lang_profile import LangProfile

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_OUT = ROOT / "kzhealth" / "lang" / "data" / "langdetect_profiles"
JSONL_LANGS = ("uk", "be", "bg", "ky", "tt")
# langdetect's shipped profiles (Wikipedia, pruned to ~2,700 n-grams each) are merged into ours for these
# languages, scaled to SHIPPED_SHARE of the merged counts, so our profiles cover more n-grams without
# forgetting the broader source.
SHIPPED = ("ru", "uk", "bg", "mk")
SHIPPED_SHARE = 0.5
SHIPPED_ONLY_WORDS = 200_000  # 1-gram total given to a shipped profile that has no text of ours (mk)

# Written for kzhealth in the register of Kazakh health news; adds vocabulary the treebank sample lacks.
OWN_KAZAKH_TEXT = """
Денсаулық сақтау министрлігінің мәліметінше, биыл елімізде балалар арасында қызылша ауруы азайған.
Облыстық ауруханада жүрек операциясы сәтті өтті, науқастың жағдайы тұрақты.
Дәрігерлер тұрғындарды тұмауға қарсы екпе алуға шақырады, әсіресе қарт адамдар мен жүкті әйелдерді.
Емханаға жазылу үшін электрондық үкімет порталын немесе мобильді қосымшаны пайдалануға болады.
Міндетті әлеуметтік медициналық сақтандыру жүйесі аясында азаматтар тегін көмек алады.
Ауыл тұрғындары жаңа фельдшерлік-акушерлік пунктің ашылуын көптен бері күтіп жүрген еді.
Жедел жәрдем бригадасы оқиға орнына он минутта жетіп, зардап шеккендерге алғашқы көмек көрсетті.
Мамандардың айтуынша, қант диабетімен ауыратындардың саны жыл сайын өсіп келеді.
Бұл туралы ведомствоның баспасөз қызметі хабарлады.
Әкімдік қаражатына екі жүз төсектік көпбейінді аурухана салынып жатыр.
Қала тұрғындарының көбі дәріханалардан қажетті дәрі-дәрмекті таба алмай жүргенін айтты.
Ол өз сөзінде медицина қызметкерлерінің жалақысы көтерілетінін атап өтті.
Мектеп оқушыларына тегін медициналық тексеруден өту ұсынылды.
Жұқпалы аурулардың алдын алу шаралары күшейтілді, санитарлық-эпидемиологиялық бақылау жүргізілуде.
Ғалымдар жаңа вакцинаның тиімділігін зерттеп, нәтижесін келесі айда жариялайды.
Науқастарға қызмет көрсету сапасын арттыру үшін қосымша мамандар жұмысқа қабылданды.
Біз бұл мәселені шешу үшін барлық күш-жігерімізді саламыз, деді бас дәрігер.
Өңірде туберкулезбен ауыратындар саны өткен жылмен салыстырғанда төмендеді.
Жас аналарға арналған мектеп ашылып, онда акушер-гинекологтар кеңес береді.
Емдеу мекемелерін заманауи құрал-жабдықпен жарақтандыру жалғасуда.
"""


def _kept(text: str, half: int | None) -> bool:
    return half is None or zlib.crc32(text.encode("utf-8")) % 2 != half


def conllu_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        return [line.split("=", 1)[1].strip() for line in lines if line.startswith("# text =")]


def jsonl_texts(path: Path, lang: str) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        rows = (json.loads(line) for line in lines if line.strip())
        return [row["text"] for row in rows if row["level"] == "sentence" and row["lang"] == lang]


def shipped_profile(name: str) -> dict:
    return json.loads(resources.files("langdetect").joinpath("profiles", name).read_text(encoding="utf-8"))


def build_profile(name: str, texts: list[str], shipped: dict | None = None) -> dict:
    profile = LangProfile(name=name)
    profile.MINIMUM_FREQ = 1  # our texts are small: keep every n-gram seen twice
    for text in texts:
        profile.update(text)
    if shipped is not None:
        own = profile.n_words[0]
        target = own * SHIPPED_SHARE / (1 - SHIPPED_SHARE) if own else SHIPPED_ONLY_WORDS
        scale = target / shipped["n_words"][0]
        for gram, count in shipped["freq"].items():
            scaled = round(count * scale)
            if scaled:
                profile.freq[gram] += scaled
                profile.n_words[len(gram) - 1] += scaled
    profile.omit_less_freq()
    return {"name": name, "freq": dict(sorted(profile.freq.items())), "n_words": profile.n_words}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared-eval", type=Path, default=SHARED_EVAL)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--half", type=int, choices=(0, 1), help="leave out texts whose crc32 %% 2 is this")
    args = parser.parse_args()

    ud = args.shared_eval / "ud"
    sources = {
        "kk": conllu_texts(ud / "kk_ktb-dev.conllu"),
        "ru": conllu_texts(ud / "ru_gsd-ud-dev.conllu") + conllu_texts(ud / "ru_taiga-ud-dev.conllu"),
        "mk": [],
    }
    for lang in JSONL_LANGS:
        sources[lang] = jsonl_texts(args.shared_eval / "langid-dev.jsonl", lang)

    args.out.mkdir(parents=True, exist_ok=True)
    for lang, texts in sources.items():
        kept = [text for text in texts if _kept(text, args.half)]
        if lang == "kk":
            kept += OWN_KAZAKH_TEXT.strip().splitlines()
        profile = build_profile(lang, kept, shipped_profile(lang) if lang in SHIPPED else None)
        (args.out / lang).write_text(json.dumps(profile, ensure_ascii=False, separators=(",", ":")) + "\n",
                                     encoding="utf-8")
        print(f"{lang}: {len(kept)} texts, {len(profile['freq'])} n-grams -> {args.out / lang}")


if __name__ == "__main__":
    main()
