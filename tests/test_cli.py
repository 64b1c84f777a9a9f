"""The command line contract (issue 2, section 5): exit codes, one-line messages, no tracebacks."""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ropa_desktop import cli, paths
from ropa_desktop.core import languages, settings, texts
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
    monkeypatch.setattr(texts, "_file", None)  # the window's start reads no texts (the parser's help is not needed)
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
    parsed = cli._parse(argv)
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


def _refused(argv: list[str], capsys) -> str:
    """What the command line says on stderr when it refuses ``argv`` (it exits 2 and prints nothing else)."""
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    out, err = capsys.readouterr()
    assert (exit_.value.code, out) == (cli.EXIT_ERROR, "")
    assert err.count("\n") == 1 and err.endswith("\n")
    return err


MISTYPED = [
    (["check"], "ropa-desktop check: trūkst obligāto argumentu: FAILS\n"),
    (
        ["pdf", "x.ropa", "--document", "foo", "--lang", "en", "--output", "o.pdf"],
        "ropa-desktop pdf: arguments --document: nederīga vērtība 'foo' (iespējamās vērtības: 'procedure', "
        "'register', 'notice', 'consent', 'request', 'all')\n",
    ),
    (["check", "z.ropa", "--bogus\x1b[2J"], "ropa-desktop: nezināmi argumenti: --bogus\\x1b[2J\n"),
    (
        ["requests", "z.ropa", "--t", "1"],
        "ropa-desktop requests: neviennozīmīga opcija: --t var nozīmēt --today, --tsv\n",
    ),
]


@pytest.mark.parametrize(("argv", "said"), MISTYPED, ids=["missing", "invalid-choice", "unknown-option", "ambiguous"])
def test_a_mistyped_command_is_told_in_the_users_language_in_one_line(argv, said, capsys):
    # (the user's language: Latvian here; --lang names what the command writes, and is not known before parsing)
    assert _refused(argv, capsys) == said
    with pytest.raises(SystemExit):  # argparse speaks English again afterwards
        argparse.ArgumentParser(prog="other").parse_args(["--x"])
    assert capsys.readouterr().err.startswith("usage: other [-h]\nother: error: unrecognized arguments: --x")


def test_the_help_of_a_command_is_in_the_users_language(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["check", "--help"])
    assert exit_.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "lietošana: ropa-desktop check [-h] [--lang {lv,en,ru,et,lt}] FAILS"
    assert lines[2].startswith("Uzskaitīt, kas reģistrā vēl trūkst")
    assert "argumenti:" in lines and "opcijas:" in lines
    help_ = "\n".join(lines)
    assert "-h, --help            parādīt šo palīdzību un beigt darbu" in help_
    assert "izvades valoda (noklusējums: lietotnes valoda)" in help_
    with cli._argparse_speaks("en"):  # ropa-desktop FILE, as the file association starts it, is said in --help
        top = " ".join(cli._parser("en").format_help().split())
    assert "gui open the desktop app (also what happens with no command, or with a register file’s name alone)" in top


def test_english_settings_keep_the_command_line_english(capsys):
    settings.save(settings.Settings(language="en"))  # the window's language, chosen in the app (LANG is Latvian)
    assert _refused(["check"], capsys) == "ropa-desktop check: the following arguments are required: FILE\n"
    with pytest.raises(SystemExit):
        cli.main(["pdf", "--help"])
    help_ = capsys.readouterr().out
    assert help_.startswith("usage: ropa-desktop pdf [-h] --document")
    assert "--output PATH         the PDF file to write, or a folder with --document all" in help_
    assert "options:\n  -h, --help            show this help message and exit" in help_


def test_a_message_the_texts_lack_stays_in_argparses_english():
    with cli._argparse_speaks("lv"):
        assert argparse._("a message of a newer Python: %(value)r") == "a message of a newer Python: %(value)r"
        parser = argparse.ArgumentParser(prog="p")
        parser.add_subparsers(description="…")  # its heading, "subcommands", is not in the texts
        help_ = parser.format_help()
    assert help_.startswith("lietošana: p [-h]")
    assert "\nsubcommands:\n" in help_


ARGPARSE_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sr]")


@pytest.mark.parametrize("lang", languages.CODES)
def test_argparses_messages_keep_their_placeholders_and_exist_in_argparse(lang):
    table = texts.group(lang, "cli.argparse")
    assert set(table) == set(texts.group("en", "cli.argparse")) and "usage: " in table
    source = inspect.getsource(argparse)
    for message, said in table.items():
        assert repr(message) in source or f'"{message}"' in source, f"argparse has no message {message!r}"
        assert sorted(ARGPARSE_PLACEHOLDER.findall(said)) == sorted(ARGPARSE_PLACEHOLDER.findall(message)), said


@pytest.mark.parametrize("lang", languages.CODES)
def test_every_commands_help_can_be_shown_in_every_language(lang):
    # (argparse %-formats each help text: a stray "%" in a translation would break the help of its command)
    with cli._argparse_speaks(lang):
        parser = cli._parser(lang)
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
        helps = [parser.format_help()] + [command.format_help() for command in commands.values()]
    assert set(commands) == set(cli.COMMANDS)
    assert (helps[0] == cli._parser("en").format_help()) == (lang == "en")


def test_documents_in_a_language_the_register_is_not_kept_in_say_so(tmp_path, capsys):
    # the complete example (Latvian and English) printed in Russian came out with its own texts in Latvian, as final
    example = str(paths.sample_path("saulrita"))
    out = tmp_path / "notice.pdf"
    args = ["pdf", example, "--document", "notice", "--audience", "customers", "--output", str(out)]
    assert cli.main([*args, "--lang", "ru"]) == cli.EXIT_GAPS
    said = capsys.readouterr().err
    assert said.startswith("Реестр не ведётся на этом языке (русский; его языки: латышский, английский)")
    assert out.exists()  # written all the same: a person may want to see it
    assert cli.main([*args, "--lang", "en", "--force"]) == cli.EXIT_OK
    assert capsys.readouterr().err == ""


def test_no_consent_form_is_printed_where_no_purpose_collects_its_consent_on_it(tmp_path, sample_data, capsys):
    """Every consent given on the website: a consent form would have no box to tick."""
    data = json.loads(json.dumps(sample_data))
    for purpose in data["purposes"]:
        if purpose["consent"]:
            purpose["consent"]["on_form"] = False
    register = tmp_path / "online.json"
    register.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    form = tmp_path / "consent.pdf"
    args = ["pdf", str(register), "--document", "consent", "--output", str(form)]
    assert cli.main([*args, "--lang", "lv"]) == cli.EXIT_ERROR
    said = capsys.readouterr().err
    assert said.startswith("Nav piekrišanas veidlapas, ko drukāt: neviena nolūka piekrišanu reģistrā nesaņem")
    assert "“Šo piekrišanu saņem ar izdrukātu piekrišanas veidlapu”" in said and not form.exists()
    folder = tmp_path / "all"
    assert cli.main(["pdf", str(register), "--document", "all", "--lang", "en", "--output", str(folder)]) in (
        cli.EXIT_OK,
        cli.EXIT_GAPS,  # (the sample has gaps: drafts)
    )
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == 4 and not any("onsent" in name for name in written), written
