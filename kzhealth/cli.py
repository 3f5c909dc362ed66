"""The command line: each command turns options into a library call and streams the result. No logic lives here
beyond terminals, counts and exit codes (EXIT_CODES below, shown in --help).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TypeVar

import typer
from rich.console import Console

from .errors import InputError, KzhealthError, UsageError
from .jsonl import Line, dump, iter_lines, open_output, parse_object, parse_record
from .models import LANGS, Record
from .runner import Outcome, default_jobs

T = TypeVar("T")

EXIT_CODES = """Exit codes: 0 all input processed; 1 some input skipped or invalid (named on stderr); 2 usage error;
70 internal error (please report); 130 interrupted; 141 output pipe closed early."""

app = typer.Typer(
    name="kzhealth",
    help=f"Raw Kazakhstan health-news text (Russian and Kazakh) to clean, tagged JSONL.\n\n{EXIT_CODES}",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(help="Measure quality on labelled data (see shared/eval).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


LangOption = Enum("LangOption", {lang: lang for lang in LANGS}, type=str)  # ru, kk, other
LemmaLang = Enum("LemmaLang", {lang: lang for lang in ("ru", "kk")}, type=str)  # the languages with lemmatizers


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ListFormat(str, Enum):
    table = "table"
    json = "json"


# --- Shared options -----------------------------------------------------------------------------------------------

Inputs = Annotated[
    Optional[list[str]], typer.Argument(help="JSONL files to read; none or '-' reads stdin.", show_default=False)
]
Output = Annotated[Optional[str], typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")]
SkipInvalid = Annotated[
    bool, typer.Option("--skip-invalid", help="Skip and count lines that are not valid records instead of stopping.")
]
TaxonomyFile = Annotated[
    Optional[Path], typer.Option("--taxonomy", help="A TOML file of topics that extends or overrides the shipped one.")
]


# --- Errors, interrupts and the end-of-run account -----------------------------------------------------------------


def warn(message: str) -> None:
    stderr.print(f"kzhealth: warning: {message}", markup=False)


def cli_command(fn: Callable) -> Callable:
    """Turn kzhealth's errors, Ctrl-C and a closed output pipe into one line on stderr and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KzhealthError as exc:
            stderr.print(f"kzhealth: error: {exc}", markup=False)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            stderr.print("kzhealth: interrupted", markup=False)
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly; point stdout at /dev/null so the interpreter's
            # final flush does not complain either.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(141) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug of ours: one line, not a traceback, and a code of its own
            stderr.print(f"kzhealth: internal error: {type(exc).__name__}: {exc} (please report)", markup=False)
            raise typer.Exit(70) from None

    return wrapper


@dataclass
class Account:
    """What a run read, wrote and skipped, printed on stderr at the end."""

    command: str
    unit: str = "lines"
    read: int = 0
    written: int = 0
    skipped: Counter = field(default_factory=Counter)

    def skip(self, reason: str, message: str) -> None:
        """Count a skipped input under a short reason (`binary`, `invalid line`) and name it on stderr."""
        self.skipped[reason] += 1
        warn(message)

    def finish(self) -> None:
        total = sum(self.skipped.values())
        if total or stderr.is_terminal:
            reasons = ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())
            stderr.print(
                f"kzhealth {self.command}: {self.read} {self.unit} read, {self.written} written, {total} skipped"
                + (f" ({reasons})" if reasons else ""),
                markup=False,
            )
        if total:
            raise typer.Exit(1)


def progress(unit: str):
    """A rich progress bar on stderr when stderr is a terminal; otherwise nothing at all."""
    from contextlib import nullcontext

    if not stderr.is_terminal:
        return nullcontext(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    return Progress(
        TextColumn(unit),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[mb]:.1f} MB, {task.fields[rate]:.0f}/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
    )


def drain(outcomes: Iterable[Outcome], output: str | None, account: Account, total: int | None = None) -> None:
    """Write each outcome's line, report its warnings and skips, and count; with a progress bar on a terminal."""
    with open_output(output) as out, progress(account.unit) as bar:
        task = bar.add_task("", total=total, mb=0.0, rate=0.0) if bar else None
        mb, started = 0.0, time.monotonic()
        for outcome in outcomes:
            account.read += 1
            for message in outcome.warnings:
                warn(message)
            if outcome.line is None:
                reason = outcome.skipped or "skipped"
                account.skip(reason, f"{outcome.where}: skipped ({reason})")
            else:
                out.write(outcome.line)
                account.written += 1
            if bar:
                mb += outcome.size / 1e6
                rate = account.read / max(time.monotonic() - started, 1e-9)
                bar.update(task, advance=1, mb=mb, rate=rate)
    account.finish()


