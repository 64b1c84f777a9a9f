"""The DDL of every schema version of a register file, frozen as text.

A register file made by any earlier version of the app must keep opening: it is compared with the
schema objects these texts make (``schema.expected_objects``).  So a text here is never changed once
released, and nothing here is built from the model's current values: a new table, column or rule is a
new migration with its own frozen text, added at the end.

Allowed values (languages, legal bases, recipient roles...) are checked by the model
(``model.py``, ``languages.py``), not by the file: version 1 held them as CHECK constraints, and
version 3 removes those, so a value the app learns later can be stored in a file made earlier.
"""

from __future__ import annotations

# --- version 1: the tables ------------------------------------------------------------------

V1_TABLES = """
CREATE TABLE register_info (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    language TEXT NOT NULL CHECK (language IN ('lv', 'en')),
    created_at TEXT NOT NULL,
    created_by_app TEXT NOT NULL
) STRICT;
CREATE TABLE document_settings (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    version TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    approved_on TEXT,
    effective_from TEXT
) STRICT;
CREATE TABLE organisation (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    address TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    website TEXT NOT NULL,
    processing_locations TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_role TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    contact_phone TEXT NOT NULL
) STRICT;
CREATE TABLE organisation_dpo (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL
) STRICT;
CREATE TABLE organisation_representative (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL
) STRICT;
CREATE TABLE subject_categories (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    groups_note TEXT NOT NULL
) STRICT;
CREATE TABLE data_categories (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    sensitivity TEXT NOT NULL CHECK (sensitivity IN ('regular', 'national_id', 'special', 'criminal'))
) STRICT;
CREATE TABLE recipients (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    country TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('processor', 'controller', 'joint_controller', 'public_authority',
        'recipient_category')),
    service TEXT NOT NULL
) STRICT;
CREATE TABLE recipient_agreements (
    recipient_id TEXT PRIMARY KEY REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('processing_agreement', 'joint_controller_arrangement', 'other')),
    signed_on TEXT,
    review_on TEXT,
    note TEXT NOT NULL
) STRICT;
CREATE TABLE recipient_transfers (
    recipient_id TEXT PRIMARY KEY REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE,
    country TEXT NOT NULL,
    safeguard TEXT NOT NULL CHECK (safeguard IN ('adequacy', 'scc', 'bcr', 'derogation', 'other')),
    note TEXT NOT NULL
) STRICT;
CREATE TABLE purposes (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    legitimate_interest TEXT NOT NULL,
    collection_method TEXT NOT NULL,
    requirement_kind TEXT CHECK (requirement_kind IS NULL OR requirement_kind IN ('statutory',
        'contractual', 'contract_precondition', 'voluntary')),
    requirement_consequence TEXT NOT NULL,
    automated_decisions TEXT NOT NULL,
    special_condition TEXT NOT NULL,
    dpia_required INTEGER CHECK (dpia_required IS NULL OR dpia_required IN (0, 1)),
    dpia_note TEXT NOT NULL
) STRICT;
CREATE TABLE purpose_legal_bases (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    basis TEXT NOT NULL CHECK (basis IN ('consent', 'contract', 'legal_obligation', 'vital_interests',
        'public_task', 'legitimate_interests')),
    note TEXT NOT NULL,
    PRIMARY KEY (purpose_id, basis)
) STRICT;
CREATE TABLE purpose_consents (
    purpose_id TEXT PRIMARY KEY REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    method TEXT NOT NULL,
    withdrawal TEXT NOT NULL
) STRICT;
CREATE TABLE purpose_sources (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('data_subject', 'third_party', 'public_source')),
    note TEXT NOT NULL,
    PRIMARY KEY (purpose_id, position)
) STRICT;
CREATE TABLE purpose_subject_categories (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    subject_category_id TEXT NOT NULL REFERENCES subject_categories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (purpose_id, subject_category_id)
) STRICT;
CREATE TABLE purpose_data_categories (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    data_category_id TEXT NOT NULL REFERENCES data_categories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (purpose_id, data_category_id)
) STRICT;
CREATE TABLE purpose_recipients (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    recipient_id TEXT NOT NULL REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (purpose_id, recipient_id)
) STRICT;
CREATE TABLE retention_rules (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    period_unit TEXT CHECK (period_unit IS NULL OR period_unit IN ('years', 'months', 'days')),
    period_value INTEGER CHECK ((period_unit IS NULL) = (period_value IS NULL)
        AND (period_value IS NULL OR period_value > 0)),
    until_event TEXT NOT NULL,
    legal_reference TEXT NOT NULL,
    then_action TEXT NOT NULL CHECK (then_action IN ('delete', 'anonymise'))
) STRICT;
CREATE TABLE retention_rule_purposes (
    retention_rule_id TEXT NOT NULL REFERENCES retention_rules(id) ON DELETE CASCADE ON UPDATE CASCADE,
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (retention_rule_id, purpose_id)
) STRICT;
CREATE TABLE retention_rule_data_categories (
    retention_rule_id TEXT NOT NULL REFERENCES retention_rules(id) ON DELETE CASCADE ON UPDATE CASCADE,
    data_category_id TEXT NOT NULL REFERENCES data_categories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (retention_rule_id, data_category_id)
) STRICT;
CREATE TABLE security_measures (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('technical', 'organisational')),
    name TEXT NOT NULL,
    description TEXT NOT NULL
) STRICT;
CREATE TABLE identification_rules (
    channel TEXT PRIMARY KEY CHECK (channel IN ('phone', 'email', 'in_person', 'post', 'online')),
    position INTEGER NOT NULL,
    criteria TEXT NOT NULL
) STRICT;
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    changed_at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL
) STRICT
"""

