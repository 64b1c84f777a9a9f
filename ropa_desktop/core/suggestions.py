"""What picking from the catalogue adds to a register: the entries, and for purposes what goes with them.

The window only shows the choices and stores what ``plan`` decides:

- ``new_entries(catalogue, register, kind, keys)``: the picked catalogue entries of one kind, made in the
  register's language, without those the register has already (a retention term for the purposes taken from
  the catalogue that usually have it);
- ``offered(catalogue, purpose_keys)``: what usually goes with the picked purposes (subject and data
  categories, recipients, retention terms), per kind, each key once;
- ``offers(catalogue, purpose_keys)``: the same as the dialog shows it: each with whether it is ticked to
  begin with (only what nearly every company with those purposes has) and the set of alternatives it belongs
  to; ``choose(offers, chosen, kind, key, on)``: the choice after a tick, one of each set of alternatives;
- ``plan(catalogue, register, purpose_keys, chosen, link=True)``: the entries to add, the purposes linked to
  the suggestions that the register has or gets, the retention terms that get the purposes (a term the
  register has already gains them, a chosen new one is made with them);
- ``purpose_links(catalogue, register, kind, keys)``: catalogue entries picked on their own step (a data
  category, a recipient) linked to the register's purposes that usually have them;
- ``subjects_data(catalogue, register, subject_ids)``: the data nearly every purpose concerning those data
  subjects uses (the customers' name and contact details).

And for what the user adds by name rather than from the catalogue:

- ``own_entry(register, entry)``: a new entry with what nearly every such entry has (a purpose: the register's
  only category of data subjects, the person as the source; a retention term: the only purpose without one);
- ``named_entry(catalogue, kind, entry, register)``: a new entry named as a catalogue entry takes that entry's
  classification (whom its notice is for, direct marketing, the kind of data, a recipient's role), as a
  version-1 register takes some of it, and a new purpose that purpose's legal bases and its usual subject and
  data categories among the register's, and a purpose the catalogue does not know by name the data nearly every
  purpose concerning its data subjects uses;
- ``requirement_for(bases)``: whether the person must provide the data, as the legal bases imply it, the
  answer a purpose's form gives until the user picks one.
"""

from __future__ import annotations

import copy
import dataclasses
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
            if kind == "retention_rules" and not entry.purpose_ids:
                # a term picked on its own step applies to the purposes taken from the catalogue that usually
                # have it (a term of no purpose is one the Review asks about)
                entry.purpose_ids = [
                    p.id
                    for p in register.purposes
                    if key in getattr(catalogue.get("purposes", p.id), "suggests", {}).get(kind, ())
                ]
            out.append(entry)
    return out


# Whether the person must provide the data (Art. 13(2)(e)), as a legal basis implies it: data needed for a contract
# is a contractual requirement, data a law requires a statutory one, and consent is always voluntary. The other
# bases say nothing about it.
REQUIREMENT_BY_BASIS = {"contract": "contractual", "legal_obligation": "statutory", "consent": "voluntary"}


def requirement_for(bases: list[str]) -> str | None:
    """The requirement the first of ``bases`` (in the purpose's order) that implies one implies, or None."""
    return next((REQUIREMENT_BY_BASIS[b] for b in bases if b in REQUIREMENT_BY_BASIS), None)


def own_entry(register: m.Register, entry: Any) -> Any:
    """``entry``, added by name, with what nearly every entry of its kind has; changed in place and returned.

    A purpose concerns the register's category of data subjects when there is only one, and its data comes
    from the person (Art. 13) unless the user says otherwise on the Sources step. A retention term applies to
    the purpose that has none yet, when only one has none (the Review asks for its term).
    """
    if isinstance(entry, m.Purpose):
        if not entry.subject_category_ids and len(register.subject_categories) == 1:
            entry.subject_category_ids = [register.subject_categories[0].id]
        if not entry.sources:
            entry.sources = [m.Source("data_subject")]
    elif isinstance(entry, m.RetentionRule) and not entry.purpose_ids:
        kept = {pid for rule in register.retention_rules for pid in rule.purpose_ids}
        without = [p.id for p in register.purposes if p.id not in kept]
        if len(without) == 1:
            entry.purpose_ids = without
    return entry


# What an entry of each kind takes from the catalogue entry of the same name: how it is classified, which decides
# what the documents say of it (the notice it goes into, the separate right to object to direct marketing, the
# reason that special category data and the personal identity number need, whether a processing agreement is).
CLASSIFICATION = {
    "subject_categories": "audience",
    "purposes": "direct_marketing",
    "data_categories": "sensitivity",
    "recipients": "role",
}


