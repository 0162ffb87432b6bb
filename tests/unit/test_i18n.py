"""Translations: every interface string is in the catalogue, and every one has its Spanish.

The catalogue is `sciatica_coach/i18n/sciatica_coach_es.ts`, made by `pyside6-lupdate` from the
`_()`, `ngettext()` and `N_()` calls (README "Languages"). These tests run lupdate on the working
tree and compare: a new string that was not extracted, or extracted but not translated, fails
here. The command line reads the `.ts` without Qt; tests/ui/test_spanish.py checks that the
compiled `.qm` says the same through Qt's QTranslator.
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sciatica_coach.core import i18n
from sciatica_coach.core.i18n import _, ngettext
from tests.helpers.env import ROOT

PACKAGE = ROOT / "sciatica_coach"
TS = i18n.ts_file("es")
ALIASES = "tr+=_,tr+=ngettext,QT_TR_NOOP+=N_"


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def _messages(ts: Path) -> dict[tuple[str, str, bool], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (m.findtext("source") or "", m.findtext("comment") or "", m.get("numerus") == "yes"): m
        for m in root.iter("message")
    }


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed beside {sys.executable} (it comes with PySide6)")
    return found


def _calls_in_source() -> set[tuple[str, str, bool]]:
    """Every literal `_()`, `ngettext()` and `N_()` call, as lupdate should extract it."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            if node.func.id == "ngettext" and None not in args[:2]:
                found.add((args[0], args[1], True))
            elif node.func.id in {"_", "N_"} and args and isinstance(args[0], str):
                found.add((args[0], args[1] if len(args) > 1 and args[1] else "", False))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str, bool], ET.Element]:
    """What lupdate finds in the working tree today (into a fresh file)."""
    out = tmp_path_factory.mktemp("lupdate") / "now_es.ts"
    done = subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", "-tr-function-alias", ALIASES,
         "-locations", "none", "-source-language", "en", "-target-language", "es",
         str(PACKAGE), "-ts", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return _messages(out)


def test_lupdate_extracts_every_call_in_the_source(extracted):
    """lupdate reads `_("...")` as Qt's tr(); it cannot see a call inside an f-string or a
    `\\N{...}` escape, so those would silently stay English."""
    missing = _calls_in_source() - set(extracted)
    assert not missing, f"calls lupdate does not see (move them out of f-strings): {missing}"


def test_the_catalogue_is_up_to_date_with_the_source(extracted):
    committed = set(_messages(TS))
    new = set(extracted) - committed
    assert not new, f"run the lupdate command in README 'Languages'; new strings: {sorted(new)}"
    gone = {m for m in committed - set(extracted)}
    assert not gone, f"strings no longer in the source (lupdate -no-obsolete drops them): {gone}"


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_string_has_a_finished_spanish_translation():
    problems = []
    for (source, _comment, numerus), message in _messages(TS).items():
        tr = message.find("translation")
        assert tr is not None
        if tr.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{tr.get('type')}: {source!r}")
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
        if not all(f.strip() for f in forms) or (numerus and len(forms) != 2):
            problems.append(f"empty: {source!r}")
    assert not problems, "\n".join(problems)


def test_translations_keep_the_placeholders_and_the_markup():
    """A translation that drops {contact} or adds {contacto} breaks str.format at run time."""
    problems = []
    tags = re.compile(r"</?\w+>")
    for (source, comment, numerus), message in _messages(TS).items():
        tr = message.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
        english = _placeholders(source) | (_placeholders(comment) if numerus else set())
        for form in forms:
            names = _placeholders(form)
            if (numerus and not names <= english) or (not numerus and names != english):
                problems.append(f"{source!r}: {sorted(names)} for {sorted(english)}")
            if sorted(tags.findall(form)) != sorted(tags.findall(source)):
                problems.append(f"{source!r}: markup differs: {form!r}")
            sample = dict.fromkeys(english | names, 3)
            form.format(**sample)  # no stray braces
    assert not problems, "\n".join(problems)


def test_spanish_words_come_from_the_ts_without_qt():
    assert i18n.set_language("es") is True
    assert i18n.language() == "es"
    assert _("Stop: this hurts") == "Parar: me duele"
    assert _("left", "after a feminine noun") == "izquierda"
    assert _("left") == "izquierdo"
    assert ngettext("{n} time", "{n} times", 1).format(n=1) == "1 vez"
    assert ngettext("{n} time", "{n} times", 0).format(n=0) == "0 veces"
    assert ngettext("{n} time", "{n} times", 3).format(n=3) == "3 veces"
    # Falling back to English, string by string, for what the catalogue does not have.
    assert _("A sentence nobody translated") == "A sentence nobody translated"
    assert ngettext("{n} apple", "{n} apples", 2) == "{n} apples"


def test_english_and_an_unknown_language_speak_the_source_text():
    assert i18n.set_language("en") is True
    assert _("Stop: this hurts") == "Stop: this hurts"
    assert i18n.set_language("xx") is False
    assert i18n.language() == "en"
    assert _("Stop: this hurts") == "Stop: this hurts"


def test_an_unfinished_entry_falls_back_to_english(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
        "<context><name></name>"
        "<message><source>Done</source><translation>Hecho</translation></message>"
        '<message><source>Skip</source><translation type="unfinished">Sal</translation></message>'
        "<message><source>Back</source><translation></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    t = i18n.TsTranslations(ts, "es")
    assert (t.gettext("Done"), t.gettext("Skip"), t.gettext("Back")) == ("Hecho", "Skip", "Back")


@pytest.mark.parametrize(
    ("name", "parsed"),
    [
        ("es_ES.UTF-8", ("es", "ES")),
        ("es", ("es", None)),
        ("en-GB", ("en", "GB")),
        ("es_419", ("es", "419")),
        ("ca_ES@valencia", ("ca", "ES")),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_locale_names(name, parsed):
    assert i18n.parse_locale(name) == parsed


def test_the_language_comes_from_settings_then_the_system():
    env = {"LANGUAGE": "fr:es", "LANG": "en_GB.UTF-8"}
    assert i18n.environment_locales(env) == ["fr", "es", "en_GB.UTF-8"]
    assert i18n.pick_language(None, i18n.environment_locales(env)) == "es"  # no French: next
    assert i18n.pick_language("en", i18n.environment_locales(env)) == "en"  # Settings win
    assert i18n.pick_language("system", ["es_ES.UTF-8"]) == "es"
    assert i18n.pick_language("de", ["de_DE"]) == "en"  # not translated: English
    assert i18n.environment_locales({"LC_ALL": "es_ES", "LANG": "en_GB"}) == ["es_ES"]
    assert i18n.environment_locales({}) == []


def test_the_command_line_follows_language(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "es")
    assert i18n.use_system_language() == "es"
    assert _("Drills") == "Ejercicios"
    monkeypatch.setenv("LANGUAGE", "en_GB")
    assert i18n.use_system_language() == "en"
    assert _("Drills") == "Drills"


def test_cli_plan_in_spanish(monkeypatch, capsys):
    from sciatica_coach import cli
    from sciatica_coach.core import region

    monkeypatch.setenv("LANGUAGE", "es")
    monkeypatch.delenv("LC_ALL", raising=False)
    try:
        assert cli.main(["plan", str(ROOT / "routines" / "quick-tour.yaml")]) == 0
    finally:
        region.set_services(region.Services.UK)
    out = capsys.readouterr().out
    assert out.startswith("Visita rápida (2 minutos) (quick-tour): 3 ejercicios")
    assert "Bird dog (perro de muestra): 3 repeticiones por lado, alternando" in out
    assert "Total: " in out
