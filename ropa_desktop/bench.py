"""Benchmark: ``python -m ropa_desktop.bench`` prints each figure beside a baseline measured in the same run.

The structure is a list of measuring functions (``MEASURES``); each yields rows
``(figure, value, baseline, verdict)``.  Add a figure by adding a function to the list.
Times are the best of a few runs, in milliseconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

Row = tuple[str, str, str, str]

REPO = Path(__file__).resolve().parent.parent


def _best(fn: Callable[[], object], runs: int = 3) -> float:
    """The fastest of ``runs`` calls, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _sample():
    from ropa_desktop import paths
    from ropa_desktop.core import interchange

    return interchange.read(paths.sample_path())


def _bare_pdf() -> None:
    """The baseline: one paragraph with the same font, straight from reportlab."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ropa_desktop import paths

    pdfmetrics.registerFont(TTFont("BareSans", str(paths.fonts_dir() / "NotoSans-Regular.ttf")))
    SimpleDocTemplate(io.BytesIO()).build([Paragraph("Personas dati", ParagraphStyle("p", fontName="BareSans"))])


def measure_documents() -> Iterator[Row]:
    from ropa_desktop import documents

    register = _sample()
    # warm up: fonts and modules are loaded once per process
    documents.render(register, "request", "lv")
    bare = _best(_bare_pdf)
    total = 0.0
    for name in documents.DOCUMENTS:
        for lang in ("lv", "en"):
            t = _best(lambda name=name, lang=lang: documents.render(register, name, lang))
            total += t
            yield (f"ZĪMES {name} ({lang})", _ms(t), f"{_ms(bare)} one-paragraph PDF", "")
    ten = _best(lambda: [documents.render(register, n, lg) for n in documents.DOCUMENTS for lg in ("lv", "en")])
    yield ("ZĪMES all 10 documents, one process", _ms(ten), f"{_ms(bare)} one-paragraph PDF",
           "ok (< 1 s)" if ten < 1 else "MISSED (< 1 s)")


def measure_large() -> Iterator[Row]:
    from ropa_desktop import documents
    from ropa_desktop.core.synthetic import synthetic_register

    register = synthetic_register(purposes=300, data_categories=500, recipients=100, seed=1)
    zimes = _sample()
    base = _best(lambda: documents.render(zimes, "register", "lv"), runs=2)
    for name in ("register", "procedure", "notice"):
        t = _best(lambda name=name: documents.render(register, name, "lv"), runs=1)
        yield (f"300 purposes / 500 categories: {name} (lv)", _ms(t), f"{_ms(base)} ZĪMES register", "")


def _run(args: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, cwd=REPO, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure_process() -> Iterator[Row]:
    from ropa_desktop import paths

    font = paths.fonts_dir() / "NotoSans-Regular.ttf"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "procedure.pdf"
        bare_out = Path(tmp) / "bare.pdf"
        cli = [sys.executable, "-m", "ropa_desktop", "pdf", str(paths.sample_path()), "--document", "procedure",
               "--lang", "lv", "--output", str(out)]
        bare = [sys.executable, "-c",
                "from reportlab.pdfbase import pdfmetrics;from reportlab.pdfbase.ttfonts import TTFont;"
                "from reportlab.platypus import SimpleDocTemplate, Paragraph;"
                "from reportlab.lib.styles import ParagraphStyle;"
                f"pdfmetrics.registerFont(TTFont('S', {str(font)!r}));"
                f"SimpleDocTemplate({str(bare_out)!r}).build([Paragraph('Personas dati', "
                "ParagraphStyle('p', fontName='S'))])"]
        runs = 5
        t_cli = min(_run(cli) for _ in range(runs))
        t_bare = min(_run(bare) for _ in range(runs))
    ratio = t_cli / t_bare
    yield ("`ropa-desktop pdf` procedure, whole process", _ms(t_cli), f"{_ms(t_bare)} bare reportlab process",
           f"{ratio:.2f}× " + ("ok (≤ 1.5×)" if ratio <= 1.5 else "MISSED (≤ 1.5×)"))


def measure_big_register() -> Iterator[Row]:
    """A register of 1,000 purposes / 2,000 data categories / 300 recipients, beside ZĪMES."""
    from ropa_desktop import documents
    from ropa_desktop.core import completeness
    from ropa_desktop.core.storage import RegisterFile
    from ropa_desktop.core.synthetic import synthetic_register

    big = synthetic_register(purposes=1000, data_categories=2000, recipients=300, seed=7)
    zimes = _sample()
    with tempfile.TemporaryDirectory() as tmp:
        paths_ = {"big": Path(tmp) / "big.ropa", "zimes": Path(tmp) / "zimes.ropa"}
        created = {}
        for key, register in (("big", big), ("zimes", zimes)):
            start = time.perf_counter()
            RegisterFile.create(paths_[key], register).close()
            created[key] = time.perf_counter() - start

        def open_load(key: str):
            with RegisterFile.open(paths_[key]) as store:
                return store.load()

        t_open = {k: _best(lambda k=k: open_load(k), runs=3) for k in paths_}
        t_check = {k: _best(lambda r=r: completeness.check(r), runs=3) for k, r in (("big", big), ("zimes", zimes))}
        t_pdf = {k: _best(lambda r=r: documents.render(r, "register", "lv"), runs=1) for k, r in
                 (("big", big), ("zimes", zimes))}
        size = {k: p.stat().st_size for k, p in paths_.items()}
    label = "1,000 purposes / 2,000 categories / 300 recipients"
    yield (f"{label}: import into a new file", _ms(created["big"]), f"{_ms(created['zimes'])} ZĪMES", "")
    yield (f"{label}: open and load", _ms(t_open["big"]), f"{_ms(t_open['zimes'])} ZĪMES", "")
    yield (f"{label}: completeness check", _ms(t_check["big"]), f"{_ms(t_check['zimes'])} ZĪMES", "")
    yield (f"{label}: Art. 30 register PDF (lv)", _ms(t_pdf["big"]), f"{_ms(t_pdf['zimes'])} ZĪMES", "")
    yield (f"{label}: file size", f"{size['big'] / 1024 / 1024:.1f} MB", f"{size['zimes'] / 1024:.0f} KB ZĪMES", "")


_BARE_WIZARD = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage, QLabel, QVBoxLayout
app = QApplication(sys.argv[:1])
wizard = QWizard()
for i in range(11):
    page = QWizardPage(); page.setTitle(f"Step {i + 1}")
    QVBoxLayout(page).addWidget(QLabel("Text"))
    wizard.addPage(page)
def peak_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f} {peak_kb()}", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False
watch = FirstPaint(); wizard.installEventFilter(watch)
wizard.show()
app.exec()
"""


