"""Who else has this case open: the editor's lease (``services.case_leases``) kept alive while the case is shown.

While the editor shows a case it holds the case's lease and renews it every ``HEARTBEAT_SECONDS`` through the ops
layer (off the GUI thread, one small statement); it gives it back when the user leaves the case or the window.
When another PC or window holds it, the editor says "being edited by <name> since <time>" and shows the case for
reading only; each heartbeat tries again, so the reader can edit once the holder has left or has been silent for
``LEASE_SECONDS`` (a crashed PC).  An auditor never takes a lease: it is only told who is editing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
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
            "Being edited by %1 (%2) since %3. You can read the case; you can edit it "
            "once they have left it.",
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


__all__ = ["EditLease", "holder_text"]
