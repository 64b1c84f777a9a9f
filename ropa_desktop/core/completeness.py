"""The completeness check against GDPR Art. 30(1) and Art. 13, and the report ``ropa-desktop check`` prints.

``check(register, today=None)`` lists every finding: what the law requires and the
register lacks (severity ``missing``) and what good practice suggests (``advice``).
Each finding names the article it comes from, the GUI step (1..11) where it is put
right, and where it is: ``entity`` (a list name, ``"organisation"`` or
``"document_settings"``), ``entity_id`` and ``field`` (the model field, dotted for
nested ones; in a list the part after the list name picks the item by its first
field, e.g. ``legal_bases.legal_obligation.note``).  The wording of findings is in
``i18n/<lang>/findings.toml``, the step names in ``i18n/<lang>/steps.toml``.

Nothing required is ever reported complete when it is empty: an empty register
gives a finding for every list and field the law requires.

A text that is filled in but lacks one of the register's languages gives an
``advice`` finding ``text_not_translated`` per field and language (``params["language_code"]``
is the code): the documents in that language still print the main language's text,
so nothing the law requires is missing, but the reader may not understand it.

Retention must say something: a rule that only says "as long as necessary" (no period, no event, no
criterion, no law) is ``missing``; a purpose that keeps accounting records (a legal-obligation basis citing
the accounting law, or one of the catalogue's accounting purposes) must have a rule of at least the
catalogue's accounting minimum (five years, Grāmatvedības likums, 28. pants); two rules that give the same
purpose and data category different periods from the same starting point are ``advice``.  The DPIA screening
(Art. 35) must be answered where a purpose uses special or criminal data, monitors people systematically
(video surveillance), profiles or decides automatically, or uses many people's national identity numbers;
elsewhere an unanswered screening is ``advice``.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any

from ropa_desktop.core import labels, languages, logs, texts
from ropa_desktop.core.errors import Problem
from ropa_desktop.core.model import LIST_KINDS, Register, Text, name_key
from ropa_desktop.core.steps import (  # the steps findings belong to (names kept here for this module's callers)
    COMPLETE,
    EMPTY,
    INCOMPLETE,
    STEP_COMPANY,
    STEP_DATA,
    STEP_DOCUMENTS,
    STEP_PURPOSES,
    STEP_RECIPIENTS,
    STEP_REQUESTS,
    STEP_RETENTION,
    STEP_REVIEW,
    STEP_SECURITY,
    STEP_SOURCES,
    STEP_SUBJECTS,
    STEPS,
    step_name,
)

MISSING, ADVICE = "missing", "advice"
SEVERITIES = (MISSING, ADVICE)

# Finding parameters that are enum values, printed as words of the language.
_LABELLED_PARAMS = {"channel": "channel", "source": "source_kind", "country": "country"}

# Roles of a named organisation (as opposed to a category of recipients or an authority).
_NAMED_ROLES = ("processor", "controller", "joint_controller")


@dataclass(frozen=True)
class Finding:
    """One thing the register lacks; ``code`` names its wording in findings.toml."""

    code: str
    severity: str
    article: str
    step: int
    entity: str
    entity_id: str = ""
    field: str = ""
    params: dict[str, Any] = _field(default_factory=dict, compare=False, hash=False)

    @property
    def where(self) -> tuple[str, str, str]:
        return (self.entity, self.entity_id, self.field)

    def message(self, lang: str) -> str:
        """What is missing, in ``lang``."""
        return texts.text(lang, f"findings.{self.code}.message", **self._params(lang))

    def action(self, lang: str) -> str:
        """What to do about it, in ``lang``."""
        return texts.text(lang, f"findings.{self.code}.action", **self._params(lang))

    def _params(self, lang: str) -> dict[str, Any]:
        out = {k: v[lang] if isinstance(v, dict) else v for k, v in self.params.items()}
        for key, group in _LABELLED_PARAMS.items():
            if key in out:
                out[key] = labels.label(lang, group, out[key])
        if isinstance(out.get("date"), str):  # an ISO date, written as the language writes dates
            day = _date(out["date"])
            out["date"] = labels.date(lang, day) if day is not None else out["date"]
        return out

    def article_text(self, lang: str) -> str:
        return article_text(self.article, lang)


def article_text(article: str, lang: str) -> str:
    """ "30(1)(a)" as the Regulation is cited in ``lang``: "VDAR 30. panta 1. punkta a) apakšpunkts"."""
    parts = article.replace(")", "").split("(")
    keys = ("article", "paragraph", "point")
    params = dict(zip(keys, parts, strict=False))
    return texts.text(lang, f"findings.article.{keys[len(parts) - 1]}", **params)


def _blank(value: Any) -> bool:
    """Nothing a reader would see: nothing at all, spaces, or only invisible characters (a zero-width space)."""
    if isinstance(value, Text):
        return not any(_visible(text) for text in value.values())
    return value is None or (isinstance(value, str) and not _visible(value))


def _visible(text: str) -> bool:
    return any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text)


# Where each list's texts are put right; purposes' sources are on their own step.
_TEXT_STEPS = {
    "organisation": STEP_COMPANY,
    "subject_categories": STEP_SUBJECTS,
    "purposes": STEP_PURPOSES,
    "data_categories": STEP_DATA,
    "recipients": STEP_RECIPIENTS,
    "retention_rules": STEP_RETENTION,
    "security_measures": STEP_SECURITY,
    "identification_rules": STEP_REQUESTS,
    "document_settings": STEP_DOCUMENTS,
}
_SOURCE_FIELDS = ("sources", "collection_method")
_QUOTE_LENGTH = 60

# A legal-obligation note that cites the accounting law (in any language of the register).
_ACCOUNTING_LAW = re.compile(r"grāmatved|accounting|бухгалтер|raamatup|buhalter", re.IGNORECASE)
# Retention wording that names no period, no event and no criterion ("as long as necessary"): the phrases, and
# the words that may stand around them without saying anything more.
_VAGUE_RETENTION = re.compile(
    r"(?:for )?as long as (?:it is |is |they are )?(?:necessary|needed|required)"
    r"|for the (?:necessary|required) (?:period|time)|until the purpose (?:of processing )?is (?:achieved|fulfilled)"
    r"|(?:tik ilgi, )?(?:cik ilgi|cik|kamēr) (?:tas ir |tie ir )?(?:nepieciešams|nepieciešami|vajadzīgs|vajadzīgi)"
    r"|nepieciešamo (?:laiku|laikposmu|termiņu)|līdz (?:apstrādes )?(?:nolūka|mērķa) (?:sasniegšanai|izpildei)"
    r"|(?:столько, )?сколько (?:это )?(?:необходимо|нужно)|пока (?:это )?(?:необходимо|нужно)"
    r"|до достижения цели|nii kaua,? kui (?:see on )?(?:vajalik|vaja)|kuni eesmärgi saavutamiseni"
    r"|tiek,? kiek (?:yra )?(?:būtina|reikia|reikalinga)|kol (?:yra )?(?:būtina|reikia)|kol bus pasiektas tikslas",
    re.IGNORECASE,
)
_FILLER_WORDS = frozenset(
    "the data personal is are will be kept stored retained processed for of to we keep store it them they purpose "
    "purposes processing which were was collected and or period time as long until in our this that these "
    "dati datus datu personas tiek tiks glabāti glabā glabājam glabāsim apstrādāti apstrādā tik ilgi tas tie ir "
    "apstrādes nolūka nolūkam nolūku nolūkiem mērķa mērķim mērķu sasniegšanai lai sasniegtu un vai kādam kādiem "
    "ievākti laiku laikposmu periodu uz līdz kamēr cik "
    "данные персональные хранятся храним будут обрабатываются для целей цели обработки и или в течение времени "
    "andmeid andmed isikuandmeid säilitatakse säilitame töötlemise eesmärgil eesmärgi ja või aega "
    "duomenys asmens saugomi saugome tvarkomi tvarkymo tikslais tikslu ir arba laiką".split()
)
# Systematic monitoring: the catalogue's video surveillance, or a purpose or data category named so.
# the article behind a log rule, by the field it is about (else Art. 12(3) for a request, 33(5) for a breach)
_LOG_ARTICLES = {"refusal_reason": "12(4)", "delay_reason": "33(1)", "subjects_informed_at": "34"}
_MONITORING_IDS = frozenset({"video-surveillance", "video-images"})
_MONITORING = re.compile(
    r"video|cctv|surveillance|videonovēro|novērošanas kamer|видеонаблюд|videovalve|vaizdo stebėj", re.IGNORECASE
)
# Audiences that usually mean many people (customers, visitors), as opposed to a small company's staff.
_MANY_PEOPLE = ("customers", "other")
# Five years, the accounting law's minimum for source documents, unless the catalogue's rule says otherwise.
_ACCOUNTING_MINIMUM_MONTHS = 60.0


def _texts_of(obj: Any, path: str = "") -> list[tuple[str, Text]]:
    """(dotted field, text) of every text in ``obj``; in a list the item is named by its first field."""
    out: list[tuple[str, Text]] = []
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        sub = f"{path}.{f.name}" if path else f.name
        if isinstance(value, Text):
            out.append((sub, value))
        elif dataclasses.is_dataclass(value):
            out.extend(_texts_of(value, sub))
        elif isinstance(value, list):
            for item in value:
                if dataclasses.is_dataclass(item):
                    key = getattr(item, dataclasses.fields(item)[0].name)
                    out.extend(_texts_of(item, f"{sub}.{key}"))
    return out


@functools.cache
def _message_languages() -> tuple[str, ...]:
    """The languages findings can be said in: those whose wording (``i18n/<lang>/findings.toml``) is there."""
    return tuple(lang for lang in languages.CODES if texts.has(lang, "findings.report.complete"))


def _quote(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= _QUOTE_LENGTH else value[: _QUOTE_LENGTH - 1].rstrip() + "…"


def says_nothing(text: Text) -> bool:
    """True when a retention text only says "as long as necessary": no period, no event, no criterion."""
    if not text:
        return False
    for value in text.values():
        rest, found = _VAGUE_RETENTION.subn(" ", value.lower())
        if not found or any(w not in _FILLER_WORDS for w in re.findall(r"\w+", rest)):
            return False
    return True


def _months(period: Any) -> float:
    return {"years": 12.0, "months": 1.0, "days": 12 / 365}[period.unit] * period.value


@functools.cache
def _accounting_catalogue() -> tuple[frozenset[str], float]:
    """The catalogue's accounting purposes, and the minimum its accounting rule gives (in months)."""
    from ropa_desktop.core import catalogue  # read on the first check that needs it, not when this is imported

    cat = catalogue.load()
    minimum = cat.accounting_minimum()
    return cat.accounting_purposes(), _months(minimum) if minimum is not None else _ACCOUNTING_MINIMUM_MONTHS


