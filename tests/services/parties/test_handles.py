"""A contact's chat addresses and social profiles: one service name for the many a file uses, "service: address"
as a form and a cell write it, and kept through an edit that does not show them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from smallcrm.domain import ContactKind
from smallcrm.errors import ValidationError
from smallcrm.services.parties.handles import service_name, split_handle
from smallcrm.services.parties.parties import PartyDraft, create_party, draft_of, get_party, update_party
from tests import factories


def test_service_names_and_addresses_are_read_one_way():
    assert [service_name(s) for s in ("X-SKYPE-USERNAME", "xmpp", "GoogleTalk", "ymsgr", "gg", "Threema", "")] == [
        "skype", "jabber", "google talk", "yahoo", "gadu-gadu", "threema", ""]
    assert split_handle("Skype: joe.doe") == ("skype", "joe.doe")
    assert split_handle("Mike’s very special: m@example.com") == ("mike’s very special", "m@example.com")
    # a web address, a Skype "live:" id or a bare name say no service
    assert split_handle("https://twitter.com/joe") == ("", "https://twitter.com/joe")
    assert split_handle("live:joe_1") == ("", "live:joe_1")


def test_an_edit_keeps_them_and_the_same_address_twice_is_one(db):
    view, _ = create_party(db, PartyDraft(first_name="Ada", last_name="Rossi",
                                          ims=["skype: ada.r", "Skype: ADA.R", "jabber: ada@example.org"],
                                          socials=["twitter: https://twitter.com/ada"]))
    update_party(db, view.id, replace(draft_of(view), job_title="Buyer"))  # as the form saves it
    after = get_party(view.id)
    assert after.job_title == "Buyer"
    assert [(p.label, p.value) for p in after.points(ContactKind.IM)] == [("skype", "ada.r"),
                                                                          ("jabber", "ada@example.org")]
    assert [(p.label, p.value) for p in after.points(ContactKind.SOCIAL)] == [("twitter", "https://twitter.com/ada")]


def test_a_service_given_without_an_address_is_refused_naming_its_line(db):
    with pytest.raises(ValidationError) as refused:
        factories.person(db, "Mario", "Rossi", socials=["linkedin: https://linkedin.com/in/m", "", "LinkedIn:"])
    assert (refused.value.field, refused.value.code) == ("socials[2]", "handle_address_required")
    assert refused.value.params == {"service": "LinkedIn"}
