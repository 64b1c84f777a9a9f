"""Large, valid, reproducible registers for load tests, the GUI and the benchmark.

``synthetic_register(purposes=300, data_categories=500, recipients=100, seed=1)`` builds a
register that passes ``core.model.validate``: every reference exists, consent purposes have
consent details, legitimate interests are stated, every retention rule has a period or an
event.  Texts are Latvian with every special letter, some long enough to wrap and some with
markup-looking characters, so that documents built from it exercise wrapping and escaping.
"""

from __future__ import annotations

import random

from ropa_desktop.core import model as m

_WORDS = (
    "klientu pasūtījumu rēķinu līgumu piegāžu maksājumu darbinieku kandidātu piegādātāju apmeklētāju "
    "sarakste ģimenes ķēdes ļoti ņemot šķirot ūdens žurnāls īpaši čeku ēkas datu drošība glabāšana "
    "uzskaite pārskats reģistrs apstrāde nosūtīšana atjaunošana"
).split()
_COUNTRIES_EU = ("LV", "LT", "EE", "DE", "FI", "SE", "PL", "NL", "IE", "FR")
_COUNTRIES_THIRD = ("US", "GB", "CH", "CA", "JP", "IN", "UA")


def _text(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(_WORDS) for _ in range(words)]
    text = " ".join(chosen)
    return text[0].upper() + text[1:] + "."


def _lv(text: str) -> m.Text:
    return m.Text.of("lv", text)


def synthetic_register(
    purposes: int = 300, data_categories: int = 500, recipients: int = 100, seed: int = 1
) -> m.Register:
    rng = random.Random(seed)
    reg = m.Register(languages=["lv"])
    reg.organisation = m.Organisation(
        name="SIA “Ātrās Čūskas & Ko” <Testa>",
        registration_number="40003123456",
        address="Ģertrūdes iela 1-2, Rīga, LV-1010",
        email="info@example.lv",
        phone="+371 20000000",
        website="www.example.lv",
        dpo=m.Dpo(name="Žanis Ķēniņš", email="dpo@example.lv", phone="+371 20000001"),
        contact_person=m.ContactPerson(
            name="Ļena Ņikitina", role=_lv("administratore"), email="dati@example.lv", phone="+371 20000002"
        ),
        processing_locations=_lv("Latvijas Republika"),
    )
    reg.subject_categories = [
        m.SubjectCategory(
            id=f"subjects-{i}",
            name=_lv(f"Datu subjektu grupa {i}"),
            description=_lv(_text(rng, 12)),
            groups_note=_lv(_text(rng, 6)),
        )
        for i in range(1, 6)
    ]
    sensitivities = ("regular",) * 17 + ("national_id", "special", "criminal")
    reg.data_categories = [
        m.DataCategory(
            id=f"data-{i}",
            name=_lv(f"Datu kategorija {i}: {rng.choice(_WORDS)}"),
            description=_lv(_text(rng, rng.randint(1, 14)) if i % 3 else ""),
            sensitivity=rng.choice(sensitivities),
        )
        for i in range(1, data_categories + 1)
    ]
    reg.recipients = []
    for i in range(1, recipients + 1):
        role = rng.choice(m.RECIPIENT_ROLES)
        third = rng.random() < 0.15
        reg.recipients.append(
            m.Recipient(
                id=f"recipient-{i}",
                name=_lv(f"Saņēmējs Nr. {i} <SIA>" if i % 10 == 0 else f"Saņēmējs Nr. {i}"),
                registration_number=str(40000000000 + i) if role != "recipient_category" else "",
                country=rng.choice(_COUNTRIES_THIRD if third else _COUNTRIES_EU),
                role=role,
                service=_lv(_text(rng, rng.randint(4, 20))),
                agreement=m.Agreement(
                    kind="processing_agreement", signed_on="2024-01-15", review_on="2026-01-15", note=_lv(_text(rng, 5))
                )
                if role == "processor"
                else None,
                transfer=m.Transfer(
                    country=rng.choice(_COUNTRIES_THIRD), safeguard=rng.choice(m.SAFEGUARDS), note=_lv(_text(rng, 6))
                )
                if third
                else None,
            )
        )
    data_ids = [d.id for d in reg.data_categories]
    sensitivity = {d.id: d.sensitivity for d in reg.data_categories}
    recipient_ids = [r.id for r in reg.recipients]
    subject_ids = [s.id for s in reg.subject_categories]
    reg.purposes = []
    for i in range(1, purposes + 1):
        bases = rng.sample(m.LEGAL_BASES, rng.randint(1, 2))
        chosen_data = rng.sample(data_ids, min(len(data_ids), rng.randint(2, 8)))
        special = any(sensitivity[d] in ("special", "criminal") for d in chosen_data)
        reg.purposes.append(
            m.Purpose(
                id=f"purpose-{i}",
                name=_lv(f"Apstrādes nolūks {i}: {rng.choice(_WORDS)} {rng.choice(_WORDS)}"),
                description=_lv(_text(rng, rng.randint(8, 40))),
                legal_bases=[
                    m.LegalBasis(basis=b, note=_lv(_text(rng, 4) if rng.random() < 0.5 else "")) for b in bases
                ],
                legitimate_interest=_lv(_text(rng, 8) if "legitimate_interests" in bases else ""),
                subject_category_ids=rng.sample(subject_ids, rng.randint(1, 2)),
                data_category_ids=chosen_data,
                sources=[m.Source(kind=rng.choice(m.SOURCE_KINDS), note=_lv(_text(rng, 3)))],
                collection_method=_lv(_text(rng, 10)),
                recipient_ids=rng.sample(recipient_ids, min(len(recipient_ids), rng.randint(0, 3))),
                requirement=m.Requirement(kind=rng.choice(m.REQUIREMENT_KINDS), consequence=_lv(_text(rng, 6))),
                automated_decisions=_lv(_text(rng, 8) if rng.random() < 0.05 else ""),
                consent=(
                    m.Consent(method=_lv(_text(rng, 6)), withdrawal=_lv(_text(rng, 6))) if "consent" in bases else None
                ),
                special_condition=_lv(_text(rng, 6) if special else ""),
                dpia=m.Dpia(required=rng.choice([True, False, None]), note=m.Text()),
            )
        )
    purpose_ids = [p.id for p in reg.purposes]
    reg.retention_rules = []
    for i, pid in enumerate(purpose_ids, start=1):
        unit = rng.choice(m.PERIOD_UNITS)
        reg.retention_rules.append(
            m.RetentionRule(
                id=f"retention-{i}",
                purpose_ids=[pid],
                data_category_ids=[],
                period=m.Period(unit, rng.randint(1, 12)) if i % 4 else None,
                until_event=_lv(_text(rng, 6) if i % 3 == 0 or i % 4 == 0 else ""),
                legal_reference=_lv("Grāmatvedības likuma 28. pants" if i % 5 == 0 else ""),
                then=rng.choice(m.THEN_ACTIONS),
            )
        )
    reg.security_measures = [
        m.SecurityMeasure(
            id=f"measure-{i}",
            kind=rng.choice(m.MEASURE_KINDS),
            name=_lv(f"Pasākums {i}"),
            description=_lv(_text(rng, 12)),
        )
        for i in range(1, 21)
    ]
    reg.identification_rules = [m.IdentificationRule(channel=ch, criteria=_lv(_text(rng, 8))) for ch in m.CHANNELS]
    reg.document_settings = m.DocumentSettings(
        version="2.3",
        approved_by=_lv("Valdes loceklis Jānis Bērziņš"),
        approved_on="2025-03-01",
        effective_from="2025-03-15",
    )
    return reg