def named_entry(catalogue: Any, kind: str, entry: Any, register: m.Register | None = None) -> Any:
    """``entry`` of ``kind``, just named by the user, as the catalogue entry that has its name in the same
    language, if there is one, less that entry's texts; changed in place and returned.

    It takes that entry's classification (``CLASSIFICATION``) and its name in the register's other languages
    (all the catalogue's without a ``register``), as a text equal to a catalogue text gets them in a version-1
    register (register-format.md). A purpose also takes what ``_take_purpose`` says and, with the ``register``,
    is linked to the categories of data subjects and of data the register has that nearly every company with
    that purpose has (those the suggestions dialog ticks): “Saziņa ar klientiem” the customers' name, contact
    details and correspondence.  A purpose of a name the catalogue does not know is linked, with the
    ``register``, to the data nearly every purpose concerning its data subjects uses (``subjects_data``)."""
    attr = CLASSIFICATION.get(kind)
    if attr is None:
        return entry
    found = namesake(catalogue, kind, entry)
    if found is None:
        if isinstance(entry, m.Purpose) and register is not None:
            usual = subjects_data(catalogue, register, entry.subject_category_ids)
            _link_known(catalogue, register, entry, "data_categories", usual)
        return entry
    made = found.make()
    setattr(entry, attr, getattr(made, attr))
    kept = register.languages if register is not None else list(made.name)
    entry.name = m.Text({**entry.name, **{k: v for k, v in made.name.items() if k in kept and k not in entry.name}})
    if isinstance(entry, m.Purpose):
        _take_purpose(made, entry)
        if register is not None:
            _link_usual(catalogue, register, entry, found.key)
    return entry


def _take_purpose(made: m.Purpose, purpose: m.Purpose) -> None:
    """A purpose without legal bases yet takes the catalogue purpose ``made``'s bases (without their notes, which
    are the catalogue's words), whether the data must be given and whether its consent is on the printed form:
    “Komerciālu paziņojumu sūtīšana” rests on consent, as when it is picked from the catalogue. Bases with
    legitimate interests are left to the user, who must say whose interests they are."""
    if purpose.legal_bases or not made.legal_bases or "legitimate_interests" in made.bases():
        return
    purpose.legal_bases = [m.LegalBasis(b.basis) for b in made.legal_bases]
    if made.consent is not None and purpose.consent is None:  # (a cookie banner is not on the form)
        purpose.consent = m.Consent(on_form=made.consent.on_form)
    if purpose.requirement.kind is None:
        required = made.requirement.kind or requirement_for(purpose.bases())
        purpose.requirement = dataclasses.replace(purpose.requirement, kind=required)


def namesake(catalogue: Any, kind: str, entry: Any) -> Any:
    """The catalogue entry of ``kind`` that has a name of ``entry`` in the same language, or None."""
    for lang, name in getattr(entry, "name", {}).items():
        found = catalogue.named(kind, name, lang)
        if found is not None:
            return found
    return None


def _link_usual(catalogue: Any, register: m.Register, purpose: m.Purpose, key: str) -> None:
    """Link ``purpose`` to the register's subject and data categories that the catalogue purpose ``key`` ticks in
    the suggestions dialog, each list in the register's order."""
    usual = {(o.kind, o.key) for o in offers(catalogue, [key]) if o.ticked}
    for kind in ("subject_categories", "data_categories"):
        _link_known(catalogue, register, purpose, kind, {k for o_kind, k in usual if o_kind == kind})


def _link_known(catalogue: Any, register: m.Register, purpose: m.Purpose, kind: str, keys: set[str]) -> None:
    """Link ``purpose`` to the register's entries of ``kind`` that are the catalogue's ``keys`` too, after those it
    has, all in the register's order."""
    attr = LINKED[kind]
    linked = set(getattr(purpose, attr)) | {
        e.id for e in register.items(kind) if catalogue_key_of(catalogue, kind, e) in keys
    }
    setattr(purpose, attr, [e.id for e in register.items(kind) if e.id in linked])


def subjects_data(catalogue: Any, register: m.Register, subject_ids: list[str]) -> set[str]:
    """The catalogue keys of the data that nearly every purpose concerning the register's subject categories
    ``subject_ids`` uses, as the catalogue's subject categories say (their ``suggests``): the customers' name and
    contact details, the employees' name; none for the people a camera records."""
    keys: set[str] = set()
    for subject in register.subject_categories:
        if subject.id in subject_ids:
            item = catalogue.get("subject_categories", catalogue_key_of(catalogue, "subject_categories", subject))
            keys.update(item.suggests.get("data_categories", ()) if item is not None else ())
    return keys


def catalogue_key_of(catalogue: Any, kind: str, entry: Any) -> str:
    """The catalogue entry a register's entry is: the one of its id (picked from the catalogue), else the one
    of its name (typed as the catalogue names it), else none ("")."""
    if catalogue.get(kind, entry.id) is not None:
        return str(entry.id)
    found = namesake(catalogue, kind, entry)
    return str(found.key) if found is not None else ""


