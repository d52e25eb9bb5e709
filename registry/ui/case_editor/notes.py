"""Notes and conferences: contacts, visits and plain notes (the latest 200 shown), and case conference minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QPushButton, QVBoxLayout

from registry.services import case_records
from registry.services.case_view import CaseFile, ConferenceView, NoteView
from registry.services.dates import format_date, format_datetime
from registry.ui.case_editor.corrections import Field, open_correction
from registry.ui.case_editor.section import CaseJob, EditorHost, Section
from registry.ui.case_editor.widgets import (
    button,
    fill_tree,
    line,
    lookup_combo,
    record_buttons,
    text_box,
    tree,
    typed_moment,
)
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate
SHOWN_NOTES = 200


class NotesSection(Section):
    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Notes and conferences")
        layout = QVBoxLayout(self)
        layout.addWidget(self._notes())
        layout.addWidget(self._conferences())

    def _notes(self) -> QGroupBox:
        notes = QGroupBox(translate("CaseEditor", "Notes"))
        column = QVBoxLayout(notes)
        self.list = tree(
            "notes",
            [
                translate("CaseEditor", "Date"),
                translate("CaseEditor", "Kind"),
                translate("CaseEditor", "Author"),
                translate("CaseEditor", "Text"),
            ],
        )
        self.list.setMinimumHeight(140)
        column.addWidget(self.list)
        self.correct_note_button = button("correct_note", translate("Corrections", "Correct…"))
        self.correct_note_button.clicked.connect(self.correct_note)
        self.note_history_button = button("note_history", translate("Corrections", "Earlier versions…"))
        self.note_history_button.clicked.connect(self.note_history)
        column.addLayout(record_buttons(self.correct_note_button, self.note_history_button))
        form = QFormLayout()
        self.messages = FieldMessages(FieldMessage("note_general"))
        self.kind = lookup_combo(self.ctx, "note_kind", "note_kind")
        self.text = text_box("note_text", 60)
        field_row(form, translate("CaseEditor", "Kind:"), self.kind, self.messages.add("kind"))
        field_row(form, translate("CaseEditor", "Text:"), self.text, self.messages.add("text", "occurred_at"))
        column.addLayout(form)
        column.addWidget(self.messages.general)
        self.add_button = QPushButton(translate("CaseEditor", "Add note"))
        self.add_button.setObjectName("add_note")
        self.add_button.clicked.connect(self.add_note)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        return notes

    def _conferences(self) -> QGroupBox:
        conferences = QGroupBox(translate("CaseEditor", "Case conferences"))
        column = QVBoxLayout(conferences)
        self.conferences = tree(
            "conferences",
            [
                translate("CaseEditor", "Held"),
                translate("CaseEditor", "Place"),
                translate("CaseEditor", "Participants"),
                translate("CaseEditor", "Minutes"),
            ],
        )
        self.conferences.setMinimumHeight(110)
        column.addWidget(self.conferences)
        self.correct_conference_button = button("correct_conference", translate("Corrections", "Correct…"))
        self.correct_conference_button.clicked.connect(self.correct_conference)
        self.conference_history_button = button("conference_history", translate("Corrections", "Earlier versions…"))
        self.conference_history_button.clicked.connect(self.conference_history)
        column.addLayout(record_buttons(self.correct_conference_button, self.conference_history_button))
        form = QFormLayout()
        self.conference_messages = FieldMessages(FieldMessage("conference_general"))
        self.conference_date = line("conference_date", translate("CaseEditor", "dd.mm.yyyy."))
        self.conference_place = line("conference_place")
        self.conference_participants = line("conference_participants")
        self.conference_minutes = text_box("conference_minutes", 60)
        field_row(
            form, translate("CaseEditor", "Held on:"), self.conference_date, self.conference_messages.add("held_at")
        )
        field_row(form, translate("CaseEditor", "Place:"), self.conference_place, self.conference_messages.add("place"))
        field_row(
            form,
            translate("CaseEditor", "Participants:"),
            self.conference_participants,
            self.conference_messages.add("participants"),
        )
        field_row(
            form, translate("CaseEditor", "Minutes:"), self.conference_minutes, self.conference_messages.add("text")
        )
        column.addLayout(form)
        column.addWidget(self.conference_messages.general)
        self.add_conference_button = QPushButton(translate("CaseEditor", "Add conference"))
        self.add_conference_button.setObjectName("add_conference")
        self.add_conference_button.clicked.connect(self.add_conference)
        column.addWidget(self.add_conference_button, 0, Qt.AlignmentFlag.AlignRight)
        return conferences

    def action_buttons(self) -> list[QPushButton]:
        return [self.add_button, self.add_conference_button, self.correct_note_button, self.correct_conference_button]

    def show_case(self, file: CaseFile) -> None:
        label = self.ctx.reference.label
        latest = sorted(file.case.notes, key=lambda note: (note.occurred_at, note.id), reverse=True)[:SHOWN_NOTES]
        fill_tree(
            self.list,
            [
                (
                    [
                        format_datetime(row.occurred_at),
                        label("note_kind", row.kind),
                        self.ctx.staff_name(row.author_id),
                        row.text,
                    ],
                    row.id,
                )
                for row in latest
            ],
        )
        fill_tree(
            self.conferences,
            [
                ([format_date(row.held_at), row.place, row.participants, row.minutes], row.id)
                for row in sorted(file.case.conferences, key=lambda row: row.held_at)
            ],
        )

    def _note(self) -> NoteView | None:
        note_id = self.host.selected_record(self.list, translate("Corrections", "a note"))
        if note_id is None or self.host.file is None:
            return None
        return next((row for row in self.host.file.case.notes if row.id == note_id), None)

    def _conference(self) -> ConferenceView | None:
        conference_id = self.host.selected_record(self.conferences, translate("Corrections", "a conference"))
        if conference_id is None or self.host.file is None:
            return None
        return next((row for row in self.host.file.case.conferences if row.id == conference_id), None)

    def correct_note(self) -> None:
        """Correct a note; its earlier text stays in its history (Earlier versions…) and the audit trail."""
        row = self._note()
        if row is None:
            return
        fields = [
            Field(
                "kind",
                translate("CaseEditor", "Kind:"),
                "combo",
                row.kind,
                [(label, code) for code, label in self.ctx.reference.options("note_kind")],
            ),
            Field(
                "occurred_at", translate("Corrections", "When:"), "moment", row.occurred_at, aliases=("reported_at",)
            ),
            Field("text", translate("CaseEditor", "Text:"), "text", row.text),
        ]
        note_id = row.id

        def job(changes: dict[str, object]) -> CaseJob:
            data = case_records.NoteChanges(**changes)  # type: ignore[arg-type]
            return lambda session, _case_id, user_id: case_records.update_note(session, note_id, data, actor_id=user_id)

        self.correction = open_correction(
            self.host,
            self,
            translate("Corrections", "Correct a note"),
            fields,
            job,
            translate("Corrections", "The note is corrected; its earlier text is kept in its history."),
        )

    def correct_conference(self) -> None:
        row = self._conference()
        if row is None:
            return
        fields = [
            Field("held_at", translate("CaseEditor", "Held on:"), "moment", row.held_at, aliases=("reported_at",)),
            Field("place", translate("CaseEditor", "Place:"), "line", row.place, aliases=("address",)),
            Field("participants", translate("CaseEditor", "Participants:"), "text", row.participants),
            Field("minutes", translate("CaseEditor", "Minutes:"), "text", row.minutes, aliases=("text",)),
            Field("decisions", translate("Corrections", "Decisions:"), "text", row.decisions),
        ]
        conference_id = row.id

        def job(changes: dict[str, object]) -> CaseJob:
            data = case_records.ConferenceChanges(**changes)  # type: ignore[arg-type]
            return lambda session, _case_id, user_id: case_records.update_conference(
                session, conference_id, data, actor_id=user_id
            )

        self.correction = open_correction(
            self.host,
            self,
            translate("Corrections", "Correct conference minutes"),
            fields,
            job,
            translate("Corrections", "The minutes are corrected; the earlier text is kept in their history."),
        )

    def note_history(self) -> None:
        row = self._note()
        if row is not None:
            self.host.show_history(self, translate("Corrections", "Earlier versions of the note"), "case_note", row.id)

    def conference_history(self) -> None:
        row = self._conference()
        if row is not None:
            self.host.show_history(
                self, translate("Corrections", "Earlier versions of the minutes"), "case_conference", row.id
            )

    def add_note(self) -> None:
        kind, text = self.kind.currentData(), self.text.toPlainText()
        self.host.act(
            lambda session, case_id, user_id: case_records.add_note(
                session, case_id, text=text, actor_id=user_id, kind=kind
            ),
            self.messages,
            translate("CaseEditor", "Note added."),
            cleared=(self.text,),
        )

    def add_conference(self) -> None:
        self.conference_messages.clear()
        ok, held = typed_moment(self.conference_date, self.conference_messages.by_field["held_at"])
        if not ok:
            return
        if held is None:
            self.conference_messages.by_field["held_at"].show_error(
                translate("CaseEditor", "Enter a date as dd.mm.yyyy.")
            )
            return
        place, who, minutes = (
            self.conference_place.text(),
            self.conference_participants.text(),
            self.conference_minutes.toPlainText(),
        )
        self.host.act(
            lambda session, case_id, user_id: case_records.add_conference(
                session, case_id, held_at=held, participants=who, minutes=minutes, place=place, actor_id=user_id
            ),
            self.conference_messages,
            translate("CaseEditor", "Conference added."),
            cleared=(
                self.conference_date,
                self.conference_place,
                self.conference_participants,
                self.conference_minutes,
            ),
        )
