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


MEASURES: list[Callable[[], Iterator[Row]]] = [measure_documents, measure_large, measure_process]


def main() -> int:
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
