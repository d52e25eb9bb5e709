"""Referrals: the case's referrals in both directions, sending, responses, letters, and logging a new one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from registry.services import referrals
from registry.services.case_view import CaseFile, ReferralView
from registry.services.dates import format_date
from registry.ui.case_editor.corrections import Field, open_correction
from registry.ui.case_editor.section import CaseJob, EditorHost, Section
from registry.ui.case_editor.widgets import ITEM_ID_ROLE, button, fill_tree, lookup_combo, text_box, tree
from registry.ui.context import institution_label, institution_name
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate


def referral_state(status: str) -> str:
    return {
        "draft": translate("CaseEditor", "Draft, not sent"),
        "sent": translate("CaseEditor", "Waiting for a response"),
        "answered": translate("CaseEditor", "Answered"),
        "cancelled": translate("CaseEditor", "Cancelled"),
    }.get(status, status)


def _choose(combo: QComboBox) -> QComboBox:
    """A combo that starts at "Choose…" (no value), so the user picks rather than accepts the first entry."""
    combo.insertItem(0, translate("CaseEditor", "Choose…"), None)
    combo.setCurrentIndex(0)
    return combo


class ReferralsSection(Section):
    scrolls = False

    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Referrals")
        layout = QVBoxLayout(self)
        self.list = tree(
            "case_referrals",
            [
                translate("CaseEditor", "Direction"),
                translate("CaseEditor", "Institution"),
                translate("CaseEditor", "Sent / received"),
                translate("CaseEditor", "Registry no."),
                translate("CaseEditor", "Response due"),
                translate("CaseEditor", "Response"),
                translate("CaseEditor", "State"),
            ],
        )
        self.list.setMinimumHeight(150)
        layout.addWidget(self.list, 1)
        actions = QHBoxLayout()
        self.send_button = QPushButton(translate("CaseEditor", "Mark as sent"))
        self.send_button.setObjectName("send_referral")
        self.send_button.clicked.connect(self.send)
        self.letter_button = QPushButton(translate("CaseEditor", "Print letter…"))
        self.letter_button.setObjectName("print_referral")
        self.letter_button.clicked.connect(self.print_letter)
        self.correct_button = button("correct_referral", translate("Corrections", "Correct…"))
        self.correct_button.clicked.connect(self.correct)
        self.cancel_button = button("cancel_referral", translate("Corrections", "Cancel the referral…"))
        self.cancel_button.clicked.connect(self.cancel)
        self.history_button = button("referral_history", translate("Corrections", "History…"))
        self.history_button.clicked.connect(self.history)
        actions.addWidget(self.send_button)
        actions.addWidget(self.letter_button)
        actions.addStretch(1)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.history_button)
        layout.addLayout(actions)
        layout.addWidget(self._response())
        layout.addWidget(self._new_referral())

    def _response(self) -> QGroupBox:
        response = QGroupBox(translate("CaseEditor", "Response to the selected referral"))
        form = QFormLayout(response)
        self.response_messages = FieldMessages(FieldMessage("response_general"))
        self.response_summary = text_box("response_summary", 60)
        field_row(
            form,
            translate("CaseEditor", "What they answered:"),
            self.response_summary,
            self.response_messages.add("response_summary", "response_received_at"),
        )
        self.response_button = QPushButton(translate("CaseEditor", "Record the response"))
        self.response_button.setObjectName("record_response")
        self.response_button.clicked.connect(self.record_response)
        form.addRow(self.response_messages.general)
        form.addRow("", self.response_button)
        return response

    def _new_referral(self) -> QGroupBox:
        new = QGroupBox(translate("CaseEditor", "New referral"))
        form = QFormLayout(new)
        self.referral_messages = FieldMessages(FieldMessage("referral_general"))
        # direction, institution and urgency are the user's choice: nothing is pre-selected for them
        self.direction = _choose(lookup_combo(self.ctx, "referral_direction", "referral_direction"))
        self.institution = QComboBox()
        self.institution.setObjectName("referral_institution")
        self.institution.setProperty("registry_data", True)  # names from the directory
        self.channel = lookup_combo(self.ctx, "referral_channel", "channel")
        self.urgency = _choose(lookup_combo(self.ctx, "referral_urgency", "urgency"))
        self.reason = text_box("referral_reason", 50)
        self.request = text_box("referral_request", 50)
        field_row(form, translate("CaseEditor", "Direction:"), self.direction, self.referral_messages.add("direction"))
        field_row(
            form, translate("CaseEditor", "Institution:"), self.institution, self.referral_messages.add("institution")
        )
        field_row(form, translate("CaseEditor", "Channel:"), self.channel, self.referral_messages.add("channel"))
        field_row(form, translate("CaseEditor", "Urgency:"), self.urgency, self.referral_messages.add("urgency"))
        field_row(form, translate("CaseEditor", "Reason:"), self.reason, self.referral_messages.add("reason"))
        field_row(
            form,
            translate("CaseEditor", "What is asked:"),
            self.request,
            self.referral_messages.add("requested_action", "sent_at", "response_due_at"),
        )
        self.log_button = QPushButton(translate("CaseEditor", "Log the referral"))
        self.log_button.setObjectName("log_referral")
        self.log_button.clicked.connect(lambda: self.log())
        form.addRow(self.referral_messages.general)
        form.addRow("", self.log_button)
        return new

    def action_buttons(self) -> list[QPushButton]:
        return [self.send_button, self.response_button, self.log_button, self.correct_button, self.cancel_button]

    def show_case(self, file: CaseFile) -> None:
        label = self.ctx.reference.label
        language = self.ctx.language
        rows = file.referrals
        now = dt.datetime.now(dt.UTC)

        def overdue(number: int) -> bool:
            row = rows[number]
            return row.status == "sent" and row.response_due_at is not None and row.response_due_at < now

        fill_tree(
            self.list,
            [
                (
                    [
                        label("referral_direction", row.direction),
                        institution_label(
                            row.institution.name, language, {row.institution.name: row.institution.name_cyrl}
                        )
                        if row.institution
                        else "",
                        format_date(row.sent_at),
                        row.registry_number,
                        format_date(row.response_due_at),
                        format_date(row.response_received_at),
                        referral_state(row.status),
                    ],
                    row.id,
                )
                for row in rows
            ],
            red=overdue,
        )
        chosen = self.institution.currentData()
        self.institution.clear()
        self.institution.addItem(translate("CaseEditor", "Choose…"), None)
        for institution in self.host.institutions:
            self.institution.addItem(
                f"{institution_name(institution.name, institution.name_cyrl, language)} "
                f"({label('sector', institution.sector)})",
                institution.id,
            )
        self.institution.setCurrentIndex(max(0, self.institution.findData(chosen)) if chosen is not None else 0)

    def selected(self) -> int | None:
        item = self.list.currentItem()
        if item is None:
            self.host.say(translate("CaseEditor", "Select a referral in the list first."), error=True)
            return None
        return int(item.data(0, ITEM_ID_ROLE))

    def log(self, override: str = "") -> None:
        direction = self.direction.currentData()
        data = referrals.ReferralInput(
            case_id=self.host.case_id or 0,
            direction=str(direction or ""),
            institution_id=self.institution.currentData(),
            channel=str(self.channel.currentData() or ""),
            reason=self.reason.toPlainText(),
            requested_action=self.request.toPlainText(),
            urgency=str(self.urgency.currentData() or ""),
            sent_at=dt.datetime.now(dt.UTC) if direction == "incoming" else None,
            consent_override_reason=override,
        )

        def consent_missing(error: BaseException) -> bool:
            if not isinstance(error, referrals.ConsentMissing):
                return False
            reason = self.host.ask_text(
                self,
                translate("CaseEditor", "No consent covers this referral"),
                error.message(self.ctx.language)
                + "\n\n"
                + translate("CaseEditor", "To send it anyway, give the reason; it is recorded."),
            )
            if reason:
                self.log(reason)
            else:
                self.host.say(error.message(self.ctx.language), error=True)
            return True

        self.host.act(
            lambda session, _case_id, user_id: referrals.log_referral(session, data, actor_id=user_id),
            self.referral_messages,
            translate("CaseEditor", "Referral logged."),
            cleared=(self.direction, self.institution, self.urgency, self.reason, self.request),
            failed=consent_missing,
        )

    def _referral(self) -> ReferralView | None:
        referral_id = self.selected()
        if referral_id is None or self.host.file is None:
            return None
        return next((row for row in self.host.file.referrals if row.id == referral_id), None)

    def correct(self) -> None:
        """Correct what was logged (institution, channel, urgency, texts, numbers, deadline, the response)."""
        row = self._referral()
        if row is None:
            return
        language = self.ctx.language
        label = self.ctx.reference.label
        institutions = [
            (f"{institution_name(item.name, item.name_cyrl, language)} ({label('sector', item.sector)})", item.id)
            for item in self.host.institutions
        ]
        if row.institution is not None and all(value != row.institution_id for _text, value in institutions):
            institutions.append(
                (institution_name(row.institution.name, row.institution.name_cyrl, language), row.institution.id)
            )
        t = lambda text: translate("CaseEditor", text)  # noqa: E731
        options = self.ctx.reference.options
        fields = [
            Field(
                "institution_id", t("Institution:"), "combo", row.institution_id, institutions, aliases=("institution",)
            ),
            Field("channel", t("Channel:"), "combo", row.channel, [(text, code) for code, text in options("channel")]),
            Field("urgency", t("Urgency:"), "combo", row.urgency, [(text, code) for code, text in options("urgency")]),
            Field("reason", t("Reason:"), "text", row.reason),
            Field("requested_action", t("What is asked:"), "text", row.requested_action),
            Field("registry_number", translate("Corrections", "Registry no.:"), "line", row.registry_number),
            Field(
                "contact_person",
                translate("Corrections", "Contact person:"),
                "line",
                row.contact_person,
                aliases=("reporter_name",),
            ),
            Field("response_due_at", translate("Corrections", "Response due:"), "moment", row.response_due_at),
        ]
        if row.status == "answered":
            fields.append(Field("response_summary", t("What they answered:"), "text", row.response_summary))
        referral_id, version = row.id, row.version

        def job(changes: dict[str, object]) -> CaseJob:
            data = referrals.ReferralChanges(**changes)  # type: ignore[arg-type]
            return lambda session, _case_id, user_id: referrals.update_referral(
                session, referral_id, data, actor_id=user_id, expected_version=version
            )

        self.correction = open_correction(
            self.host,
            self,
            translate("Corrections", "Correct a referral"),
            fields,
            job,
            translate("Corrections", "The referral is corrected."),
        )

    def cancel(self) -> None:
        row = self._referral()
        if row is None:
            return
        reason = self.host.ask_text(
            self,
            translate("Corrections", "Cancel the referral"),
            translate(
                "Corrections", "Why is this referral cancelled? It stays in the log as cancelled, with the reason."
            ),
        )
        if not reason:
            return
        referral_id, version = row.id, row.version
        self.host.act(
            lambda session, _case_id, user_id: referrals.cancel_referral(
                session, referral_id, reason=reason, actor_id=user_id, expected_version=version
            ),
            None,
            translate("Corrections", "The referral is cancelled."),
        )

    def history(self) -> None:
        row = self._referral()
        if row is not None:
            self.host.show_history(self, translate("Corrections", "History of the referral"), "referral", row.id)

    def send(self) -> None:
        referral_id = self.selected()
        if referral_id is not None:
            self.host.act(
                lambda session, _case_id, user_id: referrals.send_referral(session, referral_id, actor_id=user_id),
                None,
                translate("CaseEditor", "The referral is marked as sent."),
            )

    def record_response(self) -> None:
        referral_id = self.selected()
        if referral_id is None:
            return
        summary = self.response_summary.toPlainText()
        self.host.act(
            lambda session, _case_id, user_id: referrals.record_response(
                session, referral_id, summary=summary, actor_id=user_id
            ),
            self.response_messages,
            translate("CaseEditor", "The response is recorded."),
            cleared=(self.response_summary,),
        )

    def print_letter(self) -> None:
        referral_id = self.selected()
        if referral_id is None or self.host.view is None:
            return
        self.host.print_preview(
            translate("CaseEditor", "Referral letter"),
            "referral",
            referral_id,
            referral_id=referral_id,
            file_name=f"{self.host.view.number}-referral-{referral_id}.pdf",
        )
