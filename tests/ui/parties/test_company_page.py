"""A company's page answers "what is going on with them": its people's open tasks and the open deals, its own
and its people's, each named with the person it is about."""

from __future__ import annotations

from datetime import date, timedelta

from smallcrm.services.sales.deals import DealDraft, update_deal
from smallcrm.services.timeline.tasks import complete_task
from tests import factories


def test_a_company_page_lists_its_people_tasks_and_its_deals(ctx, party_page):
    acme = factories.company(ctx.db, "Acme S.r.l.", stage="customer")
    mario = factories.person(ctx.db, "Mario", "Rossi", company_id=acme.id)
    giulia = factories.person(ctx.db, "Giulia", "Bianchi", company_id=acme.id)
    outsider = factories.person(ctx.db, "Paolo", "Neri")
    factories.task(ctx.db, "Send the offer", mario.id, date.today() + timedelta(days=3))
    factories.task(ctx.db, "Book the visit", giulia.id)
    done = factories.task(ctx.db, "Old call", giulia.id)
    complete_task(ctx.db, done.id)
    factories.task(ctx.db, "Someone else's", outsider.id)
    factories.deal(ctx.db, acme.id, "Boiler room", "12500", stage="proposal")
    factories.deal(ctx.db, mario.id, "Second site", "3000")
    lost = factories.deal(ctx.db, acme.id, "Old lead", "100")
    update_deal(ctx.db, lost.id, DealDraft(acme.id, "Old lead", "100", stage="lost"))
    factories.deal(ctx.db, outsider.id, "Not theirs", "1")

    party_page.show_party(acme.id)

    tasks = sorted(party_page.tasks.item(r).text() for r in range(party_page.tasks.count()))
    assert len(tasks) == 2 and "(2)" in party_page.tasks_title.text()
    assert tasks[0].startswith("Book the visit") and tasks[0].endswith("Giulia Bianchi")
    assert tasks[1].startswith("Send the offer") and tasks[1].endswith("Mario Rossi")
    deals = [party_page.open_deals.list.item(r).text() for r in range(party_page.open_deals.list.count())]
    assert len(deals) == 2 and "(2)" in party_page.open_deals.title.text()
    boiler = next(d for d in deals if d.startswith("Boiler room"))
    assert "12.500" in boiler or "12,500" in boiler
    assert "Acme" not in boiler  # the company's own deal needs no name
    assert next(d for d in deals if d.startswith("Second site")).endswith("Mario Rossi")


def test_a_person_page_lists_only_their_own(ctx, party_page):
    acme = factories.company(ctx.db, "Acme S.r.l.")
    mario = factories.person(ctx.db, "Mario", "Rossi", company_id=acme.id)
    factories.task(ctx.db, "The company's task", acme.id)
    factories.deal(ctx.db, acme.id, "Boiler room", "12500")
    factories.task(ctx.db, "Mario's task", mario.id)

    party_page.show_party(mario.id)

    assert [party_page.tasks.item(r).text() for r in range(party_page.tasks.count())] == ["Mario's task"]
    assert party_page.open_deals.list.count() == 0 and not party_page.open_deals.isVisibleTo(party_page)
