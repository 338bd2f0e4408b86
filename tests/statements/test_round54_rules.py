"""Session 29 (issue 14), round 54: the actors of `heldout84`-`heldout95` (seen) that the parse
names but the rules lost:

- a partitive subject names the group it picks from ("Each of the Contracting Parties shall
  allow …": the Contracting Parties), as a kind-noun does ("All categories of workers …");
- how many actors a sentence speaks of, or which other one, is no part of their name ("Neither
  Contracting Party shall …", "two or more Parties shall …", "only the Republic of Panama
  shall …", "… by another Government");
- a bar's lead-in names whom it bars ("No driver of a taxi shall—" and its items: the driver),
  but a bar on anyone names no one ("No person shall—"); a lead-in whose subject the modal
  follows without a comma names it ("… the policy of the Government of Canada that all federal
  institutions shall:");
- a subject the parser hung on a fronted phrase as an apposition ("Subject to the provisions of
  this Constitution, the President, acting …, may …", "Within 120 days of …, the Secretary of
  Commerce, …, shall publish …").
"""
from __future__ import annotations

import pytest

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first

TREATY = genre_of("treaty", "binding")
LAW = genre_of("statute", "binding")
ORDINANCE = genre_of("by-law", "binding")


@pytest.mark.integration
@pytest.mark.parametrize("context, text, genre, actor", [
    ("", "Each of the Contracting Parties shall allow any carrier established in the territory of "
     "the other Contracting Party to carry out without any special licence transport of goods:",
     TREATY, "Contracting Parties"),                                                   # u16714
    ("", "Subject to the other conditions laid down in this Convention each of the Contracting "
     "States shall grant to the tourist, provided that there is no reason to fear abuse:",
     TREATY, "Contracting States"),                                                    # u16221
    ("", "Neither Contracting Party shall, however, be required by paragraphs 1 or 3 to grant this "
     "exemption in respect of vehicles which are owned by persons resident abroad.",
     TREATY, "Contracting Party"),                                                     # u16716
    ("", "With respect to categories of cases and in accordance with procedures which they shall "
     "determine by mutual agreement, two or more Parties shall automatically exchange the "
     "information referred to in Article 4.", TREATY, "Parties"),                     # u15024
    ("", "After the termination of the Panama Canal Treaty, only the Republic of Panama shall "
     "operate the Canal and maintain military forces within its national territory.",
     TREATY, "Republic of Panama"),                                                    # u15090
    ("", "(2) No driver of a taxi shall—", ORDINANCE, "driver of a taxi"),             # u15685
    ("(2) No driver of a taxi shall—",
     "(c) ply for hire with a taxi in an area which is exclusively reserved for buses.",
     ORDINANCE, "driver of a taxi"),                                                   # u15687
    ("It is further declared to be the policy of the Government of Canada that all federal "
     "institutions shall:", "(c) promote policies, programs and practices that enhance the "
     "understanding of and respect for the diversity of the members of Canadian society;",
     LAW, "all federal institutions"),                                                 # u6440
    ("", "(1) Subject to the provisions of this Constitution, the President, acting in accordance "
     "with the advice of the Prime Minister, may, by directions in writing, assign to the Prime "
     "Minister or any other Minister responsibility for any business of the Government.",
     LAW, "President"),                                                                # u14464
    ("", "Within 120 days of the submission of the Strategy, the Secretary of Commerce, acting "
     "through NTIA, in coordination with the Council, and after seeking to collaborate with FCC, "
     "shall publish an Implementation Plan.", LAW, "Secretary of Commerce"),          # u16101
])
def test_the_actor_the_parse_names(trained, context, text, genre, actor):
    found = _first(text, trained, context=context, genre=genre)
    assert found is not None and found.actor == actor


@pytest.mark.integration
@pytest.mark.parametrize("context, text", [
    ("", "No person shall—"),
    ("No person shall—", "(a) keep more than three dogs on any premises;"),
    ("", "In accordance with article 5, the report of the Committee shall be published."),
])
def test_no_one_named(trained, context, text):
    found = _first(text, trained, context=context, genre=ORDINANCE)
    assert found is None or found.actor == ""
