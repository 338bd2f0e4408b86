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


def test_supported_counts_the_texts_that_say_every_word_of_a_subject():
    from corpus_tool.naming.thesaurus import supported
    texts = [  # CRC art. 28(1)(a), ICESCR art. 13(2)(a), CESCR GC 13 para. 6(b)
        "Make primary education compulsory and available free to all;",
        "Primary education shall be compulsory and available free to all;",
        "Educational institutions and programmes have to be accessible to everyone, "
        "without discrimination.",
    ]
    found = {s.descriptor.label: s.members for s in supported(texts)}
    assert found["compulsory education"] == 2
    assert found["primary education"] == 2
    assert "access to education" not in found           # "accessible" is not "access"
    assert all(n >= 2 for n in found.values())
    assert found["education"] == 3                       # "educational" shares its stem
    labels = [s.descriptor.label for s in supported(texts)]
    assert labels[0] == "education"                      # most members first
    assert supported(texts, min_members=3) == supported(texts)[:1]