def parsed_lines(
    inputs: list[str] | None, parse: Callable[[Line], T], account: Account, skip_invalid: bool
) -> Iterator[tuple[Line, T]]:
    """Each input line with what `parse` makes of it; a line it rejects (InputError) stops the run, or is skipped
    and counted with --skip-invalid."""
    for line in iter_lines(inputs or []):
        account.read += 1
        try:
            yield line, parse(line)
        except InputError as exc:
            if not skip_invalid:
                raise
            account.skip("invalid line", str(exc))


def records(inputs: list[str] | None, account: Account, skip_invalid: bool) -> Iterator[tuple[Line, Record]]:
    return parsed_lines(inputs, parse_record, account, skip_invalid)


def _text_object(line: Line) -> dict:
    value = parse_object(line)
    if not isinstance(value.get("text"), str):
        raise InputError(f"{line.where}: no string field 'text'")
    return value


def _invalid_lines(outcomes: Iterable[Outcome], account: Account, skip_invalid: bool):
    """Tag outcomes with the invalid lines taken out: each stops the run, or is counted with --skip-invalid."""
    for outcome in outcomes:
        if outcome.line is None:
            if not skip_invalid:
                raise InputError(outcome.skipped)
            account.read += 1
            account.skip("invalid line", outcome.skipped)
            continue
        yield outcome


