"""The translation functions every sentence the app shows goes through: `_`, `ngettext`, `N_`.

Sentences are made when they are shown, never stored: the log keeps facts (what, when) and the
words come from here, so a second language needs a catalogue, not a change to the logic.

The catalogues are Qt Linguist files, `sciatica_coach/i18n/sciatica_coach_<lang>.ts`, made by
`pyside6-lupdate` (which reads `_("...")` as Qt's `tr("...")`, `ngettext(one, many, n)` as
`tr(one, many, n)` and `N_("...")` as `QT_TR_NOOP("...")`; see README "Languages") and compiled
to `.qm` by `pyside6-lrelease`. This module imports no Qt: it reads the `.ts` itself (the command
line translates without a QApplication); the window installs a `QTranslator` over the compiled
`.qm` instead (`ui/translation.py`) through `set_language(..., translations=...)`. Either way a
string with no finished translation falls back to English, one string at a time.
"""

from __future__ import annotations

import gettext
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

DOMAIN = "sciatica_coach"
SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
"""The languages the app speaks, each named in itself (for the Settings list)."""
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "i18n"
"""Inside the package, so a wheel and a bundle carry it as a checkout does."""


def one_other(n: int) -> int:
    """English and Spanish: one thing, or any other number (0 included)."""
    return 0 if n == 1 else 1


PLURAL_RULES: dict[str, Callable[[int], int]] = {"es": one_other}
"""Which `numerusform` of a `.ts` message a count takes, as Qt's rules for that language say
(a new language whose plurals are not "one / other" adds its rule here)."""

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE


def ts_file(language: str) -> Path:
    return CATALOGUE_DIR / f"{DOMAIN}_{language}.ts"


def qm_file(language: str) -> Path:
    return CATALOGUE_DIR / f"{DOMAIN}_{language}.qm"


class TsTranslations(gettext.NullTranslations):
    """The finished messages of a Qt `.ts` file; unfinished, vanished or empty ones are left
    out, so `_` falls back to the English source text for them."""

    def __init__(self, path: Path, language: str) -> None:
        import xml.etree.ElementTree as ET  # only when a language other than English is used

        super().__init__()
        self.language = language
        self.plural = PLURAL_RULES.get(language, one_other)
        self.messages: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(path).getroot()  # our own shipped file
        for message in root.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }:
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
            else:
                forms = [translation.text or ""]
            if source and forms and all(forms):
                self.messages[(source, comment)] = forms

    def gettext(self, message: str) -> str:
        forms = self.messages.get((message, ""))
        return forms[0] if forms else message

    def pgettext(self, context: str, message: str) -> str:
        forms = self.messages.get((message, context))
        return forms[0] if forms else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = self.messages.get((msgid1, msgid2))
        if forms:
            return forms[min(self.plural(n), len(forms) - 1)]
        return msgid1 if n == 1 else msgid2


def set_language(
    language: str | None, translations: gettext.NullTranslations | None = None
) -> bool:
    """Speak `language` ("es"); None or "en" is English. `translations` replaces the `.ts`
    reader (the window passes its QTranslator's). False, and English, when there is no
    catalogue for it."""
    global _translation, _language
    if language in (None, "", SOURCE_LANGUAGE):
        _translation, _language = gettext.NullTranslations(), SOURCE_LANGUAGE
        return True
    assert language is not None
    if translations is None:
        from xml.etree.ElementTree import ParseError

        try:
            translations = TsTranslations(ts_file(language), language)
        except (OSError, ParseError):
            _translation, _language = gettext.NullTranslations(), SOURCE_LANGUAGE
            return False
    _translation, _language = translations, language
    return True


def language() -> str:
    """The language the words are in now ("en", "es")."""
    return _language


def _(message: str, disambiguation: str | None = None) -> str:
    """The sentence in the chosen language. `disambiguation` tells two uses of the same English
    apart for translators (Qt's `tr(text, disambiguation)`; gettext's context)."""
    if disambiguation:
        return _translation.pgettext(disambiguation, message)
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """'1 time' / '3 times', in the chosen language."""
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a string for the catalogue where it is written; `_()` translates it when shown."""
    return message


# -- which language ---------------------------------------------------------------------------

_LOCALE = re.compile(r"^(?P<lang>[a-zA-Z]{2,3})(?:[_-](?P<region>[a-zA-Z]{2}|\d{3}))?(?:[.@].*)?$")


def parse_locale(name: str) -> tuple[str, str | None] | None:
    """'es_ES.UTF-8' -> ('es', 'ES'); 'en' -> ('en', None); 'C', 'POSIX' or junk -> None."""
    found = _LOCALE.match(name.strip())
    if found is None or name.strip().upper() in {"C", "POSIX"}:
        return None
    region = found["region"]
    return found["lang"].lower(), region.upper() if region else None


def environment_locales(env: Mapping[str, str] | None = None) -> list[str]:
    """The locale names the environment gives, most wanted first, as gettext reads them:
    LANGUAGE (a colon list), then the first of LC_ALL, LC_MESSAGES and LANG that is set."""
    env = os.environ if env is None else env
    names = [n for n in env.get("LANGUAGE", "").split(":") if n]
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(key):
            names.append(env[key])
            break
    return names


def pick_language(chosen: str | None, locales: Iterable[str] = ()) -> str:
    """The language to speak: the one chosen in Settings if the app has it, else the first of
    the system's `locales` the app has, else English."""
    if chosen in LANGUAGES:
        assert chosen is not None
        return chosen
    for name in locales:
        parsed = parse_locale(name)
        if parsed is not None and parsed[0] in LANGUAGES:
            return parsed[0]
    return SOURCE_LANGUAGE


def use_system_language(env: Mapping[str, str] | None = None) -> str:
    """For the command line: the environment's language (LANGUAGE=es), set and returned."""
    chosen = pick_language(None, environment_locales(env))
    if not set_language(chosen):
        return SOURCE_LANGUAGE
    return chosen
