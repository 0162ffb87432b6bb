"""Where the person is, for the one thing that depends on it: who to call.

The emergency words name a number and services that exist where the person is: 999, A&E, a GP
and NHS 111 in the UK; 112, "urgencias" and the "centro de salud" in Spain; 112 and a hospital
emergency department elsewhere in the EU; and "your local emergency number" where the app does
not know. The country comes from Settings ("auto": from the system's locale). Each variant is a
whole sentence in `safety_words` (never a number pasted into a sentence), translated like any
other, and pinned word for word by the tests in both languages.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from .i18n import N_, SOURCE_LANGUAGE, parse_locale

if TYPE_CHECKING:
    from collections.abc import Iterable


class Services(StrEnum):
    """The emergency number and services the advice names."""

    UK = "uk"
    """999, A&E, your GP, NHS 111."""
    SPAIN = "es"
    """112, urgencias (a hospital emergency department), your centro de salud."""
    EU = "eu"
    """112 and a hospital emergency department: the number works in every EU country."""
    LOCAL = "local"
    """The country is not known: "your local emergency number"."""


COUNTRIES: dict[str, str] = {
    "auto": N_("From the computer's settings"),
    "GB": N_("United Kingdom (999)"),
    "ES": N_("Spain (112)"),
    "EU": N_("Another EU country (112)"),
    "other": N_("Somewhere else (your local emergency number)"),
}
"""The Settings choices, in order; the words are translated when shown."""

# fmt: off
EU_MEMBERS = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
})
# fmt: on
"""The EU's 27: 112 reaches the emergency services in each (Ireland also answers 999)."""

_current = Services.UK


def services_for(country: str, language: str, locales: Iterable[str] = ()) -> Services:
    """The services for a Settings `country`; "auto" reads the region of the system's locales
    (es_ES -> Spain). With no region anywhere, English keeps the UK's words (the app's first
    users) and any other language says "your local emergency number"."""
    chosen = {"GB": Services.UK, "ES": Services.SPAIN, "EU": Services.EU, "other": Services.LOCAL}
    if country in chosen:
        return chosen[country]
    for name in locales:
        parsed = parse_locale(name)
        region = parsed[1] if parsed else None
        if region is None:
            continue
        if region in {"GB", "UK"}:
            return Services.UK
        if region == "ES":
            return Services.SPAIN
        return Services.EU if region in EU_MEMBERS else Services.LOCAL
    return Services.UK if language == SOURCE_LANGUAGE else Services.LOCAL


def set_services(services: Services) -> None:
    """The services every later sentence names (set at start and when Settings change)."""
    global _current
    _current = services


def current() -> Services:
    return _current
