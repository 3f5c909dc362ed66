"""kzhealth's own errors. The CLI turns each into one line on stderr and an exit code; nothing else does."""


class KzhealthError(Exception):
    """Base of every error kzhealth raises on purpose."""

    exit_code = 1


class UsageError(KzhealthError):
    """The user asked for something that cannot be: an unknown topic id, a missing path, a bad date."""

    exit_code = 2


class InputError(KzhealthError):
    """Input that is not what it should be: a JSONL line that is not a record, a file that cannot be decoded."""

    exit_code = 1


class EnvironmentIOError(KzhealthError):
    """The environment failed an I/O: a full disk, a closed stream, a failing device (EX_IOERR from sysexits)."""

    exit_code = 74


class Terminated(BaseException):
    """SIGTERM or SIGHUP (`timeout`, a job manager, a closed ssh session): the run ends as Ctrl-C ends it, with its
    temporary files removed and its workers stopped. A BaseException, so no `except Exception` swallows it."""

    def __init__(self, signum: int) -> None:
        import signal

        self.signum = signum
        super().__init__(f"terminated ({signal.Signals(signum).name})")
