"""Simple charts drawn with QPainter: horizontal stacked bars and lines over months.

Why not Qt Charts or Qt Graphs: both live in PySide6-Addons (6.11.3: a 175 MB wheel, 438 MB installed, for every
developer and CI run).  A bundle would take only Qt Charts' own libraries (libQt6Charts 2.3 MB, its binding 1.0 MB,
OpenGL and OpenGLWidgets 0.8 MB), but Qt Charts is deprecated since Qt 6.10; Qt Graphs needs Qt Quick and QML at
run time (Quick 8.3 MB, Qml 6.8 MB, QmlModels/Meta/WorkerScript 1.5 MB, ShaderTools, the QML imports) for widgets.
The page needs three plain charts; this module draws them in about 250 lines and adds nothing to the bundle.

A bar segment or a point can be clicked: ``clicked(category, series)`` names what is under the pointer, so that the
page can list the cases behind it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: colour-blind-safe (Okabe–Ito), in the order series are given
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: str = ""


def nice_maximum(value: float) -> float:
    """The top of a count axis with four whole-number steps: 4, 8, 12, 20, 40, 100, ... at least ``value``."""
    if value <= 4:
        return 4.0
    power = 1.0
    while power * 10 <= value:
        power *= 10
    candidates = sorted({step * base for base in (power / 10, power) for step in (1, 2, 4, 5, 8, 10, 12, 16, 20)})
    for top in candidates:
        if top >= value and (top / 4).is_integer():
            return top
    return 20 * power


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


class Chart(QWidget):
    """``kind``: ``stacked`` (one horizontal bar per category, a segment per series) or ``lines`` (a line per
    series over the categories, such as months)."""

    clicked = Signal(int, int)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = ""
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.empty_text = ""
        self._targets: list[tuple[QRectF, int, int]] = []
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_data(self, title: str, categories: list[str], series: list[Series], empty_text: str = "") -> None:
        self.title = title
        self.categories = categories
        self.series = [
            s if s.color else Series(s.name, s.values, PALETTE[n % len(PALETTE)]) for n, s in enumerate(series)
        ]
        self.empty_text = empty_text
        self.setAccessibleName(title)
        if self.kind == "stacked":
            self.setMinimumHeight(max(220, 70 + 22 * len(categories)))
        self.update()

    def values(self, category: int) -> list[float]:
        return [s.values[category] for s in self.series]

    # ---- drawing ---------------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        self._targets = []
        text_pen = QPen(palette.text().color())
        painter.setPen(text_pen)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(8, 4, self.width() - 16, line + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        legend_bottom = self._legend(painter, metrics, 8 + line + 4)
        area = QRectF(8, legend_bottom + 6, self.width() - 16, self.height() - legend_bottom - 12)
        if not self.categories or not any(v for s in self.series for v in s.values):
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        if self.kind == "stacked":
            self._stacked(painter, metrics, area)
        else:
            self._lines(painter, metrics, area)

    def _legend(self, painter: QPainter, metrics: QFontMetrics, top: float) -> float:
        x, y = 8.0, top
        for item in self.series:
            width = 14 + 4 + metrics.horizontalAdvance(item.name) + 16
            if x + width > self.width() - 8 and x > 8:
                x, y = 8.0, y + metrics.height() + 4
            painter.fillRect(QRectF(x, y + 3, 12, metrics.height() - 6), QColor(item.color))
            painter.drawText(QPointF(x + 18, y + metrics.ascent()), item.name)
            x += width
        return y + metrics.height()

    def _stacked(self, painter: QPainter, metrics: QFontMetrics, area: QRectF) -> None:
        label_width = min(max(metrics.horizontalAdvance(c) for c in self.categories) + 12, area.width() * 0.4)
        totals = [sum(self.values(i)) for i in range(len(self.categories))]
        top = nice_maximum(max(totals))
        room = metrics.horizontalAdvance(_number(max(totals))) + 10  # the total printed after each bar
        bars = QRectF(
            area.left() + label_width,
            area.top(),
            area.width() - label_width - room,
            area.height() - metrics.height() - 6,
        )
        step = bars.height() / len(self.categories)
        height = max(4.0, min(step * 0.7, 28.0))
        grid = QPen(self.palette().mid().color())
        grid.setStyle(Qt.PenStyle.DotLine)
        for tick in range(5):
            x = bars.left() + bars.width() * tick / 4
            painter.setPen(grid)
            painter.drawLine(QPointF(x, bars.top()), QPointF(x, bars.bottom()))
            painter.setPen(self.palette().text().color())
            text = _number(top * tick / 4)
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(text) / 2, bars.bottom() + metrics.ascent() + 4), text
            )
        for i, category in enumerate(self.categories):
            y = bars.top() + step * i + (step - height) / 2
            elided = metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(label_width - 8))
            painter.drawText(
                QRectF(area.left(), y, label_width - 8, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            x = bars.left()
            for n, item in enumerate(self.series):
                width = bars.width() * item.values[i] / top
                if width <= 0:
                    continue
                rect = QRectF(x, y, width, height)
                painter.fillRect(rect, QColor(item.color))
                self._targets.append((rect, i, n))
                x += width
            painter.drawText(QPointF(x + 4, y + height / 2 + metrics.ascent() / 2 - 1), _number(totals[i]))

    def _lines(self, painter: QPainter, metrics: QFontMetrics, area: QRectF) -> None:
        top = nice_maximum(max(v for s in self.series for v in s.values))
        left = metrics.horizontalAdvance(_number(top)) + 10
        plot = QRectF(
            area.left() + left, area.top() + 4, area.width() - left - 8, area.height() - metrics.height() - 10
        )
        grid = QPen(self.palette().mid().color())
        grid.setStyle(Qt.PenStyle.DotLine)
        for tick in range(5):
            y = plot.bottom() - plot.height() * tick / 4
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().text().color())
            text = _number(top * tick / 4)
            painter.drawText(
                QPointF(area.left() + left - 6 - metrics.horizontalAdvance(text), y + metrics.ascent() / 2 - 1), text
            )
        count = len(self.categories)
        step = plot.width() / max(count - 1, 1)
        every = max(1, int((metrics.horizontalAdvance("00.0000.") + 8) / max(step, 1)) + 1)
        for i, category in enumerate(self.categories):
            if i % every == 0:
                x = plot.left() + step * i if count > 1 else plot.center().x()
                width = metrics.horizontalAdvance(category)
                left_edge = min(max(x - width / 2, area.left()), area.right() - width)
                painter.drawText(QPointF(left_edge, plot.bottom() + metrics.ascent() + 6), category)
        for n, item in enumerate(self.series):
            pen = QPen(QColor(item.color))
            pen.setWidthF(2.0)
            painter.setPen(pen)
            points = [
                QPointF(
                    plot.left() + step * i if count > 1 else plot.center().x(), plot.bottom() - plot.height() * v / top
                )
                for i, v in enumerate(item.values)
            ]
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            painter.setBrush(QColor(item.color))
            for i, point in enumerate(points):
                painter.drawEllipse(point, 3.0, 3.0)
                self._targets.append((QRectF(point.x() - 6, point.y() - 6, 12, 12), i, n))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # ---- clicks ----------------------------------------------------------------------------------------------
    def target_at(self, x: float, y: float) -> tuple[int, int] | None:
        for rect, category, series in self._targets:
            if rect.contains(QPointF(x, y)):
                return category, series
        return None

    def target_center(self, category: int, series: int) -> QPointF | None:
        """Where a segment or point was drawn (tests click there)."""
        for rect, c, s in self._targets:
            if (c, s) == (category, series):
                return rect.center()
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.target_at(event.position().x(), event.position().y())
        if hit is None:
            self.setToolTip("")
            self.unsetCursor()
            return
        category, series = hit
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            f"{self.categories[category]} · {self.series[series].name}: {_number(self.series[series].values[category])}"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.target_at(event.position().x(), event.position().y())
            if hit is not None:
                self.clicked.emit(*hit)


__all__ = ["PALETTE", "Chart", "Series", "nice_maximum"]
