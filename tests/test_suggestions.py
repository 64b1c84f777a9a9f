"""What picking catalogue purposes adds to a register, decided without the window (core/suggestions.py)."""

from __future__ import annotations

import pytest

from ropa_desktop.core import catalogue, suggestions
from ropa_desktop.core import model as m


@pytest.fixture(scope="module")
def cat():
    return catalogue.load()


def test_what_goes_with_two_purposes_is_offered_once_each(cat):
    offered = suggestions.offered(cat, ["orders", "complaints"])
    assert offered["subject_categories"] == ["clients"]
    assert offered["data_categories"] == ["name", "contacts", "postal-address", "contract-data", "purchase-history",
                                          "payment-data", "feedback", "correspondence"]
    assert offered["retention_rules"] == ["until-contract-ends", "commercial-claims-3y"]
    assert "recipients" in offered and "recipients" not in suggestions.offered(cat, ["complaints"])


def test_the_chosen_suggestions_are_added_and_linked(cat):
    register = m.Register(languages=["en"])
    chosen = {("subject_categories", "clients"), ("data_categories", "name"), ("recipients", "couriers"),
              ("retention_rules", "commercial-claims-3y")}
    plan = suggestions.plan(cat, register, ["orders", "complaints"], chosen)
    assert [e.id for e in plan.entries["subject_categories"]] == ["clients"]
    assert [e.id for e in plan.entries["data_categories"]] == ["name"]
    assert [e.id for e in plan.entries["recipients"]] == ["couriers"]
    assert plan.entries["subject_categories"][0].name["en"] == cat.get("subject_categories", "clients").title("en")
    assert plan.entries["subject_categories"][0].name["lv"] == "Klienti"  # every language the catalogue has
    orders, complaints = plan.purposes
    assert (orders.id, complaints.id) == ("orders", "complaints")
    assert orders.subject_category_ids == ["clients"] and orders.data_category_ids == ["name"]
    assert orders.recipient_ids == ["couriers"] and complaints.recipient_ids == []
    # an unchosen term is not made; the chosen one covers both purposes that suggest it
    assert [(r.id, r.purpose_ids) for r in plan.new_rules] == [("commercial-claims-3y", ["orders", "complaints"])]
    assert plan.extended_rules == []


def test_what_the_register_has_is_linked_and_never_added_twice(cat):
    clients = cat.get("subject_categories", "clients").make()
    rule = cat.get("retention_rules", "until-contract-ends").make()
    rule.purpose_ids = ["own"]
    register = m.Register(subject_categories=[clients], purposes=[m.Purpose(id="own", name=m.Text.of("lv", "Savs"))],
                          retention_rules=[rule])
    plan = suggestions.plan(cat, register, ["orders"], set())
    assert plan.entries == {}
    assert plan.purposes[0].subject_category_ids == ["clients"]
    assert plan.purposes[0].data_category_ids == []
    [(old, new)] = plan.extended_rules
    assert old is rule and rule.purpose_ids == ["own"]
    assert new.purpose_ids == ["own", "orders"]
    assert plan.new_rules == []


def test_only_the_purposes_links_nothing(cat):
    plan = suggestions.plan(cat, m.Register(), ["orders"], {("subject_categories", "clients")}, link=False)
    assert plan.entries == {} and plan.new_rules == [] and plan.extended_rules == []
    [purpose] = plan.purposes
    assert purpose.subject_category_ids == purpose.data_category_ids == purpose.recipient_ids == []


def test_a_purpose_the_register_has_is_not_planned_again(cat):
    register = m.Register(purposes=[cat.get("purposes", "orders").make()])
    assert suggestions.plan(cat, register, ["orders"], set()).purposes == []


def test_new_entries_skip_what_is_there_matching_identification_rules_by_channel(cat):
    register = m.Register(identification_rules=[m.IdentificationRule("email", m.Text.of("lv", "Pašu teksts"))])
    made = suggestions.new_entries(cat, register, "identification_rules", ["email", "phone", "phone"])
    assert [e.channel for e in made] == ["phone"]
