"""The langid map: a JSON object with a `text` gets `lang` and `lang_confidence`; every other field is kept."""

from __future__ import annotations

from ..errors import InputError
from ..jsonl import Line, dump, parse_object
from ..stages import MapStage, Outcome
from .langid import default_identifier, identify


class LangidStage(MapStage):
    name = "langid"

    def build(self) -> None:
        default_identifier().load_dictionaries()

    def apply(self, models: None, line: Line) -> Outcome:
        try:
            value = parse_object(line)
            if not isinstance(value.get("text"), str):
                raise InputError(f"{line.where}: no string field 'text'")
        except InputError as exc:
            return Outcome(line.where, skipped=str(exc), invalid=True)
        value["lang"], confidence = identify(value["text"])
        value["lang_confidence"] = round(confidence, 3)
        return Outcome(line.where, dump(value))
