"""Small immutable value objects, declared like dataclasses, that cost nothing to define.

`dataclasses` and `typing.NamedTuple` generate code when each class is defined (about 0.15 ms
a class); the tool defines a dozen of them on every start, which is a measurable share of a
command on a small file. A `Record` is a plain class with __slots__ made from its annotations:

    class Level(Record):
        date: dt.date
        value: Number = 0

Fields are set by position or name, compared by value, and cannot be changed afterwards
(`replace` makes a changed copy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:
    def dataclass_transform(**_: Any):
        """At run time a no-op: type checkers read it, so that they see each Record's fields and
        its constructor, as they would a frozen dataclass's."""
        return lambda cls: cls

_MISSING = object()


class _RecordType(type):
    def __new__(mcs, name: str, bases: tuple, namespace: dict[str, Any]):
        fields = tuple(name for name in namespace.get("__annotations__", {}) if not name.startswith("_"))
        inherited = bases[0].__dict__.get("_fields", ()) if bases else ()
        defaults = dict(bases[0].__dict__.get("_defaults", {})) if bases else {}
        for field in fields:
            if field in namespace:
                defaults[field] = namespace.pop(field)
        namespace["__slots__"] = fields
        namespace["_fields"] = inherited + fields
        namespace["_defaults"] = defaults
        return super().__new__(mcs, name, bases, namespace)


@dataclass_transform(frozen_default=True)
class Record(metaclass=_RecordType):
    _fields: tuple[str, ...]
    _defaults: dict[str, Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} fields, {len(args)} given")
        for field, value in zip(fields, args):
            object.__setattr__(self, field, value)
        for field in fields[len(args):]:
            value = kwargs.pop(field, _MISSING)
            if value is _MISSING:
                value = self._defaults.get(field, _MISSING)
                if value is _MISSING:
                    raise TypeError(f"{type(self).__name__} needs {field!r}")
            object.__setattr__(self, field, value)
        if kwargs:
            raise TypeError(f"{type(self).__name__} has no field {next(iter(kwargs))!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; use replace()")

    def _values(self) -> tuple:
        return tuple(getattr(self, field) for field in self._fields)

    def __reduce__(self) -> tuple:
        """Pickled by its fields (a file read in halves hands its notes across processes)."""
        return type(self), self._values()

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{field}={getattr(self, field)!r}" for field in self._fields)
        return f"{type(self).__name__}({inner})"

    def replace(self, **changes: Any):
        values = {field: getattr(self, field) for field in self._fields}
        values.update(changes)
        return type(self)(**values)
