"""The catalogue of ready-made choices (``resources/catalogue/``), with its texts in every language it has.

One JSON file per kind: the register's list kinds (``subject_categories``,
``data_categories``, ``recipients``, ``purposes``, ``retention_rules``,
``security_measures``, ``identification_rules``) and ``legal_bases``.  A file
holds ``groups`` (key -> ``{lang: title}``, for grouping in the picker) and
``entries``; an entry has a stable ``key``, a ``group``, a one-line
``explanation``, optionally a ``title`` (default: the entry's name), the
register entry itself under ``entry`` (every text as ``{lang: text}``, as in
the register format; enum values, flags and numbers as they are) and, for
purposes, ``suggests``: the keys of the subject categories, data categories,
retention rules and recipients that usually go with it (a subject category's ``suggests`` holds the data
categories nearly every purpose concerning those people uses: ``suggestions.subjects_data``), and ``rare``: those of
them only some companies with that purpose have, and ``essential``: those the purpose exists for (its
health check data, its allergy notes), offered ticked even where the data needs a deliberate choice, since
picking the purpose is that choice.  An entry may name a set of
alternatives it belongs to (``choose_one``, e.g. one office suite; the file's
``alternatives`` gives each set's title).  A language is added by adding its
key to the same objects.

An entry taken from the catalogue becomes a register entry whose ``id`` is the
catalogue key (for identification rules the channel), with every text in every
language the catalogue has, so only what the user types needs translating.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ropa_desktop import paths
from ropa_desktop.core import model

KINDS = model.LIST_KINDS
LEGAL_BASIS_KIND = "legal_bases"
SPECIAL_CONDITION_KIND = "special_conditions"  # the Art. 9(2) conditions and Art. 10, to pick from
# The retention rule for accounting source documents (Grāmatvedības likums, 28. pants): a purpose that suggests it
# keeps accounting records, and its period is the least those may be kept.
ACCOUNTING_RULE = "accounting-source-5y"


def _build(tp: Any, value: Any) -> Any:
    """A model object of type ``tp`` from plain data; absent fields keep their defaults."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(inner, value)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_build(item, v) for v in value]
    if tp is model.Period:
        ((unit, number),) = value.items()
        return model.Period(unit, number)
    if tp is model.Text:
        return model.Text(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        unknown = set(value) - names
        if unknown:
            raise ValueError(f"{tp.__name__} has no field {', '.join(sorted(unknown))}")
        return tp(**{k: _build(hints[k], v) for k, v in value.items()})
    return value


@dataclass(frozen=True, eq=False)
class CatalogueEntry:
    """One ready-made choice."""

    kind: str
    key: str
    group: str
    data: dict[str, Any] = field(repr=False)
    explanations: dict[str, str] = field(repr=False)
    titles: dict[str, str] | None = field(default=None, repr=False)
    suggests: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # of a purpose's suggestions, those only some companies with the purpose have (offered, not pre-ticked)
    rare: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # of a purpose's suggestions, the data it exists for: ticked even where it needs a deliberate choice (Art. 9)
    essential: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the key of a set of alternatives (e.g. one office suite) of which a company has one; "" for none
    choose_one: str = ""

    def title(self, lang: str) -> str:
        """The entry's title in ``lang`` (the catalogue's first language where it lacks ``lang``)."""
        if self.titles:
            return self.titles.get(lang) or next(iter(self.titles.values()))
        name = self._made().name
        return name.pick(lang, next(iter(name), lang))

    def explanation(self, lang: str) -> str:
        return self.explanations.get(lang) or next(iter(self.explanations.values()))

    def make(self) -> Any:
        """A new register entry (a fresh copy each time) with every language the catalogue has; its id is the key."""
        return copy.deepcopy(self._made())

    def _made(self) -> Any:
        return _made_entry(self)


@cache
def _made_entry(entry: CatalogueEntry) -> Any:
    cls = model.ENTRY_TYPES[entry.kind]
    values = entry.data
    if cls is not model.IdentificationRule:
        values = {"id": entry.key, **values}
    return _build(cls, values)


@dataclass(frozen=True)
class LegalBasisText:
    """Art. 6(1)(a)–(f): the Regulation's wording and a plain explanation, in one language."""

    basis: str
    article: str
    label: str
    wording: str
    explanation: str


class Catalogue:
    def __init__(self, files: dict[str, dict[str, Any]]):
        self._files = files
        self._entries: dict[str, list[CatalogueEntry]] = {}
        for kind in KINDS:
            raw = files.get(kind, {"groups": {}, "entries": []})
            self._entries[kind] = [
                CatalogueEntry(
                    kind=kind,
                    key=item["key"],
                    group=item.get("group", ""),
                    data=item["entry"],
                    explanations=item["explanation"],
                    titles=item.get("title"),
                    suggests={k: tuple(v) for k, v in item.get("suggests", {}).items()},
                    rare={k: tuple(v) for k, v in item.get("rare", {}).items()},
                    essential={k: tuple(v) for k, v in item.get("essential", {}).items()},
                    choose_one=item.get("choose_one", ""),
                )
                for item in raw["entries"]
            ]
        self._named: dict[tuple[str, str], dict[str, CatalogueEntry]] = {}  # (kind, language) -> name key -> entry
        self._by_key = {kind: {e.key: e for e in entries} for kind, entries in self._entries.items()}

    def entries(self, kind: str) -> list[CatalogueEntry]:
        return list(self._entries[kind])

    def get(self, kind: str, key: str) -> CatalogueEntry | None:
        return self._by_key.get(kind, {}).get(key)

    def named(self, kind: str, name: str, lang: str) -> CatalogueEntry | None:
        """The entry of ``kind`` whose name in ``lang`` is ``name`` (whatever its case and the spaces around it)."""
        key = model.name_key(name)
        if not key:
            return None
        index = self._named.get((kind, lang))
        if index is None:  # (asked of every purpose of a register when data is picked: looked up, not searched)
            index = {}
            for e in self._entries.get(kind, []):
                index.setdefault(model.name_key(e.data.get("name", {}).get(lang, "")), e)
            self._named[(kind, lang)] = index
        return index.get(key)

    def groups(self, kind: str) -> list[str]:
        """The group keys of ``kind`` in the order the picker shows them."""
        return list(self._files.get(kind, {}).get("groups", {}))

    def group_title(self, kind: str, group: str, lang: str) -> str:
        titles = self._files.get(kind, {}).get("groups", {}).get(group)
        return (titles.get(lang) or next(iter(titles.values()))) if titles else group

    def alternatives_title(self, kind: str, choose_one: str, lang: str) -> str:
        """What a set of alternatives is ("E-mail and office suite"), from the file's ``alternatives``."""
        titles = self._files.get(kind, {}).get("alternatives", {}).get(choose_one)
        return (titles.get(lang) or next(iter(titles.values()))) if titles else choose_one

    def legal_bases(self, lang: str) -> list[LegalBasisText]:
        from ropa_desktop.core import labels

        return [
            LegalBasisText(
                basis=item["key"],
                article=item["article"],
                label=labels.label(lang, "legal_basis", item["key"]),
                wording=item["wording"][lang],
                explanation=item["explanation"][lang],
            )
            for item in self._files.get(LEGAL_BASIS_KIND, {}).get("entries", [])
        ]

    def accounting_purposes(self) -> frozenset[str]:
        """The keys of the purposes that keep accounting records (they suggest ``ACCOUNTING_RULE``)."""
        return frozenset(
            e.key for e in self._entries["purposes"] if ACCOUNTING_RULE in e.suggests.get("retention_rules", ())
        )

    def accounting_minimum(self) -> model.Period | None:
        """The least time accounting source documents are kept, from ``ACCOUNTING_RULE``."""
        entry = self.get("retention_rules", ACCOUNTING_RULE)
        return entry.make().period if entry is not None else None

    def special_conditions(self) -> list[tuple[str, model.Text]]:
        """(article, text) of each Art. 9(2) condition and of Art. 10, the text in every language the catalogue has:
        what a purpose's ``special_condition`` can be set to."""
        return [
            (item["article"], model.Text(item["condition"]))
            for item in self._files.get(SPECIAL_CONDITION_KIND, {}).get("entries", [])
        ]

    def is_assess_prompt(self, note: Mapping[str, str] | None) -> bool:
        """Whether a purpose's DPIA reason is still, untouched, the prompt this catalogue gives a purpose it leaves
        to assess (“Izvērtējiet: …”): a question, not an answer's reason."""
        if not note:
            return False
        prompts = [
            e.data["dpia"]["note"]
            for e in self._entries["purposes"]
            if "dpia" in e.data and e.data["dpia"].get("required") is None and e.data["dpia"].get("note")
        ]
        return any(all(prompt.get(lang) == text for lang, text in note.items()) for prompt in prompts)

    def raw(self, kind: str) -> dict[str, Any]:
        """The data file of ``kind`` as stored (for checks of the files themselves)."""
        return self._files[kind]


def read(folder: Any = None) -> Catalogue:
    """Read the catalogue files from ``folder`` (default: the shipped catalogue)."""
    folder = paths.catalogue_dir() if folder is None else folder
    files = {}
    for kind in (*KINDS, LEGAL_BASIS_KIND, SPECIAL_CONDITION_KIND):
        path = folder / f"{kind}.json"
        if path.exists():
            files[kind] = json.loads(path.read_text(encoding="utf-8"))
    return Catalogue(files)


@cache
def load() -> Catalogue:
    """The shipped catalogue, read once."""
    return read()


def is_assess_prompt(note: Mapping[str, str] | None) -> bool:
    """Whether ``note`` is the shipped catalogue's untouched prompt to assess a purpose's DPIA (see the method)."""
    return load().is_assess_prompt(note)


def legal_bases(lang: str) -> list[LegalBasisText]:
    """Art. 6(1)(a)–(f) in order: per basis the Regulation's wording and a plain explanation."""
    return load().legal_bases(lang)


def legal_basis(lang: str, basis: str) -> LegalBasisText | None:
    return next((b for b in legal_bases(lang) if b.basis == basis), None)
