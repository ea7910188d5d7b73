"""Documents named by a figure no SQLite row can hold are simply not found (the hostile-argument property test
found ``smallcrm quotes show 9223372036854775808`` ending in an OverflowError from the driver)."""

import pytest

from smallcrm.errors import NotFound
from smallcrm.services.sales.references import invoice_ref, quote_ref
from tests import factories


@pytest.mark.parametrize("text", ["9223372036854775808", "#99999999999999999999", "99999999999999999999/2026",
                                  "NC 1/99999999999999999999"])
def test_an_invoice_beyond_what_sqlite_holds_is_not_found(db, text):
    factories.issued_invoice(db, factories.customer(db).id)
    with pytest.raises(NotFound):
        invoice_ref(text)


@pytest.mark.parametrize("text", ["9223372036854775808", "#9223372036854775808", "P-2026-99999999999999999999"])
def test_a_quote_beyond_what_sqlite_holds_is_not_found(db, text):
    with pytest.raises(NotFound):
        quote_ref(text)


def test_the_largest_id_sqlite_holds_is_still_asked(db):
    with pytest.raises(NotFound):
        quote_ref("#9223372036854775807")
