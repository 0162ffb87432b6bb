"""The translation functions every sentence the app shows goes through (gettext).

Sentences are made when they are shown, never stored: the log keeps facts (what, when) and the
words come from here, so a second language needs a catalogue, not a change to the logic.
`set_language("es")` loads `locale/es/LC_MESSAGES/sciatica_coach.mo` from the package's data;
with no catalogue for a language, the English source text is shown.
"""

from __future__ import annotations

import gettext

DOMAIN = "sciatica_coach"

_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str | None, localedir: str | None = None) -> bool:
    """Use `language` (e.g. "es"); None or "en" goes back to English. True if it was found."""
    global _translation
    if language in (None, "", "en"):
        _translation = gettext.NullTranslations()
        return True
    try:
        _translation = gettext.translation(DOMAIN, localedir, languages=[language])
    except OSError:
        _translation = gettext.NullTranslations()
        return False
    return True


def _(message: str) -> str:
    """The sentence in the chosen language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """'1 time' / '3 times', in the chosen language."""
    return _translation.ngettext(singular, plural, n)
