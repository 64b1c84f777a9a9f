"""The eleven steps of the window: their names and what the law asks in each, and their marks as icons.

The steps' numbers, names and states are the core's (``ropa_desktop.core.steps``,
``i18n/<lang>/steps.toml``); here they get the window's wording of the explanations and their icons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ropa_desktop.core import steps as core_steps
from ropa_desktop.core.steps import COMPLETE, EMPTY, INCOMPLETE, STEPS
from ropa_desktop.ui import i18n

COMPANY = core_steps.STEP_COMPANY
SUBJECTS = core_steps.STEP_SUBJECTS
PURPOSES = core_steps.STEP_PURPOSES
DATA = core_steps.STEP_DATA
SOURCES = core_steps.STEP_SOURCES
RECIPIENTS = core_steps.STEP_RECIPIENTS
RETENTION = core_steps.STEP_RETENTION
SECURITY = core_steps.STEP_SECURITY
REQUESTS = core_steps.STEP_REQUESTS
REVIEW = core_steps.STEP_REVIEW
DOCUMENTS = core_steps.STEP_DOCUMENTS

__all__ = ["COMPLETE", "EMPTY", "INCOMPLETE", "STEPS", "intro", "mark_icon", "title"]


def title(step: int) -> str:
    """The step's full name in the window's language."""
    return core_steps.step_name(step, i18n.current())


def intro(step: int) -> str:
    """One to three plain sentences on what the law asks, with an example from the sample company."""
    return {
        COMPANY: QCoreApplication.translate(
            "Steps",
            "The register starts with who is responsible for the data: your company as the controller, its "
            "contact details and the person who looks after data protection (Art. 30(1)(a) GDPR). "
            "Example: SIA “ZĪMES”, where the administrator answers questions about personal data.",
        ),
        SUBJECTS: QCoreApplication.translate(
            "Steps",
            "Whose personal data does the company process? List the categories of data subjects "
            "(Art. 30(1)(c)). Example: ZĪMES has one category, its customers: anyone interested in its goods "
            "and services.",
        ),
        PURPOSES: QCoreApplication.translate(
            "Steps",
            "For each purpose for which the company uses personal data, a legal basis is needed (Art. 6 GDPR), "
            "and people must be told whether they have to provide the data (Art. 13(2)(e)). Example: “Provision "
            "of services” rests on the performance of a contract, “Sending commercial communications” on consent.",
        ),
        DATA: QCoreApplication.translate(
            "Steps",
            "Name the kinds of personal data the company keeps and tick the purposes that use each one "
            "(Art. 30(1)(c)). Example: ZĪMES keeps the customer’s name and contact details and, for invoices, "
            "the personal identity number.",
        ),
        SOURCES: QCoreApplication.translate(
            "Steps",
            "For each purpose, say where the data comes from and how it is obtained (Art. 14, Art. 30). A new "
            "purpose starts with “From the data subject”. Example: the customer fills in the order form in the ZĪMES "
            "online shop.",
        ),
        RECIPIENTS: QCoreApplication.translate(
            "Steps",
            "List who receives the data. A processor working for you needs a data processing agreement "
            "(Art. 28); a transfer outside the EU/EEA needs a safeguard (Arts 44–49). Example: Mozello SIA "
            "runs the ZĪMES website and shop.",
        ),
        RETENTION: QCoreApplication.translate(
            "Steps",
            "Say how long the data is kept and what happens to it then (Art. 30(1)(f)). Example: ZĪMES keeps "
            "contract data until the contractual relationship ends.",
        ),
        SECURITY: QCoreApplication.translate(
            "Steps",
            "Describe the technical and organisational measures that protect the data (Art. 32). Example: "
            "computers locked with a password, customer data accessible only to the staff who need it.",
        ),
        REQUESTS: QCoreApplication.translate(
            "Steps",
            "People may ask to see, correct or erase their data, and the company must first make sure who is "
            "asking (Art. 12(6)). Describe how you identify a person for each channel. Example: an e-mail "
            "request is answered only to the address already known to ZĪMES.",
        ),
        REVIEW: QCoreApplication.translate(
            "Steps",
            "Here is what the register still lacks. “Missing” marks what the law requires, “Suggestion” good "
            "practice. Click “Fix” to open the place where it is filled in.",
        ),
        DOCUMENTS: QCoreApplication.translate(
            "Steps",
            "The documents are made from the register, in the language you choose: the internal procedure, the "
            "record of processing activities (Art. 30), a privacy notice for each group of people the register "
            "names (customers, employees, …), a consent form and a request form. Check the preview, then print "
            "the document or save it as PDF.",
        ),
    }[step]


_ICONS: dict[str, QIcon] = {}


def mark_icon(kind: str | None) -> QIcon:
    """A small round mark: filled (complete), half (incomplete), hollow (empty); a triangle for findings."""
    if kind is None:
        kind = "none"
    if kind in _ICONS:
        return _ICONS[kind]
    size = 32
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))  # transparent (Qt's enums wait for the first paint: see qt_keys)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(5, 5, size - 10, size - 10)
    green, amber, grey = QColor("#2e7d32"), QColor("#c77700"), QColor("#8a8a8a")
    if kind == COMPLETE:
        p.setPen(QPen(green, 2.5))
        p.setBrush(green)
        p.drawEllipse(rect)
    elif kind == INCOMPLETE:
        p.setPen(QPen(amber, 2.5))
        p.setBrush(QBrush())  # no brush
        p.drawEllipse(rect)
        path = QPainterPath()
        path.moveTo(rect.center())
        path.arcTo(rect, 90, 180)
        path.closeSubpath()
        p.fillPath(path, amber)
    elif kind == EMPTY:
        p.setPen(QPen(grey, 2.5))
        p.setBrush(QBrush())  # no brush
        p.drawEllipse(rect)
    elif kind == "warning":
        path = QPainterPath()
        path.moveTo(QPointF(size / 2, 4))
        path.lineTo(QPointF(size - 3, size - 5))
        path.lineTo(QPointF(3, size - 5))
        path.closeSubpath()
        p.fillPath(path, amber)
        p.setPen(QPen(QColor("white"), 3))
        p.drawLine(QPointF(size / 2, 12), QPointF(size / 2, 20))
        p.drawPoint(QPointF(size / 2, 24.5))
    elif kind == "ok":
        p.setPen(QPen(green, 3.5))
        p.drawLine(QPointF(7, 17), QPointF(13, 23))
        p.drawLine(QPointF(13, 23), QPointF(25, 9))
    p.end()
    _ICONS[kind] = QIcon(pix)
    return _ICONS[kind]
