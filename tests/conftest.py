"""Test set-up shared by every test: no test ever touches the real home folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_JSON = REPO / "resources" / "samples" / "zimes.register.json"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ROPA_DESKTOP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("ROPA_DESKTOP_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("ROPA_DESKTOP_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.setenv("LANG", "lv_LV.UTF-8")
    yield home


@pytest.fixture
def sample_data() -> dict:
    return json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))


@pytest.fixture
def sample_register():
    from ropa_desktop.core import interchange

    return interchange.read(SAMPLE_JSON)


@pytest.fixture
def sample_file(tmp_path, sample_register):
    """A register file holding the ZĪMES sample."""
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "ZIMES.ropa"
    RegisterFile.create(path, sample_register).close()
    return path


# headless; the parallel test processes (pytest-xdist) always, as on a real screen they share one clipboard
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
else:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
