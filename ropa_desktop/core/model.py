"""The register's domain model: typed classes for everything in the interchange format (version 2).

The classes mirror ``register-format.md`` field for field and in the same order,
so that ``to_json(from_json(x)) == x``.  ``from_json`` checks types and keys and
reports every problem with its path; ``validate`` checks the rules that span
fields and lists (enums, references, duplicates, the consent and legitimate
interest rules, retention needing a period or an event).  Version-1 data is
converted before it gets here (``core/version1.py``).

Texts in several languages
--------------------------
Every field the format marks **T** holds a :class:`Text`: an immutable mapping
from language code to a non-blank string (``Text({"lv": "Klienti", "en": "Customers"})``;
``Text()`` is empty and falsy).  A register's languages are ``Register.languages``,
main language first (``Register.main_language``).  The API the window and the
documents build on:

- ``text.pick(lang, main)``: the text in ``lang``, else the main language's, else its first language's,
  ``""`` only for an empty text (what a document in ``lang`` prints: never a blank for a text that exists);
- ``text.missing(languages)``: the languages of ``languages`` that a non-empty text
  lacks, in that order (an empty text lacks nothing);
- ``text.with_text(lang, value)``: a new Text with ``lang`` set to ``value`` (a blank
  value removes the language); ``Text.of(lang, value)`` makes a one-language text.

A Text compares equal to a ``dict`` with the same items, is hashable, never holds a
blank string, and is written to JSON as a plain object (``to_json``).
"""

from __future__ import annotations

import _thread
import dataclasses
import datetime as _dt
import functools
import operator
import re
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ropa_desktop.core import languages as _languages
from ropa_desktop.core.errors import InvalidRegister, Problem

FORMAT = "ropa-register"
FORMAT_VERSION = 2