# --- version 2: indexes for the columns that point at categories and recipients ----------------

V2_REVERSE_LOOKUP_INDEXES = """
CREATE INDEX purpose_subject_categories_by_category ON purpose_subject_categories(subject_category_id);
CREATE INDEX purpose_data_categories_by_category ON purpose_data_categories(data_category_id);
CREATE INDEX purpose_recipients_by_recipient ON purpose_recipients(recipient_id);
CREATE INDEX retention_rule_purposes_by_purpose ON retention_rule_purposes(purpose_id);
CREATE INDEX retention_rule_data_categories_by_category ON retention_rule_data_categories(data_category_id)
"""

# --- version 3: the same tables without the CHECK constraints on allowed values ------------------
# (Only constraints are removed, so the rows on disk stay as they are: each table's stored text is
# replaced, as SQLite's documentation of ALTER TABLE describes for removing CHECK constraints.)

V3_TABLES_WITHOUT_VALUE_CHECKS: dict[str, str] = {
    "register_info": """
CREATE TABLE register_info (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    language TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by_app TEXT NOT NULL
) STRICT""",
    "data_categories": """
CREATE TABLE data_categories (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    sensitivity TEXT NOT NULL
) STRICT""",
    "recipients": """
CREATE TABLE recipients (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    country TEXT NOT NULL,
    role TEXT NOT NULL,
    service TEXT NOT NULL
) STRICT""",
    "recipient_agreements": """
CREATE TABLE recipient_agreements (
    recipient_id TEXT PRIMARY KEY REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind TEXT NOT NULL,
    signed_on TEXT,
    review_on TEXT,
    note TEXT NOT NULL
) STRICT""",
    "recipient_transfers": """
CREATE TABLE recipient_transfers (
    recipient_id TEXT PRIMARY KEY REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE,
    country TEXT NOT NULL,
    safeguard TEXT NOT NULL,
    note TEXT NOT NULL
) STRICT""",
    "purposes": """
CREATE TABLE purposes (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    legitimate_interest TEXT NOT NULL,
    collection_method TEXT NOT NULL,
    requirement_kind TEXT,
    requirement_consequence TEXT NOT NULL,
    automated_decisions TEXT NOT NULL,
    special_condition TEXT NOT NULL,
    dpia_required INTEGER CHECK (dpia_required IS NULL OR dpia_required IN (0, 1)),
    dpia_note TEXT NOT NULL
) STRICT""",
    "purpose_legal_bases": """
CREATE TABLE purpose_legal_bases (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    basis TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (purpose_id, basis)
) STRICT""",
    "purpose_sources": """
CREATE TABLE purpose_sources (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (purpose_id, position)
) STRICT""",
    "retention_rules": """
CREATE TABLE retention_rules (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    period_unit TEXT,
    period_value INTEGER CHECK ((period_unit IS NULL) = (period_value IS NULL)
        AND (period_value IS NULL OR period_value > 0)),
    until_event TEXT NOT NULL,
    legal_reference TEXT NOT NULL,
    then_action TEXT NOT NULL
) STRICT""",
    "security_measures": """
CREATE TABLE security_measures (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL
) STRICT""",
    "identification_rules": """
CREATE TABLE identification_rules (
    channel TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    criteria TEXT NOT NULL
) STRICT""",
}


# --- version 4: format version 2 (texts in several languages, the languages, requests and breaches) -----
# A text column holds the format's JSON object ({"lv": "…", "en": "…"}); the register's languages move from
# register_info to a table of their own, main language at position 0.

