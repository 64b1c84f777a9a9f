"""What a PDF the app made says, for the tests: its pages' text and its images (PDFium, through pypdfium2)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2


def _document(pdf: bytes | Path) -> pypdfium2.PdfDocument:
    return pypdfium2.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))


def pdf_pages(pdf: bytes | Path) -> list[str]:
    """The text of each page, whitespace runs folded to one space (lines wrap anywhere)."""
    document = _document(pdf)
    try:
        return [re.sub(r"\s+", " ", page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()


def pdf_text(pdf: bytes | Path) -> str:
    return " ".join(pdf_pages(pdf))


def page_count(pdf: bytes | Path) -> int:
    document = _document(pdf)
    try:
        return len(document)
    finally:
        document.close()


def image_widths(pdf: bytes | Path, page: int = 0) -> list[int]:
    """The width in pixels of each image on ``page`` (a printed page's raster, say)."""
    document = _document(pdf)
    try:
        images = document[page].get_objects(filter=(pypdfium2.raw.FPDF_PAGEOBJ_IMAGE,))
        return [image.get_px_size()[0] for image in images]
    finally:
        document.close()
