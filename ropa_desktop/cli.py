"""The command line: ``ropa-desktop [new|import|export|check|pdf|requests|breaches] ...``.

No command, or a register file alone (``ropa-desktop z.ropa``), starts the GUI.

Any error prints one clear line on stderr, in the user's language, and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from ropa_desktop import __version__, paths
from ropa_desktop.core import languages
from ropa_desktop.core.errors import RopaError, terminal_safe

EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, like every other error
        self.exit(EXIT_ERROR, terminal_safe(f"{self.prog}: {message}") + "\n")


@contextmanager
def _argparse_speaks(lang: str) -> Iterator[None]:
    """argparse's own words (its error messages, "usage:", the headings and the -h help) in ``lang`` while the
    parser is built and reads the command line.  argparse looks each one up through its module's gettext function
    ``_``; a message the texts do not have (a newer Python's) is left to it, in English."""
    from ropa_desktop.core import texts

    table = texts.group(lang, "cli.argparse")
    english = argparse._  # type: ignore[attr-defined]

    def translate(message: str) -> str:
        return table.get(message) or english(message)

    argparse._ = translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]


def _parser(lang: str, *, gui_only: bool = False) -> argparse.ArgumentParser:
    """The command line, its help in ``lang``; ``gui_only``: only its ``gui`` command (the window starts without
    the others' imports).  Build it inside ``_argparse_speaks(lang)``, or argparse's own words stay English."""
    from ropa_desktop.core import texts

    def say(key: str) -> str:
        return texts.text(lang, f"cli.{key}")

    def command(name: str) -> argparse.ArgumentParser:
        summary = say(f"{name}.help")
        return sub.add_parser(name, help=summary, description=summary[:1].upper() + summary[1:] + ".")

    file, json, text, path = (say(f"metavar.{name}") for name in ("file", "json", "text", "path"))
    p = _Parser(prog="ropa-desktop", description=say("description"))
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help=say("version"))
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    g = command("gui")
    g.add_argument("file", nargs="?", type=Path, metavar=file, help=say("gui.file"))
    g.add_argument("--exit-after-start", action="store_true", help=say("gui.exit_after_start"))
    if gui_only:
        return p
    from ropa_desktop.documents import registry

    n = command("new")
    n.add_argument("file", type=Path, metavar=file, help=say("new.file"))
    n.add_argument("--sample", choices=["zimes", "saulrita"], help=say("new.sample"))
    n.add_argument("--force", action="store_true", help=say("new.force"))
    i = command("import")
    i.add_argument("json", type=Path, metavar=json, help=say("import.json"))
    i.add_argument("file", type=Path, metavar=file, help=say("import.file"))
    i.add_argument("--force", action="store_true", help=say("import.force"))
    e = command("export")
    e.add_argument("file", type=Path, metavar=file, help=say("export.file"))
    e.add_argument("json", type=Path, metavar=json, help=say("export.json"))
    e.add_argument("--force", action="store_true", help=say("export.force"))
    c = command("check")
    c.add_argument("file", type=Path, metavar=file, help=say("common.register"))
    c.add_argument("--lang", choices=languages.CODES, help=say("common.lang"))
    d = command("pdf")
    d.add_argument("file", type=Path, metavar=file, help=say("common.register"))
    d.add_argument("--document", required=True, choices=[*registry.IDS, "all"], help=say("pdf.document"))
    d.add_argument("--lang", choices=languages.DOCUMENT_CODES, required=True, help=say("pdf.lang"))
    d.add_argument(
        "--audience", choices=registry.NOTICE_AUDIENCES, default=registry.NOTICE_AUDIENCES[0], help=say("pdf.audience")
    )
    d.add_argument("--output", type=Path, required=True, metavar=path, help=say("pdf.output"))
    d.add_argument("--force", action="store_true", help=say("pdf.force"))
    q = command("requests")
    q.add_argument("file", type=Path, metavar=file, help=say("common.register"))
    q.add_argument("--today", metavar=say("metavar.date"), help=say("requests.today"))
    q.add_argument("--tsv", action="store_true", help=say("requests.tsv"))
    q.add_argument("--lang", choices=languages.CODES, help=say("common.lang"))
    b = command("breaches")
    b.add_argument("file", type=Path, metavar=file, help=say("common.register"))
    b.add_argument("--now", metavar=say("metavar.moment"), help=say("breaches.now"))
    b.add_argument("--tsv", action="store_true", help=say("breaches.tsv"))
    b.add_argument("--lang", choices=languages.CODES, help=say("common.lang"))
    x = command("erase")
    x.add_argument("file", type=Path, metavar=file, help=say("erase.file"))
    x.add_argument("text", metavar=text, help=say("erase.text"))
    x.add_argument("--lang", choices=languages.CODES, help=say("common.lang"))
    return p


