"""The schema objects of a register file of the current schema version, frozen as SQLite stores them
(without sqlite-utils' bookkeeping, ``schema.BOOKKEEPING_OBJECTS``).

Opening a file compares its schema with these (``schema.expected_objects``) instead of building the schema
from every migration at each start.  ``tests/test_schema_objects.py`` builds them again and compares; after
adding a migration, write ``schema.snapshot_source()`` to this file.
"""

# ruff: noqa: E501

VERSION = 4

# one object a line: its type, its name and (if it has one) its SQL
OBJECTS = """
index breach_data_categories_by_category CREATE INDEX breach_data_categories_by_category ON breach_data_categories(data_category_id)
index breach_subject_categories_by_category CREATE INDEX breach_subject_categories_by_category ON breach_subject_categories(subject_category_id)
index purpose_data_categories_by_category CREATE INDEX purpose_data_categories_by_category ON purpose_data_categories(data_category_id)
index purpose_recipients_by_recipient CREATE INDEX purpose_recipients_by_recipient ON purpose_recipients(recipient_id)
index purpose_subject_categories_by_category CREATE INDEX purpose_subject_categories_by_category ON purpose_subject_categories(subject_category_id)
index retention_rule_data_categories_by_category CREATE INDEX retention_rule_data_categories_by_category ON retention_rule_data_categories(data_category_id)
index retention_rule_purposes_by_purpose CREATE INDEX retention_rule_purposes_by_purpose ON retention_rule_purposes(purpose_id)
index sqlite_autoindex_breach_data_categories_1
index sqlite_autoindex_breach_subject_categories_1
index sqlite_autoindex_breaches_1
index sqlite_autoindex_data_categories_1
index sqlite_autoindex_identification_rules_1
index sqlite_autoindex_purpose_consents_1
index sqlite_autoindex_purpose_data_categories_1
index sqlite_autoindex_purpose_legal_bases_1
index sqlite_autoindex_purpose_recipients_1
index sqlite_autoindex_purpose_sources_1
index sqlite_autoindex_purpose_subject_categories_1
index sqlite_autoindex_purposes_1
index sqlite_autoindex_recipient_agreements_1
index sqlite_autoindex_recipient_transfers_1
index sqlite_autoindex_recipients_1
index sqlite_autoindex_register_languages_1
index sqlite_autoindex_requests_1
index sqlite_autoindex_retention_rule_data_categories_1
index sqlite_autoindex_retention_rule_purposes_1
index sqlite_autoindex_retention_rules_1
index sqlite_autoindex_security_measures_1
index sqlite_autoindex_subject_categories_1
table breach_data_categories CREATE TABLE breach_data_categories ( breach_id TEXT NOT NULL REFERENCES breaches(id) ON DELETE CASCADE ON UPDATE CASCADE, data_category_id TEXT NOT NULL REFERENCES data_categories(id) ON DELETE CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, PRIMARY KEY (breach_id, data_category_id) ) STRICT
table breach_subject_categories CREATE TABLE breach_subject_categories ( breach_id TEXT NOT NULL REFERENCES breaches(id) ON DELETE CASCADE ON UPDATE CASCADE, subject_category_id TEXT NOT NULL REFERENCES subject_categories(id) ON DELETE CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, PRIMARY KEY (breach_id, subject_category_id) ) STRICT
table breaches CREATE TABLE breaches ( id TEXT PRIMARY KEY, position INTEGER NOT NULL, aware_at TEXT, processor_told_us_at TEXT, description TEXT NOT NULL, approx_subjects INTEGER, approx_records INTEGER, consequences TEXT NOT NULL, measures TEXT NOT NULL, risk TEXT, authority_notified_at TEXT, delay_reason TEXT NOT NULL, subjects_informed_at TEXT, decision_note TEXT NOT NULL ) STRICT
table change_log CREATE TABLE change_log ( id INTEGER PRIMARY KEY AUTOINCREMENT, changed_at TEXT NOT NULL, user_name TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL, summary TEXT NOT NULL ) STRICT
table data_categories CREATE TABLE data_categories ( id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL, sensitivity TEXT NOT NULL ) STRICT
table document_settings CREATE TABLE document_settings ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), version TEXT NOT NULL, approved_by TEXT NOT NULL, approved_on TEXT, effective_from TEXT ) STRICT
table identification_rules CREATE TABLE identification_rules ( channel TEXT PRIMARY KEY, position INTEGER NOT NULL, criteria TEXT NOT NULL ) STRICT
table organisation CREATE TABLE organisation ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), name TEXT NOT NULL, registration_number TEXT NOT NULL, address TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL, website TEXT NOT NULL, processing_locations TEXT NOT NULL, contact_name TEXT NOT NULL, contact_role TEXT NOT NULL, contact_email TEXT NOT NULL, contact_phone TEXT NOT NULL ) STRICT
table organisation_dpo CREATE TABLE organisation_dpo ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), name TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL ) STRICT
table organisation_representative CREATE TABLE organisation_representative ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), name TEXT NOT NULL, address TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL ) STRICT
table purpose_consents CREATE TABLE purpose_consents ( purpose_id TEXT PRIMARY KEY REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE, method TEXT NOT NULL, withdrawal TEXT NOT NULL , scope TEXT NOT NULL DEFAULT '{}', on_form INTEGER NOT NULL DEFAULT 1 CHECK (on_form IN (0, 1))) STRICT
table purpose_data_categories CREATE TABLE purpose_data_categories ( purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE, data_category_id TEXT NOT NULL REFERENCES data_categories(id) ON DELETE CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, PRIMARY KEY (purpose_id, data_category_id) ) STRICT
table purpose_legal_bases CREATE TABLE purpose_legal_bases ( purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, basis TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (purpose_id, basis) ) STRICT
table purpose_recipients CREATE TABLE purpose_recipients ( purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE, recipient_id TEXT NOT NULL REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, PRIMARY KEY (purpose_id, recipient_id) ) STRICT
table purpose_sources CREATE TABLE purpose_sources ( purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, kind TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (purpose_id, position) ) STRICT
table purpose_subject_categories CREATE TABLE purpose_subject_categories ( purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE, subject_category_id TEXT NOT NULL REFERENCES subject_categories(id) ON DELETE CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, PRIMARY KEY (purpose_id, subject_category_id) ) STRICT
table purposes CREATE TABLE purposes ( id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL, legitimate_interest TEXT NOT NULL, collection_method TEXT NOT NULL, requirement_kind TEXT, requirement_consequence TEXT NOT NULL, automated_decisions TEXT NOT NULL, special_condition TEXT NOT NULL, dpia_required INTEGER CHECK (dpia_required IS NULL OR dpia_required IN (0, 1)), dpia_note TEXT NOT NULL , direct_marketing INTEGER NOT NULL DEFAULT 0 CHECK (direct_marketing IN (0, 1))) STRICT
table recipient_agreements CREATE TABLE recipient_agreements ( recipient_id TEXT PRIMARY KEY REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE, kind TEXT NOT NULL, signed_on TEXT, review_on TEXT, note TEXT NOT NULL ) STRICT
table recipient_transfers CREATE TABLE recipient_transfers ( recipient_id TEXT PRIMARY KEY REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE, country TEXT NOT NULL, safeguard TEXT NOT NULL, note TEXT NOT NULL ) STRICT
table recipients CREATE TABLE recipients ( id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, registration_number TEXT NOT NULL, country TEXT NOT NULL, role TEXT NOT NULL, service TEXT NOT NULL ) STRICT
table register_info CREATE TABLE register_info ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), created_at TEXT NOT NULL, created_by_app TEXT NOT NULL ) STRICT
table register_languages CREATE TABLE register_languages ( position INTEGER PRIMARY KEY CHECK (position >= 0), language TEXT NOT NULL UNIQUE ) STRICT
table requests CREATE TABLE requests ( id TEXT PRIMARY KEY, position INTEGER NOT NULL, received_on TEXT, channel TEXT NOT NULL, subject_right TEXT NOT NULL, requester_name TEXT NOT NULL, requester_contact TEXT NOT NULL, identity_check TEXT NOT NULL, extended_on TEXT, extension_reason TEXT NOT NULL, answered_on TEXT, outcome TEXT, refusal_reason TEXT NOT NULL, note TEXT NOT NULL ) STRICT
table retention_rule_data_categories CREATE TABLE retention_rule_data_categories ( retention_rule_id TEXT NOT NULL REFERENCES retention_rules(id) ON DELETE CASCADE ON UPDATE CASCADE, data_category_id TEXT NOT NULL REFERENCES data_categories(id) ON DELETE CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, PRIMARY KEY (retention_rule_id, data_category_id) ) STRICT
table retention_rule_purposes CREATE TABLE retention_rule_purposes ( retention_rule_id TEXT NOT NULL REFERENCES retention_rules(id) ON DELETE CASCADE ON UPDATE CASCADE, purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, PRIMARY KEY (retention_rule_id, purpose_id) ) STRICT
table retention_rules CREATE TABLE retention_rules ( id TEXT PRIMARY KEY, position INTEGER NOT NULL, period_unit TEXT, period_value INTEGER CHECK ((period_unit IS NULL) = (period_value IS NULL) AND (period_value IS NULL OR period_value > 0)), until_event TEXT NOT NULL, legal_reference TEXT NOT NULL, then_action TEXT NOT NULL ) STRICT
table security_measures CREATE TABLE security_measures ( id TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL ) STRICT
table sqlite_sequence CREATE TABLE sqlite_sequence(name,seq)
table subject_categories CREATE TABLE subject_categories ( id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL, groups_note TEXT NOT NULL , audience TEXT NOT NULL DEFAULT 'customers') STRICT
"""
