"""The window in Spanish: chosen from LANGUAGE (or Settings), through Qt's QTranslator.

The home page and the whole "Stop: this hurts" flow are read as a person sees them: every label,
button and tick box, checked for the Spanish words and for English left behind. The emergency
advice is the exact sentence for the country chosen. The compiled `.qm` the window loads says
the same as the `.ts` the command line reads, string by string.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from sciatica_coach.core import i18n, region
from sciatica_coach.core.region import Services
from sciatica_coach.core.safety import Urgency
from sciatica_coach.core.safety_words import advice
from sciatica_coach.storage.settings import Settings
from sciatica_coach.ui import translation
from sciatica_coach.ui.dialogs.settings import SettingsDialog
from tests.helpers.app import make_harness

ENGLISH_WORDS = re.compile(
    r"\b(the|your|you|and|with|this|that|of|to|is|are|drill|drills|session|routine|pain|"
    r"stop|start|next|back|leg|hurts|now|none|skip|preview|choose|open)\b",
    re.IGNORECASE,
)
"""Words a Spanish screen never shows: an English sentence left behind has some of them."""


@pytest.fixture
def spanish():
    """Spanish, as `sciatica-coach` with LANGUAGE=es starts it: before any page is built."""
    language = translation.use_language({"country": "ES"}, env={"LANGUAGE": "es"})
    assert language == "es"
    assert region.current() is Services.SPAIN
    yield
    translation.install("en")
    region.set_services(Services.UK)


def _shown(root: QWidget) -> list[str]:
    """The words on every visible label and button under `root`, as a person reads them."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()).replace("&", ""))
    return texts


def _english(texts: list[str]) -> list[str]:
    return [t for t in texts if ENGLISH_WORDS.search(t)]


def test_language_from_the_environment_and_from_settings():
    try:
        assert translation.use_language({}, env={"LANGUAGE": "es"}) == "es"
        assert i18n.language() == "es"
        assert translation.use_language({"language": "en"}, env={"LANGUAGE": "es"}) == "en"
        assert translation.use_language({"language": "es"}, env={"LANG": "en_GB.UTF-8"}) == "es"
        assert region.current() is Services.UK  # the locale says GB: 999
        assert translation.use_language({"language": 3}, env={"LANG": "C.UTF-8"}) == "en"
    finally:
        translation.install("en")
        region.set_services(Services.UK)


def test_the_home_page_in_spanish(qtbot, tmp_path, spanish):
    h = make_harness(qtbot, tmp_path / "data")
    home = h.window.home
    qtbot.waitUntil(lambda: bool(home.cards), timeout=5000)
    texts = _shown(home)
    assert "Elige una rutina" in texts
    assert "Abrir un archivo de rutina…" in texts
    card = home.card("disc-extension")
    assert card.start_button.text() == "Empezar"
    assert card.start_button.accessibleName() == (
        "Empezar Extensión: extensiones boca abajo y control del tronco"
    )
    assert "Enfoque en extensión" in _shown(card)
    assert "Aún no hecha" in _shown(card)
    assert _english(texts) == []
    menus = [a.text().replace("&", "") for a in h.window.menuBar().actions()]
    assert menus == ["Archivo", "Sesión", "Ver", "Ayuda"]
    h.shell.shutdown()


def test_the_hurt_flow_in_spanish_ends_with_the_112_advice(qtbot, tmp_path, spanish):
    h = make_harness(qtbot, tmp_path / "data")
    h.start_routine("quick-tour", checkins=False)
    h.seek(0, "move", into=0.5)
    player = h.player
    assert player.stop_button.text() == "Parar: me duele"
    assert player.drill_title.text() == "Bird dog (perro de muestra)"
    h.sessions.hurt()
    dialog = h.sessions.hurt_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    feel = _shown(dialog)
    assert "Siguiente" in feel
    assert "Entumecimiento u hormigueo" in feel
    assert _english(feel) == []
    dialog.back.choose("4")
    dialog.leg.choose("2")
    dialog.next_button.click()
    signs = _shown(dialog)
    assert "Ninguna de estas" in signs
    assert (
        "Entumecimiento en los genitales o alrededor del ano (la zona que apoyarías en un sillín)"
        in signs
    )
    assert _english(signs) == []
    dialog.flags.choose("saddle")
    dialog.some_button.click()
    assert dialog.pages.currentWidget() is dialog.red_page
    words = " ".join(_shown(dialog))
    assert advice(Urgency.EMERGENCY) in words
    assert (
        "Deja de hacer ejercicio ahora y pide ayuda de inmediato: llama al 112 o ve a urgencias "
        "de un hospital. No esperes a ver si se pasa y no conduzcas tú."
    ) in words
    assert "999" not in words
    assert _english(_shown(dialog)) == []
    dialog.end_button.click()
    summary = h.sessions.summary_page()
    assert summary.headline.text() == (
        "El mar 17 nov indicaste una señal de alarma: entumecimiento en la zona del sillín."
    )
    assert "112" in summary.advice.text()
    h.shell.shutdown()


def test_the_settings_dialog_chooses_language_and_country(qtbot):
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    try:
        assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
            "The computer's language",
            "English",
            "Español",
        ]
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.country.setCurrentIndex(dialog.country.findData("ES"))
        dialog.apply_to(settings)
        assert (settings.language, settings.country) == ("es", "ES")
        assert region.current() is Services.SPAIN  # the emergency words change at once
        assert "112" in advice(Urgency.EMERGENCY)
    finally:
        region.set_services(Services.UK)


def test_the_compiled_catalogue_says_what_the_ts_says():
    """The window's QTranslator (the .qm) and the command line's reader (the .ts) agree on
    every message and every plural form; a .qm not rebuilt after the .ts was edited fails."""
    qt = QTranslator()
    assert qt.load(str(i18n.qm_file("es")))
    ts = i18n.TsTranslations(i18n.ts_file("es"), "es")
    assert len(ts.messages) > 500
    words = translation.QtTranslations(qt)
    for (source, comment), forms in ts.messages.items():
        if len(forms) == 2 and comment:
            for n in (0, 1, 2, 5, 21):
                assert words.ngettext(source, comment, n) == ts.ngettext(source, comment, n)
        elif comment:
            assert words.pgettext(comment, source) == ts.pgettext(comment, source)
        else:
            assert words.gettext(source) == ts.gettext(source), source


def test_the_committed_qm_is_what_lrelease_makes(tmp_path):
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert tool is not None, "pyside6-lrelease comes with PySide6"
    out = tmp_path / "es.qm"
    done = subprocess.run(
        [tool, str(i18n.ts_file("es")), "-qm", str(out)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes() == i18n.qm_file("es").read_bytes(), "run pyside6-lrelease (README)"


def test_qt_own_words_are_spanish_too(spanish):
    from PySide6.QtWidgets import QDialogButtonBox

    app = QApplication.instance()
    assert app is not None
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"
