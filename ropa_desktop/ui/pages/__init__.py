"""The step pages on the right of the window, one module per kind of step.

``make_page(editing, step)`` makes the page of a step.  Every page depends on the editing controller
(``ropa_desktop.ui.editing``), never on the window.  The Documents page is imported only when it is
first made, so that reportlab and the documents package stay out of start-up.
"""

from __future__ import annotations

from ropa_desktop.ui import steps
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.pages import list_steps
from ropa_desktop.ui.pages.base import StepPage
from ropa_desktop.ui.pages.company import CompanyPage
from ropa_desktop.ui.pages.requests import RequestsPage
from ropa_desktop.ui.pages.review import ReviewPage


def make_page(editing: EditingController, step: int) -> StepPage:
    if step == steps.COMPANY:
        return CompanyPage(editing)
    if step == steps.REQUESTS:
        return RequestsPage(editing)
    if step == steps.REVIEW:
        return ReviewPage(editing)
    if step == steps.DOCUMENTS:
        from ropa_desktop.ui.pages.documents import DocumentsPage

        return DocumentsPage(editing)
    return list_steps.make(editing, step)