def _print_json(value: object) -> None:
    """A report (summary, taxonomy, schema) as indented JSON on stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} expects a date as YYYY-MM-DD, got {value!r}") from None


# --- Commands -----------------------------------------------------------------------------------------------------


@app.command()
@cli_command
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders of raw text (folders are walked recursively).")],
    glob: Annotated[str, typer.Option(help="File-name pattern inside folders.")] = "*.txt",
    output: Output = None,
    jobs: Jobs = default_jobs(),
) -> None:
    """Parse raw news files into records (metadata, clean text, language, lemmas), one JSON line each.

    Example: kzhealth ingest seeds/ > corpus.jsonl
    """
    from .ingest.files import iter_files
    from .pipeline import ingest_lines

    files: Iterable = iter_files(paths, glob)
    total = None
    if stderr.is_terminal:  # a bar with an ETA needs the count first; walking is cheap beside ingesting
        files = list(files)
        total = len(files)
    account = Account("ingest", "files")
    drain(ingest_lines(files, jobs), output, account, total)
    if account.read == 0:
        warn(f"no files matching {glob!r} in {', '.join(paths)}")


@app.command()
@cli_command
def tag(
    inputs: Inputs = None,
    topic: Annotated[
        Optional[list[str]], typer.Option("--topic", "-t", help="Tag only this topic id (repeatable).")
    ] = None,
    taxonomy: TaxonomyFile = None,
    output: Output = None,
    jobs: Jobs = default_jobs(),
    skip_invalid: SkipInvalid = False,
) -> None:
    """Add topics and regions, with the evidence for each, to records.

    Example: kzhealth ingest seeds/ | kzhealth tag > tagged.jsonl
    """
    from .tagging.stage import tag_lines

    account = Account("tag", "lines")
    outcomes = tag_lines(iter_lines(inputs or []), taxonomy, topic, jobs)
    drain(_invalid_lines(outcomes, account, skip_invalid), output, account)


@app.command(name="filter")
@cli_command
def filter_(
    inputs: Inputs = None,
    lang: Annotated[Optional[list[LangOption]], typer.Option("--lang", "-l", help="Language (repeatable: any of).")] = None,
    topic: Annotated[Optional[list[str]], typer.Option("--topic", "-t", help="Topic id (repeatable: any of).")] = None,
    region: Annotated[Optional[list[str]], typer.Option("--region", "-r", help="Region id (repeatable: any of).")] = None,
    outlet: Annotated[
        Optional[list[str]], typer.Option("--outlet", help="Outlet, case and domain suffix ignored (repeatable).")
    ] = None,
    since: Annotated[Optional[str], typer.Option(help="Dated on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Dated on or before YYYY-MM-DD.")] = None,
    contains: Annotated[
        Optional[list[str]],
        typer.Option("--contains", "-c", help="Has this word among its lemmas, in any form (repeatable: any of)."),
    ] = None,
    first_of_story: Annotated[
        bool,
        typer.Option(
            "--first-of-story",
            help="Only the earliest record of each story (after kzhealth stories; equally early: the one whose id is "
            "the story id), once.",
        ),
    ] = False,
    output: Output = None,
    skip_invalid: SkipInvalid = False,
) -> None:
    """Keep the records that match every option given; records pass through unchanged.

    Example: kzhealth filter --lang kk --since 2025-01-01 --region ulytau < tagged.jsonl
    """
    from .select import FirstOfStory, RecordFilter
    from .tagging.tagger import Taxonomy

    chosen = RecordFilter(
        langs=[l.value for l in lang or []],
        topics=topic or [],
        regions=region or [],
        outlets=outlet or [],
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        contains=contains or [],
    )
    known_topics = Taxonomy.load().ids() if topic else []
    for unknown in [t for t in topic or [] if t not in known_topics]:
        warn(f"topic {unknown!r} is not in the shipped taxonomy (see kzhealth topics); only records tagged with it match")
    first = FirstOfStory() if first_of_story else None
    account = Account("filter")
    untagged_warned = False
    with open_output(output) as out:
        for line, record in records(inputs, account, skip_invalid):
            if chosen.needs_tags and record.topics is None and not untagged_warned:
                warn(f"{line.where}: record is not tagged, so --topic/--region cannot match it (run kzhealth tag)")
                untagged_warned = True
            if chosen.matches(record) and (first is None or first.passes(record, line.where)):
                out.write(line.data if line.data.endswith(b"\n") else line.data + b"\n")
                account.written += 1
    account.finish()


@app.command()
@cli_command
def stories(inputs: Inputs = None, output: Output = None, skip_invalid: SkipInvalid = False) -> None:
    """Group records that report the same event (reprints, rewrites, Russian and Kazakh versions) and add `story`,
    `story_size` and `copy_of` to every record, in input order. Reads the input twice (stdin is spooled to a
    temporary file); memory holds a small signature per record.

    Example: kzhealth ingest scrapes/ | kzhealth tag | kzhealth stories > tagged.jsonl
    """
    from .stories.stage import story_lines

    account = Account("stories")

    def invalid(error: InputError) -> None:
        if not skip_invalid:
            raise error
        account.skip("invalid line", str(error))

    with open_output(output) as out:
        for line in story_lines(inputs or [], invalid):
            out.write(line)
            account.written += 1
    account.read = account.written + sum(account.skipped.values())
    account.finish()


@app.command()
@cli_command
def summarise(
    inputs: Inputs = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table for people; json or csv for machines.")] = Format.table,
    top: Annotated[int, typer.Option(min=1, help="Lemmas listed per topic.")] = 10,
    skip_invalid: SkipInvalid = False,
) -> None:
    """Count documents by language, topic, region, outlet and month, and list each topic's top lemmas.

    Example: kzhealth summarise --format csv < tagged.jsonl > summary.csv
    """
    from .summary import Summary, tables

    summary = Summary(top=top)
    account = Account("summarise")
    for _, record in records(inputs, account, skip_invalid):
        summary.add(record)
        account.written += 1
    if format is Format.json:
        _print_json(summary.to_dict())
    elif format is Format.csv:
        sys.stdout.write(summary.to_csv())
    else:
        console = Console(highlight=False)
        stories = f", {len(summary.story_ids)} stories" if summary.has_stories else ""
        console.print(f"{summary.documents} documents, {summary.words} words{stories}")
        for table in tables(summary) if summary.documents else ():
            console.print(table)
    sys.stdout.flush()
    account.finish()


app.command(name="summarize", hidden=True, help="Alias of summarise.")(summarise)


@app.command()
@cli_command
def topics(
    taxonomy: TaxonomyFile = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="table or json.")] = ListFormat.table,
) -> None:
    """List the topic taxonomy: ids, names in each language and example terms."""
    from .tagging.tagger import Taxonomy

    loaded = Taxonomy.load(taxonomy)
    rows = [
        {
            "id": t.id,
            "name": t.name,
            "names": dict(t.names),
            "terms": {lang: list(terms) for lang, terms in t.terms.items()},
        }
        for t in loaded.topics
    ]
    if format is ListFormat.json:
        _print_json(rows)
        return
    from rich.table import Table

    table = Table(title="Topics")
    for column in ("id", "name", "ru", "kk", "example terms"):
        table.add_column(column)
    for row in rows:
        examples = "; ".join(", ".join(terms[:4]) for terms in row["terms"].values())
        table.add_row(row["id"], row["name"], row["names"].get("ru", ""), row["names"].get("kk", ""), examples)
    Console(highlight=False).print(table)


@app.command()
@cli_command
def schema() -> None:
    """Print the JSON Schema of a record."""
    _print_json(Record.model_json_schema())


@app.command()
@cli_command
def langid(inputs: Inputs = None, output: Output = None, skip_invalid: SkipInvalid = False) -> None:
    """Add `lang` (ru, kk or other) and `lang_confidence` to JSON objects that have a `text`.

    Example: echo '{"text": "Дәрігерлер операция жасады"}' | kzhealth langid
    """
    from .lang.langid import identify

    account = Account("langid")
    with open_output(output) as out:
        for _, value in parsed_lines(inputs, _text_object, account, skip_invalid):
            value["lang"], confidence = identify(value["text"])
            value["lang_confidence"] = round(confidence, 3)
            out.write(dump(value))
            account.written += 1
    account.finish()


@app.command()
@cli_command
def lemmatize(
    conllu: Annotated[Path, typer.Option("--conllu", help="CoNLL-U file whose LEMMA column to fill ('-' for stdin).")],
    lang: Annotated[LemmaLang, typer.Option("--lang", help="Language of the text: ru or kk.")],
    output: Output = None,
) -> None:
    """Fill the LEMMA column of a CoNLL-U file with kzhealth's lemmas; everything else is left as it is.

    Example: kzhealth lemmatize --lang ru --conllu ru_gsd-ud-dev.conllu > ours.conllu
    """
    from .conllu import conllu_lines, fill_lemmas, read_sentences
    from .lang.lemmas import lemmatizer_for

    sentences = read_sentences(conllu_lines(str(conllu)))
    with open_output(output) as out:
        for text in fill_lemmas(sentences, lemmatizer_for(lang.value)):
            out.write(text.encode("utf-8"))


# --- Evaluation ---------------------------------------------------------------------------------------------------


@eval_app.command("langid")
@cli_command
def eval_langid(path: Annotated[Path, typer.Argument(help="JSONL with level, label and text (langid-dev.jsonl form).")]) -> None:
    """Accuracy of language identification per level and class."""
    from .evaluation.langid import evaluate_langid, format_langid_report

    rows = (parse_object(line) for line in iter_lines([str(path)]))
    print(format_langid_report(evaluate_langid(rows)))


@eval_app.command("lemmas")
@cli_command
def eval_lemmas(
    paths: Annotated[list[Path], typer.Argument(help="CoNLL-U files with gold lemmas.")],
    lang: Annotated[LemmaLang, typer.Option("--lang", help="ru or kk.")],
    misses: Annotated[int, typer.Option(help="Also list the N most frequent misses.")] = 0,
) -> None:
    """Lemma accuracy over words and content words, per file and combined (shared/eval/README.md convention)."""
    from .conllu import LemmaScore, conllu_lines, read_sentences, score_lemmas
    from .lang.lemmas import lemmatizer_for
    from .evaluation.lemmas import format_lemma_report

    lemmatize_fn = lemmatizer_for(lang.value)
    combined = LemmaScore()
    found: list = []
    for path in paths:
        score = score_lemmas(read_sentences(conllu_lines(str(path))), lemmatize_fn, found if misses else None)
        print(format_lemma_report(path.name, score))
        combined += score
    if len(paths) > 1:
        print(format_lemma_report("combined", combined))
    if misses:
        print(format_lemma_report("misses", combined, found, misses))


@eval_app.command("news")
@cli_command
def eval_news(
    folder: Annotated[Path, typer.Argument(help="Folder with docs/ and labels.jsonl (news-dev form).")],
    labels: Annotated[Optional[Path], typer.Option(help="Labels file (default: FOLDER/labels.jsonl).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
) -> None:
    """Accuracy of lang, date, title and outlet, and micro-F1 of topics and regions, on labelled news."""
    from .evaluation.news import evaluate_news, format_news_report

    result = evaluate_news(folder, labels or folder / "labels.jsonl")
    print(format_news_report(result, verbose))


@eval_app.command("stories")
@cli_command
def eval_stories(
    folder: Annotated[Path, typer.Argument(help="Folder with docs/ and labels.jsonl (stories-dev form).")],
    labels: Annotated[Optional[Path], typer.Option(help="Labels file (default: FOLDER/labels.jsonl).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every pair split or joined wrongly.")] = False,
) -> None:
    """B-cubed and pair precision and recall of `stories`, and recall of Russian-Kazakh pairs, on labelled news."""
    from .evaluation.stories import evaluate_stories, format_stories_report

    print(format_stories_report(evaluate_stories(folder, labels or folder / "labels.jsonl"), verbose))


def main() -> None:
    app()