def _term(rule: Any) -> tuple[Any, tuple[tuple[str, str], ...]]:
    period = (rule.period.unit, rule.period.value) if rule.period is not None else None
    return period, tuple(sorted((k, " ".join(v.lower().split())) for k, v in rule.until_event.items()))


def _date(value: Any) -> _dt.date | None:
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


_NAMED_LISTS = {  # the lists whose entries the window and the documents tell apart by name, and their steps
    "subject_categories": STEP_SUBJECTS,
    "purposes": STEP_PURPOSES,
    "data_categories": STEP_DATA,
    "recipients": STEP_RECIPIENTS,
    "security_measures": STEP_SECURITY,
}


class _Checker:
    def __init__(self, register: Register, today: _dt.date):
        self.register = register
        self.today = today
        self.out: list[Finding] = []
        # what the purposes use, gathered in one pass over them (a large register does not fit the CPU's caches)
        self.used_subjects: set[str] = set()
        self.used_data: set[str] = set()
        self.used_recipients: set[str] = set()
        # look-ups by id, built once: the checks per purpose must not scan the other lists
        self.categories = {c.id: c for c in register.data_categories}
        self.many_people = {s.id for s in register.subject_categories if s.audience in _MANY_PEOPLE}
        for p in register.purposes:
            self.used_subjects.update(p.subject_category_ids)
            self.used_data.update(p.data_category_ids)
            self.used_recipients.update(p.recipient_ids)

    @functools.cached_property
    def monitoring_categories(self) -> set[str]:
        """The data categories named as systematic monitoring (video surveillance)."""
        return {c.id for c in self.register.data_categories if any(_MONITORING.search(v) for v in c.name.values())}

    @functools.cached_property
    def national_id_categories(self) -> set[str]:
        return {c.id for c in self.register.data_categories if c.sensitivity == "national_id"}

    def add(
        self,
        code: str,
        severity: str,
        article: str,
        step: int,
        entity: str,
        entity_id: str = "",
        fld: str = "",
        **params: Any,
    ) -> None:
        self.out.append(Finding(code, severity, article, step, entity, entity_id, fld, params))

    def name(self, kind: str, entry: Any) -> dict[str, str]:
        """The entry's name in every language of the messages (the main language's where it lacks one)."""
        if _blank(entry.name):
            return {lang: entry.id for lang in _message_languages()}
        main = self.register.main_language
        return {lang: entry.name.pick(lang, main) for lang in _message_languages()}

    def names(self, kind: str, entries: list[Any]) -> dict[str, str]:
        names = [self.name(kind, x) for x in entries if x is not None]
        return {lang: ", ".join(f"“{n[lang]}”" for n in names) for lang in _message_languages()}

    # --- 1 Company ---------------------------------------------------------------

    def organisation(self) -> None:
        o = self.register.organisation
        org = "organisation"
        if _blank(o.name):
            self.add("org_name", MISSING, "30(1)(a)", STEP_COMPANY, org, "", "name")
        if _blank(o.registration_number):
            self.add("org_registration_number", MISSING, "13(1)(a)", STEP_COMPANY, org, "", "registration_number")
        if _blank(o.address):
            self.add("org_address", MISSING, "30(1)(a)", STEP_COMPANY, org, "", "address")
        if _blank(o.email):
            self.add("org_email", MISSING, "30(1)(a)", STEP_COMPANY, org, "", "email")
        if _blank(o.phone):
            self.add("org_phone", ADVICE, "13(1)(a)", STEP_COMPANY, org, "", "phone")
        if _blank(o.processing_locations):
            self.add("processing_locations", ADVICE, "30(1)(e)", STEP_COMPANY, org, "", "processing_locations")
        cp = o.contact_person
        if _blank(cp.name):
            self.add("contact_person_name", MISSING, "30(1)(a)", STEP_COMPANY, org, "", "contact_person.name")
        if _blank(cp.email) and _blank(cp.phone):
            self.add("contact_person_contacts", MISSING, "30(1)(a)", STEP_COMPANY, org, "", "contact_person.email")
        if o.dpo is not None:
            if _blank(o.dpo.name):
                self.add("dpo_name", MISSING, "30(1)(a)", STEP_COMPANY, org, "", "dpo.name")
            if _blank(o.dpo.email) and _blank(o.dpo.phone):
                self.add("dpo_contacts", MISSING, "13(1)(b)", STEP_COMPANY, org, "", "dpo.email")
        if o.representative is not None:
            if _blank(o.representative.name):
                self.add("representative_name", MISSING, "30(1)(a)", STEP_COMPANY, org, "", "representative.name")
            if _blank(o.representative.address) and _blank(o.representative.email):
                self.add(
                    "representative_contacts", MISSING, "30(1)(a)", STEP_COMPANY, org, "", "representative.address"
                )

    # --- 2 Data subjects -----------------------------------------------------------

    def subject_categories(self) -> None:
        kind = "subject_categories"
        items = self.register.subject_categories
        if not items:
            self.add("no_subject_categories", MISSING, "30(1)(c)", STEP_SUBJECTS, kind)
        used = self.used_subjects
        for s in items:
            if _blank(s.name):
                self.add("subject_name", MISSING, "30(1)(c)", STEP_SUBJECTS, kind, s.id, "name", id=s.id)
            if _blank(s.description):
                self.add(
                    "subject_description",
                    ADVICE,
                    "30(1)(c)",
                    STEP_SUBJECTS,
                    kind,
                    s.id,
                    "description",
                    name=self.name(kind, s),
                )
            if s.id not in used:
                self.add("subject_unused", ADVICE, "30(1)(c)", STEP_SUBJECTS, kind, s.id, "", name=self.name(kind, s))

    # --- 3 Purposes and legal bases (and 5 Sources, 7 Retention per purpose) -------

    def purposes(self) -> None:
        kind = "purposes"
        if not self.register.purposes:
            self.add("no_purposes", MISSING, "30(1)(b)", STEP_PURPOSES, kind)
        categories = self.categories
        # the few special and criminal categories, so that a purpose's ids are looked up in a small set
        special_ids = {c.id for c in self.register.data_categories if c.sensitivity == "special"}
        criminal_ids = {c.id for c in self.register.data_categories if c.sensitivity == "criminal"}
        accounting_purposes, accounting_minimum = _accounting_catalogue()
        rules_by_purpose: dict[str, list[Any]] = {}
        for rule in self.register.retention_rules:
            for purpose_id in dict.fromkeys(rule.purpose_ids):
                rules_by_purpose.setdefault(purpose_id, []).append(rule)
        for p in self.register.purposes:
            add = self._adder(kind, p)
            if _blank(p.name):
                add("purpose_name", MISSING, "30(1)(b)", STEP_PURPOSES, "name")
            if _blank(p.description):
                add("purpose_description", ADVICE, "13(1)(c)", STEP_PURPOSES, "description")
            bases = p.bases()
            if not bases:
                add("purpose_no_legal_basis", MISSING, "13(1)(c)", STEP_PURPOSES, "legal_bases")
            for b in p.legal_bases:
                if b.basis == "legal_obligation" and _blank(b.note):
                    add("legal_obligation_no_law", ADVICE, "6(3)", STEP_PURPOSES, "legal_bases.legal_obligation.note")
            if "consent" in bases:
                if p.consent is None or _blank(p.consent.method):
                    add("consent_method", MISSING, "7(1)", STEP_PURPOSES, "consent.method")
                if p.consent is None or _blank(p.consent.withdrawal):
                    add("consent_withdrawal", MISSING, "7(3)", STEP_PURPOSES, "consent.withdrawal")
            if "legitimate_interests" in bases and _blank(p.legitimate_interest):
                add("legitimate_interest", MISSING, "13(1)(d)", STEP_PURPOSES, "legitimate_interest")
            if not p.subject_category_ids:
                add("purpose_no_subjects", MISSING, "30(1)(c)", STEP_PURPOSES, "subject_category_ids")
            if not p.data_category_ids:
                add("purpose_no_data", MISSING, "30(1)(c)", STEP_PURPOSES, "data_category_ids")
            special = [categories[i] for i in p.data_category_ids if i in special_ids]
            criminal = [categories[i] for i in p.data_category_ids if i in criminal_ids]
            if (special or criminal) and _blank(p.special_condition):
                add(
                    "special_condition",
                    MISSING,
                    "9(2)" if special else "10",
                    STEP_PURPOSES,
                    "special_condition",
                    categories=self.names("data_categories", special + criminal),
                )
            if p.requirement.kind is None:
                add("requirement_kind", MISSING, "13(2)(e)", STEP_PURPOSES, "requirement.kind")
            if _blank(p.requirement.consequence):
                add("requirement_consequence", MISSING, "13(2)(e)", STEP_PURPOSES, "requirement.consequence")
            if "consent" in bases and "legitimate_interests" in bases:
                add("consent_and_legitimate_interests", ADVICE, "6(1)", STEP_PURPOSES, "legal_bases")
            if p.dpia.required is None:
                reason = self._dpia_reason(p, special, criminal)
                if reason:
                    why = {
                        lang: texts.text(lang, f"findings.dpia_not_assessed.reason_{reason}")
                        for lang in _message_languages()
                    }
                    add("dpia_not_assessed", MISSING, "35(1)", STEP_PURPOSES, "dpia.required", reason=why)
                else:
                    add("dpia_screening_open", ADVICE, "35(1)", STEP_PURPOSES, "dpia.required")
            elif p.dpia.required and _blank(p.dpia.note):
                add("dpia_note", ADVICE, "35(7)", STEP_PURPOSES, "dpia.note")
            # 5 Sources
            if not p.sources:
                add("purpose_no_sources", ADVICE, "14(2)(f)", STEP_SOURCES, "sources")
            for s in p.sources:
                if s.kind != "data_subject" and _blank(s.note):
                    add("source_no_note", ADVICE, "14(2)(f)", STEP_SOURCES, f"sources.{s.kind}.note", source=s.kind)
            if _blank(p.collection_method):
                add("collection_method", ADVICE, "5(2)", STEP_SOURCES, "collection_method")
            # 7 Retention
            rules = rules_by_purpose.get(p.id, [])
            if not rules:
                add("purpose_no_retention", MISSING, "30(1)(f)", STEP_RETENTION, "")
            elif all(r.data_category_ids for r in rules):
                covered = {i for r in rules for i in r.data_category_ids}
                uncovered = [categories.get(i) for i in p.data_category_ids if i not in covered]
                if uncovered:
                    add(
                        "purpose_retention_partial",
                        ADVICE,
                        "30(1)(f)",
                        STEP_RETENTION,
                        "data_category_ids",
                        categories=self.names("data_categories", uncovered),
                    )
            if rules and self._keeps_accounting_records(p, accounting_purposes):
                months = [_months(r.period) for r in rules if r.period is not None]
                if not any(n >= accounting_minimum for n in months):
                    # only periods, all shorter: too short; an event alone may or may not reach the minimum
                    short = bool(months) and all(r.period is not None for r in rules)
                    add(
                        "accounting_retention_short" if short else "accounting_retention_unclear",
                        MISSING if short else ADVICE,
                        "30(1)(f)",
                        STEP_RETENTION,
                        "",
                    )

    def _dpia_reason(self, p: Any, special: list[Any], criminal: list[Any]) -> str:
        """Why the purpose's DPIA screening must be answered (Art. 35(3), the DVI's list), or "" when it need not."""
        if special or criminal:
            return "special"
        # the purpose's categories are compared with the few that monitor or hold national identity numbers,
        # found once for the whole register (a scan of all categories per purpose was quadratic)
        own = set(p.data_category_ids)
        if (
            p.id in _MONITORING_IDS
            or own & _MONITORING_IDS
            or own & self.monitoring_categories
            or any(_MONITORING.search(v) for v in p.name.values())
        ):
            return "monitoring"
        if not _blank(p.automated_decisions):
            return "profiling"
        if own & self.national_id_categories and self.many_people & set(p.subject_category_ids):
            return "national_id"
        return ""

    @staticmethod
    def _keeps_accounting_records(p: Any, accounting_purposes: frozenset[str]) -> bool:
        return p.id in accounting_purposes or any(
            b.basis == "legal_obligation" and any(_ACCOUNTING_LAW.search(v) for v in b.note.values())
            for b in p.legal_bases
        )

    def _adder(self, kind: str, entry: Any):
        """``add(...)`` for findings about ``entry``; its name is looked up once, with its first finding."""
        name: dict[str, str] = {}

        def add(code: str, severity: str, article: str, step: int, fld: str, **params: Any) -> None:
            if not name:
                name.update(self.name(kind, entry))
            self.add(code, severity, article, step, kind, entry.id, fld, name=name, **params)

        return add

    # --- 4 Data categories ---------------------------------------------------------

    def data_categories(self) -> None:
        kind = "data_categories"
        if not self.register.data_categories:
            self.add("no_data_categories", MISSING, "30(1)(c)", STEP_DATA, kind)
        used = self.used_data
        for c in self.register.data_categories:
            name = self.name(kind, c)
            if _blank(c.name):
                self.add("data_name", MISSING, "30(1)(c)", STEP_DATA, kind, c.id, "name", name=name)
            if c.sensitivity == "national_id" and _blank(c.description):
                self.add("national_id_reason", MISSING, "87", STEP_DATA, kind, c.id, "description", name=name)
            if c.id not in used:
                self.add("data_unused", ADVICE, "5(1)(c)", STEP_DATA, kind, c.id, "", name=name)

    # --- 6 Processors and recipients ----------------------------------------------

    def recipients(self) -> None:
        kind = "recipients"
        used = self.used_recipients
        for x in self.register.recipients:
            add = self._adder(kind, x)
            if _blank(x.name):
                add("recipient_name", MISSING, "30(1)(d)", STEP_RECIPIENTS, "name")
            if _blank(x.country):
                add("recipient_country", MISSING, "30(1)(e)", STEP_RECIPIENTS, "country")
            if x.role in _NAMED_ROLES and _blank(x.registration_number):
                add("recipient_registration_number", ADVICE, "30(1)(d)", STEP_RECIPIENTS, "registration_number")
            if _blank(x.service):
                add("recipient_service", ADVICE, "30(1)(d)", STEP_RECIPIENTS, "service")
            if x.role in ("processor", "joint_controller"):
                article = "28(3)" if x.role == "processor" else "26(1)"
                if x.agreement is None:
                    code = "processor_no_agreement" if x.role == "processor" else "joint_controller_no_arrangement"
                    add(code, MISSING, article, STEP_RECIPIENTS, "agreement")
                else:
                    if x.agreement.signed_on is None:
                        add("agreement_not_dated", MISSING, article, STEP_RECIPIENTS, "agreement.signed_on")
                    review = _date(x.agreement.review_on)
                    if review is not None and review < self.today:
                        add(
                            "agreement_review_overdue",
                            ADVICE,
                            article,
                            STEP_RECIPIENTS,
                            "agreement.review_on",
                            date=x.agreement.review_on,
                        )
            outside = bool(x.country) and not labels.in_eu_eea(x.country)
            if x.transfer is None and outside:
                add("transfer_no_safeguard", MISSING, "30(1)(e)", STEP_RECIPIENTS, "transfer", country=x.country)
            if x.transfer is not None and x.transfer.safeguard in ("derogation", "other") and _blank(x.transfer.note):
                article = "49(1)" if x.transfer.safeguard == "derogation" else "46(1)"
                add(
                    "transfer_safeguard_note",
                    MISSING,
                    article,
                    STEP_RECIPIENTS,
                    "transfer.note",
                    country=x.transfer.country,
                )
            if x.id not in used:
                add("recipient_unused", ADVICE, "30(1)(d)", STEP_RECIPIENTS, "")

    # --- 7 Retention ----------------------------------------------------------------

    def retention_rules(self) -> None:
        kind = "retention_rules"
        if not self.register.retention_rules:
            self.add("no_retention_rules", MISSING, "30(1)(f)", STEP_RETENTION, kind)
        for i, rule in enumerate(self.register.retention_rules, start=1):
            if rule.period is None and _blank(rule.until_event):
                self.add("retention_no_term", MISSING, "30(1)(f)", STEP_RETENTION, kind, rule.id, "period", number=i)
            if not rule.purpose_ids:
                self.add(
                    "retention_no_purpose", ADVICE, "30(1)(f)", STEP_RETENTION, kind, rule.id, "purpose_ids", number=i
                )
            if rule.period is None and _blank(rule.legal_reference) and says_nothing(rule.until_event):
                self.add(
                    "retention_says_nothing",
                    MISSING,
                    "13(2)(a)",
                    STEP_RETENTION,
                    kind,
                    rule.id,
                    "until_event",
                    number=i,
                    text=_quote(rule.until_event.pick(self.register.main_language, self.register.main_language)),
                )
        self.conflicting_terms()

    def conflicting_terms(self) -> None:
        """Two rules that give different periods, counted from the same point, to the same purpose and category."""
        kind = "retention_rules"
        numbers = {id(r): i for i, r in enumerate(self.register.retention_rules, start=1)}
        purposes = {p.id: p for p in self.register.purposes}
        by_purpose: dict[str, list[Any]] = {}
        for rule in self.register.retention_rules:
            if rule.period is not None:
                for purpose_id in dict.fromkeys(rule.purpose_ids):
                    by_purpose.setdefault(purpose_id, []).append(rule)
        reported: set[tuple[int, int]] = set()
        # categories are named in the register's order
        order = {c.id: i for i, c in enumerate(self.register.data_categories)}
        for purpose_id, rules in by_purpose.items():
            if len({_term(r) for r in rules}) < 2:
                continue
            purpose = purposes.get(purpose_id)
            own = set(purpose.data_category_ids) if purpose is not None else set()
            for a_index, a in enumerate(rules):
                for b in rules[a_index + 1 :]:
                    pair = (numbers[id(a)], numbers[id(b)])
                    ta, tb = _term(a), _term(b)
                    if pair in reported or ta[0] == tb[0] or ta[1] != tb[1]:
                        continue
                    shared = (set(a.data_category_ids) or own) & (set(b.data_category_ids) or own)
                    if not shared and (a.data_category_ids or b.data_category_ids or own):
                        continue
                    reported.add(pair)
                    categories = [self.categories[i] for i in sorted(shared & order.keys(), key=order.__getitem__)]
                    self.add(
                        "retention_conflict",
                        ADVICE,
                        "5(1)(e)",
                        STEP_RETENTION,
                        kind,
                        b.id,
                        "period",
                        number=pair[0],
                        other=pair[1],
                        purpose=self.name("purposes", purpose)
                        if purpose is not None
                        else {lang: purpose_id for lang in _message_languages()},
                        categories=self.names("data_categories", categories)
                        if categories
                        else {
                            lang: texts.text(lang, "findings.report.all_categories") for lang in _message_languages()
                        },
                    )

    # --- 8 Security measures --------------------------------------------------------

    def security_measures(self) -> None:
        kind = "security_measures"
        items = self.register.security_measures
        if not items:
            self.add("no_security_measures", MISSING, "30(1)(g)", STEP_SECURITY, kind)
            return
        for m in items:
            if _blank(m.name):
                self.add("measure_name", MISSING, "30(1)(g)", STEP_SECURITY, kind, m.id, "name", id=m.id)
        kinds = {m.kind for m in items}
        if "technical" not in kinds:
            self.add("no_technical_measures", ADVICE, "32(1)", STEP_SECURITY, kind, "", "kind")
        if "organisational" not in kinds:
            self.add("no_organisational_measures", ADVICE, "32(1)", STEP_SECURITY, kind, "", "kind")

    # --- 9 Requests and identification ----------------------------------------------

    def identification_rules(self) -> None:
        kind = "identification_rules"
        if not self.register.identification_rules:
            self.add("no_identification_rules", MISSING, "12(6)", STEP_REQUESTS, kind)
        for rule in self.register.identification_rules:
            if _blank(rule.criteria):
                self.add(
                    "identification_criteria",
                    MISSING,
                    "12(6)",
                    STEP_REQUESTS,
                    kind,
                    rule.channel,
                    "criteria",
                    channel=rule.channel,
                )

    def requests_log(self) -> None:
        """An unanswered request past its due date (Art. 12(3)): the answer is missing; and what a request's or a
        breach's entry lacks that the log's rules ask for (the log's pages show the same)."""
        logged: list[tuple[str, Any, list[Problem]]] = [
            *(("requests", r, logs.request_problems(r)) for r in self.register.requests),
            *(("breaches", b, logs.breach_problems(b)) for b in self.register.breaches),
        ]
        for kind, entry, problems in logged:
            for problem in problems:
                self.add(
                    f"{kind}_entry_incomplete",
                    MISSING,
                    _LOG_ARTICLES.get(problem.path, "12(3)" if kind == "requests" else "33(5)"),
                    STEP_REQUESTS,
                    kind,
                    entry.id,
                    problem.path,
                    id=entry.id,
                    problem={lang: problem.detail(lang) for lang in _message_languages()},
                )
        for request in self.register.requests:
            if logs.request_status(request, self.today) != "overdue":
                continue
            due = logs.due_on(request)
            self.add(
                "request_overdue",
                MISSING,
                "12(3)",
                STEP_REQUESTS,
                "requests",
                request.id,
                "answered_on",
                id=request.id,
                due={lang: logs.day_text(lang, due) for lang in _message_languages()},
            )

    # --- 11 Documents -----------------------------------------------------------------

    def document_settings(self) -> None:
        d = self.register.document_settings
        ent = "document_settings"
        if _blank(d.version):
            self.add("document_version", ADVICE, "5(2)", STEP_DOCUMENTS, ent, "", "version")
        if _blank(d.approved_by):
            self.add("document_approved_by", ADVICE, "24(2)", STEP_DOCUMENTS, ent, "", "approved_by")
        if d.approved_on is None:
            self.add("document_approved_on", ADVICE, "24(2)", STEP_DOCUMENTS, ent, "", "approved_on")
        if d.effective_from is None:
            self.add("document_effective_from", ADVICE, "24(2)", STEP_DOCUMENTS, ent, "", "effective_from")

    # --- texts in every language of the register -------------------------------------

    def translations(self) -> None:
        languages = self.register.languages  # (one language too: a text may lack even the main language)
        main = self.register.main_language
        names = {
            code: {lang: texts.text(lang, f"findings.report.language.{code}") for lang in _message_languages()}
            for code in languages
        }
        owners: list[tuple[str, str, Any]] = [
            ("organisation", "", self.register.organisation),
            ("document_settings", "", self.register.document_settings),
            *((kind, entry.id, entry) for kind in LIST_KINDS for entry in self.register.items(kind)),
        ]
        for entity, entity_id, obj in owners:
            for fld, value in _texts_of(obj):
                for code in value.missing(languages):
                    step = _TEXT_STEPS[entity]
                    if entity == "purposes" and fld.split(".")[0] in _SOURCE_FIELDS:
                        step = STEP_SOURCES
                    self.add(
                        "text_not_translated",
                        ADVICE,
                        "12(1)",
                        step,
                        entity,
                        entity_id,
                        fld,
                        text=_quote(value.pick(main, main)),
                        language=names[code],
                        language_code=code,
                    )

    def same_names(self) -> None:
        """Two entries of one list with the same name (in any language, whatever the case) cannot be told apart
        in the lists or the documents: advice, at the later one."""
        for kind, step in _NAMED_LISTS.items():
            seen: set[str] = set()
            for entry in getattr(self.register, kind):
                keys = {name_key(text) for text in entry.name.values() if text.strip()}
                if keys & seen:
                    self.add("same_name", ADVICE, "30(1)", step, kind, entry.id, "name", name=self.name(kind, entry))
                seen |= keys

    def run(self) -> list[Finding]:
        self.organisation()
        self.subject_categories()
        self.purposes()
        self.data_categories()
        self.recipients()
        self.retention_rules()
        self.security_measures()
        self.identification_rules()
        self.requests_log()
        self.document_settings()
        self.translations()
        self.same_names()
        rank = {MISSING: 0, ADVICE: 1}
        return sorted(self.out, key=lambda f: (f.step, rank[f.severity]))


