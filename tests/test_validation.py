from __future__ import annotations

from signpost.core.validation import field_name


def test_field_names_count_list_items_from_one() -> None:
    assert field_name(("locations", 0, "postcode")) == "locations[1].postcode"
    assert field_name(("categories", 2)) == "categories[3]"
    assert field_name(("contact", "phone")) == "contact.phone"
    assert field_name(()) == ""