TEXT_LANGUAGES = _languages.DOCUMENT_CODES  # the keys a Text may have, and a register's languages
AUDIENCES = ("customers", "staff", "applicants", "partners", "other")
SENSITIVITIES = ("regular", "national_id", "special", "criminal")
RECIPIENT_ROLES = ("processor", "controller", "joint_controller", "public_authority", "recipient_category")
AGREEMENT_KINDS = ("processing_agreement", "joint_controller_arrangement", "other")
SAFEGUARDS = ("adequacy", "scc", "bcr", "derogation", "other")
LEGAL_BASES = ("consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests")
SOURCE_KINDS = ("data_subject", "third_party", "public_source")
REQUIREMENT_KINDS = ("statutory", "contractual", "contract_precondition", "voluntary")
PERIOD_UNITS = ("years", "months", "days")
THEN_ACTIONS = ("delete", "anonymise")
MEASURE_KINDS = ("technical", "organisational")
CHANNELS = ("phone", "email", "in_person", "post", "online")
RIGHTS = ("access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "other")
OUTCOMES = ("granted", "partly_granted", "refused", "no_data")
RISKS = ("unlikely", "risk", "high_risk")


class Text(Mapping[str, str]):
    """A text in several languages: language code -> non-blank string, immutable (see the module's docstring)."""

    __slots__ = ("_items",)
    _items: dict[str, str]

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = (), /) -> None:
        if isinstance(items, str):
            raise TypeError("a Text is made from {language: text}; for one language use Text.of(lang, text)")
        pairs = items.items() if isinstance(items, Mapping) else items
        object.__setattr__(self, "_items", {lang: value for lang, value in pairs if value and value.strip()})

    @classmethod
    def of(cls, lang: str, value: str) -> Text:
        """A text in one language (empty when ``value`` is blank)."""
        return cls({lang: value})

    def pick(self, lang: str, main: str) -> str:
        """The text in ``lang``, else in the main language ``main``, else in the first language it has (a text
        typed before the register's main language was changed); ``""`` only for an empty text."""
        items = self._items
        return items.get(lang) or items.get(main) or next(iter(items.values()), "")

    def missing(self, languages: Iterable[str]) -> tuple[str, ...]:
        """The languages of ``languages`` this text lacks; none when the text is empty."""
        if not self._items:
            return ()
        return tuple(lang for lang in languages if lang not in self._items)

    def with_text(self, lang: str, value: str) -> Text:
        """A copy with ``lang`` set to ``value``; a blank ``value`` removes ``lang``."""
        items = dict(self._items)
        items.pop(lang, None)
        if value and value.strip():
            items[lang] = value
        return Text(items)

    def __getitem__(self, lang: str) -> str:
        return self._items[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return self._items == other._items
        if isinstance(other, Mapping):
            return self._items == dict(other.items())
        return NotImplemented

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a Text cannot be changed; use with_text()")

    def __repr__(self) -> str:
        return f"Text({self._items!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self._items,))

    def __copy__(self) -> Text:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Text:
        return self


def _text() -> Any:
    """A field of type Text, empty by default."""
    return field(default_factory=Text)


# Field metadata: the allowed values of an enum field, or a date field.
def _enum(values: tuple[str, ...], default: str | None = "") -> Any:
    return field(default=default, metadata={"enum": values})


def _date() -> Any:
    return field(default=None, metadata={"date": True})


def _datetime() -> Any:
    """An ISO 8601 date and time with its offset (``2027-03-01T09:30:00+02:00``), or None."""
    return field(default=None, metadata={"datetime": True})


# --- the records -------------------------------------------------------------


_T = typing.TypeVar("_T")
_IN_REPR: set[tuple[int, int]] = set()  # (record, thread) being shown


@typing.dataclass_transform(field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """``@dataclass``, with ``==`` and ``repr`` made without compiling them for each class.

    ``@dataclass`` compiles an ``__init__``, an ``__eq__`` and a ``__repr__`` for every class: for the register's
    24 classes about 2.5 ms of each start.  These do the same: ``==`` compares the fields of two records of one
    class, in order, else leaves it to the other operand; ``repr`` is ``Class(field=value, ...)``, ``...`` where
    a record shows itself; and a record stays unhashable (it changes).
    """
    made: Any = dataclass(eq=False, repr=False)(cls)
    fields = dataclasses.fields(made)
    compared = operator.attrgetter(*(f.name for f in fields if f.compare))
    shown = [f.name for f in fields if f.repr]

    def __eq__(self: Any, other: Any) -> Any:  # noqa: N807 - the method it is
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __repr__(self: Any) -> str:  # noqa: N807 - the method it is
        key = (id(self), _thread.get_ident())
        if key in _IN_REPR:
            return "..."
        _IN_REPR.add(key)
        try:
            values = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
            return f"{self.__class__.__qualname__}({values})"
        finally:
            _IN_REPR.discard(key)

    for method in (__eq__, __repr__):
        method.__qualname__ = f"{made.__qualname__}.{method.__name__}"
        setattr(made, method.__name__, method)
    made.__hash__ = None
    return typing.cast(type[_T], made)


# --- organisation -----------------------------------------------------------


@record
class Representative:
    """The controller's representative in the Union (Art. 27), where it has one."""

    name: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""


@record
class Dpo:
    """The data protection officer (Art. 37), where one is designated."""

    name: str = ""
    email: str = ""
    phone: str = ""


@record
class ContactPerson:
    """The person in the company who answers questions about personal data."""

    name: str = ""
    role: Text = _text()
    email: str = ""
    phone: str = ""


@record
class Organisation:
    """The controller: the company that keeps the register (Art. 30(1)(a))."""

    name: str = ""
    registration_number: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    representative: Representative | None = None
    dpo: Dpo | None = None
    contact_person: ContactPerson = field(default_factory=ContactPerson)
    processing_locations: Text = _text()


# --- list entries -------------------------------------------------------------


@record
class SubjectCategory:
    """A category of data subjects (Art. 30(1)(c))."""

    KIND: ClassVar[str] = "subject_categories"
    id: str = ""
    name: Text = _text()
    description: Text = _text()
    groups_note: Text = _text()
    audience: str = _enum(AUDIENCES, "customers")


@record
class DataCategory:
    """A category of personal data (Art. 30(1)(c)) and how sensitive it is."""

    KIND: ClassVar[str] = "data_categories"
    id: str = ""
    name: Text = _text()
    description: Text = _text()
    sensitivity: str = _enum(SENSITIVITIES, "regular")


@record
class Agreement:
    """The agreement with a recipient (a processing agreement under Art. 28(3), or another)."""

    kind: str = _enum(AGREEMENT_KINDS, "processing_agreement")
    signed_on: str | None = _date()
    review_on: str | None = _date()
    note: Text = _text()


@record
class Transfer:
    """A transfer to a third country and its safeguard (Art. 30(1)(e), Art. 44-49)."""

    country: str = ""
    safeguard: str = _enum(SAFEGUARDS, "scc")
    note: Text = _text()


@record
class Recipient:
    """A recipient or category of recipients (Art. 30(1)(d)), a processor among them."""

    KIND: ClassVar[str] = "recipients"
    id: str = ""
    name: Text = _text()
    registration_number: str = ""
    country: str = "LV"
    role: str = _enum(RECIPIENT_ROLES, "processor")
    service: Text = _text()
    agreement: Agreement | None = None
    transfer: Transfer | None = None


@record
class LegalBasis:
    """One legal basis of a purpose (Art. 6(1))."""

    basis: str = _enum(LEGAL_BASES, "contract")
    note: Text = _text()


@record
class Source:
    """Where a purpose's data come from (Art. 14(2)(f))."""

    kind: str = _enum(SOURCE_KINDS, "data_subject")
    note: Text = _text()


@record
class Requirement:
    """Whether the data must be provided, and what follows if not (Art. 13(2)(e))."""

    kind: str | None = _enum(REQUIREMENT_KINDS, None)
    consequence: Text = _text()


@record
class Consent:
    """How consent is asked for and withdrawn, for a purpose based on consent (Art. 7)."""

    scope: Text = _text()
    method: Text = _text()
    withdrawal: Text = _text()
    on_form: bool = True


@record
class Dpia:
    """The answer to whether a data protection impact assessment is required (Art. 35)."""

    required: bool | None = None
    note: Text = _text()


@record
class Purpose:
    """A purpose of the processing (Art. 30(1)(b)), with its legal bases and what it uses."""

    KIND: ClassVar[str] = "purposes"
    id: str = ""
    name: Text = _text()
    description: Text = _text()
    legal_bases: list[LegalBasis] = field(default_factory=list)
    legitimate_interest: Text = _text()
    subject_category_ids: list[str] = field(default_factory=list)
    data_category_ids: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    collection_method: Text = _text()
    recipient_ids: list[str] = field(default_factory=list)
    requirement: Requirement = field(default_factory=Requirement)
    automated_decisions: Text = _text()
    consent: Consent | None = None
    special_condition: Text = _text()
    dpia: Dpia = field(default_factory=Dpia)
    direct_marketing: bool = False

    def bases(self) -> list[str]:
        return [b.basis for b in self.legal_bases]


@record
class Period:
    """A retention period: ``{"years": 5}`` in JSON."""

    unit: str = "years"
    value: int = 1

    def to_json(self) -> dict[str, int]:
        return {self.unit: self.value}


@record
class RetentionRule:
    """How long the data of some purposes are kept, and what happens to them then (Art. 30(1)(f))."""

    KIND: ClassVar[str] = "retention_rules"
    id: str = ""
    purpose_ids: list[str] = field(default_factory=list)
    data_category_ids: list[str] = field(default_factory=list)
    period: Period | None = None
    until_event: Text = _text()
    legal_reference: Text = _text()
    then: str = _enum(THEN_ACTIONS, "delete")


@record
class SecurityMeasure:
    """A technical or organisational security measure (Art. 30(1)(g), Art. 32)."""

    KIND: ClassVar[str] = "security_measures"
    id: str = ""
    kind: str = _enum(MEASURE_KINDS, "technical")
    name: Text = _text()
    description: Text = _text()


@record
class IdentificationRule:
    """How a requester is identified on one channel; the channel is its key."""

    KIND: ClassVar[str] = "identification_rules"
    channel: str = _enum(CHANNELS, "email")
    criteria: Text = _text()

    @property
    def id(self) -> str:
        return self.channel


@record
class DocumentSettings:
    """The version and approval of the printed documents."""

    version: str = "1.0"
    approved_by: Text = _text()
    approved_on: str | None = _date()
    effective_from: str | None = _date()


# --- the day-to-day logs (format version 2); the rules on them live in core/logs.py ---


@record
class Requester:
    """Who made a data subject's request."""

    name: str = ""
    contact: str = ""


@record
class Request:
    """A data subject's request (Art. 12, 15-22). Free texts are plain strings in the main language."""

    KIND: ClassVar[str] = "requests"
    id: str = ""
    received_on: str | None = _date()
    channel: str = _enum(CHANNELS, "email")
    right: str = _enum(RIGHTS, "access")
    requester: Requester = field(default_factory=Requester)
    identity_check: str = ""
    extended_on: str | None = _date()
    extension_reason: str = ""
    answered_on: str | None = _date()
    outcome: str | None = _enum(OUTCOMES, None)
    refusal_reason: str = ""
    note: str = ""


@record
class Breach:
    """A personal data breach (Art. 33(5)). Free texts are plain strings in the main language."""

    KIND: ClassVar[str] = "breaches"
    id: str = ""
    aware_at: str | None = _datetime()
    processor_told_us_at: str | None = _datetime()
    description: str = ""
    subject_category_ids: list[str] = field(default_factory=list)
    data_category_ids: list[str] = field(default_factory=list)
    approx_subjects: int | None = None
    approx_records: int | None = None
    consequences: str = ""
    measures: str = ""
    risk: str | None = _enum(RISKS, None)
    authority_notified_at: str | None = _datetime()
    delay_reason: str = ""
    subjects_informed_at: str | None = _datetime()
    decision_note: str = ""


@record
class Register:
    """The record of processing activities: everything one register file holds."""

    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    languages: list[str] = field(default_factory=lambda: [_languages.DEFAULT])
    organisation: Organisation = field(default_factory=Organisation)
    subject_categories: list[SubjectCategory] = field(default_factory=list)
    data_categories: list[DataCategory] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    purposes: list[Purpose] = field(default_factory=list)
    retention_rules: list[RetentionRule] = field(default_factory=list)
    security_measures: list[SecurityMeasure] = field(default_factory=list)
    identification_rules: list[IdentificationRule] = field(default_factory=list)
    document_settings: DocumentSettings = field(default_factory=DocumentSettings)
    requests: list[Request] = field(default_factory=list)
    breaches: list[Breach] = field(default_factory=list)

    @property
    def main_language(self) -> str:
        """The language the register is kept in first; a text lacking another language prints in this one."""
        return self.languages[0] if self.languages else _languages.DEFAULT

    def items(self, kind: str) -> list[Any]:
        return getattr(self, kind)

    def find(self, kind: str, item_id: str) -> Any | None:
        return next((x for x in self.items(kind) if x.id == item_id), None)


Entry = SubjectCategory | DataCategory | Recipient | Purpose | RetentionRule | SecurityMeasure | IdentificationRule

ENTRY_TYPES: dict[str, type] = {
    cls.KIND: cls
    for cls in (SubjectCategory, DataCategory, Recipient, Purpose, RetentionRule, SecurityMeasure, IdentificationRule)
}
LIST_KINDS = tuple(ENTRY_TYPES)
LOG_TYPES: dict[str, type] = {cls.KIND: cls for cls in (Request, Breach)}
LOG_KINDS = tuple(LOG_TYPES)  # the day-to-day logs: lists with ids, not register entries the wizard edits


# --- JSON conversion ------------------------------------------------------------


def to_json(obj: Any) -> Any:
    """A register (or any part of it) as plain JSON data, in the format's key order."""
    if isinstance(obj, Period):
        return obj.to_json()
    if isinstance(obj, Text):
        return dict(obj)
    if dataclasses.is_dataclass(obj):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_json(x) for x in obj]
    return obj


_TYPE_NAMES = {str: "text", int: "integer", bool: "boolean", list: "list", dict: "object"}


@functools.cache
def _reader_fields(cls: type) -> tuple[tuple[tuple[str, Any, Any], ...], frozenset[str]]:
    """(name, type, metadata) of each field of a dataclass, resolved once per class."""
    hints = typing.get_type_hints(cls)
    fields = tuple((f.name, hints[f.name], f.metadata) for f in dataclasses.fields(cls))
    return fields, frozenset(name for name, _, _ in fields)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, key: str, **params: Any) -> None:
        self.problems.append(Problem(path, key, params))

    def read(self, tp: Any, value: Any, path: str, meta: typing.Mapping[str, Any]) -> Any:
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            if value is None:
                return None
            return self.read(args[0], value, path, meta)
        if origin is list:
            if not isinstance(value, list):
                self.problem(path, "wrong_type", type=_TYPE_NAMES[list])
                return []
            (item_tp,) = typing.get_args(tp)
            return [self.read(item_tp, v, f"{path}[{i}]", {}) for i, v in enumerate(value)]
        if tp is Period:
            return self.read_period(value, path)
        if tp is Text:
            return self.read_text(value, path)
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            return self.read_object(tp, value, path)
        if tp is bool:
            if not isinstance(value, bool):
                self.problem(path, "wrong_type", type=_TYPE_NAMES[bool])
                return None
            return value
        if tp is int:
            if isinstance(value, bool) or not isinstance(value, int):
                self.problem(path, "wrong_type", type=_TYPE_NAMES[int])
                return 0
            return value
        if tp is str:
            if not isinstance(value, str):
                self.problem(path, "wrong_type", type=_TYPE_NAMES[str])
                return ""
            if not _is_storable_text(value):
                self.problem(path, "bad_text")
                return ""
            return value
        raise TypeError(tp)

    def read_object(self, cls: type, value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            self.problem(path, "wrong_type", type=_TYPE_NAMES[dict])
            return cls()
        kwargs = {}
        fields, names = _reader_fields(cls)
        for name, hint, metadata in fields:
            sub = f"{path}.{name}" if path else name
            if name not in value:
                self.problem(sub, "missing_key")
                continue
            kwargs[name] = self.read(hint, value[name], sub, metadata)
        for key in value:
            if key not in names:
                self.problem(f"{path}.{key}" if path else str(key), "unknown_key")
        return cls(**kwargs)

    def read_text(self, value: Any, path: str) -> Text:
        if not isinstance(value, dict):
            self.problem(path, "wrong_type", type="text_object")
            return Text()
        items = {}
        for lang, text in value.items():
            sub = f"{path}.{lang}"
            if lang not in TEXT_LANGUAGES:
                self.problem(sub, "unknown_language", value=lang, allowed=", ".join(TEXT_LANGUAGES))
            elif not isinstance(text, str):
                self.problem(sub, "wrong_type", type=_TYPE_NAMES[str])
            elif not _is_storable_text(text):
                self.problem(sub, "bad_text")
            elif not text.strip():
                self.problem(sub, "blank_text")
            else:
                items[lang] = text
        return Text(items)

    def read_period(self, value: Any, path: str) -> Period | None:
        if (
            not isinstance(value, dict)
            or len(value) != 1
            or next(iter(value)) not in PERIOD_UNITS
            or isinstance(next(iter(value.values())), bool)
            or not isinstance(next(iter(value.values())), int)
        ):
            self.problem(path, "bad_period")
            return None
        ((unit, number),) = value.items()
        return Period(unit, number)


def from_json(data: Any) -> Register:
    """Read a register from parsed JSON; raise InvalidRegister listing every problem."""
    if not isinstance(data, dict):
        raise InvalidRegister([Problem("", "not_a_register")])
    if data.get("format") != FORMAT:
        raise InvalidRegister([Problem("format", "wrong_format", {"expected": FORMAT})])
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InvalidRegister([Problem("format_version", "newer_format", {"version": version})])
    if "format_version" in data and type(version) is not int:  # (true, 2.0, "2"): which version's rules is unknown
        raise InvalidRegister([Problem("format_version", "wrong_type", {"type": _TYPE_NAMES[int]})])
    reader = _Reader()
    register = reader.read_object(Register, data, "")
    if not reader.problems:
        reader.problems.extend(validate(register))
    if reader.problems:
        raise InvalidRegister(reader.problems)
    return register


# --- validation -----------------------------------------------------------------

MAX_PERIOD = 10_000  # a retention period of more than 10,000 years, months or days is a typing mistake


def _is_storable_text(value: str) -> bool:
    """False for text with lone surrogates (possible in JSON "\\ud800"), which no file can store."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The years a date of the register may fall in: what is counted from one (a reply's due date, a breach's 72 hours,
# the end of a log entry's retention, up to 30 years) still falls within the calendar.
DATE_YEARS = range(1900, 3000)
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_ID_RE = re.compile(r"^[^\s]{1,200}$")


def check_fields(obj: Any, path: str, out: list[Problem]) -> None:
    """Append the problems with the enum and date fields of ``obj`` (and the objects inside it) to ``out``."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        sub = f"{path}.{f.name}" if path else f.name
        allowed = f.metadata.get("enum")
        if allowed is not None and value is not None and value not in allowed:
            out.append(Problem(sub, "unknown_value", {"value": value, "allowed": ", ".join(allowed)}))
        elif allowed is not None and value is None and f.default is not None:
            out.append(Problem(sub, "unknown_value", {"value": "null", "allowed": ", ".join(allowed)}))
        if f.metadata.get("date") and value is not None:
            if not isinstance(value, str) or not _DATE_RE.match(value) or not _is_date(value):
                out.append(Problem(sub, "bad_date", {"value": value}))
            elif int(value[:4]) not in DATE_YEARS:
                out.append(Problem(sub, "date_out_of_range", {"value": value}))
        if f.metadata.get("datetime") and value is not None:
            if not isinstance(value, str) or not _is_datetime(value):
                out.append(Problem(sub, "bad_datetime", {"value": value}))
            elif int(value[:4]) not in DATE_YEARS:
                out.append(Problem(sub, "date_out_of_range", {"value": value}))
        if dataclasses.is_dataclass(value) and not isinstance(value, Period):
            check_fields(value, sub, out)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if dataclasses.is_dataclass(item):
                    check_fields(item, f"{sub}[{i}]", out)


def _is_date(value: str) -> bool:
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")


def _is_datetime(value: str) -> bool:
    """An ISO 8601 date and time with its offset (``Z`` or ``+02:00``)."""
    if not _DATETIME_RE.match(value):
        return False
    try:
        _dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def read_as(cls: type, data: Any, path: str = "") -> tuple[Any, list[Problem]]:
    """A part of a register (an Organisation, a Purpose, …) from its JSON shape, with the problems found."""
    reader = _Reader()
    value = reader.read(cls, data, path, {})
    return value, reader.problems


def read_entry(kind: str, data: Any) -> tuple[Any, list[Problem]]:
    """One list entry of ``kind`` from its JSON shape, with the problems found reading it."""
    return read_as({**ENTRY_TYPES, **LOG_TYPES}[kind], data, kind)


def validate_entry(entry: Any, path: str) -> list[Problem]:
    """Rules of one entry of a list or a log on its own (no references to other lists): what `validate` checks of
    each entry, and what a file is checked for before an entry is added or changed in it."""
    out: list[Problem] = []
    check_fields(entry, path, out)
    if not isinstance(entry, IdentificationRule) and not _ID_RE.match(entry.id or ""):
        out.append(Problem(f"{path}.id", "bad_id", {"value": entry.id}))
    if isinstance(entry, Recipient):
        if entry.country and not _COUNTRY_RE.match(entry.country):
            out.append(Problem(f"{path}.country", "bad_country", {"value": entry.country}))
        if entry.transfer is not None and not _COUNTRY_RE.match(entry.transfer.country):
            out.append(Problem(f"{path}.transfer.country", "bad_country", {"value": entry.transfer.country}))
    elif isinstance(entry, Purpose):
        bases = entry.bases()
        for i, basis in enumerate(bases):
            if basis in bases[:i]:
                out.append(Problem(f"{path}.legal_bases[{i}].basis", "duplicate_basis", {"value": basis}))
        if "consent" in bases and entry.consent is None:
            out.append(Problem(f"{path}.consent", "consent_details_missing"))
        if "legitimate_interests" in bases and not entry.legitimate_interest:
            out.append(Problem(f"{path}.legitimate_interest", "legitimate_interest_missing"))
        for name in ("subject_category_ids", "data_category_ids", "recipient_ids"):
            out.extend(_duplicates_in(getattr(entry, name), f"{path}.{name}"))
    elif isinstance(entry, RetentionRule):
        if entry.period is None and not entry.until_event:
            out.append(Problem(path, "retention_needs_period_or_event"))
        if entry.period is not None:
            if entry.period.unit not in PERIOD_UNITS or not 0 < entry.period.value <= MAX_PERIOD:
                out.append(Problem(f"{path}.period", "bad_period"))
        out.extend(_duplicates_in(entry.purpose_ids, f"{path}.purpose_ids"))
        out.extend(_duplicates_in(entry.data_category_ids, f"{path}.data_category_ids"))
    elif isinstance(entry, Breach):
        for name in ("approx_subjects", "approx_records"):
            number = getattr(entry, name)
            if number is not None and number < 0:
                out.append(Problem(f"{path}.{name}", "negative_number", {"value": number}))
        out.extend(_duplicates_in(entry.subject_category_ids, f"{path}.subject_category_ids"))
        out.extend(_duplicates_in(entry.data_category_ids, f"{path}.data_category_ids"))
    return out


def _duplicates_in(ids: list[str], path: str) -> list[Problem]:
    seen: set[str] = set()
    out = []
    for i, value in enumerate(ids):
        if value in seen:
            out.append(Problem(f"{path}[{i}]", "duplicate_reference", {"value": value}))
        seen.add(value)
    return out


_REFERENCES = {
    "purposes": (
        ("subject_category_ids", "subject_categories"),
        ("data_category_ids", "data_categories"),
        ("recipient_ids", "recipients"),
    ),
    "retention_rules": (("purpose_ids", "purposes"), ("data_category_ids", "data_categories")),
    "breaches": (("subject_category_ids", "subject_categories"), ("data_category_ids", "data_categories")),
}


def language_problems(codes: list[str]) -> list[Problem]:
    """A register's languages: at least one, each a known code, none twice."""
    if not codes:
        return [Problem("languages", "no_languages")]
    out = []
    for i, code in enumerate(codes):
        if code not in TEXT_LANGUAGES:
            out.append(
                Problem(f"languages[{i}]", "unknown_value", {"value": code, "allowed": ", ".join(TEXT_LANGUAGES)})
            )
        elif code in codes[:i]:
            out.append(Problem(f"languages[{i}]", "duplicate_reference", {"value": code}))
    return out


def validate(register: Register) -> list[Problem]:
    """Every rule of the format that a register breaks, each with its path."""
    out: list[Problem] = []
    if register.format != FORMAT:
        out.append(Problem("format", "wrong_format", {"expected": FORMAT}))
    if register.format_version != FORMAT_VERSION:
        out.append(Problem("format_version", "unsupported_version", {"version": register.format_version}))
    check_fields(register.organisation, "organisation", out)
    check_fields(register.document_settings, "document_settings", out)
    out.extend(language_problems(register.languages))
    ids: dict[str, set[str]] = {}
    for kind in (*LIST_KINDS, *LOG_KINDS):
        seen: set[str] = set()
        for i, entry in enumerate(register.items(kind)):
            path = f"{kind}[{i}]"
            out.extend(validate_entry(entry, path))
            if entry.id in seen:
                if kind == "identification_rules":
                    out.append(Problem(f"{path}.channel", "duplicate_channel", {"value": entry.id}))
                else:
                    out.append(Problem(f"{path}.id", "duplicate_id", {"value": entry.id}))
            seen.add(entry.id)
        ids[kind] = seen
    for kind, refs in _REFERENCES.items():
        for i, entry in enumerate(register.items(kind)):
            for attr, target in refs:
                for j, ref in enumerate(getattr(entry, attr)):
                    if ref not in ids[target]:
                        out.append(
                            Problem(f"{kind}[{i}].{attr}[{j}]", "missing_reference", {"list": target, "value": ref})
                        )
    return out


def check_valid(register: Register) -> None:
    problems = validate(register)
    if problems:
        raise InvalidRegister(problems)


def relinked(
    ids: list[str], checked: typing.Collection[str], order: typing.Sequence[str] | typing.Mapping[str, int]
) -> list[str]:
    """A list of references after the user (un)ticks some: the ids still ``checked`` keep their order, and each
    newly checked id goes where ``order`` (the register's order of what they refer to, or each id's place in it)
    puts it among them, so that references ticked in any order read as the register lists them."""
    kept = [i for i in ids if i in checked]
    added = set(checked) - set(kept)
    if not added:
        return kept
    rank = order if isinstance(order, typing.Mapping) else {key: n for n, key in enumerate(order)}
    for new in sorted((i for i in added if i in rank), key=rank.__getitem__):
        place = next((n for n, old in enumerate(kept) if rank.get(old, -1) > rank[new]), len(kept))
        kept.insert(place, new)
    return kept


def name_key(text: str) -> str:
    """A name as the entries of a list are told apart by it: without the spaces around it, whatever its case
    ("Algas" and "algas " are one name to a reader)."""
    return text.strip().casefold()


def new_id(name: str, taken: typing.Collection[str], fallback: str = "item") -> str:
    """A short slug for a new entry, unique among ``taken``."""
    table = str.maketrans("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuzACEGIKLNSUZ")
    slug = re.sub(r"[^a-z0-9]+", "-", name.translate(table).lower()).strip("-")[:40].strip("-") or fallback
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate
