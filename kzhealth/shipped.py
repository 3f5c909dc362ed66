"""The data files shipped inside the package, in each subpackage's `data/` folder."""

from __future__ import annotations

import tomllib
from importlib import resources


def read_toml(package: str, name: str) -> dict:
    """A TOML file of `package`'s data folder (`package` is a module's `__package__`)."""
    return tomllib.loads(resources.files(package).joinpath("data", name).read_text(encoding="utf-8"))
