"""core.digest: hashlib's SHA-256 and BLAKE2b digests, without loading OpenSSL."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from sciatica_coach.core.digest import key_hash, sha256


@given(parts=st.lists(st.binary(max_size=300), max_size=6))
def test_the_digest_is_hashlib_s_for_the_same_bytes(parts):
    def blake2b_32(*data: bytes):
        return hashlib.blake2b(*data, digest_size=32)

    for ours_of, theirs_of in ((sha256, hashlib.sha256), (key_hash, blake2b_32)):
        ours, theirs = ours_of(), theirs_of()
        for part in parts:
            ours.update(part)
            theirs.update(part)
        assert ours.hexdigest() == theirs.hexdigest()
        assert ours_of(b"".join(parts)).hexdigest() == theirs.hexdigest()


def test_hashing_loads_no_openssl():
    code = (
        "import sys; from sciatica_coach.core.digest import key_hash, sha256; "
        "sha256(b'x').hexdigest(); key_hash(b'x').hexdigest(); "
        "print(sorted({'hashlib', '_hashlib'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
