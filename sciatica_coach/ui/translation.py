"""The window's language: Qt's `QTranslator` over the compiled catalogue, before any page is built.

`core.i18n` words every sentence through `_()`; here the window hands it a translator backed by
`QTranslator` and the `.qm` that `pyside6-lrelease` compiled from the `.ts` (the command line,
which must not import Qt, reads the `.ts` itself). Qt's own words (Save, Cancel, the file
dialogs) come from the `qtbase_<lang>.qm` PySide6 ships. The language is Settings' choice, else
the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then Qt's idea of the system locale, which is
what Windows and macOS have); a change in Settings applies at the next start. The country, for
the emergency words, applies at once.
"""

from __future__ import annotations

import gettext
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core import i18n, region

if TYPE_CHECKING:
    from collections.abc import Mapping

logger = logging.getLogger(__name__)

CONTEXT = ""
"""lupdate puts `_()` strings, which belong to no class, in the unnamed context."""


class QtTranslations(gettext.NullTranslations):
    """`core.i18n`'s view of a QTranslator: an empty answer means "not translated", so each
    string falls back to English (with English plurals) on its own."""

    def __init__(self, translator: QTranslator) -> None:
        super().__init__()
        self.translator = translator

    def gettext(self, message: str) -> str:
        return self.translator.translate(CONTEXT, message, None, -1) or message

    def pgettext(self, context: str, message: str) -> str:
        return self.translator.translate(CONTEXT, message, context, -1) or message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = self.translator.translate(CONTEXT, msgid1, msgid2, n)
        return found or (msgid1 if n == 1 else msgid2)


def system_locales(env: Mapping[str, str] | None = None) -> list[str]:
    """The environment's locales (as the command line reads them), or where it gives none
    (Windows, macOS), Qt's system locale. Not both: from LANGUAGE=es alone Qt guesses a
    region (es_ES), and a guessed country must not choose the emergency number."""
    names = i18n.environment_locales(env)
    if any(i18n.parse_locale(n) for n in names):
        return names
    system = QLocale.system()
    return [*system.uiLanguages(), system.name()]


def use_language(raw_settings: Mapping[str, Any], env: Mapping[str, str] | None = None) -> str:
    """Pick and install the language and the emergency services from the settings file's
    plain JSON (read before pydantic, for frame one). Returns the language code."""
    chosen = raw_settings.get("language")
    locales = system_locales(env)
    language = i18n.pick_language(chosen if isinstance(chosen, str) else None, locales)
    if not install(language):
        language = i18n.SOURCE_LANGUAGE
    country = raw_settings.get("country")
    use_country(country if isinstance(country, str) else "auto", language, locales)
    return language


def use_country(
    country: str, language: str | None = None, locales: list[str] | None = None
) -> None:
    """Whose emergency number and services the advice names from now on."""
    region.set_services(
        region.services_for(
            country,
            language or i18n.language(),
            system_locales() if locales is None else locales,
        )
    )


def install(language: str) -> bool:
    """Load `language`'s catalogues into the application and into `core.i18n`."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    if not _default_locale:
        _default_locale.append(QLocale())
    if language == i18n.SOURCE_LANGUAGE:
        QLocale.setDefault(_default_locale[0])
        return i18n.set_language(language)
    ours = QTranslator(app)
    if not ours.load(str(i18n.qm_file(language))):
        # No compiled catalogue (a checkout before `pyside6-lrelease`): the .ts still works.
        logger.warning("no compiled catalogue %s; reading the .ts", i18n.qm_file(language))
        if not i18n.set_language(language):
            return False
    else:
        i18n.set_language(language, QtTranslations(ours))
        _installed.append(ours)
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", folder):
        _installed.append(qt_own)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return True


_installed: list[QTranslator] = []
"""Kept alive while installed (Qt does not own them)."""
_default_locale: list[QLocale] = []
"""The locale Qt started with, put back when the language goes back to English."""
