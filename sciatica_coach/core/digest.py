"""SHA-256 and BLAKE2b without OpenSSL: a routine's fingerprint, and the keys of the caches.

`import hashlib` loads OpenSSL's libcrypto (some 3.4 MB resident, and 4 ms to load) for the
whole session, though the app only ever hashes a few hundred kilobytes of routine files with
SHA-256. CPython carries its own SHA-256 (the `_sha256` module, `_sha2` from 3.12): the same
digests, from a module a hundredth of the size. Where a Python lacks it, hashlib is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from collections.abc import Callable


class Hash(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def _builtin_sha256() -> Callable[..., Hash]:
    try:
        from _sha2 import sha256  # CPython 3.12 on
    except ImportError:
        try:
            from _sha256 import sha256  # 3.11
        except ImportError:
            from hashlib import sha256
    return cast("Callable[..., Hash]", sha256)


def _builtin_blake2b() -> Callable[..., Hash]:
    try:
        from _blake2 import blake2b
    except ImportError:
        from hashlib import blake2b
    return cast("Callable[..., Hash]", blake2b)


_SHA256 = _builtin_sha256()
_BLAKE2B = _builtin_blake2b()


def sha256(data: bytes = b"") -> Hash:
    """A SHA-256 hash object (update, hexdigest), started with `data`."""
    return _SHA256(data)


def key_hash(data: bytes = b"") -> Hash:
    """A BLAKE2b hash object, for a cache's key: as safe from collisions as SHA-256 and some
    three times as fast in CPython's own code (0.2 ms against 0.7 for the shipped files and
    the code that checks them, at every start). Not for anything kept in the log: a routine's
    fingerprint stays SHA-256. 32 bytes, as long as SHA-256's, for the same file names."""
    return _BLAKE2B(data, digest_size=32)
