"""Who else has this case open: the editor's lease (``services.case_leases``) kept alive while the case is shown.

While the editor shows a case it holds the case's lease and renews it every ``HEARTBEAT_SECONDS`` through the ops
layer (off the GUI thread, one small statement); it gives it back when the user leaves the case or the window.
When another PC or window holds it, the editor says "being edited by <name> since <time>" and shows the case for
reading only; each heartbeat tries again, so the reader can edit once the holder has left or has been silent for
``LEASE_SECONDS`` (a crashed PC).  An auditor never takes a lease: it is only told who is editing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from sqlalchemy.orm import Session

from registry.services.case_leases import (
    HEARTBEAT_SECONDS,
    Holder,
    LeaseState,
    editor_seat,
    lease_state,
    release_lease,
    take_lease,
)
from registry.services.dates import format_datetime
from registry.ui.case_editor.data import EditorData
from registry.ui.case_editor.form import CaseForm
from registry.ui.context import AppContext

translate = QCoreApplication.translate


def holder_text(holder: Holder, user_id: int) -> str:
    """The editor's notice about the other holder, in the user's language."""
    since = format_datetime(holder.since)
    if holder.user_id == user_id:
        return (
            translate(
                "CaseEditor",
                "You have this case open in another window (%1) since %2. It is shown "
                "here for reading; edit it there, or close it there to edit it here.",
            )
            .replace("%1", holder.computer)
            .replace("%2", since)
        )
    return (
        translate(
            "CaseEditor",
            "Being edited by %1 (%2) since %3. You can read the case; you can edit it once they have left it.",
        )
        .replace("%1", holder.full_name)
        .replace("%2", holder.computer)
        .replace("%3", since)
    )


class EditLease(QObject):
    """The lease of the case the editor shows; ``changed`` is emitted when who holds it changed."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seat = editor_seat()
        self.case_id: int | None = None
        self.state: LeaseState | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HEARTBEAT_SECONDS * 1000)
        self.timer.timeout.connect(self.beat)

    @property
    def takes(self) -> bool:
        return self.ctx.user.writes_cases

    @property
    def other(self) -> Holder | None:
        """Someone else holding the case (None while it is this editor's, free, or not known yet)."""
        return self.state.other if self.state is not None else None

    def job(self, case_id: int) -> Callable[[Session], LeaseState]:
        """What a heartbeat does in the database (also run inside the job that opens a case)."""
        user_id, seat, takes = self.ctx.user.id, self.seat, self.takes
        if takes:
            return lambda session: take_lease(session, case_id, user_id, seat)
        return lambda session: lease_state(session, case_id, user_id, seat)

    def hold(self, case_id: int, state: LeaseState | None = None) -> None:
        """The editor now shows ``case_id``; ``state``: what the opening job already found."""
        if self.case_id is not None and self.case_id != case_id:
            self.release()
        self.case_id = case_id
        if state is None:
            self.beat()
        else:
            self._got(case_id, state)
        self.timer.start()

    def beat(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def got(state: LeaseState) -> None:
            self._got(case_id, state)

        def missed(_error: BaseException) -> None:
            """A missed heartbeat is retried at the next; the save is still guarded by the case's version."""

        if self.takes:
            self.ctx.ops.write(self.job(case_id), owner=self, success=got, failure=missed)
        else:
            self.ctx.ops.read(self.job(case_id), owner=self, success=got, failure=missed)

    def _got(self, case_id: int, state: LeaseState) -> None:
        if case_id != self.case_id:
            return  # the user has moved on
        before, self.state = self.state, state
        if before != state:
            self.changed.emit()

    def release(self) -> None:
        """Give the case back (leaving it, or the window); a lease another PC has taken over stays theirs."""
        self.timer.stop()
        case_id, self.case_id, self.state = self.case_id, None, None
        if case_id is None or not self.takes:
            return
        user_id, seat = self.ctx.user.id, self.seat
        self.ctx.ops.write(
            lambda session: release_lease(session, case_id, user_id, seat), failure=lambda _error: None
        )  # unreachable: it lapses by itself


def lease_notice_label() -> QLabel:
    """The editor's notice of who else is editing the case (hidden while nobody is)."""
    label = QLabel()
    label.setObjectName("lease_notice")
    label.setWordWrap(True)
    label.setVisible(False)
    label.setProperty("registry_data", True)  # a colleague's name and PC
    label.setStyleSheet("background: #fff3cd; color: #6b4e00; padding: 6px; font-weight: bold;")
    return label


class HoldsLease:
    """Mixed into the case editor page: the lease taken with the case, and what the page shows of it."""

    ctx: AppContext
    lease: EditLease
    lease_notice: QLabel
    read_only: bool
    form: CaseForm
    save_button: QPushButton
    restricted: QCheckBox

    if TYPE_CHECKING:  # the page's own

        @property
        def dirty(self) -> bool: ...
        def _show(self, data: EditorData, *, keep_form: bool) -> None: ...
        def say(self, text: str, *, error: bool = False) -> None: ...
        def refresh_all(self) -> None: ...
        def isVisible(self) -> bool: ...

    def _opened(self, loaded: tuple[EditorData, LeaseState]) -> None:
        """The case is open, with its lease taken (or who holds it) in the same job."""
        data, state = loaded
        self._show(data, keep_form=False)
        self.lease.hold(data.file.case.id, state)
        if not self.isVisible():
            self.lease.release()  # the user went elsewhere while it opened

    def _lease_changed(self) -> None:
        other = self.lease.other
        was_read_only = self.read_only
        self.lease_notice.setText(holder_text(other, self.ctx.user.id) if other is not None else "")
        self.lease_notice.setVisible(other is not None)
        # what the user has typed is never locked away: a lease lost while editing still lets them save
        self.read_only = other is not None and not self.dirty
        self._apply_editable()
        state = self.lease.state
        if was_read_only and not self.read_only and state is not None and state.mine:
            self.say(translate("CaseEditor", "Nobody else is editing this case now: you can edit it."))
            self.refresh_all()  # what they saved

    def _apply_editable(self) -> None:
        editable = self.ctx.user.writes_cases and not self.read_only
        for widget in self.form.widgets():
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.restricted.setEnabled(editable)


__all__ = ["EditLease", "HoldsLease", "holder_text", "lease_notice_label"]
