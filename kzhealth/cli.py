"""The command line: each command turns options into a library call and streams the result. No logic lives here
beyond terminals, counts and exit codes (EXIT_CODES below, shown in --help).
"""

from __future__ import annotations

import codecs
import functools
import io
import itertools
import json
import os
import signal
import sys
import time
from collections import Counter
from contextlib import nullcontext
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

import kzhealth

from .errors import InputError, KzhealthError, Terminated, UsageError
from .jsonl import Companion, iter_lines, open_output, parse_object, parse_record, rereadable
from .models import LANGS, Record
from .runner import LocalExecutor, default_jobs
from .shards import Manifest, names_folder, prepared, replace_with_shards
from .stages import Executor, MapStage, Outcome, fold

EXIT_CODES = """Exit codes: 0 all input processed; 1 some input skipped or invalid (named on stderr); 2 usage error;
69 Dask scheduler unreachable; 70 internal error (please report); 74 I/O error (disk full, stream closed);
129 hung up; 130 interrupted; 141 output pipe closed early; 143 terminated."""

app = typer.Typer(
    name="kzhealth",
    help="Raw Kazakhstan health-news text (Russian and Kazakh) to clean, tagged JSONL.\n\n"
    "Start with: kzhealth ingest FOLDER | kzhealth tag > tagged.jsonl, then filter and summarise tagged.jsonl. "
    f"Each command after ingest reads JSONL (files or stdin) and writes JSONL or a report on stdout, so they pipe.\n\n{EXIT_CODES}",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},  # subcommands inherit them from the group
)
eval_app = typer.Typer(
    help="Measure quality on labelled data (the development sets in ../shared/eval).", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class StdoutConsole(Console):
    """A console for reports on stdout. Rich ends the process with exit 1 when its output pipe closes (`| head`);
    this one raises the BrokenPipeError again, so that cli_command ends every command's closed pipe alike (141)."""

    def __init__(self, **options) -> None:
        super().__init__(highlight=False, **options)

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


LEMMA_LANGS = ("ru", "kk")  # the languages with lemmatizers
REPORT_LANGS = ("en", "ru", "kk")  # the languages of the report's labels


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ListFormat(str, Enum):
    table = "table"
    json = "json"


class Counted(str, Enum):
    documents = "documents"
    stories = "stories"


# --- Shared options -----------------------------------------------------------------------------------------------

Inputs = Annotated[
    Optional[list[str]],
    typer.Argument(
        help="JSONL files (plain, .gz or .zst) or folders of shards to read; none or '-' reads stdin.",
        show_default=False,
        metavar="FILE",
    ),
]
Output = Annotated[
    Optional[str],
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE (atomically; gzip or zstd when it ends in .gz or .zst) instead of stdout; "
        "DIR/ (with the slash) writes a folder of gzip shards and a manifest.",
    ),
]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes (default: all cores).")]
Dask = Annotated[
    Optional[str],
    typer.Option(
        "--dask",
        metavar="ADDRESS",
        help="Run on Dask: 'local' (a LocalCluster of --jobs worker processes) or a scheduler, tcp://HOST:8786.",
    ),
]
FileOutput = Annotated[
    Optional[str],
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE (atomically; gzip or zstd when it ends in .gz or .zst) instead of stdout.",
    ),
]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Let Dask's own log lines through to stderr.")]
ListFormatOption = Annotated[
    ListFormat, typer.Option("--format", "-f", metavar="FORMAT", help="table for people or json for machines.")
]
SkipInvalid = Annotated[
    bool, typer.Option("--skip-invalid", help="Skip and count lines that are not valid records instead of stopping.")
]
TopicOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--topic",
        "-t",
        metavar="ID",
        help="Tag only this topic id (repeatable); tag keeps the other topics of records tagged before.",
    ),
]
TaxonomyFile = Annotated[
    Optional[Path],
    typer.Option(
        "--taxonomy",
        metavar="FILE",
        help="A TOML file of topics that extends or overrides the shipped one (see kzhealth topics; terms may be "
        "ordinary words, in any form).",
    ),
]


