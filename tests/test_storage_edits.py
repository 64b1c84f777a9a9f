"""Edits that must never lose or change data silently: two people on one entry, deletes, new ids, copies."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import stat

import pytest

from ropa_desktop.core import model as m
from ropa_desktop.core.errors import Busy, EditConflict, EntryGone, InvalidRegister, WriteFailed
from ropa_desktop.core.storage import RegisterFile, daily_backup, list_backups


def lv(text: str) -> m.Text:
    """A text in Latvian only."""
    return m.Text.of("lv", text)


def test_two_people_editing_different_fields_of_one_entry_keep_both(sample_file):
    with RegisterFile.open(sample_file) as admin, RegisterFile.open(sample_file) as accountant:
        seen_by_admin = admin.get("purposes", "services")
        theirs = accountant.get("purposes", "services")
        theirs.description = lv("Accountant's description")
        accountant.update(theirs, base=accountant.get("purposes", "services"))

        mine = m.Purpose(**{**seen_by_admin.__dict__, "name": lv("Admin's name")})
        admin.update(mine, base=seen_by_admin)

        stored = admin.get("purposes", "services")
        assert stored.name == {"lv": "Admin's name"}
        assert stored.description == {"lv": "Accountant's description"}


def test_two_people_editing_the_same_field_is_a_conflict_not_a_silent_overwrite(sample_file):
    with RegisterFile.open(sample_file) as admin, RegisterFile.open(sample_file) as accountant:
        seen_by_admin = admin.get("purposes", "services")
        theirs = accountant.get("purposes", "services")
        theirs.name = lv("Accountant's name")
        accountant.update(theirs, base=accountant.get("purposes", "services"))

        mine = m.Purpose(**{**seen_by_admin.__dict__, "name": lv("Admin's name")})
        with pytest.raises(EditConflict) as info:
            admin.update(mine, base=seen_by_admin)
        assert "Pakalpojumu nodrošināšana" in info.value.message("en")
        assert admin.get("purposes", "services").name == {"lv": "Accountant's name"}


def test_update_without_a_change_writes_nothing(sample_file):
    with RegisterFile.open(sample_file) as store:
        before = len(store.change_log(1000))
        entry = store.get("purposes", "services")
        store.update(entry, base=entry)
        store.update(entry)
        assert len(store.change_log(1000)) == before


def _linked_to_bank_account(purpose: m.Purpose) -> m.Purpose:
    return m.Purpose(**{**purpose.__dict__, "data_category_ids": [*purpose.data_category_ids, "bank-account"]})


def test_several_entries_are_saved_together_or_not_at_all(sample_file):
    with RegisterFile.open(sample_file) as admin, RegisterFile.open(sample_file) as accountant:
        seen = admin.load().purposes
        before = len(admin.change_log(1000))
        admin.update_many([(_linked_to_bank_account(p), p) for p in seen if "bank-account" not in p.data_category_ids])
        assert all("bank-account" in p.data_category_ids for p in admin.load().purposes)
        assert len(admin.change_log(1000)) == before + 1  # one change, as one undo step takes it back
        admin.update_many([(p, _linked_to_bank_account(p)) for p in seen if "bank-account" not in p.data_category_ids])
        assert [p.data_category_ids for p in admin.load().purposes] == [p.data_category_ids for p in seen]

        # someone else renames one of them meanwhile, as the user does: none of them is saved
        theirs = accountant.get("purposes", "marketing")
        theirs.name = m.Text({"lv": "Jaunumi"})
        accountant.update(theirs, base=accountant.get("purposes", "marketing"))
        changes = [(_linked_to_bank_account(p), p) for p in seen if p.id != "services"]
        changes = [
            (dataclasses.replace(e, name=m.Text({"lv": "Vēstules"})) if e.id == "marketing" else e, b)
            for e, b in changes
        ]
        with pytest.raises(EditConflict):
            admin.update_many(changes)
        stored = {p.id: p for p in admin.load().purposes}
        assert stored["marketing"].name == {"lv": "Jaunumi"}
        assert all("bank-account" not in p.data_category_ids for pid, p in stored.items() if pid != "services")


def test_links_two_people_tick_and_untick_meanwhile_are_all_kept(sample_file):
    with RegisterFile.open(sample_file) as admin, RegisterFile.open(sample_file) as accountant:
        seen = admin.get("purposes", "marketing")  # name, contacts
        theirs = accountant.get("purposes", "marketing")
        theirs.data_category_ids = ["name", "contacts", "feedback"]  # the accountant links feedback
        accountant.update(theirs, base=accountant.get("purposes", "marketing"))
        # the admin, meanwhile, links the bank account (given in its place) and unlinks the contacts
        mine = dataclasses.replace(seen, data_category_ids=["name", "bank-account"])
        admin.update_many([(mine, seen)])
        assert admin.get("purposes", "marketing").data_category_ids == ["name", "feedback", "bank-account"]
        # and undone by the admin: the accountant's link stays
        admin.update_many([(seen, mine)])
        assert admin.get("purposes", "marketing").data_category_ids == ["name", "feedback", "contacts"]


def test_several_entries_are_saved_without_those_removed_meanwhile_when_asked(sample_file):
    with RegisterFile.open(sample_file) as admin, RegisterFile.open(sample_file) as accountant:
        seen = [p for p in admin.load().purposes if "bank-account" not in p.data_category_ids]
        accountant.delete("purposes", "marketing")
        changes = [(_linked_to_bank_account(p), p) for p in seen]
        with pytest.raises(EntryGone) as gone:
            admin.update_many(changes)  # refused as a whole: one of them is gone
        assert gone.value.message("en").startswith("Someone else deleted “Komerciālu paziņojumu sūtīšana” while")
        admin.update_many(changes, skip_gone=True)
        stored = {p.id: p.data_category_ids for p in admin.load().purposes}
        assert "marketing" not in stored
        assert all("bank-account" in ids for ids in stored.values())


def test_deleting_the_only_category_of_a_retention_term_is_refused(sample_file, sample_register):
    # "marketing-contacts" keeps only "contacts"; without it the term would cover every category.
    with RegisterFile.open(sample_file) as store:
        with pytest.raises(InvalidRegister) as info:
            store.delete("data_categories", "contacts")
        assert info.value.problems[0].key == "only_category_of_rule"
        assert "Kontaktinformācija" in info.value.message("lv")
        assert store.load() == sample_register


def test_deleting_a_category_a_term_shares_with_others_keeps_the_term(sample_file):
    with RegisterFile.open(sample_file) as store:
        rule = store.get("retention_rules", "marketing-contacts")
        rule.data_category_ids = ["contacts", "name"]
        store.update(rule)
        deletion = store.delete("data_categories", "contacts")
        assert store.get("retention_rules", "marketing-contacts").data_category_ids == ["name"]
        store.restore(deletion)
        assert store.get("retention_rules", "marketing-contacts").data_category_ids == ["contacts", "name"]


@pytest.mark.parametrize(
    "entry",
    [
        m.RetentionRule(period=m.Period("years", 5)),
        m.SecurityMeasure(name=lv("")),
        m.SubjectCategory(name=lv("Darbinieki")),
    ],
)
def test_new_entries_without_an_id_get_one(sample_file, entry):
    with RegisterFile.open(sample_file) as store:
        stored = store.add(entry)
        assert stored.id and " " not in stored.id
        assert store.get(entry.KIND, stored.id) == stored
    assert not stored.id.endswith("categorie")


def test_backups_of_two_registers_with_the_same_name_stay_apart(tmp_path, sample_register):
    first, second = tmp_path / "a" / "zimes.ropa", tmp_path / "b" / "zimes.ropa"
    for path in (first, second):
        path.parent.mkdir()
        RegisterFile.create(path, sample_register).close()
    with RegisterFile.open(first) as store:
        assert daily_backup(store) is not None
    with RegisterFile.open(second) as store:
        assert daily_backup(store) is not None  # not skipped because the other one has a backup today
    assert len(list_backups(first)) == len(list_backups(second)) == 1
    assert list_backups(first)[0].path != list_backups(second)[0].path


def test_a_read_only_open_after_a_crash_recovers_the_last_saved_state(sample_file, sample_register, tmp_path):
    # Leave a hot journal behind: a copy of the file and journal taken in the middle of a write.
    with RegisterFile.open(sample_file) as store:
        conn = store._conn
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE organisation SET name = 'half-written'")
        conn.execute("PRAGMA cache_spill = ON")
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("UPDATE purposes SET description = description || ' '")  # forces pages to the file
        crashed = tmp_path / "crashed.ropa"
        shutil.copy(sample_file, crashed)
        journal = sample_file.with_name(sample_file.name + "-journal")
        if not journal.exists() or not journal.stat().st_size:
            pytest.skip("SQLite kept the change in memory; no hot journal to test with")
        shutil.copy(journal, crashed.with_name(crashed.name + "-journal"))
        conn.execute("ROLLBACK")
    with RegisterFile.open(crashed, read_only=True) as store:
        assert store.load() == sample_register


def test_replacing_a_register_someone_is_saving_to_waits_instead_of_swapping_the_file(
    sample_file, sample_register, monkeypatch
):
    from ropa_desktop.core.storage import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)  # (the wait is the same, only shorter)
    inode = sample_file.stat().st_ino
    other = sqlite3.connect(sample_file, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(Busy) as info:
            RegisterFile.create(sample_file, m.Register(), overwrite=True)
        assert info.value.key == "busy_replace"  # "not replaced, nothing was changed" (not "your change is kept")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sample_file.stat().st_ino == inode
    with RegisterFile.open(sample_file) as store:
        assert store.load() == sample_register


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_the_app_writes_follow_the_users_permissions(tmp_path, sample_register):
    old = os.umask(0o022)
    try:
        path = tmp_path / "shared.ropa"
        RegisterFile.create(path, sample_register).close()
        with RegisterFile.open(path) as store:
            store.save_as(tmp_path / "copy.ropa")
        for made in (path, tmp_path / "copy.ropa"):
            assert stat.S_IMODE(made.stat().st_mode) == 0o644
    finally:
        os.umask(old)


def test_two_people_changing_different_company_details_keep_both(sample_file):
    with RegisterFile.open(sample_file) as admin, RegisterFile.open(sample_file) as accountant:
        seen_by_admin = admin.load().organisation
        theirs = accountant.load().organisation
        theirs.contact_person.phone = "+371 20000000"
        accountant.set_organisation(theirs, base=accountant.load().organisation)

        mine = admin.load().organisation  # a fresh object, changed the way the form changes it
        mine.contact_person.phone = seen_by_admin.contact_person.phone
        mine.contact_person.email = "anna@zimes.lv"
        admin.set_organisation(mine, base=seen_by_admin)

        contact = admin.load().organisation.contact_person
        assert (contact.email, contact.phone) == ("anna@zimes.lv", "+371 20000000")


def test_the_same_company_detail_changed_by_both_is_a_conflict(sample_file):
    with RegisterFile.open(sample_file) as admin, RegisterFile.open(sample_file) as accountant:
        seen_by_admin = admin.load().organisation
        theirs = accountant.load().organisation
        theirs.address = "Rīga, Brīvības iela 1"
        accountant.set_organisation(theirs, base=accountant.load().organisation)
        mine = admin.load().organisation
        mine.address = "Liepāja"
        with pytest.raises(EditConflict) as info:
            admin.set_organisation(mine, base=seen_by_admin)
        assert "uzņēmuma datus" in info.value.message("lv")
        assert admin.load().organisation.address == "Rīga, Brīvības iela 1"


def test_creating_a_register_where_no_folder_can_be_made_is_a_clear_message(tmp_path, sample_register):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(WriteFailed) as info:
        RegisterFile.create(blocker / "zimes.ropa", sample_register)
    assert "not-a-folder" in info.value.message("lv")


def test_settings_that_cannot_be_written_do_not_stop_the_app(monkeypatch, tmp_path):
    from ropa_desktop.core import settings

    blocker = tmp_path / "config-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("ROPA_DESKTOP_CONFIG_DIR", str(blocker))
    assert settings.save(settings.Settings(language="en")) is False
    assert settings.load().language is None


@pytest.mark.parametrize(
    "breach",
    [
        m.Breach(id="b-1", aware_at="2027-03-01T10:00:00+02:00", approx_subjects=-5),
        m.Breach(id="b-1", aware_at="2027-03-01T10:00:00+02:00", approx_records=-1),
        m.Breach(id="b-1", aware_at="2027-03-01T10:00:00+02:00", subject_category_ids=["clients", "clients"]),
    ],
)
def test_a_breach_the_format_refuses_is_not_saved_and_the_file_stays_readable(sample_file, breach):
    """The rules `validate` keeps for a breach are kept when one is added or changed: a negative count was
    saved, and the file was then refused as breaking the register's rules at its next opening."""
    with RegisterFile.open(sample_file) as store:
        with pytest.raises(InvalidRegister) as info:
            store.add(breach)
        assert info.value.problems[0].key in ("negative_number", "duplicate_reference")
        store.add(m.Breach(id="b-1", aware_at="2027-03-01T10:00:00+02:00"))
        with pytest.raises(InvalidRegister):
            store.update(breach)
    with RegisterFile.open(sample_file) as store:
        assert [b.approx_subjects for b in store.load().breaches] == [None]


def test_the_accountants_copy_keeps_an_id_made_from_a_name_the_entry_still_has_in_another_language(
    sample_file, tmp_path
):
    """An id is a trace of a former name only when no language of the entry's name still gives it: the copy
    looked at the first language's name alone, and renamed ``anna-liepa`` though "Anna Liepa" was still there."""
    with RegisterFile.open(sample_file) as store:
        entry = store.add(m.Recipient(name=lv("Anna Liepa"), country="LV", role="processor"))
        store.update(dataclasses.replace(entry, name=m.Text({"lv": "A. Liepa", "en": "Anna Liepa"})))
        copy = store.accountant_copy(tmp_path / "out")
    with RegisterFile.open(copy, read_only=True) as store:
        assert [r.id for r in store.load().recipients][-1] == "anna-liepa"
