"""What picking from the catalogue adds to a register: the entries, and for purposes what goes with them.

The window only shows the choices and stores what ``plan`` decides:

- ``new_entries(catalogue, register, kind, keys)``: the picked catalogue entries of one kind, made in the
  register's language, without those the register has already;
- ``offered(catalogue, purpose_keys)``: what usually goes with the picked purposes (subject and data
  categories, recipients, retention terms), per kind, each key once;
- ``plan(catalogue, register, purpose_keys, chosen, link=True)``: the entries to add, the purposes linked to
  the suggestions that the register has or gets, the retention terms that get the purposes (a term the
  register has already gains them, a chosen new one is made with them).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ropa_desktop.core import model as m

# The kinds a catalogue purpose suggests, in the order they are shown and added.
SUGGESTED_KINDS = ("subject_categories", "data_categories", "recipients", "retention_rules")
# The kinds a purpose links to by id (retention terms link to the purposes instead).
LINKED = {
    "subject_categories": "subject_category_ids",
    "data_categories": "data_category_ids",
    "recipients": "recipient_ids",
}


def register_key(entry: Any) -> str:
    """How the register's entry is matched to the catalogue: its id (an identification rule: its channel)."""
    return entry.channel if isinstance(entry, m.IdentificationRule) else entry.id


def catalogue_key(kind: str, item: Any) -> str:
    """The register key a catalogue entry becomes (see ``register_key``)."""
    return item.data.get("channel", item.key) if kind == "identification_rules" else item.key


def present_keys(register: m.Register, kind: str) -> set[str]:
    return {register_key(e) for e in register.items(kind)}


def new_entries(catalogue: Any, register: m.Register, kind: str, keys: list[str]) -> list[Any]:
    """The catalogue entries ``keys`` of ``kind`` (in every language the catalogue has), less those the register
    has already."""
    present = present_keys(register, kind)
    out = []
    for key in keys:
        entry = catalogue.get(kind, key).make()
        if register_key(entry) not in present:
            present.add(register_key(entry))
            out.append(entry)
    return out


def offered(catalogue: Any, purpose_keys: list[str]) -> dict[str, list[str]]:
    """What usually goes with the picked purposes, per kind; empty kinds are left out."""
    out: dict[str, list[str]] = {}
    for key in purpose_keys:
        for kind, keys in catalogue.get("purposes", key).suggests.items():
            bucket = out.setdefault(kind, [])
            bucket.extend(k for k in keys if k not in bucket)
    return {kind: keys for kind, keys in out.items() if keys}


@dataclass
class Plan:
    """What to store, in this order: ``entries`` (per kind), ``purposes``, then the retention terms."""

    entries: dict[str, list[Any]] = field(default_factory=dict)
    purposes: list[m.Purpose] = field(default_factory=list)
    extended_rules: list[tuple[m.RetentionRule, m.RetentionRule]] = field(default_factory=list)  # (old, new)
    new_rules: list[m.RetentionRule] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (any(self.entries.values()) or self.purposes or self.extended_rules or self.new_rules)


def plan(
    catalogue: Any,
    register: m.Register,
    purpose_keys: list[str],
    chosen: set[tuple[str, str]],
    link: bool = True,
) -> Plan:
    """The picked purposes with the ``chosen`` suggestions ((kind, key) pairs), linked to each other.

    With ``link`` False only the purposes are added, linked to nothing.  A purpose the register has
    already is not added again; a suggestion the register has already is linked, never added twice.
    """
    suggestions = offered(catalogue, purpose_keys) if link else {}
    result = Plan()
    for kind in LINKED:
        keys = [key for key in suggestions.get(kind, []) if (kind, key) in chosen]
        made = new_entries(catalogue, register, kind, keys)
        if made:
            result.entries[kind] = made
    present = {
        kind: {e.id for e in register.items(kind)} | {e.id for e in result.entries.get(kind, [])} for kind in LINKED
    }
    have = {p.id for p in register.purposes}
    for key in dict.fromkeys(purpose_keys):
        if key in have:
            continue
        item = catalogue.get("purposes", key)
        purpose = item.make()
        if link:
            for kind, attr in LINKED.items():
                setattr(purpose, attr, [k for k in item.suggests.get(kind, ()) if k in present[kind]])
        result.purposes.append(purpose)
    for rule_key in suggestions.get("retention_rules", []):
        users = [
            p.id
            for p in result.purposes
            if rule_key in catalogue.get("purposes", p.id).suggests.get("retention_rules", ())
        ]
        if not users:
            continue
        existing = register.find("retention_rules", rule_key)
        if existing is not None:
            new_rule = copy.deepcopy(existing)
            new_rule.purpose_ids = existing.purpose_ids + [u for u in users if u not in existing.purpose_ids]
            if new_rule.purpose_ids != existing.purpose_ids:
                result.extended_rules.append((existing, new_rule))
        elif ("retention_rules", rule_key) in chosen:
            rule = catalogue.get("retention_rules", rule_key).make()
            rule.purpose_ids = users
            result.new_rules.append(rule)
    return result