def _show_version(value: bool) -> None:
    if value:
        print(f"kzhealth {kzhealth.__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    pass


# --- Errors, interrupts and the end-of-run account -----------------------------------------------------------------


def warn(message: str) -> None:
    stderr.print(f"kzhealth: warning: {message}", markup=False)


def note(message: str) -> None:
    stderr.print(f"kzhealth: note: {message}", markup=False)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`1 line`, `2 lines`, `2 invalid lines`, `2 stories`."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


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
        except Terminated as exc:
            stderr.print(f"kzhealth: {exc}", markup=False)
            raise typer.Exit(128 + exc.signum) from None
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly; point stdout at /dev/null so the interpreter's
            # final flush does not complain either.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(141) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except OSError as exc:  # the environment failed us (a full disk, a closed stream): not a bug of ours
            stderr.print(f"kzhealth: error: {exc.strerror or exc}", markup=False)
            raise typer.Exit(74) from None
        except Exception as exc:  # a bug of ours: one line, not a traceback, and a code of its own
            stderr.print(f"kzhealth: internal error: {type(exc).__name__}: {exc} (please report)", markup=False)
            raise typer.Exit(70) from None

    return wrapper


@dataclass
class Account:
    """What a run read, wrote and skipped, printed on stderr at the end."""

    command: str
    unit: str = "line"
    skip_invalid: bool = False
    read: int = 0
    written: int = 0
    skipped: Counter = field(default_factory=Counter)
    _told: set = field(default_factory=set)

    def skip(self, reason: str, message: str) -> None:
        """Count a skipped input under a short reason (`binary`, `invalid line`) and name it on stderr."""
        self.skipped[reason] += 1
        warn(message)

    def invalid(self, message: str) -> None:
        """A line that is not a valid record: it stops the run, or with --skip-invalid it is skipped and counted."""
        if not self.skip_invalid:
            raise InputError(message)
        self.skip("invalid line", message)

    def note(self, outcome: Outcome) -> None:
        """Tell what an outcome has to tell: its warnings, a run's once-only warning, and a skip."""
        for message in outcome.warnings:
            warn(message)
        if outcome.once and outcome.once not in self._told:
            self._told.add(outcome.once)
            warn(outcome.once)
        if outcome.skipped is None:
            return
        if outcome.invalid:
            self.invalid(outcome.skipped)
        else:
            detail = f": {outcome.detail}" if outcome.detail else ""
            self.skip(outcome.skipped, f"{outcome.where}: skipped ({outcome.skipped}{detail})")

    def refuse_nothing_ingested(self) -> None:
        """Every file was skipped: raise, so that the run does not replace an output with nothing."""
        if self.command == "ingest" and self.written == 0 and self.skipped:
            raise InputError(f"no file could be ingested ({self.read} skipped); nothing written")

    def finish(self) -> None:
        total = sum(self.skipped.values())
        if total or stderr.is_terminal:
            reasons = ", ".join(
                # a reason that names the unit is counted as a noun (2 invalid lines); others are not (2 binary)
                counted(n, reason) if reason.endswith(self.unit) else f"{n} {reason}"
                for reason, n in self.skipped.most_common()
            )
            stderr.print(
                f"kzhealth {self.command}: {counted(self.read, self.unit)} read, {self.written} written, {total} skipped"
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


def accounted(outcomes: Iterable[Outcome], account: Account) -> Iterator[Outcome]:
    """Each outcome, once what it has to tell is told and it is counted; raises at the end when every file of an
    ingest was skipped, so that whatever the outcomes were written into is not put in place."""
    for outcome in outcomes:
        account.read += 1
        account.note(outcome)
        if outcome.line is not None:
            account.written += 1
        yield outcome
    account.refuse_nothing_ingested()


def drain(
    outcomes: Iterable[Outcome],
    output: str | None,
    account: Account,
    total: int | None = None,
    companion: Companion | None = None,
) -> None:
    """Write each outcome's line and account for it, with a progress bar on a terminal."""
    with open_output(output, companion) as out, progress(f"{account.unit}s") as bar:
        task = bar.add_task("", total=total, mb=0.0, rate=0.0) if bar else None
        mb, started = 0.0, time.monotonic()
        for outcome in accounted(outcomes, account):
            if outcome.line is not None:
                out.write(outcome.line)
            if bar:
                mb += outcome.size / 1e6
                rate = account.read / max(time.monotonic() - started, 1e-9)
                bar.update(task, advance=1, mb=mb, rate=rate)


def run_map(
    stage: MapStage,
    items: Iterable,
    output: str | None,
    account: Account,
    executor: Executor,
    total: int | None = None,
) -> None:
    """Run a map stage over the items with an executor, into `-o` (a file, a folder of shards) or stdout."""
    if names_folder(output):
        assert output is not None
        manifest = Manifest(stage.name)
        with prepared(output), progress(f"{account.unit}s") as bar:
            task = bar.add_task("", total=total, mb=0.0, rate=0.0) if bar else None
            for result in executor.shards(stage, items, output):
                account.read += result.read
                account.written += result.records
                manifest.add(result.index, result.records)
                for note in result.notes:
                    account.note(note)
                if bar:
                    bar.update(task, advance=result.read)
            account.refuse_nothing_ingested()
            manifest.finish(output)
    else:
        drain(executor.map(stage, items), output, account, total)
    account.finish()


def executor_for(jobs: int, dask: str | None, verbose: bool = False) -> Executor:
    """The local pool, or a Dask cluster when --dask names one; --jobs is capped at what the machine can use."""
    cap = 2 * default_jobs()
    if jobs > cap:
        warn(f"--jobs {jobs} is more than this machine can use; running {cap}")
        jobs = cap
    if dask is None:
        return LocalExecutor(jobs)
    from .dask_executor import DaskExecutor

    return DaskExecutor(dask, jobs, verbose)


def tag_stage(taxonomy: Path | None, topics: list[str] | None):
    """The tag stage for --taxonomy and --topic, as `tag` and `ingest --tag` both build it."""
    from .tagging.stage import TagStage

    return TagStage(load_taxonomy(taxonomy), topics)


def sources(inputs: list[str] | None, what: str = "records") -> list[str]:
    """The inputs to read: those given, else stdin (`-`). When stdin is the terminal, a note says it is read: the
    run would otherwise wait for typed lines with nothing to show why (on a terminal, a progress bar at zero)."""
    given = inputs or ["-"]
    if "-" in given and sys.stdin is not None and sys.stdin.isatty():
        note(f"reading {what} from stdin (end with Ctrl-D)")
    return given


def records(inputs: list[str] | None, account: Account) -> Iterator[Record]:
    """The records of the input lines, for a fold; an invalid line stops the run or is counted (--skip-invalid)."""
    for line in iter_lines(sources(inputs)):
        account.read += 1
        try:
            record = parse_record(line)
        except InputError as exc:
            account.invalid(str(exc))
            continue
        account.written += 1
        yield record


def _utf8_stdout() -> None:
    """Reports go out in UTF-8 whatever the locale, as JSONL does: a Windows console or `> file` under a cp1251
    locale cannot encode Kazakh letters."""
    if isinstance(sys.stdout, io.TextIOWrapper) and codecs.lookup(sys.stdout.encoding).name != "utf-8":
        sys.stdout.reconfigure(encoding="utf-8")


def _json_text(value: object) -> str:
    """A report (summary, taxonomy, schema) as indented JSON."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def load_taxonomy(path: Path | None):
    """The taxonomy, with `path` added, after warning of what in that file cannot work."""
    from .tagging.tagger import Taxonomy

    loaded = Taxonomy.load(path)
    for message in loaded.warnings:
        warn(message)
    return loaded


def _print_json(value: object) -> None:
    sys.stdout.write(_json_text(value))


def _date_bound(side: str, day: str):
    """The type of --since or --until: a day, a month or a year."""
    return Annotated[
        Optional[str],
        typer.Option(
            metavar="DATE",
            help=f"Dated on or {side} YYYY-MM-DD, or {day} of a month YYYY-MM or a year YYYY (undated records fail it).",
        ),
    ]


def _lang(value: str, codes: tuple[str, ...]) -> str:
    """A --lang value as the library takes it: a code in any case (`RU` is ru); another is a usage error."""
    code = value.casefold()
    if code not in codes:
        raise UsageError(f"--lang takes {', '.join(codes[:-1])} or {codes[-1]}, got {value!r}")
    return code


# --- Commands -----------------------------------------------------------------------------------------------------


@app.command()
@cli_command
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files and folders of raw text (folders are walked recursively); '-' reads a list of paths from stdin, "
            "one a line; /dev/stdin reads stdin as one article.",
            metavar="PATH",
        ),
    ],
    glob: Annotated[
        str, typer.Option(metavar="PATTERN", help="File-name pattern inside folders (files named directly are always read).")
    ] = "*.txt",
    tag: Annotated[bool, typer.Option("--tag", help="Tag each record as it is made: the lines of `ingest | tag`, in one pass.")] = False,
    topic: TopicOption = None,
    taxonomy: TaxonomyFile = None,
    output: Output = None,
    incremental: Annotated[
        bool,
        typer.Option(
            "--incremental",
            help="With -o FILE or -o DIR/: process only new and changed files, copy the rest from the output, keep "
            "records of files that are gone (state in FILE.kzstate.json or DIR/_kzstate.json).",
        ),
    ] = False,
    jobs: Jobs = default_jobs(),
    dask: Dask = None,
    verbose: Verbose = False,
) -> None:
    """Parse raw news files into records (metadata, clean text, language, lemmas), one JSON line each.

    It reads plain-text files as scraped from news sites (*.txt in folders, any file named directly, a stream such
    as <(zcat day.txt.gz)): UTF-8, UTF-16 or a Cyrillic legacy encoding (cp1251, KOI8-R, cp866, ISO-8859-5, Mac).
    Archives, binary files, HTML and JSONL are skipped, each named with what to do instead.

    Example: kzhealth ingest seeds/ > corpus.jsonl;  kzhealth ingest seeds/ --tag -o tagged.jsonl
    """
    from .ingest.files import iter_files, paths_from, reads
    from .pipeline import IngestStage

    if (topic or taxonomy) and not tag:
        raise UsageError("--topic and --taxonomy tag records: add --tag")
    stage = IngestStage(tag_stage(taxonomy, topic) if tag else None)

    given = list(paths_from(sys.stdin)) if sources(paths, "paths") == ["-"] else paths
    if output not in (None, "-") and reads(given, glob, output):
        raise UsageError(f"cannot write {output}: it is one of the files ingest reads (give -o a name outside them)")
    files = iter_files(given, glob)
    first = next(files, None)
    if first is None:  # before -o is opened: yesterday's output stays as it was
        raise InputError(f"no files matching {glob!r} in {', '.join(paths)}; nothing written")
    files = itertools.chain([first], files)
    total = None
    if stderr.is_terminal:  # a bar with an ETA needs the count first; walking is cheap beside ingesting
        files = list(files)  # type: ignore[assignment]
        total = len(files)  # type: ignore[arg-type]
    if incremental and output in (None, "-"):
        raise UsageError("--incremental needs -o FILE (.jsonl, .jsonl.gz or .jsonl.zst) or -o DIR/")
    with executor_for(jobs, dask, verbose) as executor:
        if dask:
            executor.check_readable(given)  # type: ignore[attr-defined]
        if incremental:
            ingest_incremental(stage, files, given, output, executor)  # type: ignore[arg-type]
        else:
            run_map(stage, files, output, Account("ingest", "file"), executor, total)


def ingest_incremental(stage: MapStage, files: Iterable, roots: list[str], output: str, executor: Executor) -> None:
    """Ingest into FILE what is new or changed since the run that wrote it (kzhealth.incremental)."""
    from .incremental import companion, load_state, merged, old_lines, plan, run_options

    tag = stage.tag  # type: ignore[attr-defined]
    options = run_options(tag.taxonomy.digest() if tag else None, tag.only if tag else ())
    state = load_state(output, options)
    steps = plan(files, roots, state)
    entries: list = []
    account = Account("ingest", "file")
    with old_lines(output, state, steps.reused()) if state else nullcontext(None) as line_of:
        outcomes = merged(steps, executor.map(stage, steps.to_ingest()), line_of, entries)
        if names_folder(output):
            state_path, make_state = companion(output, options, entries)
            manifest = Manifest("ingest")
            replace_with_shards(output, accounted(outcomes, account), manifest, (state_path.name, lambda: make_state(None)))
        else:
            drain(outcomes, output, account, companion=companion(output, options, entries))
    counts = steps.counts
    stderr.print(
        f"kzhealth ingest --incremental: {counts['new']} new, {counts['changed']} changed, {counts['renamed']} renamed, "
        f"{counts['unchanged']} unchanged, {counts['gone']} gone (kept)",
        markup=False,
    )
    account.finish()


@app.command()
@cli_command
def tag(
    inputs: Inputs = None,
    topic: TopicOption = None,
    taxonomy: TaxonomyFile = None,
    output: Output = None,
    jobs: Jobs = default_jobs(),
    dask: Dask = None,
    verbose: Verbose = False,
    skip_invalid: SkipInvalid = False,
) -> None:
    """Add topics and regions, with the evidence for each, to records.

    Without --topic every topic is tagged afresh. With --topic only those topics are tagged again and records
    keep the other topics they have (regions are always found afresh); to tag only some topics from scratch, give
    it records that were never tagged (the output of ingest).

    Example: kzhealth ingest seeds/ | kzhealth tag > tagged.jsonl
    """
    stage = tag_stage(taxonomy, topic)
    with executor_for(jobs, dask, verbose) as executor:
        run_map(stage, iter_lines(sources(inputs)), output, Account("tag", skip_invalid=skip_invalid), executor)


@app.command(name="filter")
@cli_command
def filter_(
    inputs: Inputs = None,
    lang: Annotated[
        Optional[list[str]],
        typer.Option("--lang", "-l", metavar="LANG", help="Language: ru, kk or other (repeatable: any of)."),
    ] = None,
    topic: Annotated[
        Optional[list[str]],
        typer.Option("--topic", "-t", metavar="ID", help="Topic id (see kzhealth topics; repeatable: any of)."),
    ] = None,
    region: Annotated[
        Optional[list[str]],
        typer.Option(
            "--region",
            "-r",
            metavar="NAME",
            help="Region id or name in any language and form: almaty, Алматы, Шымкентте (see kzhealth regions; "
            "repeatable: any of).",
        ),
    ] = None,
    outlet: Annotated[
        Optional[list[str]],
        typer.Option("--outlet", metavar="NAME", help="Outlet, case and domain suffix ignored (repeatable)."),
    ] = None,
    since: _date_bound("after", "from the first day") = None,
    until: _date_bound("before", "up to the last day") = None,
    contains: Annotated[
        Optional[list[str]],
        typer.Option(
            "--contains",
            "-c",
            metavar="WORDS",
            help="Has this word in any form, in Russian or Kazakh; a prefix ends in * (онко*), several words are a "
            "phrase ('общий наркоз'). Repeatable: any of.",
        ),
    ] = None,
    taxonomy: TaxonomyFile = None,
    first_of_story: Annotated[
        bool,
        typer.Option(
            "--first-of-story",
            help="Only the first record of each story (after kzhealth stories): the earliest, of equally early ones "
            "the longest. Reads the input twice (stdin is spooled).",
        ),
    ] = False,
    output: Output = None,
    skip_invalid: SkipInvalid = False,
) -> None:
    """Keep the records that match every option given; records pass through unchanged.

    The values of one option are alternatives (--lang ru --lang kk: either); different options must all hold. To
    need two topics at once, pipe one filter into another. --topic and --region need tagged records.

    Example: kzhealth filter --lang kk --since 2025-01-01 --region ulytau < tagged.jsonl
    """
    from .select import FilterStage, RecordFilter, date_bound, first_of_stories

    chosen = RecordFilter(
        langs=[_lang(code, LANGS) for code in lang or []],
        topics=topic or [],
        regions=region or [],
        outlets=outlet or [],
        since=date_bound(since, "--since") if since else None,
        until=date_bound(until, "--until", last=True) if until else None,
        contains=contains or [],
        known_topics=load_taxonomy(taxonomy).ids() if topic else None,
    )
    for message in chosen.notes:
        note(message)
    if stderr.is_terminal:
        for searched in chosen.searched:
            note(f"--contains looks for {searched}")
    account = Account("filter", skip_invalid=skip_invalid)
    # --first-of-story reads the input twice (stdin goes to a spool first); without it, filter streams
    given = sources(inputs)
    twice = rereadable(given) if first_of_story else nullcontext(lambda: iter_lines(given))
    with twice as lines:
        first = first_of_stories(lines()) if first_of_story else None
        run_map(FilterStage(chosen, first), lines(), output, account, LocalExecutor(1))


@app.command()
@cli_command
def stories(inputs: Inputs = None, output: FileOutput = None, skip_invalid: SkipInvalid = False) -> None:
    """Group records that report the same event (reprints, rewrites, Russian and Kazakh versions) and add `story`,
    `story_size` and `copy_of` to every record, in input order. Reads the input twice (stdin is spooled to a
    temporary file); memory holds a small signature per record.

    Example: kzhealth ingest scrapes/ | kzhealth tag | kzhealth stories > tagged.jsonl
    """
    from .stories.stage import story_lines

    account = Account("stories", skip_invalid=skip_invalid)
    with open_output(output) as out:
        for line in story_lines(sources(inputs), lambda error: account.invalid(str(error))):
            out.write(line)
            account.written += 1
    account.read = account.written + sum(account.skipped.values())
    account.finish()


@app.command()
@cli_command
def summarise(
    inputs: Inputs = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", metavar="FORMAT", help="table for people; json or csv for machines.")
    ] = Format.table,
    top: Annotated[int, typer.Option(min=1, metavar="N", help="How many of each topic's most frequent lemmas to list.")] = 10,
    by: Annotated[
        Optional[str],
        typer.Option(
            metavar="FIELD[,FIELD]",
            help="A cross-tab instead: month, topic, region, lang or outlet; two (month,topic) give rows and columns.",
        ),
    ] = None,
    count: Annotated[
        Counted,
        typer.Option(
            "--count", metavar="WHAT", help="What a cross-tab's cells count: documents, or distinct stories (after "
            "kzhealth stories).",
        ),
    ] = Counted.documents,
    output: FileOutput = None,
    skip_invalid: SkipInvalid = False,
) -> None:
    """Count documents by language, topic, region, outlet and month, and list each topic's top lemmas.

    Example: kzhealth summarise --format csv < tagged.jsonl > summary.csv
    Example: kzhealth summarise --by month,topic --format csv < tagged.jsonl > months-by-topic.csv
    Example: kzhealth summarise --by month,region --count stories < stories.jsonl
    """
    from .summary import CrossTab, Summary, tables

    stories = count is Counted.stories
    if stories and not by:
        raise UsageError("--count stories goes with --by (the summary without it counts stories beside documents)")
    account = Account("summarise", skip_invalid=skip_invalid)
    summary = fold(CrossTab.parse(by, stories) if by else Summary(top=top), records(inputs, account))
    if stories and summary.documents and not summary.story_ids:
        raise UsageError("--count stories: no record has a story; group them with kzhealth stories first")
    with open_output(output) as out:
        if format is Format.json:
            out.write(_json_text(summary.to_dict()).encode("utf-8"))
        elif format is Format.csv:
            out.write(summary.to_csv().encode("utf-8"))
        else:
            text = io.TextIOWrapper(out, encoding="utf-8", write_through=True)  # rich writes text
            console = StdoutConsole(file=text)
            if isinstance(summary, CrossTab):
                table = summary.table()
                turned = f", or --by {','.join(summary.by[::-1])} turns it" if len(summary.by) == 2 else ""
                _fitted(console, table, f"--format csv writes it whole{turned}").print(table)
            else:
                stories = f", {counted(len(summary.stories), 'story', 'stories')}" if summary.stories else ""
                console.print(f"{counted(summary.documents, 'document')}, {counted(summary.words, 'word')}{stories}")
                for table in tables(summary) if summary.documents else ():
                    console.print(table)
            text.detach()  # the stream stays open_output's to finish
    account.finish()


app.command(name="summarize", hidden=True, help="Alias of summarise.")(summarise)


def _fitted(console: Console, table, hint: str) -> Console:
    """A console the whole of a wide table fits on: a file or a pipe takes lines as long as the table's (rich would
    cut a cross-tab's cells to '…' at 80 characters); a terminal keeps its width, with a warning and `hint` on
    stderr when the table cannot fit it."""
    needed = console.measure(table, options=console.options.update_width(1 << 16))  # unbounded, not the 80 columns
    if not console.file.isatty():  # (not rich's is_terminal, which FORCE_COLOR makes true of a pipe too)
        return StdoutConsole(file=console.file, width=max(console.width, needed.maximum))
    if needed.minimum > console.width:
        warn(f"the table needs {needed.minimum} characters and the terminal has {console.width}: {hint}")
    return console


@app.command()
@cli_command
def report(
    inputs: Inputs = None,
    output: FileOutput = None,
    title: Annotated[Optional[str], typer.Option("--title", help="The page's heading (default: a generic one).")] = None,
    lang: Annotated[str, typer.Option("--lang", metavar="LANG", help="Language of the labels: en, ru or kk.")] = "en",
    taxonomy: TaxonomyFile = None,
    skip_invalid: SkipInvalid = False,
) -> None:
    """One self-contained HTML page of charts and tables: articles per month by language and topic, a tile map of
    the regions, outlets and their topics, and per topic its evidence words and latest headlines.

    Example: kzhealth report tagged.jsonl --lang ru --title "Вакцинация, 2025" -o report.html
    """
    from .report.html import render_report
    from .report.model import ReportData

    lang = _lang(lang, REPORT_LANGS)
    loaded = load_taxonomy(taxonomy)
    account = Account("report", skip_invalid=skip_invalid)
    data = fold(ReportData(), records(inputs, account))
    with open_output(output) as out:
        out.write(render_report(data, title=title, lang=lang, taxonomy=loaded).encode("utf-8"))
    account.finish()


class ExportFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"


@app.command()
@cli_command
def export(
    inputs: Inputs = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv for spreadsheets, parquet for analysis.")] = ExportFormat.csv,
    output: FileOutput = None,
    excel: Annotated[bool, typer.Option("--excel", help="CSV: start with a byte-order mark, so Excel reads UTF-8.")] = False,
    no_text: Annotated[bool, typer.Option("--no-text", help="Parquet: leave out text, paragraph_langs and lemmas.")] = False,
    skip_invalid: SkipInvalid = False,
) -> None:
    """One row per record: CSV (id, date, outlet, lang, title, topics, regions, n_words, source, story, story_size,
    copy_of; lists joined with ';') or Parquet (the same, typed, with text and lemmas).

    Example: kzhealth export tagged.jsonl --format csv --excel -o articles.csv
    Example: kzhealth export tagged.jsonl --format parquet -o articles.parquet
    """
    from .export import write_csv, write_parquet

    if format is ExportFormat.parquet and (output is None or output == "-") and sys.stdout.isatty():
        raise UsageError("Parquet is binary: give -o FILE or redirect stdout")
    account = Account("export", skip_invalid=skip_invalid)
    rows = records(inputs, account)
    with open_output(output) as out:
        if format is ExportFormat.csv:
            write_csv(rows, out, excel=excel)
        else:
            write_parquet(rows, out, text=not no_text)
    account.finish()


@app.command()
@cli_command
def topics(taxonomy: TaxonomyFile = None, format: ListFormatOption = ListFormat.table) -> None:
    """List the topic taxonomy: ids, names in each language and example terms (as lemmas)."""
    loaded = load_taxonomy(taxonomy)
    rows = [
        {
            "id": t.id,
            "name": t.name,
            "names": dict(t.names),
            "terms": {lang: list(terms) for lang, terms in t.terms.items()},
            "articles": list(t.articles),  # of the Criminal Code, whose citation is a term
        }
        for t in loaded.topics
    ]

    def cells(row: dict) -> list[str]:
        examples = "; ".join(", ".join(terms[:4]) for terms in row["terms"].values())
        return [row["id"], row["name"], row["names"].get("ru", ""), row["names"].get("kk", ""), examples]

    _print_listing(format, rows, "Topics", ("id", "name", "ru", "kk", "example terms"), cells)


@app.command()
@cli_command
def regions(format: ListFormatOption = ListFormat.table) -> None:
    """List the region ids with their English, Russian and Kazakh names (filter --region takes any of them)."""
    from .tagging.gazetteer import region_names

    names = {lang: region_names(lang) for lang in ("en", "ru", "kk")}
    rows = [{"id": rid, **{lang: names[lang][rid] for lang in names}} for rid in names["en"]]
    _print_listing(format, rows, "Regions", ("id", "en", "ru", "kk"), lambda row: list(row.values()))


def _print_listing(
    format: ListFormat, rows: list[dict], title: str, columns: tuple[str, ...], cells: Callable[[dict], list[str]]
) -> None:
    """A listing (topics, regions) as JSON for machines, or as a table of `cells` of each row for people."""
    if format is ListFormat.json:
        _print_json(rows)
        return
    from rich.table import Table

    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*cells(row))
    StdoutConsole().print(table)


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
    from .lang.stage import LangidStage

    account = Account("langid", skip_invalid=skip_invalid)
    run_map(LangidStage(), iter_lines(sources(inputs)), output, account, LocalExecutor(1))


@app.command()
@cli_command
def lemmatize(
    conllu: Annotated[Path, typer.Option("--conllu", metavar="FILE", help="CoNLL-U file whose LEMMA column to fill ('-' for stdin).")],
    lang: Annotated[str, typer.Option("--lang", metavar="LANG", help="Language of the text: ru or kk.")],
    output: FileOutput = None,
) -> None:
    """Fill the LEMMA column of a CoNLL-U file with kzhealth's lemmas; everything else is left as it is.

    Example: kzhealth lemmatize --lang ru --conllu ru_gsd-ud-dev.conllu > ours.conllu
    """
    from .conllu import conllu_lines, fill_lemmas, read_sentences
    from .lang.lemmas import lemmatizer_for

    lemmatize_fn = lemmatizer_for(_lang(lang, LEMMA_LANGS))
    sentences = read_sentences(conllu_lines(str(conllu)))
    with open_output(output) as out:
        for text in fill_lemmas(sentences, lemmatize_fn):
            out.write(text.encode("utf-8"))


# --- Evaluation ---------------------------------------------------------------------------------------------------


@eval_app.command("langid")
@cli_command
def eval_langid(path: Annotated[Path, typer.Argument(metavar="JSONL", help="JSONL with level, label and text (langid-dev.jsonl form).")]) -> None:
    """Accuracy of language identification per level and class."""
    from .evaluation.langid import evaluate_langid, format_langid_report

    rows = (parse_object(line) for line in iter_lines([str(path)]))
    print(format_langid_report(evaluate_langid(rows)))


@eval_app.command("lemmas")
@cli_command
def eval_lemmas(
    paths: Annotated[list[Path], typer.Argument(metavar="CONLLU", help="CoNLL-U files with gold lemmas.")],
    lang: Annotated[str, typer.Option("--lang", metavar="LANG", help="Language of the files: ru or kk.")],
    misses: Annotated[int, typer.Option(metavar="N", help="Also list the N most frequent misses (0: none).")] = 0,
) -> None:
    """Lemma accuracy over words and content words, per file and combined (shared/eval/README.md convention)."""
    from .conllu import LemmaScore, conllu_lines, read_sentences, score_lemmas
    from .lang.lemmas import lemmatizer_for
    from .evaluation.lemmas import format_lemma_report

    lemmatize_fn = lemmatizer_for(_lang(lang, LEMMA_LANGS))
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


LabelsFile = Annotated[Optional[Path], typer.Option(metavar="FILE", help="Labels file (default: FOLDER/labels.jsonl).")]


@eval_app.command("news")
@cli_command
def eval_news(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", help="Folder with docs/ and labels.jsonl (news-dev form).")],
    labels: LabelsFile = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
) -> None:
    """Accuracy of lang, date, title and outlet, and micro-F1 of topics and regions, on labelled news."""
    from .evaluation.news import evaluate_news, format_news_report

    result = evaluate_news(folder, labels or folder / "labels.jsonl")
    print(format_news_report(result, verbose))


@eval_app.command("stories")
@cli_command
def eval_stories(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", help="Folder with docs/ and labels.jsonl (stories-dev form).")],
    labels: LabelsFile = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every pair split or joined wrongly.")] = False,
) -> None:
    """B-cubed and pair precision and recall of `stories`, and recall of Russian-Kazakh pairs, on labelled news."""
    from .evaluation.stories import evaluate_stories, format_stories_report

    print(format_stories_report(evaluate_stories(folder, labels or folder / "labels.jsonl"), verbose))


def _on_signal(signum: int, frame: object) -> None:
    raise Terminated(signum)


def main() -> None:
    _utf8_stdout()
    for signum in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if signum is not None:
            signal.signal(signum, _on_signal)
    app(prog_name="kzhealth")
