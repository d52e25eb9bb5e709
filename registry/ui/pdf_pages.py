"""PDF pages shown and printed as images rendered by PDFium (pypdfium2).

QtPdf comes only with PySide6 builds that have a reference-counting fault on Python 3.11 (6.12.0 crashes a long
session), so the preview renders pages with PDFium, which the ``pypdfium2`` wheel brings in 3 MB, and shows them
in a scroll area.  The class mirrors the few calls of QPdfDocument the preview uses.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

SCREEN_DPI = 110


class PdfPages:
    """A loaded PDF: page count, page sizes in points, and pages rendered to QImage."""

    def __init__(self) -> None:
        self._pdf: pdfium.PdfDocument | None = None

    def load(self, data: bytes) -> None:
        self.close()
        self._pdf = pdfium.PdfDocument(data)

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def pageCount(self) -> int:
        return len(self._pdf) if self._pdf is not None else 0

    def pagePointSize(self, number: int) -> QSizeF:
        assert self._pdf is not None
        width, height = self._pdf[number].get_size()
        return QSizeF(width, height)

    def render(self, number: int, size: QSize) -> QImage:
        """The page as an RGB image of (about) ``size`` pixels, white paper under it."""
        assert self._pdf is not None
        page = self._pdf[number]
        width, _height = page.get_size()
        bitmap = page.render(scale=size.width() / width, rev_byteorder=True, may_draw_forms=False)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        return image.copy()  # detach from PDFium's buffer before it is freed


class PdfPagesView(QScrollArea):
    """Every page one under the other, fitted to the view's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._pages = QWidget()
        self._layout = QVBoxLayout(self._pages)
        self._layout.setSpacing(12)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._pages)
        self.setStyleSheet("QScrollArea { background: #808080; } QWidget#pdf_pages { background: #808080; }")
        self._pages.setObjectName("pdf_pages")

    def show_document(self, document: PdfPages) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        width = max(self.viewport().width() - 40, 400)
        for number in range(document.pageCount()):
            points = document.pagePointSize(number)
            pixels = min(width, round(points.width() * SCREEN_DPI / 72))
            image = document.render(number, QSize(pixels, round(pixels * points.height() / points.width())))
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setObjectName(f"pdf_page_{number + 1}")
            self._layout.addWidget(label)
