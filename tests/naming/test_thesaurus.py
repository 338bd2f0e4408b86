"""The shipped EuroVoc descriptors load whole, and subjects leave out bodies and places."""

from corpus_tool.naming.thesaurus import descriptors, subjects


def test_every_descriptor_loads_with_its_microthesaurus():
    rows = descriptors()
    assert len(rows) == 7029
    assert len({d.id for d in rows}) == len(rows)
    assert all(len(d.microthesaurus) == 4 and d.microthesaurus.isdigit() for d in rows)
    labels = {d.label for d in rows}
    assert {"access to education", "family migration", "equal pay", "migrant worker"} <= labels


def test_subjects_leave_out_organisations_places_and_eu_treaties():
    names = {d.label for d in subjects()}
    assert "access to education" in names and "right to work" in names
    assert "International Labour Organisation" not in names      # 76xx: organisations
    assert "Poitou-Charentes" not in names                       # 72xx: geography
    assert len(names) < len(descriptors())
