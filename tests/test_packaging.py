"""The installed package (a wheel, not the source tree) carries everything it needs."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _installed_files() -> list[str]:
    try:
        dist = metadata.distribution("ropa-desktop")
    except metadata.PackageNotFoundError:
        pytest.skip("ropa-desktop is not installed (run through the README's test command)")
    if (
        any(str(f).endswith(".pth") for f in dist.files or [])
        or dist.read_text("direct_url.json")
        and json.loads(dist.read_text("direct_url.json")).get("dir_info", {}).get("editable")
    ):
        pytest.skip("an editable install reads the source tree; this test is about a real install")
    return [str(f) for f in dist.files or []]


def test_wheel_install_carries_resources_and_texts():
    files = _installed_files()
    for shipped in (REPO / "resources", REPO / "i18n"):
        for path in shipped.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                wanted = "ropa_desktop/" + path.relative_to(REPO).as_posix()
                assert wanted in files, f"{wanted} is missing from the installed package"


def test_installed_app_runs_outside_the_source_tree(tmp_path):
    _installed_files()
    script = (
        "import ropa_desktop, ropa_desktop.paths as p;"
        "print(ropa_desktop.__file__); print(p.resources_dir()); print(p.i18n_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    package_dir = Path(out[0]).parent
    assert package_dir != REPO / "ropa_desktop" and "site-packages" in package_dir.parts
    assert Path(out[1]) == package_dir / "resources"
    assert Path(out[2]) == package_dir / "i18n"
    target = tmp_path / "zimes.ropa"
    env = {"ROPA_DESKTOP_DATA_DIR": str(tmp_path / "d"), "ROPA_DESKTOP_CONFIG_DIR": str(tmp_path / "c")}
    done = subprocess.run(
        [sys.executable, "-I", "-m", "ropa_desktop", "new", str(target), "--sample", "zimes"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
