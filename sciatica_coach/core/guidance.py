"""What to do besides the exercises: stay active (NICE NG59) and when to see your GP or physio.

Plain words for the Help menu and the first-run notice. Urgent warning signs are not here: they
come from the one table in `core.safety` and its words in `core.safety_words`.
"""

from __future__ import annotations

from . import region
from .i18n import _
from .region import Services


def stay_active_text() -> str:
    """NICE NG59's message (CLINICAL.md §7, R5) in plain words."""
    return _(
        "Keep as active as you can, and carry on with your usual activities as far as you are "
        "able: staying active helps recovery. UK guidance for low back pain with or without "
        "sciatica (NICE, guideline NG59) recommends exercise as a core part of treatment, "
        "alongside advice from your clinician."
    )


def see_someone_heading(services: Services | None = None) -> str:
    """A GP in the UK; "your doctor" where the app does not know what the family doctor is
    called (the Spanish words say "médico de cabecera" for both)."""
    if (services or region.current()) is Services.UK:
        return _("When to see your GP or physio")
    return _("When to see your doctor or physio")


def see_someone_intro(services: Services | None = None) -> str:
    if (services or region.current()) is Services.UK:
        return _("Book an appointment with your GP or physiotherapist (it is not an emergency) if:")
    return _("Book an appointment with your doctor or physiotherapist (it is not an emergency) if:")


def see_someone_reasons() -> list[str]:
    """Reasons to get a routine appointment: not urgent, but not to be put off."""
    return [
        _("your symptoms are not improving after a few weeks"),
        _("they are getting worse, or spreading further down your leg over the days"),
        _("the pain stops you doing your normal activities, sleeping or working"),
        _("you are finding it hard to cope with the pain"),
        _("the same drill keeps hurting, or the morning after is worse twice in a row"),
    ]


def see_someone_urgent() -> str:
    return _(
        "Some warning signs need help the same day or at once, not an appointment: they are "
        "listed under Help > Safety information, and the app asks about them whenever you "
        "press Stop: this hurts."
    )
