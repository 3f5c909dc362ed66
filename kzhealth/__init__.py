"""kzhealth: raw Kazakhstan health-news text (Russian and Kazakh) to clean, validated, tagged JSONL."""


def __getattr__(name: str) -> str:
    # `__version__` is read from the installed metadata when first asked for: importing importlib.metadata costs
    # about 50 ms, an eighth of every command's start-up, and most runs never ask.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("kzhealth")
        except PackageNotFoundError:  # running from a source tree that was never installed
            found = "0+unknown"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
