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
    assert offered["data_categories"] == [
        "name",
        "contacts",
        "postal-address",
        "contract-data",
        "purchase-history",
        "payment-data",
        "feedback",
        "correspondence",
    ]
    assert offered["retention_rules"] == ["until-contract-ends", "commercial-claims-3y"]
    assert "recipients" in offered and "recipients" not in suggestions.offered(cat, ["complaints"])


def test_the_chosen_suggestions_are_added_and_linked(cat):
    register = m.Register(languages=["en"])
    chosen = {
        ("subject_categories", "clients"),
        ("data_categories", "name"),
        ("recipients", "couriers"),
        ("retention_rules", "commercial-claims-3y"),
    }
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
    register = m.Register(
        subject_categories=[clients],
        purposes=[m.Purpose(id="own", name=m.Text.of("lv", "Savs"))],
        retention_rules=[rule],
    )
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


def _offers(cat, *purposes):
    return {(o.kind, o.key): o for o in suggestions.offers(cat, list(purposes))}


def test_only_what_nearly_every_company_has_is_ticked(cat):
    offers = _offers(cat, "orders", "video-surveillance", "personnel", "payroll", "authority-requests")
    ticked = {key for (_kind, key), o in offers.items() if o.ticked}
    assert {
        "clients",
        "name",
        "contacts",
        "contract-data",
        "employees",
        "vid",
        "vsaa",
        "video-images",
        "until-contract-ends",
        "accounting-source-5y",
    } <= ticked
    # rare items and data that needs a deliberate choice (Art. 9, 10, 87) are offered but not ticked
    for key in (
        "state-police",
        "family-data",
        "health-sick-leave",
        "personal-code",
        "couriers",
        "accounting-registers-10y",
    ):
        assert key in {k for _kind, k in offers} and key not in ticked, key
    # what is offered is what offered() offers, in the dialog's order of kinds
    listed = [(o.kind, o.key) for o in suggestions.offers(cat, ["orders", "personnel"])]
    offered = suggestions.offered(cat, ["orders", "personnel"])
    assert listed == [(kind, key) for kind in suggestions.SUGGESTED_KINDS for key in offered.get(kind, [])]


def test_an_item_rare_for_one_purpose_is_ticked_when_another_needs_it(cat):
    assert not _offers(cat, "orders")[("recipients", "payment-services")].ticked
    assert _offers(cat, "e-shop", "orders")[("recipients", "payment-services")].ticked


def test_alternatives_are_a_choice_of_one(cat):
    offers = _offers(cat, "customer-communication", "recruitment")
    google, microsoft = offers[("recipients", "google-workspace")], offers[("recipients", "microsoft-365")]
    assert google.choose_one == microsoft.choose_one == "office-suite"
    assert not google.ticked and not microsoft.ticked
    assert cat.alternatives_title("recipients", "office-suite", "en") == "E-mail and office suite"
    listed = list(offers.values())
    chosen = suggestions.choose(listed, {("subject_categories", "clients")}, "recipients", "google-workspace", True)
    assert ("recipients", "google-workspace") in chosen
    chosen = suggestions.choose(listed, chosen, "recipients", "microsoft-365", True)
    assert ("recipients", "microsoft-365") in chosen and ("recipients", "google-workspace") not in chosen
    assert ("subject_categories", "clients") in chosen
    assert suggestions.choose(listed, chosen, "recipients", "microsoft-365", False) == {
        ("subject_categories", "clients")
    }


def test_one_alternative_alone_is_an_ordinary_suggestion(cat):
    mozello = _offers(cat, "e-shop")[("recipients", "mozello")]
    assert mozello.choose_one == "" and mozello.ticked
    hosts = _offers(cat, "security-logs")
    assert hosts[("recipients", "mozello")].choose_one == hosts[("recipients", "hosting")].choose_one == "website-host"


def test_the_legal_basis_implies_whether_the_data_must_be_given():
    from ropa_desktop.core.suggestions import requirement_for

    assert requirement_for(["contract", "legal_obligation"]) == "contractual"
    assert requirement_for(["legal_obligation", "contract"]) == "statutory"
    assert requirement_for(["legitimate_interests", "consent"]) == "voluntary"
    assert requirement_for(["legitimate_interests"]) is None
    assert requirement_for([]) is None


