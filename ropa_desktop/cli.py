"""The command line: ``ropa-desktop [new|import|export|check|pdf|requests|breaches] ...``.

No command, or a register file alone (``ropa-desktop z.ropa``), starts the GUI.

Any error prints one clear line on stderr, in the user's language, and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, NoReturn

from ropa_desktop import __version__, paths
from ropa_desktop.core import languages
from ropa_desktop.core.errors import RopaError, terminal_safe

EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, like every other error
        self.exit(EXIT_ERROR, f"{self.prog}: {message}\n")


def _parser(*, gui_only: bool = False) -> argparse.ArgumentParser:
    """The command line; ``gui_only``: only its ``gui`` command (the window starts without the others' imports)."""
    p = _Parser(prog="ropa-desktop", description="GDPR records of processing activities (Art. 30) for small companies.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    g = sub.add_parser("gui", help="start the desktop app (the default)")
    g.add_argument("file", nargs="?", type=Path, help="register file to open")
    g.add_argument(
        "--exit-after-start",
        action="store_true",
        help="once the window is painted print 'first-paint <time> <peak KiB> <CPU s>' and quit (benchmarks, CI)",
    )
    if gui_only:
        return p
    from ropa_desktop.documents import registry

    n = sub.add_parser("new", help="create a register file (empty, or a sample)")
    n.add_argument("file", type=Path)
    n.add_argument(
        "--sample",
        choices=["zimes", "saulrita"],
        help="fill it with an example: SIA “ZĪMES” (with gaps to fill) or the complete SIA “Saulrīta maiznīca”",
    )
    n.add_argument("--force", action="store_true", help="replace FILE if it exists")
    i = sub.add_parser("import", help="create a register file from a JSON register")
    i.add_argument("json", type=Path)
    i.add_argument("file", type=Path)
    i.add_argument("--force", action="store_true", help="replace FILE if it exists")
    e = sub.add_parser("export", help="write a register file as a JSON register")
    e.add_argument("file", type=Path)
    e.add_argument("json", type=Path)
    e.add_argument("--force", action="store_true", help="replace JSON if it exists (never a register file)")
    c = sub.add_parser("check", help="list what the register still lacks (exit 0 complete, 1 gaps, 2 error)")
    c.add_argument("file", type=Path, help="a register file or a .json register")
    c.add_argument("--lang", choices=languages.CODES)
    d = sub.add_parser("pdf", help="print a document as PDF")
    d.add_argument("file", type=Path, help="a register file or a .json register")
    d.add_argument("--document", required=True, choices=[*registry.IDS, "all"])
    d.add_argument("--lang", choices=languages.DOCUMENT_CODES, required=True)
    d.add_argument(
        "--audience",
        choices=registry.NOTICE_AUDIENCES,
        default=registry.NOTICE_AUDIENCES[0],
        help="whom the notice is for (default: customers); --document all prints one per audience",
    )
    d.add_argument("--output", type=Path, required=True, help="a PDF file, or a folder with --document all")
    d.add_argument("--force", action="store_true", help="replace PDF files that exist (never a register file)")
    q = sub.add_parser("requests", help="the requests log with due dates (exit 0 none overdue, 1 overdue, 2 error)")
    q.add_argument("file", type=Path, help="a register file or a .json register")
    q.add_argument("--today", help="the day to judge by, YYYY-MM-DD (default: today)")
    q.add_argument("--tsv", action="store_true", help="id, received_on, due_on, status; tab-separated, no heading")
    q.add_argument("--lang", choices=languages.CODES)
    b = sub.add_parser("breaches", help="the breach register with its 72-hour deadlines (exit 1 when one is missed)")
    b.add_argument("file", type=Path, help="a register file or a .json register")
    b.add_argument("--now", help="the moment to judge by, ISO 8601 with its offset (default: now)")
    b.add_argument("--tsv", action="store_true", help="id, aware_at, deadline, status; tab-separated, no heading")
    b.add_argument("--lang", choices=languages.CODES)
    x = sub.add_parser("erase", help="carry out an erasure request: clear TEXT from the change log and the backups")
    x.add_argument("file", type=Path, help="a register file (TEXT must already be gone from its entries)")
    x.add_argument("text", help="what names the person: a name, an e-mail address")
    x.add_argument("--lang", choices=languages.CODES)
    return p


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
    from ropa_desktop.documents import registry

    if args.file.suffix.lower() == ".json":
        # a JSON register needs no SQLite layer: keep the one-shot command quick to start
        from ropa_desktop.core.interchange import read as load_register
    else:
        from ropa_desktop.core.storage import load_register

    register = _read(load_register, args)
    targets: list[tuple[str, dict[str, str], Path]] = []  # document, options, file
    if args.document == "all":
        for name in registry.IDS:
            if name == "notice":  # one notice per audience the register has
                targets += [
                    (name, {"audience": a}, args.output / documents.file_name(register, name, args.lang, a))
                    for a in documents.audiences(register)
                ]
            else:
                targets.append((name, {}, args.output / documents.file_name(register, name, args.lang)))
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
        return EXIT_GAPS
    return EXIT_OK


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
    return EXIT_GAPS if any(logs.breach_status(b, now) == "overdue" for b in breaches) else EXIT_OK


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
    args = _window_start(argv) or _parser(gui_only=not argv or argv[0] == "gui").parse_args(argv)
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

    if isinstance(exc, RopaError):
        return exc.message(lang)
    if isinstance(exc, OSError):
        return files.read_error(exc, Path(exc.filename or "")).message(lang)
    if isinstance(exc, UnicodeEncodeError) and "surrogate" in str(exc):  # a file or folder name that is not UTF-8
        return RopaError("bad_path_encoding", path=exc.object if isinstance(exc.object, str) else "").message(lang)
    return RopaError("unexpected", detail=f"{type(exc).__name__}: {exc}").message(lang)
