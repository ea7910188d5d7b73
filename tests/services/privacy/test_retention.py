from datetime import date

import pytest

from smallcrm import clock
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.privacy import audit
from smallcrm.services.privacy.consents import set_review_date
from smallcrm.services.privacy.erasure import anonymise_party
from smallcrm.services.privacy.retention import add_months, keep_party, retention_review
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories


@pytest.fixture
def today():
    return clock.local_today()


@pytest.fixture
def by_stage(db, person):
    made = {stage: person("Test", stage.title(), stage=stage).id for stage in ("lead", "prospect", "lost", "dormant")}
    made["customer"] = factories.customer(db, "Cliente S.r.l.", stage="customer").id
    factories.issued_invoice(db, made["customer"], [LineDraft("Work", 1, "100", 0, "22")], on=clock.local_today())
    return made


def _listed(db, when: date) -> dict[str, str]:
    return {row.party.name: row.reason for row in retention_review(today=when)}


def test_months_are_added_as_on_a_calendar():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 3, 15), -24) == date(2024, 3, 15)
    assert add_months(date(2026, 11, 30), 14) == date(2028, 1, 30)


def test_each_stage_leaves_after_its_months_customers_after_the_invoices_years(db, by_stage, today):
    assert _listed(db, today) == {}
    assert _listed(db, add_months(today, 13)) == {"Test Lost": "retention"}
    assert set(_listed(db, add_months(today, 25))) == {"Test Lost", "Test Lead", "Test Prospect"}
    assert set(_listed(db, add_months(today, 37))) == {"Test Lost", "Test Lead", "Test Prospect", "Test Dormant"}
    late = retention_review(today=add_months(today, 121))
    customer = next(r for r in late if r.party.name == "Cliente S.r.l.")
    assert customer.issued_invoices == 1 and customer.keep_until == add_months(today, 120)
    assert customer.stage == "customer" and not customer.in_trash


def test_settings_change_the_periods(db, by_stage, today):
    set_setting(db, "retention_months_lead", 6)
    assert _listed(db, add_months(today, 7)) == {"Test Lead": "retention"}


def test_keep_moves_the_review_date_and_the_party_comes_back_when_it_is_reached(db, by_stage, today):
    later = add_months(today, 25)
    keep_party(db, by_stage["lead"], today=later)
    assert "Test Lead" not in _listed(db, later)
    assert _listed(db, add_months(later, 25))["Test Lead"] == "retention"
    set_review_date(db, by_stage["prospect"], today)
    assert _listed(db, today) == {"Test Prospect": "review"}


def test_an_anonymised_party_leaves_the_list(db, by_stage, today):
    anonymise_party(db, by_stage["lost"], "Retention period over")
    assert "Test Lost" not in _listed(db, add_months(today, 13))
    assert _listed(db, add_months(today, 13)) == {}


def test_who_is_the_system_user_when_no_default_owner_is_set(db, monkeypatch):
    monkeypatch.setattr(audit, "_os_user", lambda: "giulia")
    assert audit.current_user() == "giulia"
    set_setting(db, "default_owner", "anna")
    assert audit.current_user() == "anna"
