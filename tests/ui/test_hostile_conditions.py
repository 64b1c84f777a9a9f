"""Bad input and hostile conditions met in the window: nothing saved is changed behind the person's back, and what
happened is said in the person's language."""

from __future__ import annotations

import dataclasses

from ropa_desktop.core import model as m
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import steps


def stored(path) -> m.Register:
    with RegisterFile.open(path, read_only=True) as store:
        return store.load()


def test_a_text_longer_than_qts_own_limit_is_kept_whole_when_another_field_is_saved(
    make_window, tmp_path, sample_register, type_text
):
    """Qt's line fields hold 32,767 characters unless told otherwise; a register's texts may be far longer (one
    pasted from a contract, or made by another program). Shown in a field, such a text was cut short, and the
    next save of any field of the page wrote it cut."""
    long_name = "SIA “Ā” " + "ē" * 40_000
    long_category = "Klienti " + "ū" * 50_000
    register = sample_register
    register.organisation = dataclasses.replace(register.organisation, name=long_name)
    register.subject_categories[0] = dataclasses.replace(
        register.subject_categories[0], name=m.Text({"lv": long_category, "en": "Customers"})
    )
    path = tmp_path / "long.ropa"
    RegisterFile.create(path, register).close()
    window = make_window(path)

    page = window.current_page()
    type_text(page.form.lines["email"], "birojs@zimes.lv")
    assert page.flush()
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    page.select(register.subject_categories[0].id)
    type_text(page.form.description, "Arī pircēji. ")
    assert page.flush()

    saved = stored(path)
    assert saved.organisation.email == "birojs@zimes.lv"
    assert saved.organisation.name == long_name
    assert saved.subject_categories[0].name["lv"] == long_category
    window.go_to(steps.COMPANY)
    assert window.current_page().form.lines["name"].text() == long_name  # shown whole too
    assert "Arī pircēji. " in saved.subject_categories[0].description["lv"]
