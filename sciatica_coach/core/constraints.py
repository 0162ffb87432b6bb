"""Plain dataclasses that pydantic validates, without importing pydantic until it must.

The file formats and the log's records are frozen stdlib dataclasses. What a valid value is
(bounds, patterns, a duration written in words, a field's description for the schema) rides on
each field's type as a `Check`, which pydantic reads through its `__get_pydantic_core_schema__`
hook when a file is first validated. So a start that reads validated models back from a cache
builds them with their own constructors and never imports pydantic: about 60 ms and 16 MB on
the way to the first usable page (issue 18). `validate` builds (once per type) and runs the
validator; its refusals come back as `Invalid`, a ValueError, so callers need no pydantic
import to catch them.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import types
import typing
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Union, cast

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

T = TypeVar("T")

STRICT: dict[str, Any] = {"extra": "forbid", "frozen": True, "str_strip_whitespace": True}
"""Pydantic's settings for a file format (a dataclass's `__pydantic_config__`): unknown fields
refused, values read-only, text trimmed."""


class Check:
    """What a field's value must be, as pydantic's core-schema constraints (`ge`, `le`,
    `min_length`, `max_length`, `pattern`, `strict`), plus a function run on the raw value
    first (`before`) or on the checked value (`after`), a description and a JSON Schema for
    `sciatica-coach schema`. With a function, `sure` may say when a value needs no pydantic:
    True only when the functions would leave it as it is and accept it (`surely_valid`)."""

    __slots__ = ("after", "before", "constraints", "description", "json_schema", "sure")

    def __init__(
        self,
        *,
        before: Callable[[Any], Any] | None = None,
        after: Callable[[Any], Any] | None = None,
        sure: Callable[[Any], bool] | None = None,
        description: str | None = None,
        json_schema: dict[str, Any] | None = None,
        **constraints: Any,
    ) -> None:
        self.before = before
        self.after = after
        self.sure = sure
        self.description = description
        self.json_schema = json_schema
        self.constraints = constraints

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        if self.constraints:
            schema = _constrain(schema, self.constraints)
        if self.after is not None or self.before is not None:
            from pydantic_core import core_schema

            if self.after is not None:
                schema = core_schema.no_info_after_validator_function(self.after, schema)
            if self.before is not None:
                schema = core_schema.no_info_before_validator_function(self.before, schema)
        return schema

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> Any:
        if self.json_schema is None:
            out = handler(schema)
        elif _nullable(schema):
            out = {"anyOf": [*self.json_schema["anyOf"], {"type": "null"}]}
        else:
            out = dict(self.json_schema)
        if self.description is not None:
            out["description"] = self.description
        return out


def _constrain(schema: dict[str, Any], constraints: dict[str, Any]) -> dict[str, Any]:
    """Put the constraints on the value's own schema (inside `X | None`, on the X)."""
    if schema.get("type") == "nullable":
        return {**schema, "schema": _constrain(schema["schema"], constraints)}
    return {**schema, **constraints}


def _nullable(schema: dict[str, Any]) -> bool:
    while schema.get("type") == "function-before":
        schema = schema["schema"]
    return schema.get("type") == "nullable" or (
        schema.get("type") == "default" and _nullable(schema["schema"])
    )


def describe(text: str) -> Check:
    """A field's description in the JSON Schema, and nothing more."""
    return Check(description=text)