def offered(catalogue: Any, purpose_keys: list[str]) -> dict[str, list[str]]:
    """What usually goes with the picked purposes, per kind; empty kinds are left out."""
    out: dict[str, list[str]] = {}
    for key in purpose_keys:
        for kind, keys in catalogue.get("purposes", key).suggests.items():
            bucket = out.setdefault(kind, [])
            bucket.extend(k for k in keys if k not in bucket)
    return {kind: keys for kind, keys in out.items() if keys}


# Data that needs a deliberate choice and a reason (Art. 9, Art. 10, Art. 87): offered, never ticked for the user.
_DELIBERATE = ("special", "criminal", "national_id")


@dataclass(frozen=True)
class Offer:
    """One suggestion as the dialog shows it."""

    kind: str
    key: str
    ticked: bool  # ticked to begin with: nearly every company with the picked purposes has it
    choose_one: str = ""  # the set of alternatives it belongs to, of which one is picked ("" for none)


def offers(catalogue: Any, purpose_keys: list[str]) -> list[Offer]:
    """What goes with the picked purposes, kind by kind, each with its tick and its set of alternatives.

    Ticked to begin with is what a picked purpose suggests and does not call rare, except special, criminal
    and national-id data (they need a deliberate choice, unless a picked purpose exists for that data, as
    the food workers' health checks exist for the health check data) and alternatives (the user picks one
    of them).  A set of alternatives of which only one is offered is no choice: that one is an ordinary
    suggestion.
    """
    common: set[tuple[str, str]] = set()
    essential: set[tuple[str, str]] = set()  # what a picked purpose exists for: picking it was the choice
    for key in purpose_keys:
        purpose = catalogue.get("purposes", key)
        for kind, keys in purpose.suggests.items():
            rare = purpose.rare.get(kind, ())
            common.update((kind, k) for k in keys if k not in rare)
            essential.update((kind, k) for k in purpose.essential.get(kind, ()) if k in keys)
    out: list[Offer] = []
    for kind, keys in offered(catalogue, purpose_keys).items():
        entries = {k: catalogue.get(kind, k) for k in keys}
        sets: dict[str, int] = {}
        for entry in entries.values():
            if entry is not None and entry.choose_one:
                sets[entry.choose_one] = sets.get(entry.choose_one, 0) + 1
        for k, entry in entries.items():
            if entry is None:
                continue
            choose_one = entry.choose_one if sets.get(entry.choose_one, 0) > 1 else ""
            deliberate = kind == "data_categories" and entry.data.get("sensitivity") in _DELIBERATE
            deliberate = deliberate and (kind, k) not in essential
            out.append(Offer(kind, k, (kind, k) in common and not choose_one and not deliberate, choose_one))
    order = {kind: i for i, kind in enumerate(SUGGESTED_KINDS)}
    return sorted(out, key=lambda o: order.get(o.kind, len(order)))


def choose(
    all_offers: list[Offer], chosen: set[tuple[str, str]], kind: str, key: str, on: bool
) -> set[tuple[str, str]]:
    """``chosen`` after (un)ticking ``key``: ticking one of a set of alternatives unticks the others."""
    result = set(chosen)
    if not on:
        result.discard((kind, key))
        return result
    result.add((kind, key))
    offer = next((o for o in all_offers if (o.kind, o.key) == (kind, key)), None)
    if offer is not None and offer.choose_one:
        result -= {
            (o.kind, o.key) for o in all_offers if o.choose_one == offer.choose_one and o.kind == kind and o.key != key
        }
    return result


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


def purpose_links(
    catalogue: Any, register: m.Register, kind: str, keys: list[str]
) -> list[tuple[m.Purpose, m.Purpose]]:
    """The register's purposes linked to the entries ``keys`` of ``kind`` just picked on their own step, as
    (old, new) pairs: a purpose taken from the catalogue, or named as a catalogue purpose, gets those that
    catalogue purpose suggests (the card terminal providers go with contracts and orders, not with accounting);
    one the catalogue does not know, and whose data is not said yet, gets the data nearly every purpose concerning
    its data subjects uses (``subjects_data``: the customers' name and contact details). A purpose whose data the
    user has said is left as it is."""
    attr = LINKED.get(kind)
    if attr is None:
        return []
    out = []
    for purpose in register.purposes:
        key = catalogue_key_of(catalogue, "purposes", purpose)
        if key:
            usual: Any = catalogue.get("purposes", key).suggests.get(kind, ())
        elif kind == "data_categories" and not purpose.data_category_ids:
            usual = subjects_data(catalogue, register, purpose.subject_category_ids)
            usual = [k for k in keys if k in usual]  # (in the order picked)
        else:
            continue
        have = getattr(purpose, attr)
        add = [k for k in usual if k in keys and k not in have]
        if add:
            new = copy.deepcopy(purpose)
            setattr(new, attr, [*have, *add])
            out.append((purpose, new))
    return out