def _parse(argv: list[str]) -> argparse.Namespace:
    """``argv`` read by the parser, which speaks the user's language (the window's, else the system's: ``--lang``
    is not known before the command line is read)."""
    from ropa_desktop.core import settings

    lang = settings.language()
    with _argparse_speaks(lang):
        return _parser(lang, gui_only=not argv or argv[0] == "gui").parse_args(argv)


def _new(args: argparse.Namespace) -> int:
    from ropa_desktop.core import interchange, settings
    from ropa_desktop.core.model import Register
    from ropa_desktop.core.storage import RegisterFile

    if args.sample:
        register = interchange.read(paths.sample_path(args.sample))
    else:
        register = Register(languages=languages.for_new_register(settings.language()))
    RegisterFile.create(args.file, register, overwrite=args.force).close()
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from ropa_desktop.core import interchange
    from ropa_desktop.core.storage import RegisterFile

    register = interchange.read(args.json)
    RegisterFile.create(args.file, register, overwrite=args.force).close()
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from ropa_desktop.core import files, interchange
    from ropa_desktop.core.storage import RegisterFile

    files.check_output(args.json, sources=(args.file,), force=args.force)
    with RegisterFile.open(args.file, read_only=True) as store:
        _tell(store.notices, args)
        register = store.load()
    interchange.write(register, args.json)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from ropa_desktop.core import completeness, settings
    from ropa_desktop.core.storage import load_register

    lang = args.lang or settings.language()
    findings = completeness.check(_read(load_register, args))
    sys.stdout.write(terminal_safe(completeness.report(findings, lang)))
    return EXIT_GAPS if findings else EXIT_OK


def _pdf(args: argparse.Namespace) -> int:
    from ropa_desktop import documents
    from ropa_desktop.core import files

    if args.file.suffix.lower() == ".json":
        # a JSON register needs no SQLite layer: keep the one-shot command quick to start
        from ropa_desktop.core.interchange import read as load_register
    else:
        from ropa_desktop.core.storage import load_register

    register = _read(load_register, args)
    targets: list[tuple[str, dict[str, str], Path]] = []  # document, options, file
    if args.document == "all":
        for name in documents.printable(register):  # (no consent form where no consent is collected on it)
            if name == "notice":  # one notice per audience the register has
                targets += [
                    (name, {"audience": a}, args.output / documents.file_name(register, name, args.lang, a))
                    for a in documents.audiences(register)
                ]
            else:
                targets.append((name, {}, args.output / documents.file_name(register, name, args.lang)))
    elif args.document not in documents.printable(register):
        raise RopaError("no_consent_form")  # a form with no box to tick
    else:
        options = {"audience": args.audience} if args.document == "notice" else {}
        targets.append((args.document, options, args.output))
    for _, _, target in targets:  # all checked before any is written
        files.check_output(target, sources=(args.file,), force=args.force)
    if args.document == "all":
        args.output.mkdir(parents=True, exist_ok=True)
    blanks = sum(documents.write_pdf(register, name, args.lang, target, **options) for name, options, target in targets)
    if blanks:  # written, marked as a draft on every page: say so, and where to see what is missing
        sys.stderr.write(documents.draft_message(args.lang, blanks, args.file) + "\n")
    if args.lang not in register.languages:  # not a final document in that language either
        sys.stderr.write(documents.not_kept_message(args.lang, register) + "\n")
    return EXIT_GAPS if blanks or args.lang not in register.languages else EXIT_OK


def _requests(args: argparse.Namespace) -> int:
    import datetime as dt

    from ropa_desktop.core import logs
    from ropa_desktop.core.storage import load_register

    today = dt.date.today()
    if args.today is not None:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise RopaError("bad_cli_date", value=args.today) from None
    requests = _read(load_register, args).requests
    sys.stdout.write(terminal_safe(logs.requests_report(requests, today, _language(args), tsv=args.tsv)))
    if not requests:
        _say_if_logs_left_out(args)
    return EXIT_GAPS if any(logs.request_status(r, today) == "overdue" for r in requests) else EXIT_OK


def _breaches(args: argparse.Namespace) -> int:
    import datetime as dt

    from ropa_desktop.core import logs
    from ropa_desktop.core.storage import load_register

    now = dt.datetime.now().astimezone()
    if args.now is not None:
        moment = logs.parse_moment(args.now)
        if moment is None:
            raise RopaError("bad_cli_moment", value=args.now)
        now = moment
    breaches = _read(load_register, args).breaches
    sys.stdout.write(terminal_safe(logs.breaches_report(breaches, now, _language(args), tsv=args.tsv)))
    if not breaches:
        _say_if_logs_left_out(args)
    return EXIT_GAPS if any(logs.breach_status(b, now) == "overdue" for b in breaches) else EXIT_OK