def check(register: Register, today: _dt.date | str | None = None) -> list[Finding]:
    """Every finding for ``register``, by step, ``missing`` before ``advice`` within a step."""
    day = _date(today) if today is not None else _dt.date.today()
    if day is None:
        raise ValueError(f"not a date: {today!r}")
    return _Checker(register, day).run()


def _has_content(register: Register, step: int) -> bool:
    r = register
    o = r.organisation
    if step == STEP_COMPANY:
        cp = o.contact_person
        return any(
            not _blank(v)
            for v in (
                o.name,
                o.registration_number,
                o.address,
                o.email,
                o.phone,
                o.website,
                cp.name,
                cp.email,
            )
        )
    if step == STEP_SUBJECTS:
        return bool(r.subject_categories)
    if step == STEP_PURPOSES:
        return bool(r.purposes)
    if step == STEP_DATA:
        return bool(r.data_categories)
    if step == STEP_SOURCES:
        return any(p.sources or not _blank(p.collection_method) for p in r.purposes)
    if step == STEP_RECIPIENTS:
        return bool(r.recipients)
    if step == STEP_RETENTION:
        return bool(r.retention_rules)
    if step == STEP_SECURITY:
        return bool(r.security_measures)
    if step == STEP_REQUESTS:
        return bool(r.identification_rules)
    if step == STEP_DOCUMENTS:
        d = r.document_settings
        return any(not _blank(v) for v in (d.approved_by, d.approved_on, d.effective_from))
    return True