def test_an_own_purpose_gets_the_only_category_of_subjects_and_the_person_as_source():
    from ropa_desktop.core.suggestions import own_entry

    register = m.Register(subject_categories=[m.SubjectCategory(id="clients")])
    purpose = own_entry(register, m.Purpose(name=m.Text.of("lv", "Piegāde")))
    assert purpose.subject_category_ids == ["clients"]
    assert [s.kind for s in purpose.sources] == ["data_subject"]
    register.subject_categories.append(m.SubjectCategory(id="staff"))
    assert own_entry(register, m.Purpose()).subject_category_ids == []  # two: the user says which
    category = own_entry(register, m.DataCategory(name=m.Text.of("lv", "Vārds")))
    assert category == m.DataCategory(name=m.Text.of("lv", "Vārds"))


def test_a_term_picked_on_its_own_step_applies_to_the_catalogue_purposes_that_usually_have_it(cat):
    # it belonged to no purpose, and the Review then asked about “retention term 4”
    register = m.Register(
        purposes=[
            cat.get("purposes", "commercial-emails").make(),
            cat.get("purposes", "orders").make(),
            m.Purpose(id="own", name=m.Text.of("lv", "Savs nolūks")),
            cat.get("purposes", "cookies-analytics").make(),
        ]
    )
    (term,) = suggestions.new_entries(cat, register, "retention_rules", ["until-consent-withdrawn"])
    assert term.purpose_ids == ["commercial-emails", "cookies-analytics"]
    (term,) = suggestions.new_entries(cat, register, "retention_rules", ["video-30d"])
    assert term.purpose_ids == []  # no purpose of the register usually has it: the user ticks them


def test_an_own_entry_named_as_a_catalogue_entry_is_classified_as_that_one(cat):
    from ropa_desktop.core.suggestions import named_entry

    staff = named_entry(cat, "subject_categories", m.SubjectCategory(name=m.Text.of("lv", " darbinieki ")))
    assert staff.audience == "staff"  # its notice is the employees' one
    assert staff.name["lv"] == " darbinieki " and staff.name["en"] == "Employees"  # typed as typed, the rest added
    own = m.Text({"lv": "Darbinieki", "en": "Staff"})
    assert named_entry(cat, "subject_categories", m.SubjectCategory(name=own)).name["en"] == "Staff"
    code = named_entry(cat, "data_categories", m.DataCategory(name=m.Text.of("en", "Personal identity number")))
    assert code.sensitivity == "national_id"  # Art. 87: its reason is asked for
    marketing = named_entry(cat, "purposes", m.Purpose(name=m.Text.of("lv", "Komerciālu paziņojumu sūtīšana")))
    assert marketing.direct_marketing  # the notice gives the objection to it on its own (Art. 21(2)–(4))
    tax = named_entry(cat, "recipients", m.Recipient(name=m.Text.of("lv", "Valsts ieņēmumu dienests (VID)")))
    assert tax.role == "public_authority"  # no processing agreement is asked for
    # and its legal basis, as when it is picked from the catalogue, with what the basis implies
    assert marketing.legal_bases == [m.LegalBasis("consent")] and marketing.consent == m.Consent()
    assert marketing.requirement.kind == "voluntary"
    # none of the catalogue's texts: they stay out of what the user typed
    assert marketing.description == m.Text() and marketing.legal_bases[0].note == m.Text()
    # all as when picked from the catalogue, but for the texts: a cookie banner's consent is not on the form, and
    # the personnel file is kept because the law says so
    for item in cat.entries("purposes"):
        made = item.make()
        named = named_entry(cat, "purposes", m.Purpose(name=made.name))
        if "legitimate_interests" not in made.bases():
            assert named.bases() == made.bases() and named.requirement.kind == made.requirement.kind, item.key
            assert (named.consent and named.consent.on_form) == (made.consent and made.consent.on_form), item.key
    # with the register: the subject and data categories it has that the suggestions dialog ticks for that purpose
    register = m.Register(
        subject_categories=[m.SubjectCategory(id="clients"), m.SubjectCategory(id="staff")],
        data_categories=[m.DataCategory(id=k) for k in ("feedback", "correspondence", "contacts", "name", "bank")],
    )
    talk = named_entry(cat, "purposes", m.Purpose(name=m.Text.of("lv", "Saziņa ar klientiem")), register)
    assert talk.subject_category_ids == ["clients"]
    assert talk.data_category_ids == ["correspondence", "contacts", "name"]  # in the register's order
    # a data category typed as the catalogue names it is that one too
    register.data_categories = [
        m.DataCategory(id="kontaktinformacija", name=m.Text.of("lv", "Kontaktinformācija")),
        m.DataCategory(id="citi", name=m.Text.of("lv", "Citi dati")),
    ]
    talk = named_entry(cat, "purposes", m.Purpose(name=m.Text.of("lv", "Saziņa ar klientiem")), register)
    assert talk.data_category_ids == ["kontaktinformacija"]
    # legitimate interests need the company's words on whose interests they are: left to the user
    assert named_entry(cat, "purposes", m.Purpose(name=m.Text.of("lv", "Videonovērošana"))).legal_bases == []
    # a purpose with legal bases of its own keeps them
    own = m.Purpose(name=m.Text.of("lv", "Saziņa ar klientiem"), legal_bases=[m.LegalBasis("legitimate_interests")])
    assert named_entry(cat, "purposes", own).bases() == ["legitimate_interests"]


