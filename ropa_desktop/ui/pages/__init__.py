"""The step pages on the right of the window, one module per kind of step.

``make_page(editing, step)`` makes the page of a step.  Every page depends on the editing controller
(``ropa_desktop.ui.editing``), never on the window.  A page's module is imported when the page is first
made, so that start-up loads only the step it shows (and reportlab stays out of it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ropa_desktop.ui import steps

if TYPE_CHECKING:
    from ropa_desktop.ui.editing import EditingController
    from ropa_desktop.ui.pages.base import StepPage


def make_page(editing: EditingController, step: int) -> StepPage:
    if step == steps.COMPANY:
        from ropa_desktop.ui.pages.company import CompanyPage

        return CompanyPage(editing)
    if step == steps.REQUESTS:
        from ropa_desktop.ui.pages.requests import RequestsPage

        return RequestsPage(editing)
    if step == steps.REVIEW:
        from ropa_desktop.ui.pages.review import ReviewPage

        return ReviewPage(editing)
    if step == steps.DOCUMENTS:
        from ropa_desktop.ui.pages.documents import DocumentsPage

        return DocumentsPage(editing)
    from ropa_desktop.ui.pages import list_steps

    return list_steps.make(editing, step)