V4_FORMAT_2 = """
CREATE TABLE register_languages (
    position INTEGER PRIMARY KEY CHECK (position >= 0),
    language TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO register_languages (position, language) SELECT 0, language FROM register_info;
ALTER TABLE register_info DROP COLUMN language;
ALTER TABLE subject_categories ADD COLUMN audience TEXT NOT NULL DEFAULT 'customers';
ALTER TABLE purposes ADD COLUMN direct_marketing INTEGER NOT NULL DEFAULT 0 CHECK (direct_marketing IN (0, 1));
ALTER TABLE purpose_consents ADD COLUMN scope TEXT NOT NULL DEFAULT '{}';
ALTER TABLE purpose_consents ADD COLUMN on_form INTEGER NOT NULL DEFAULT 1 CHECK (on_form IN (0, 1));
CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    received_on TEXT,
    channel TEXT NOT NULL,
    subject_right TEXT NOT NULL,
    requester_name TEXT NOT NULL,
    requester_contact TEXT NOT NULL,
    identity_check TEXT NOT NULL,
    extended_on TEXT,
    extension_reason TEXT NOT NULL,
    answered_on TEXT,
    outcome TEXT,
    refusal_reason TEXT NOT NULL,
    note TEXT NOT NULL
) STRICT;
CREATE TABLE breaches (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    aware_at TEXT,
    processor_told_us_at TEXT,
    description TEXT NOT NULL,
    approx_subjects INTEGER,
    approx_records INTEGER,
    consequences TEXT NOT NULL,
    measures TEXT NOT NULL,
    risk TEXT,
    authority_notified_at TEXT,
    delay_reason TEXT NOT NULL,
    subjects_informed_at TEXT,
    decision_note TEXT NOT NULL
) STRICT;
CREATE TABLE breach_subject_categories (
    breach_id TEXT NOT NULL REFERENCES breaches(id) ON DELETE CASCADE ON UPDATE CASCADE,
    subject_category_id TEXT NOT NULL REFERENCES subject_categories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (breach_id, subject_category_id)
) STRICT;
CREATE TABLE breach_data_categories (
    breach_id TEXT NOT NULL REFERENCES breaches(id) ON DELETE CASCADE ON UPDATE CASCADE,
    data_category_id TEXT NOT NULL REFERENCES data_categories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (breach_id, data_category_id)
) STRICT;
CREATE INDEX breach_subject_categories_by_category ON breach_subject_categories(subject_category_id);
CREATE INDEX breach_data_categories_by_category ON breach_data_categories(data_category_id)
"""

# Every text column of schema versions 1-3 (format version 1: one string), as (table, column, the list or part
# of the register it belongs to, its field in the format): version 4 holds each as a JSON object of texts.
V4_TEXT_COLUMNS = (
    ("organisation", "processing_locations", "organisation", "processing_locations"),
    ("organisation", "contact_role", "organisation", "contact_person.role"),
    ("document_settings", "approved_by", "document_settings", "approved_by"),
    ("subject_categories", "name", "subject_categories", "name"),
    ("subject_categories", "description", "subject_categories", "description"),
    ("subject_categories", "groups_note", "subject_categories", "groups_note"),
    ("data_categories", "name", "data_categories", "name"),
    ("data_categories", "description", "data_categories", "description"),
    ("recipients", "name", "recipients", "name"),
    ("recipients", "service", "recipients", "service"),
    ("recipient_agreements", "note", "recipients", "agreement.note"),
    ("recipient_transfers", "note", "recipients", "transfer.note"),
    ("purposes", "name", "purposes", "name"),
    ("purposes", "description", "purposes", "description"),
    ("purposes", "legitimate_interest", "purposes", "legitimate_interest"),
    ("purposes", "collection_method", "purposes", "collection_method"),
    ("purposes", "requirement_consequence", "purposes", "requirement.consequence"),
    ("purposes", "automated_decisions", "purposes", "automated_decisions"),
    ("purposes", "special_condition", "purposes", "special_condition"),
    ("purposes", "dpia_note", "purposes", "dpia.note"),
    ("purpose_legal_bases", "note", "purposes", "legal_bases.note"),
    ("purpose_consents", "method", "purposes", "consent.method"),
    ("purpose_consents", "withdrawal", "purposes", "consent.withdrawal"),
    ("purpose_sources", "note", "purposes", "sources.note"),
    ("retention_rules", "until_event", "retention_rules", "until_event"),
    ("retention_rules", "legal_reference", "retention_rules", "legal_reference"),
    ("security_measures", "name", "security_measures", "name"),
    ("security_measures", "description", "security_measures", "description"),
    ("identification_rules", "criteria", "identification_rules", "criteria"),
)