def test_an_own_entry_of_another_name_keeps_its_classification(cat):
    from ropa_desktop.core.suggestions import named_entry

    # a name of the catalogue in another language's field is not that entry's name
    assert named_entry(cat, "subject_categories", m.SubjectCategory(name=m.Text.of("en", "Darbinieki"))).audience == (
        "customers"
    )
    assert named_entry(cat, "data_categories", m.DataCategory(name=m.Text.of("lv", "Personas kods un adrese"))) == (
        m.DataCategory(name=m.Text.of("lv", "Personas kods un adrese"))
    )
    until = m.Text.of("lv", "Līdz līguma beigām")
    assert named_entry(cat, "retention_rules", m.RetentionRule(until_event=until)) == m.RetentionRule(until_event=until)


def test_a_newly_ticked_reference_goes_where_the_register_lists_it():
    order = ["name", "code", "contacts", "dates", "bank"]
    assert m.relinked(["code", "bank"], {"code", "bank", "name", "contacts"}, order) == [
        "name",
        "code",
        "contacts",
        "bank",
    ]
    # an order of the user's own is kept; the new one goes before the first that comes after it
    assert m.relinked(["bank", "name"], {"bank", "name", "contacts"}, order) == ["contacts", "bank", "name"]
    assert m.relinked(["bank", "name"], {"name"}, order) == ["name"]


def test_a_new_retention_term_applies_to_the_only_purpose_without_one():
    from ropa_desktop.core.suggestions import own_entry

    register = m.Register(
        purposes=[m.Purpose(id="sales"), m.Purpose(id="payroll"), m.Purpose(id="news")],
        retention_rules=[m.RetentionRule(id="r1", purpose_ids=["sales", "payroll"])],
    )
    assert own_entry(register, m.RetentionRule()).purpose_ids == ["news"]
    register.retention_rules[0].purpose_ids = ["sales"]
    assert own_entry(register, m.RetentionRule()).purpose_ids == []  # two without: the user says which


def test_data_picked_after_a_purpose_named_as_a_catalogue_one_goes_with_it(cat):
    # the steps taken in their order: "Saziņa ar klientiem" typed on step 3, then the data picked on step 4
    register = m.Register(
        purposes=[m.Purpose(id="sazina-ar-klientiem", name=m.Text.of("lv", "Saziņa ar klientiem")), m.Purpose(id="x")]
    )
    [(old, new)] = suggestions.purpose_links(cat, register, "data_categories", ["name", "correspondence", "bank"])
    assert old.id == "sazina-ar-klientiem" and new.data_category_ids == ["name", "correspondence"]


