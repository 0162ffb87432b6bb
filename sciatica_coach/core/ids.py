"""Random ids for sessions and events, as `uuid.uuid4().hex` writes them.

The same 32 hex digits (version 4, RFC 4122 variant) from the same source (`os.urandom`),
without importing `uuid`, which brings `platform` and a C helper with it: some 0.4 MB resident
for the rest of a session that only ever needs these few lines.
"""

from __future__ import annotations

import os


def new_id() -> str:
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    return raw.hex()
