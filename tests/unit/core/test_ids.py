"""Session and event ids: what uuid4().hex writes, without the uuid module."""

from __future__ import annotations

import re
import uuid

from sciatica_coach.core.ids import new_id


def test_an_id_is_a_version_4_uuid_in_32_hex_digits_and_never_repeats():
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        assert re.fullmatch(r"[0-9a-f]{32}", text)
        parsed = uuid.UUID(hex=text)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
        assert parsed.hex == text
