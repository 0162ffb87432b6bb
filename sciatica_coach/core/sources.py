"""The source articles by title, for people: routine and exercise files cite them by file name
(`001_ee699b751415854c.txt`), which means nothing to a patient."""

from __future__ import annotations

SEEDS = {
    "000_afb9908a59288505.txt": "“Mobility for Sciatic Pain Relief” (Death of the Desk, 2018)",
    "001_ee699b751415854c.txt": (
        "“8 Strengthening and Mobility Moves to Help Ease Sciatica Pain” (POPSUGAR, with physical "
        "therapist Sam Becourtney and Dr Charles Kim)"
    ),
    "002_249a354d6665543b.txt": (
        "“Stop sciatica in its tracks with these three simple exercises” (Rehab and Revive, "
        "Dr Justin Lin)"
    ),
    "003_b1811144eaed076d.txt": "“Exercises for Sciatica” (amyphysio.ca, a physiotherapist)",
    "004_a9e52e7ebd108004.txt": (
        "“Top Exercises for Sciatica Pain” (Pain Management & Injury Relief, 2023)"
    ),
}
"""The five seed articles (CLINICAL.md, seed key)."""


def source_words(cited: str) -> str:
    """A cited source as a person can read it: a seed's title and publisher, or a reference
    as written without its number ("R16 ACSM stretching guidelines" -> "ACSM stretching
    guidelines")."""
    if cited in SEEDS:
        return SEEDS[cited]
    head, _sep, rest = cited.partition(" ")
    if rest and head[:1] == "R" and head[1:].rstrip("ab").isdigit():
        return rest
    return cited
