"""The register's records (``model.record``) compare and show themselves exactly as ``@dataclass`` classes do."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest

from ropa_desktop.core import model as m

RECORDS = [
    cls
    for cls in vars(m).values()
    if isinstance(cls, type) and cls.__module__ == m.__name__ and dataclasses.is_dataclass(cls)
]


def _records(value: Any) -> list[Any]:
    """Every record in ``value``, depth first."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found = [value]
        for f in dataclasses.fields(value):
            found += _records(getattr(value, f.name))
        return found
    if isinstance(value, list):
        return [r for item in value for r in _records(item)]
    return []


def _as_dataclass(record: Any) -> Any:
    """The same values in a class that ``@dataclass`` wrote ``==`` and ``repr`` for."""
    cls = type(record)
    twin = dataclasses.make_dataclass(
        cls.__qualname__,
        [(f.name, Any, dataclasses.field(repr=f.repr, compare=f.compare)) for f in dataclasses.fields(cls)],
    )
    return twin(**{f.name: getattr(record, f.name) for f in dataclasses.fields(cls)})


def test_every_register_class_is_a_record():
    assert len(RECORDS) >= 24
    made = (m.Register.__eq__.__code__, m.Register.__repr__.__code__)  # by model.record, not by @dataclass
    assert all((cls.__eq__.__code__, cls.__repr__.__code__) == made for cls in RECORDS)


def test_a_record_shows_itself_as_a_dataclass_would(sample_register):
    records = _records(sample_register)
    assert {type(r) for r in records} >= {m.Register, m.Purpose, m.Organisation, m.Recipient, m.RetentionRule}
    for record in records:
        assert repr(record) == repr(_as_dataclass(record))
    purpose = copy.deepcopy(sample_register.purposes[0])
    purpose.sources.append(purpose)  # a record inside itself is shown as "..."
    shown = repr(purpose)
    assert shown.count("Purpose(") == 1 and ", ...]" in shown


def test_records_are_equal_field_by_field(sample_register):
    twin = copy.deepcopy(sample_register)
    assert twin == sample_register and not twin != sample_register
    for record, other in zip(_records(sample_register), _records(twin), strict=True):
        assert record == other
        for f in dataclasses.fields(record):
            changed = copy.copy(other)
            setattr(changed, f.name, object())
            assert changed != record and record != changed
            assert (changed == record) == (_as_dataclass(changed) == _as_dataclass(record))
    assert m.Dpia() != m.Period() and m.Dpia() == m.Dpia()  # records of two classes are never equal
    assert (m.Dpia() == (None, m.Text())) is False


@pytest.mark.parametrize("cls", [m.Register, m.Purpose, m.Dpia])
def test_records_stay_unhashable(cls):
    with pytest.raises(TypeError):
        hash(cls())