class Invalid(ValueError):
    """Pydantic's refusal of a value, as its list of errors (each a dict with `type`, `loc`,
    `msg`, `input` and maybe `ctx`, as `ValidationError.errors(include_url=False)` gives)."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        self._errors = errors
        first = errors[0] if errors else {"loc": (), "msg": "not valid"}
        where = ".".join(str(p) for p in first["loc"])
        super().__init__(f"{where}: {first['msg']}" if where else str(first["msg"]))

    def errors(self) -> list[dict[str, Any]]:
        return list(self._errors)


@functools.cache
def _adapter(kind: Any) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(kind)


def validate(kind: type[T], data: Any) -> T:
    """`data` (plain values from a file, or instances) as `kind`, checked; Invalid if not."""
    from pydantic import ValidationError

    try:
        checked: T = _adapter(cast("Hashable", kind)).validate_python(data)
    except ValidationError as exc:
        raise Invalid([dict(e) for e in exc.errors(include_url=False)]) from exc
    return checked


def json_schema(kind: Any) -> dict[str, Any]:
    return _adapter(kind).json_schema()  # type: ignore[no-any-return]


def surely_valid(cls: type, values: dict[str, Any]) -> bool:
    """True only when pydantic would accept each of `values` for its field of `cls` as it is
    (unchanged, strictly typed): a plain check for the simple fields of a settings file, so
    that reading one needs no pydantic. False for anything it cannot judge (an unknown field, a
    type it does not know, a field with a `before` or `after` function); then ask `validate`."""
    hints = _hints(cls)
    strip = bool(getattr(cls, "__pydantic_config__", {}).get("str_strip_whitespace"))
    return all(name in hints and _surely(hints[name], v, strip) for name, v in values.items())


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls, include_extras=True)
    return {k: v for k, v in hints.items() if k in names}


def _surely(kind: Any, value: Any, strip: bool) -> bool:
    origin = typing.get_origin(kind)
    if origin is typing.Annotated:
        base, *meta = typing.get_args(kind)
        checks = [m for m in meta if isinstance(m, Check)]
        if len(checks) != len(meta):
            return False
        for c in checks:
            functions = c.before is not None or c.after is not None
            if functions and (c.sure is None or not c.sure(value)):
                return False
        return _surely(base, value, strip) and all(_within(c.constraints, value) for c in checks)
    if origin is Union or origin is types.UnionType:
        return any(_surely(arm, value, strip) for arm in typing.get_args(kind))
    if origin is Literal:
        return any(type(value) is type(a) and value == a for a in typing.get_args(kind))
    if origin is list:
        (item,) = typing.get_args(kind)
        return type(value) is list and all(_surely(item, v, strip) for v in value)
    if origin is tuple and typing.get_args(kind)[1:] == (Ellipsis,):
        item = typing.get_args(kind)[0]
        return type(value) is tuple and all(_surely(item, v, strip) for v in value)
    if kind is type(None):
        return value is None
    if kind is bool or kind is int or kind is str:
        return type(value) is kind and not (
            strip and isinstance(value, str) and value != value.strip()
        )
    if kind is float:
        return type(value) is float and math.isfinite(value)
    return False


def _within(constraints: dict[str, Any], value: Any) -> bool:
    for key, bound in constraints.items():
        if value is None:
            continue  # `X | None` with constraints on the X
        if key == "ge" and not value >= bound:
            return False
        if key == "gt" and not value > bound:
            return False
        if key == "le" and not value <= bound:
            return False
        if key == "lt" and not value < bound:
            return False
        if key == "min_length" and not len(value) >= bound:
            return False
        if key == "max_length" and not len(value) <= bound:
            return False
        if key == "pattern" and re.search(bound, value) is None:
            return False
        if key not in ("ge", "gt", "le", "lt", "min_length", "max_length", "pattern", "strict"):
            return False
    return True


def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def plain(value: Any, *, exclude_defaults: bool = False) -> Any:
    """A dataclass tree as JSON-ready values (enums by value), what a file would hold; with
    `exclude_defaults`, only the fields that differ from their defaults."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if exclude_defaults and _is_default(f, item):
                continue
            out[f.name] = plain(item, exclude_defaults=exclude_defaults)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [plain(v, exclude_defaults=exclude_defaults) for v in value]
    if isinstance(value, dict):
        return {
            (k.value if isinstance(k, Enum) else k): plain(v, exclude_defaults=exclude_defaults)
            for k, v in value.items()
        }
    return value


def _is_default(f: dataclasses.Field[Any], value: Any) -> bool:
    if f.default is not dataclasses.MISSING:
        return bool(value == f.default)
    if f.default_factory is not dataclasses.MISSING:
        return bool(value == f.default_factory())
    return False
