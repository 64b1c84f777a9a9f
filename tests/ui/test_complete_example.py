"""The complete example: a finished register of a fictional bakery, nothing missing, in Latvian and English."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from PySide6.QtCore import Qt

from ropa_desktop import paths
from ropa_desktop.core import completeness, interchange
from tests.pdfs import pdf_text

SAMPLE = paths.sample_path("saulrita")


def test_the_complete_example_has_no_findings_and_travels_unchanged():
    register = interchange.read(SAMPLE)
    assert list(register.languages) == ["lv", "en"]
    assert completeness.check(register, today=dt.date(2026, 12, 1)) == []
    assert json.loads(interchange.dumps(register)) == json.loads(SAMPLE.read_text(encoding="utf-8"))
    audiences = {s.audience for s in register.subject_categories}
    assert audiences == {"customers", "staff", "applicants", "partners"}


def test_the_complete_example_prints_in_both_languages():
    from ropa_desktop import documents
    from ropa_desktop.documents import registry

    register = interchange.read(SAMPLE)
    for lang, word in (("lv", "Pasūtījumu pieņemšana un izpilde"), ("en", "Taking and fulfilling orders")):
        data = documents.render(register, registry.IDS[0], lang)
        text = pdf_text(data)
        assert "Saulrīta maiznīca" in text and word in " ".join(text.split())


def test_the_start_page_and_help_open_a_copy_of_the_complete_example(qtbot, make_window):
    before = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    window = make_window()
    window.start(None)
    qtbot.mouseClick(window.start_page.complete_button, Qt.MouseButton.LeftButton)
    store = window.editing.store
    assert store is not None and store.path.is_relative_to(paths.data_dir()) and store.path.suffix == ".ropa"
    assert window.editing.register.organisation.name == "SIA “Saulrīta maiznīca”"
    # (its agreements fall due for review from 2028 on; the core test above checks every finding on a fixed day)
    assert [f.code for f in window.editing.findings if f.code != "agreement_review_overdue"] == []
    assert window.findings_label.text().startswith("Nekā netrūkst")
    window.file_actions.open_sample()
    assert window.editing.register.organisation.name == "SIA “ZĪMES”"
    help_item = next(
        a for m in window.menuBar().actions() for a in m.menu().actions() if a.text() == "Atvērt pilnīgu pie&mēru"
    )
    help_item.trigger()
    assert window.editing.register.organisation.name == "SIA “Saulrīta maiznīca”"
    assert hashlib.sha256(SAMPLE.read_bytes()).hexdigest() == before
