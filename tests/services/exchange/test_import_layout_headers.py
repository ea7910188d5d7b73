"""Which of our fields a file's header row is offered as: the layouts of the programs real exports come from
(Roundcube, KAddressBook, Windows Address Book, the oldest Gmail), each found in ../shared/corpus."""

from smallcrm.services.exchange.import_layouts import detect_mapping


def test_a_wide_generic_header_is_suggested_whole():
    headers = ["First Name", "Email Home", "Email Work", "Email Other", "Home Mobile", "Home Street", "Home Zip",
               "Home Country", "Business Street", "Work Zip", "Work Country", "Other Street",
               "Other Country/Region", "Website Blog", "Website Home Page", "Website Work"]
    mapping = detect_mapping(headers)
    assert dict(zip(headers, mapping.fields, strict=True)) == {
        "First Name": "first_name", "Email Home": "email", "Email Work": "email", "Email Other": "email",
        "Home Mobile": "phone", "Home Street": "address2_street", "Home Zip": "address2_postal_code",
        "Home Country": "address2_country", "Business Street": "street", "Work Zip": "postal_code",
        "Work Country": "country", "Other Street": None,
        "Other Country/Region": None,  # a third address has no columns here: not the home one's country
        "Website Blog": "web", "Website Home Page": "web", "Website Work": "web"}


def test_kaddressbook_s_address_columns_are_suggested():
    headers = ["Honorific Prefixes", "Additional Names", "Honorific Suffixes", "Home Address Street",
               "Home Address Locality", "Home Address Region", "Home Address Postal Code", "Home Address Country",
               "Business Address Street", "Business Address Locality", "Business Address Region",
               "Business Address Postal Code", "Business Address Country"]
    assert detect_mapping(headers).fields == (
        "name_prefix", "middle_name", "name_suffix", "address2_street", "address2_city", "address2_province",
        "address2_postal_code", "address2_country", "street", "city", "province", "postal_code", "country")


def test_windows_address_book_s_web_pages_are_suggested():
    assert detect_mapping(["Name", "Personal Web Page", "Business Web Page"]).fields == ("name", "web", "web")


def test_the_oldest_gmail_layout_is_suggested():
    headers = ["Name", "E-mail", "Notes", "Section 1 - Description", "Section 1 - Email", "Section 1 - IM",
               "Section 1 - Phone", "Section 1 - Mobile", "Section 1 - Pager", "Section 1 - Fax",
               "Section 1 - Company", "Section 1 - Title", "Section 1 - Other", "Section 1 - Address"]
    assert detect_mapping(headers).fields == ("name", "email", "notes", None, "email", "im", "phone", "phone",
                                              "phone", "fax", "company", "job_title", None, "street")