def step_status(register: Register, findings: list[Finding]) -> dict[int, str]:
    """The mark of every step for the GUI's step list.

    ``empty``: nothing entered yet; ``incomplete``: something the law requires is
    missing there; ``complete``: otherwise (advice alone does not make a step
    incomplete).  Review (10) is ``complete`` only when there are no findings at all.
    """
    missing_steps = {f.step for f in findings if f.severity == MISSING}
    out: dict[int, str] = {}
    for step in STEPS:
        if step == STEP_REVIEW:
            out[step] = COMPLETE if not findings else INCOMPLETE
        elif not _has_content(register, step):
            out[step] = EMPTY
        elif step in missing_steps:
            out[step] = INCOMPLETE
        else:
            out[step] = COMPLETE
    return out


def counts(findings: list[Finding]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}


def report(findings: list[Finding], lang: str) -> str:
    """The findings as text, grouped by step, ``missing`` before ``advice``, ending with a count line."""
    t = lambda key, **kw: texts.text(lang, f"findings.report.{key}", **kw)  # noqa: E731
    lines: list[str] = []
    rank = {MISSING: 0, ADVICE: 1}
    ordered = sorted(findings, key=lambda f: (f.step, rank[f.severity]))
    width = max(len(t(s)) for s in SEVERITIES)
    step = None
    for f in ordered:
        if f.step != step:
            if lines:
                lines.append("")
            step = f.step
            lines.append(f"{step}. {step_name(step, lang)}")
        label = t(f.severity)
        lines.append(f"  {label:<{width}}  {f.message(lang)} ({f.article_text(lang)})")
        lines.append(f"  {'':<{width}}  → {f.action(lang)}")
    if lines:
        lines.append("")
    n = counts(findings)
    if findings:
        lines.append(t("count", total=len(findings), missing=n[MISSING], advice=n[ADVICE]))
    else:
        lines.append(t("complete"))
    return "\n".join(lines) + "\n"
