"""The command line contract (issue 2, section 5): exit codes, one-line messages, no tracebacks."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ropa_desktop import cli
from ropa_desktop.core.storage import RegisterFile

REPO = Path(__file__).resolve().parent.parent
SAMPLE_JSON = REPO / "resources" / "samples" / "zimes.register.json"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "ropa_desktop", *args], capture_output=True, text=True, env=env, timeout=60, cwd=REPO
    )


def test_import_export_round_trip_through_the_commands(tmp_path, sample_data):
    target = tmp_path / "zimes.ropa"
    r = run("import", str(SAMPLE_JSON), str(target))
    assert (r.returncode, r.stderr) == (0, "")
    r = run("export", str(target), str(tmp_path / "out.json"))
    assert (r.returncode, r.stderr) == (0, "")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == sample_data


def test_import_refuses_to_overwrite_without_force(tmp_path, sample_data, capsys):
    target = tmp_path / "zimes.ropa"
    assert cli.main(["new", str(target)]) == 0
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    assert cli.main(["import", str(SAMPLE_JSON), str(target)]) == 2
    err = capsys.readouterr().err
    assert "jau pastāv" in err and "--force" in err and err.count("\n") == 1
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert cli.main(["import", str(SAMPLE_JSON), str(target), "--force"]) == 0
    with RegisterFile.open(target) as store:
        assert len(store.load().purposes) == len(sample_data["purposes"])


def test_new_empty_and_sample(tmp_path, sample_register, monkeypatch):
    assert cli.main(["new", str(tmp_path / "empty.ropa")]) == 0
    with RegisterFile.open(tmp_path / "empty.ropa") as store:
        empty = store.load()
    assert empty.purposes == [] and empty.languages == ["lv", "en"]  # as File › New makes it
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")  # a Russian speaker's register is kept in Latvian too
    assert cli.main(["new", str(tmp_path / "ru.ropa")]) == 0
    with RegisterFile.open(tmp_path / "ru.ropa") as store:
        assert store.load().languages == ["lv", "en", "ru"]
    assert cli.main(["new", str(tmp_path / "s.ropa"), "--sample", "zimes"]) == 0
    with RegisterFile.open(tmp_path / "s.ropa") as store:
        assert store.load() == sample_register


@pytest.mark.parametrize(
    "content",
    [b"", b"plain text", b"PK\x03\x04" + b"\x00" * 200, b"SQLite format 3\x00" + b"\x01" * 30],
)
def test_export_of_a_bad_file_is_one_line_and_exit_2(tmp_path, content):
    bad = tmp_path / "bad.ropa"
    bad.write_bytes(content)
    r = run("export", str(bad), str(tmp_path / "out.json"))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert str(bad) in r.stderr
    assert bad.read_bytes() == content
    assert not (tmp_path / "out.json").exists()


def test_import_of_an_invalid_register_names_the_problems(tmp_path, sample_data, capsys):
    data = dict(sample_data, languages=["de"])
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    assert cli.main(["import", str(src), str(tmp_path / "x.ropa")]) == 2
    err = capsys.readouterr().err
    assert "language" in err and "de" in err
    assert not (tmp_path / "x.ropa").exists()
    assert list(tmp_path.iterdir()) == [src]


def test_english_messages_when_asked(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert cli.main(["export", str(tmp_path / "none.ropa"), str(tmp_path / "o.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "file", "exit_after_start"),
    [
        (["z.ropa"], Path("z.ropa"), False),
        (["gui", "z.ropa"], Path("z.ropa"), False),
        (["gui", "--exit-after-start", "z.ropa"], Path("z.ropa"), True),
        ([], None, False),
    ],
    ids=["file-alone", "gui-alias", "gui-option", "nothing"],
)
def test_a_file_name_alone_opens_it_in_the_window(monkeypatch, argv, file, exit_after_start):
    started = []
    monkeypatch.setitem(
        cli.COMMANDS,
        "gui",
        lambda args: started.append((getattr(args, "file", None), getattr(args, "exit_after_start", False))) or 0,
    )
    assert cli.main(argv) == 0
    assert started == [(file, exit_after_start)]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["gui", "z.ropa"],
        ["gui", "--exit-after-start"],
        ["gui", "mans reģistrs.ropa", "--exit-after-start"],
        ["gui", "--exit-after-start", "z.ropa"],
        ["gui", "--exit-after-start", "--exit-after-start", "z.ropa"],
        ["gui", ""],
    ],
)
def test_the_usual_starts_of_the_window_are_read_as_the_parser_reads_them(argv):
    quick = cli._window_start(argv)  # (without building the parser: 3 ms of each start)
    parsed = cli._parser(gui_only=True).parse_args(argv)
    assert quick is not None
    assert (quick.command, quick.file, quick.exit_after_start) == (
        parsed.command or "gui",
        getattr(parsed, "file", None),
        getattr(parsed, "exit_after_start", False),
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["gui", "--help"],
        ["gui", "-h"],
        ["gui", "--exit"],
        ["gui", "a.ropa", "b.ropa"],
        ["gui", "-z.ropa"],
        ["gui", "--"],
    ]
    + [["check", "z.ropa"], ["--version"], ["-h"]],
)
def test_anything_else_is_left_to_the_parser(argv):
    assert cli._window_start(argv) is None
