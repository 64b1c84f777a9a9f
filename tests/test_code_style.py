"""The code keeps one style: ruff's lint rules and its formatting (configured in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TREES = ["ropa_desktop", "tests", "packaging"]


def _ruff() -> str:
    beside = Path(sys.executable).parent / "ruff"
    found = str(beside) if beside.exists() else shutil.which("ruff")
    if found is None:
        pytest.skip("ruff is not installed (pip install '.[test]' brings it)")
    if not (ROOT / "ropa_desktop").is_dir():
        pytest.skip("the sources are not beside the tests")
    return found


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_the_tree_keeps_the_code_style(command):
    ruff = _ruff()
    done = subprocess.run([ruff, *command, *TREES], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
