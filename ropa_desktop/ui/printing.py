"""Printing a PDF the app made: the print dialog, then page by page at the printer's resolution (300 dpi at most)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget


def print_pages(parent: QWidget, pdf: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``; the number of pages sent (0 when it could not start)."""
    count = pdf.pageCount()
    if count == 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Documents", "Print the document"),
            QCoreApplication.translate("Documents", "The printer could not be started."),
        )
        return 0
    try:
        dpi = min(printer.resolution(), 300)
        for i in range(count):
            if i:
                printer.newPage()
            points = pdf.pagePointSize(i)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = pdf.render(i, size)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(target.x(), target.y(), scaled.width(), scaled.height()))
            painter.setWindow(image.rect())
            painter.drawImage(QPointF(0, 0), image)
            painter.setViewport(target)
            painter.setWindow(target)
    finally:
        painter.end()
    return count


def load_pdf(parent: QWidget, data: bytes) -> QPdfDocument:
    """PDF bytes as a document Qt can render (owned by ``parent``)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument(parent)
    pdf.load(buffer)
    return pdf


def print_with_dialog(parent: QWidget, data: bytes, title: str) -> int:
    """Ask for a printer, then print the PDF ``data``; the number of pages sent (0 when cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Documents", "Print the document"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return print_pages(parent, load_pdf(parent, data), printer)