def test_an_own_purpose_concerning_customers_has_their_name_and_contact_details(cat):
    from ropa_desktop.core.suggestions import named_entry, own_entry

    register = m.Register(
        subject_categories=[m.SubjectCategory(id="clients", name=m.Text.of("lv", "Klienti"))],
        data_categories=[m.DataCategory(id=k) for k in ("feedback", "contacts", "personal-code", "name")],
    )
    new = own_entry(register, m.Purpose(name=m.Text.of("lv", "Pakalpojumu nodrošināšana")))
    delivery = named_entry(cat, "purposes", new, register)
    assert delivery.subject_category_ids == ["clients"]
    assert delivery.data_category_ids == ["contacts", "name"]  # in the register's order; no legal basis guessed
    assert delivery.legal_bases == [] and not delivery.direct_marketing
    # a purpose named as a catalogue one has that one's usual data only: a cookie purpose is not given a name
    cookies = own_entry(register, m.Purpose(name=m.Text.of("lv", "Sīkdatnes un tīmekļvietnes apmeklējuma statistika")))
    assert named_entry(cat, "purposes", cookies, register).data_category_ids == []
    # a category of subjects typed as the catalogue names it is that one; the employees' usual data is the name
    register.subject_categories = [m.SubjectCategory(id="darbinieki", name=m.Text.of("lv", "Darbinieki"))]
    payroll = named_entry(cat, "purposes", own_entry(register, m.Purpose(name=m.Text.of("lv", "Algas"))), register)
    assert payroll.data_category_ids == ["name"]
    # the people a camera records have no usual name; nor does a purpose of no category of subjects
    register.subject_categories = [m.SubjectCategory(id="cctv-persons")]
    camera = named_entry(cat, "purposes", own_entry(register, m.Purpose(name=m.Text.of("lv", "Kameras"))), register)
    assert camera.data_category_ids == []
    register.subject_categories.append(m.SubjectCategory(id="clients"))
    several = named_entry(cat, "purposes", own_entry(register, m.Purpose(name=m.Text.of("lv", "Cits"))), register)
    assert several.subject_category_ids == [] and several.data_category_ids == []
    # ticks of the user's own stay
    mine = m.Purpose(name=m.Text.of("lv", "Mans"), subject_category_ids=["clients"], data_category_ids=["feedback"])
    register.data_categories = [m.DataCategory(id=k) for k in ("name", "feedback", "contacts")]
    assert named_entry(cat, "purposes", mine, register).data_category_ids == ["name", "feedback", "contacts"]


def test_data_picked_after_an_own_purpose_concerning_customers_goes_with_it(cat):
    # step 3 first: the company's own purposes, one of them for the website's visitors; then the data on step 4
    register = m.Register(
        subject_categories=[m.SubjectCategory(id="clients"), m.SubjectCategory(id="website-visitors")],
        purposes=[
            m.Purpose(id="sales", subject_category_ids=["clients"]),
            m.Purpose(id="stats", subject_category_ids=["website-visitors"]),
            m.Purpose(id="sazina-ar-klientiem", name=m.Text.of("lv", "Saziņa ar klientiem")),
        ],
    )
    links = suggestions.purpose_links(cat, register, "data_categories", ["device-data", "contacts", "name"])
    assert [(old.id, new.data_category_ids) for old, new in links] == [
        ("sales", ["contacts", "name"]),  # in the order picked
        ("sazina-ar-klientiem", ["name", "contacts"]),  # the catalogue purpose's order
    ]
    # a recipient is no one's usual data
    assert suggestions.purpose_links(cat, register, "recipients", ["mozello"]) == []


def test_data_picked_later_leaves_an_own_purpose_whose_data_is_said(cat):
    register = m.Register(
        subject_categories=[m.SubjectCategory(id="clients")],
        purposes=[
            m.Purpose(id="cameras", subject_category_ids=["clients"], data_category_ids=["video-images"]),
            m.Purpose(id="new", subject_category_ids=["clients"]),
        ],
    )
    links = suggestions.purpose_links(cat, register, "data_categories", ["name"])
    assert [(old.id, new.data_category_ids) for old, new in links] == [("new", ["name"])]
