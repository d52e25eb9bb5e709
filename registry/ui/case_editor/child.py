"""Child and household: the child's own fields (part of the case form) and the household members."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from registry.services import case_records
from registry.services.case_view import CaseFile, HouseholdMemberView
from registry.services.people import PERSON_FIELDS, PersonChanges, PersonInput
from registry.ui.case_editor.corrections import Field, open_correction
from registry.ui.case_editor.section import CaseJob, EditorHost, Section
from registry.ui.case_editor.widgets import button, fill_tree, line, lookup_combo, record_buttons, tree
from registry.ui.forms import FieldMessage, FieldMessages, field_row

translate = QCoreApplication.translate


class ChildSection(Section):
    def __init__(self, host: EditorHost) -> None:
        super().__init__(host)
        self.title = translate("CaseEditor", "Child and household")
        form = host.form
        layout = QVBoxLayout(self)
        child = QGroupBox(translate("CaseEditor", "Child"))
        fields = QFormLayout(child)
        self.given_name = form.line("given_name", fields, translate("CaseEditor", "Given name:"))
        self.family_name = form.line("family_name", fields, translate("CaseEditor", "Family name:"))
        self.jmbg = form.line("jmbg", fields, translate("CaseEditor", "JMBG:"))
        self.birth_date = form.date(
            "birth_date", fields, translate("CaseEditor", "Date of birth:"), translate("CaseEditor", "dd.mm.yyyy.")
        )
        self.sex = form.combo(
            "sex", lookup_combo(self.ctx, "sex", "sex", empty=True), fields, translate("CaseEditor", "Sex:")
        )
        self.address = form.line("address", fields, translate("CaseEditor", "Address:"))
        self.municipality = form.line("municipality", fields, translate("CaseEditor", "Municipality:"))
        self.phone = form.line("phone", fields, translate("CaseEditor", "Phone:"))
        self.citizenship = form.line("citizenship", fields, translate("CaseEditor", "Citizenship:"))
        self.school = form.line("school", fields, translate("CaseEditor", "School:"))
        self.school_grade = form.line("school_grade", fields, translate("CaseEditor", "Grade:"))
        self.has_disability = form.check(
            "has_disability", fields, translate("CaseEditor", "The child has a disability")
        )
        self.disability_note = form.text(
            "disability_note", fields, translate("CaseEditor", "About the disability:"), 60
        )
        self.notes = form.text(
            "notes", fields, translate("CaseEditor", "Notes about the child:"), 60, object_name="child_notes"
        )
        layout.addWidget(child)
        layout.addWidget(self._household())

    def _household(self) -> QGroupBox:
        household = QGroupBox(translate("CaseEditor", "Household"))
        column = QVBoxLayout(household)
        self.household = tree(
            "household",
            [
                translate("CaseEditor", "Name"),
                translate("CaseEditor", "Role"),
                translate("CaseEditor", "Alleged perpetrator"),
                translate("CaseEditor", "Legal representative"),
            ],
        )
        self.household.setMinimumHeight(120)
        column.addWidget(self.household)
        self.correct_member_button = button("correct_member", translate("Corrections", "Correct…"))
        self.correct_member_button.clicked.connect(self.correct_member)
        self.remove_member_button = button("remove_member", translate("Corrections", "Remove…"))
        self.remove_member_button.clicked.connect(self.remove_member)
        self.member_history_button = button("member_history", translate("Corrections", "History…"))
        self.member_history_button.clicked.connect(self.member_history)
        column.addLayout(
            record_buttons(self.correct_member_button, self.remove_member_button, self.member_history_button)
        )
        add = QFormLayout()
        self.member_messages = FieldMessages(FieldMessage("member_general"))
        self.member_given = line("member_given_name")
        self.member_family = line("member_family_name")
        self.member_role = lookup_combo(self.ctx, "member_role", "household_role")
        field_row(
            add, translate("CaseEditor", "Given name:"), self.member_given, self.member_messages.add("given_name")
        )
        field_row(
            add, translate("CaseEditor", "Family name:"), self.member_family, self.member_messages.add("family_name")
        )
        field_row(
            add, translate("CaseEditor", "Role:"), self.member_role, self.member_messages.add("role_in_household")
        )
        self.member_perpetrator = QCheckBox(translate("CaseEditor", "Alleged perpetrator"))
        self.member_representative = QCheckBox(translate("CaseEditor", "Legal representative"))
        self.add_member_button = QPushButton(translate("CaseEditor", "Add to the household"))
        self.add_member_button.setObjectName("add_member")
        self.add_member_button.clicked.connect(self.add_member)
        buttons = QHBoxLayout()
        buttons.addWidget(self.member_perpetrator)
        buttons.addWidget(self.member_representative)
        buttons.addStretch(1)
        buttons.addWidget(self.add_member_button)
        column.addLayout(add)
        column.addWidget(self.member_messages.general)
        column.addLayout(buttons)
        return household

    def action_buttons(self) -> list[QPushButton]:
        return [self.add_member_button, self.correct_member_button, self.remove_member_button]

    def show_case(self, file: CaseFile) -> None:
        label = self.ctx.reference.label
        yes = translate("CaseEditor", "yes")
        fill_tree(
            self.household,
            [
                (
                    [
                        member.person.full_name,
                        label("household_role", member.role),
                        yes if member.alleged_perpetrator else "",
                        yes if member.legal_representative else "",
                    ],
                    member.id,
                )
                for member in file.case.household
            ],
        )

    def _member(self) -> HouseholdMemberView | None:
        member_id = self.host.selected_record(self.household, translate("Corrections", "a household member"))
        if member_id is None or self.host.file is None:
            return None
        return next((member for member in self.host.file.case.household if member.id == member_id), None)

    def correct_member(self) -> None:
        """Correct a member's name, JMBG, address, phone and place in the household."""
        member = self._member()
        if member is None:
            return
        person = member.person
        t = lambda text: translate("CaseEditor", text)  # noqa: E731
        options = self.ctx.reference.options
        fields = [
            Field("given_name", t("Given name:"), "line", person.given_name),
            Field("family_name", t("Family name:"), "line", person.family_name),
            Field("jmbg", t("JMBG:"), "line", person.jmbg or ""),
            Field("birth_date", t("Date of birth:"), "date", person.birth_date),
            Field(
                "sex", t("Sex:"), "combo", person.sex, [("", None), *((label, code) for code, label in options("sex"))]
            ),
            Field("address", t("Address:"), "line", person.address),
            Field("phone", t("Phone:"), "line", person.phone),
            Field(
                "role",
                t("Role:"),
                "combo",
                member.role,
                [(label, code) for code, label in options("household_role")],
                aliases=("role_in_household",),
            ),
            Field("alleged_perpetrator", t("Alleged perpetrator"), "check", member.alleged_perpetrator),
            Field("legal_representative", t("Legal representative"), "check", member.legal_representative),
            Field(
                "lives_in_household",
                translate("Corrections", "Lives in the household"),
                "check",
                member.lives_in_household,
            ),
            Field("notes", translate("Corrections", "Notes:"), "text", member.notes),
        ]
        person_fields = set(PERSON_FIELDS) - {"notes"}
        member_id = member.id

        def job(changes: dict[str, object]) -> CaseJob:
            data = case_records.HouseholdChanges(
                person=PersonChanges(**{k: v for k, v in changes.items() if k in person_fields}),  # type: ignore[arg-type]
                **{k: v for k, v in changes.items() if k not in person_fields},  # type: ignore[arg-type]
            )
            return lambda session, _case_id, user_id: case_records.update_household_member(
                session, member_id, data, actor_id=user_id
            )

        self.correction = open_correction(
            self.host,
            self,
            translate("Corrections", "Correct a household member"),
            fields,
            job,
            translate("Corrections", "The household member is corrected."),
        )

    def remove_member(self) -> None:
        member = self._member()
        if member is None:
            return
        reason = self.host.ask_text(
            self,
            translate("Corrections", "Remove from the household"),
            translate(
                "Corrections", "Why is %1 no longer part of this household? The reason is kept in the history."
            ).replace("%1", member.person.full_name),
        )
        if not reason:
            return
        member_id = member.id
        self.host.act(
            lambda session, _case_id, user_id: case_records.remove_household_member(
                session, member_id, reason=reason, actor_id=user_id
            ),
            None,
            translate("Corrections", "Removed from the household."),
        )

    def member_history(self) -> None:
        member = self._member()
        if member is not None:
            self.host.show_history(
                self,
                translate("Corrections", "History: %1").replace("%1", member.person.full_name),
                "household_member",
                member.id,
            )

    def add_member(self) -> None:
        person = PersonInput(self.member_given.text(), self.member_family.text())
        role = self.member_role.currentData()
        perpetrator, representative = self.member_perpetrator.isChecked(), self.member_representative.isChecked()
        self.host.act(
            lambda session, case_id, user_id: case_records.add_household_member(
                session,
                case_id,
                person,
                role=role,
                actor_id=user_id,
                alleged_perpetrator=perpetrator,
                legal_representative=representative,
            ),
            self.member_messages,
            translate("CaseEditor", "Added to the household."),
            cleared=(self.member_given, self.member_family, self.member_perpetrator, self.member_representative),
        )
