"""`sciatica-coach schema`: a JSON Schema that a third-party validator accepts and that agrees
with the shipped files, so a physiotherapist's editor can check a routine as they type it."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from sciatica_coach import cli, paths

SHIPPED = sorted(
    [*paths.exercises_dir().glob("*.yaml"), *paths.routines_dir().glob("*.yaml")],
    key=lambda p: (p.parent.name, p.name),
)


def load_plain(path: Path) -> Any:
    """The file as plain data, the way an editor's YAML 1.2 plugin would hand it over."""
    yaml = YAML(typ="safe", pure=True)
    yaml.version = (1, 2)
    return yaml.load(path.read_text(encoding="utf-8"))


def schema_from_cli(capsys, *args: str) -> dict[str, Any]:
    assert cli.main(["schema", *args]) == 0
    out, err = capsys.readouterr()
    assert not err
    return json.loads(out)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    # capsys is function-scoped; this module-wide fixture captures by hand.
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert cli.main(["schema"]) == 0
    schema = json.loads(buffer.getvalue())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_a_valid_draft_2020_12_schema(capsys):
    schema = schema_from_cli(capsys)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("kind", ["routine", "exercises"])
def test_each_kind_of_schema_is_valid_too(capsys, kind):
    jsonschema.Draft202012Validator.check_schema(schema_from_cli(capsys, "--kind", kind))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_file_validates_against_the_schema(validator, path):
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(load_plain(path))
    ]
    assert not errors


def test_the_shipped_files_are_all_checked():
    assert len([p for p in SHIPPED if p.parent == paths.routines_dir()]) >= 8
    assert len([p for p in SHIPPED if p.parent == paths.exercises_dir()]) >= 5


def _routine() -> dict[str, Any]:
    return load_plain(paths.routines_dir() / "disc-extension.yaml")


def _exercises() -> dict[str, Any]:
    return load_plain(paths.exercises_dir() / "s1-strength-mobility.yaml")


def _with(doc: dict[str, Any], change) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    change(doc)
    return doc


BAD_DOCUMENTS = {
    "routine-unknown-field": lambda: _with(_routine(), lambda d: d.update(colour="red")),
    "step-unknown-field": lambda: _with(_routine(), lambda d: d["steps"][0].update(colour="red")),
    "step-reps-0": lambda: _with(_routine(), lambda d: d["steps"][0].update(reps=0)),
    "step-hold-3000-s": lambda: _with(_routine(), lambda d: d["steps"][0].update(hold_s=3000)),
    "routine-missing-title": lambda: _with(_routine(), lambda d: d.pop("title")),
    "routine-no-steps": lambda: _with(_routine(), lambda d: d.update(steps=[])),
    "routine-bad-sides": lambda: _with(_routine(), lambda d: d["steps"][1].update(sides="no")),
    "exercise-missing-id": lambda: _with(_exercises(), lambda d: d["exercises"][0].pop("id")),
    "exercise-reps-0": lambda: _with(
        _exercises(), lambda d: d["exercises"][0]["dosage"].update(reps=0)
    ),
    "exercise-unknown-field": lambda: _with(
        _exercises(), lambda d: d["exercises"][0].update(colour="red")
    ),
    "exercise-bad-stop-rule": lambda: _with(
        _exercises(), lambda d: d["exercises"][0].update(stop_rule="whatever")
    ),
    "a-list": lambda: [_routine()],
}


@pytest.mark.parametrize("make", BAD_DOCUMENTS.values(), ids=BAD_DOCUMENTS.keys())
def test_bad_documents_fail_the_schema(validator, make):
    assert not validator.is_valid(make())


def test_the_good_documents_behind_the_bad_ones_pass(validator):
    """So each bad document fails for its one change, not for how it was built."""
    assert validator.is_valid(_routine())
    assert validator.is_valid(_exercises())
