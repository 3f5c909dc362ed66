"""kzhealth: raw Kazakhstan health-news text (Russian and Kazakh) to clean, validated, tagged JSONL."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kzhealth")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