def _say_if_logs_left_out(args: argparse.Namespace) -> None:
    """An empty log of a copy handed on without its logs (the accountant's copy): say where the log is kept."""
    from ropa_desktop.core import texts
    from ropa_desktop.core.storage import logs_left_out

    if logs_left_out(args.file):
        sys.stderr.write(terminal_safe(texts.text(_language(args), "logs.left_out")) + "\n")


def _read(load_register: Any, args: argparse.Namespace) -> Any:
    """The register in ``args.file``; what opening it did that the user should know goes to stderr first
    (a save that had been cut off, undone; a journal that was not the file's, set aside)."""
    from ropa_desktop.core.storage import RegisterFile, has_journal

    path = Path(args.file)
    if path.suffix.lower() != ".json" and has_journal(path):
        with RegisterFile.open(path, read_only=True) as store:
            _tell(store.notices, args)
    return load_register(args.file)


def _tell(notices: list, args: argparse.Namespace) -> None:
    for notice in notices:
        sys.stderr.write(terminal_safe(notice.message(_language(args))) + "\n")


def _gui(args: argparse.Namespace) -> int:
    from ropa_desktop.core import gc_pause

    # No cycle collections while the window's modules load and it is built (a few ms of every start):
    # ``run`` resumes them once the window is painted.
    gc_pause.pause()
    try:
        from ropa_desktop.ui.app import run
    except ImportError as exc:
        gc_pause.resume()
        raise RopaError("gui_missing", detail=str(exc)) from None
    return run(getattr(args, "file", None), exit_after_start=getattr(args, "exit_after_start", False))


def _erase(args: argparse.Namespace) -> int:
    from ropa_desktop.core.storage import RegisterFile, erase_everywhere

    with RegisterFile.open(args.file) as store:
        _tell(store.notices, args)
        report = erase_everywhere(store, args.text)
    sys.stdout.write(terminal_safe(report.message(_language(args))) + "\n")
    return EXIT_OK


COMMANDS = {
    "new": _new,
    "import": _import,
    "export": _export,
    "check": _check,
    "pdf": _pdf,
    "gui": _gui,
    "requests": _requests,
    "breaches": _breaches,
    "erase": _erase,
}


def _language(args: argparse.Namespace) -> str:
    """The language of messages: --lang if given, else the user's setting (read only when needed)."""
    lang = getattr(args, "lang", None)
    if lang:
        return lang
    from ropa_desktop.core import settings

    return settings.language()


def _window_start(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of the usual start of the window, read without building the parser (3 ms of a start):
    nothing, or ``gui``, a file and ``--exit-after-start`` in any order.  Anything else (help, an abbreviation,
    a name that starts with "-", two files) is left to the parser, which reads these the same way."""
    if argv and argv[0] != "gui":
        return None
    files = [a for a in argv[1:] if a != "--exit-after-start"]
    if len(files) > 1 or any(a.startswith("-") for a in files):
        return None
    return argparse.Namespace(
        command="gui", file=Path(files[0]) if files else None, exit_after_start="--exit-after-start" in argv
    )


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        argv.insert(0, "gui")  # ``ropa-desktop z.ropa`` opens the file in the window, as a file association does
    args = _window_start(argv) or _parse(argv)
    command = COMMANDS[args.command or "gui"]
    try:
        return command(args)
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the command line never shows a traceback
        sys.stderr.write(terminal_safe(_error_message(exc, _language(args))) + "\n")
        return EXIT_ERROR


def _error_message(exc: Exception, lang: str) -> str:
    from ropa_desktop.core import files

    if isinstance(exc, RopaError) and exc.key == "locked":
        # the window keeps a change that waits for the lock; a command keeps nothing, so it says what happened
        return RopaError("busy_write", path=exc.params.get("path", "")).message(lang)
    if isinstance(exc, RopaError):
        return exc.message(lang)
    if isinstance(exc, OSError):
        return files.read_error(exc, Path(exc.filename or "")).message(lang)
    if isinstance(exc, UnicodeEncodeError) and "surrogate" in str(exc):  # a file or folder name that is not UTF-8
        return RopaError("bad_path_encoding", path=exc.object if isinstance(exc.object, str) else "").message(lang)
    return RopaError("unexpected", detail=f"{type(exc).__name__}: {exc}").message(lang)
