"""Every command and every option explains itself: the commands are found by walking the CLI, not listed by hand."""

from __future__ import annotations

import typer.main

from kzhealth.cli import app


def walk(command, path: tuple[str, ...] = ()):
    """(path, command) of the command and of every command under it, groups included (a group has `commands`;
    typer brings its own click, so its classes are not click's)."""
    yield path, command
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            yield from walk(sub, (*path, name))


COMMANDS = list(walk(typer.main.get_command(app)))


def test_the_walk_finds_the_commands_and_the_groups_below_them():
    paths = {" ".join(path) for path, _ in COMMANDS}
    assert {"ingest", "tag", "filter", "regions", "eval", "eval news"} <= paths


def test_every_command_and_option_has_help_text():
    missing = []
    for path, command in COMMANDS:
        if command.hidden:
            continue
        name = " ".join(("kzhealth", *path))
        if not (command.help or "").strip():
            missing.append(name)
        for param in command.params:
            if not (getattr(param, "help", None) or "").strip():
                missing.append(f"{name} {param.opts[0]}")
    assert not missing, f"no help text: {', '.join(missing)}"


def test_every_command_answers_dash_h(kz):
    for path, command in COMMANDS:
        if path and not command.hidden:
            result = kz(*path, "-h")
            assert result.exit_code == 0 and "Usage: kzhealth" in result.stdout, path


def test_usage_lines_name_the_arguments(kz):
    assert "Usage: kzhealth ingest [OPTIONS] {PATH}..." in kz("ingest", "-h").stdout
    assert "Usage: kzhealth tag [OPTIONS] [FILE]..." in kz("tag", "-h").stdout
