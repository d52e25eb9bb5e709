"""The application's pages as a plain table: key, page class, who sees it, navigation title, in navigation order.

A new page is a QWidget subclass (see ``registry.ui.pages`` for what it may offer the window) and one line here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from registry.services.access import CASE_READERS, CASE_WRITERS
from registry.services.case_list import CaseQuery
from registry.ui import case_editor, due_today, help
from registry.ui.administration import AdministrationPage
from registry.ui.audit_viewer import AuditViewerPage
from registry.ui.case_editor import CaseEditorPage
from registry.ui.case_list import CaseListPage
from registry.ui.context import AppContext
from registry.ui.dashboard import DashboardPage
from registry.ui.import_page import ImportPage
from registry.ui.institutions import EDITORS, InstitutionsPage
from registry.ui.pages import PageRegistry, PageSpec
from registry.ui.protocol_templates import ProtocolTemplatesPage
from registry.ui.referral_log import ReferralLogPage
from registry.ui.statistics_page import StatisticsPage

translate = QCoreApplication.translate

SUPERVISORS = frozenset({"supervisor"})
ADMINISTRATORS = frozenset({"administrator"})


def _my_cases(ctx: AppContext) -> CaseListPage:
    return CaseListPage(ctx, preset=CaseQuery(assigned_to=ctx.user.id, open_only=True), fixed_worker=True)


def _overdue(ctx: AppContext) -> CaseListPage:
    return CaseListPage(ctx, preset=CaseQuery(overdue=True), fixed_overdue=True)


#: case pages for those who read cases (administrators manage accounts and templates, not case content)
PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", DashboardPage, SUPERVISORS, lambda: translate("Navigation", "Dashboard")),
    PageSpec("my_cases", _my_cases, CASE_WRITERS, lambda: translate("Navigation", "My cases")),
    PageSpec("all_cases", CaseListPage, CASE_READERS, lambda: translate("Navigation", "All cases")),
    PageSpec("referrals", ReferralLogPage, CASE_READERS, lambda: translate("Navigation", "Referrals")),
    PageSpec("overdue", _overdue, CASE_READERS, lambda: translate("Navigation", "Overdue")),
    PageSpec("institutions", InstitutionsPage, frozenset(EDITORS), lambda: translate("Navigation", "Institutions")),
    PageSpec(
        "protocol_templates",
        ProtocolTemplatesPage,
        ADMINISTRATORS,
        lambda: translate("Navigation", "Protocol templates"),
    ),
    PageSpec("administration", AdministrationPage, ADMINISTRATORS, lambda: translate("Navigation", "Administration")),
    PageSpec(case_editor.PAGE_KEY, CaseEditorPage, CASE_READERS, lambda: translate("CaseEditor", "Case")),
    PageSpec(
        "audit", AuditViewerPage, frozenset({"auditor", "supervisor"}), lambda: translate("AuditViewer", "Audit trail")
    ),
    PageSpec("import", ImportPage, frozenset({"supervisor", "worker"}), lambda: translate("Import", "Import")),
    # a worker sees the figures of her own cases; the director signs in as a supervisor
    PageSpec(
        "statistics",
        StatisticsPage,
        frozenset({"worker", "supervisor", "auditor"}),
        lambda: translate("Statistics", "Statistics"),
    ),
)

#: what every main window gets besides its pages: the case editor opens the cases other pages ask for
WINDOW_HOOKS = (case_editor.connect, due_today.install, help.install)


def application_pages() -> PageRegistry:
    return PageRegistry(PAGES, WINDOW_HOOKS)


__all__ = ["PAGES", "WINDOW_HOOKS", "application_pages"]
