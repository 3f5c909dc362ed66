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