def _start_figures(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from spawn to the first painted window, peak memory in MB) of a child process."""
    start = time.time()
    done = subprocess.run(args, env=env, cwd=REPO, capture_output=True, text=True)
    # The child reports its own peak memory: a child's ru_maxrss on Linux starts from the parent's.
    painted = [line.split()[1:3] for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    if done.returncode != 0 or not painted:
        raise RuntimeError(f"{args[1:3]} did not paint a window (exit {done.returncode}): {done.stderr[-300:]}")
    return float(painted[0][0]) - start, int(painted[0][1]) / 1024


def measure_gui() -> Iterator[Row]:
    from ropa_desktop import paths

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=str(REPO), ROPA_DESKTOP_DATA_DIR=str(Path(tmp) / "data"),
                   ROPA_DESKTOP_CONFIG_DIR=str(Path(tmp) / "config"))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ropa_desktop.core import interchange
        from ropa_desktop.core.settings import Settings, save
        from ropa_desktop.core.storage import RegisterFile

        os.environ["ROPA_DESKTOP_CONFIG_DIR"] = env["ROPA_DESKTOP_CONFIG_DIR"]
        save(Settings(language="lv"))
        zimes = Path(tmp) / "zimes.ropa"
        RegisterFile.create(zimes, interchange.read(paths.sample_path())).close()
        app = [sys.executable, "-m", "ropa_desktop", "gui", "--exit-after-start", str(zimes)]
        bare = [sys.executable, "-c", _BARE_WIZARD]
        _start_figures(bare, env)  # warm the OS file cache for both
        _start_figures(app, env)
        runs = [(_start_figures(app, env), _start_figures(bare, env)) for _ in range(3)]
        t_app, t_bare = min(r[0][0] for r in runs), min(r[1][0] for r in runs)
        m_app, m_bare = min(r[0][1] for r in runs), min(r[1][1] for r in runs)
        yield ("cold start to first painted window, ZĪMES loaded", _ms(t_app), f"{_ms(t_bare)} bare QWizard",
               f"{t_app / t_bare:.2f}× " + ("ok (≤ 2×)" if t_app <= 2 * t_bare else "MISSED (≤ 2×)"))
        yield ("peak memory at start", f"{m_app:.0f} MB", f"{m_bare:.0f} MB bare QWizard",
               f"{m_app / m_bare:.2f}× " + ("ok (≤ 2×)" if m_app <= 2 * m_bare else "MISSED (≤ 2×)"))

        big = Path(tmp) / "big.ropa"
        from ropa_desktop.core.synthetic import synthetic_register

        RegisterFile.create(big, synthetic_register(purposes=1000, data_categories=2000, recipients=300)).close()
        done = subprocess.run([sys.executable, "-m", "ropa_desktop.ui.step_timing", str(big)], env=env, cwd=REPO,
                              capture_output=True, text=True, check=True)
        times = [float(x) for x in done.stdout.split()]
        worst = max(times)
        yield ("switch steps, 1,000 purposes (worst of all 11)", f"{worst * 1000:.0f} ms",
               f"{sum(times) / len(times) * 1000:.0f} ms mean", "ok (< 100 ms)" if worst < 0.1 else "MISSED (< 100 ms)")


MEASURES: list[Callable[[], Iterator[Row]]] = [
    measure_documents, measure_large, measure_process, measure_big_register, measure_gui,
]


def _compile_package() -> None:
    """Byte-compile the package, as an install does (pip and PyInstaller ship bytecode).

    Without it, every measured process would compile the app's source again (for instance where
    PYTHONDONTWRITEBYTECODE is set), while the libraries it is compared with load their bytecode.
    """
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parent), quiet=1)


def main() -> int:
    _compile_package()
    header = ("figure", "value", "baseline (same run)", "target / verdict")
    rows: list[Row] = []
    for measure in MEASURES:
        rows.extend(measure())
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(line)
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
