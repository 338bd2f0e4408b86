"""An item of an operative list that opens on a participle and goes on with what its chapeau
asks is a statement, not a preamble's clause (a researcher's trial 34: ICESCR Art. 11(2)(b),
"Taking into account the problems of both food-importing and food-exporting countries, to
ensure an equitable distribution of world food supplies in relation to need.", under "… shall
take … the measures … which are needed:", had no statement). Text: the ICESCR (1966), Art.
11(2), as the reference corpus holds it."""
from __future__ import annotations

from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import strengths

TREATY = genre_of("treaty", "binding")
CHAPEAU = ("2. The States Parties to the present Covenant, recognizing the fundamental right of "
           "everyone to be free from hunger, shall take, individually and through international "
           "co-operation, the measures, including specific programmes, which are needed:")
ITEM_A = ("(a) To improve methods of production, conservation and distribution of food by making "
          "full use of technical and scientific knowledge;")
ITEM_B = ("(b) Taking into account the problems of both food-importing and food-exporting "
          "countries, to ensure an equitable distribution of world food supplies in relation to "
          "need.")


def test_an_item_opening_on_a_participle_continues_its_operative_chapeau():
    assert strengths([CHAPEAU, ITEM_A, ITEM_B], genre=TREATY) == \
        [["obligation"], ["obligation"], ["obligation"]]


def test_a_preamble_s_participle_stays_a_preamble():
    got = strengths(["The General Assembly,",
                     "Taking into account the problems of both food-importing and "
                     "food-exporting countries,",
                     "1. Calls upon States to ensure an equitable distribution of world food "
                     "supplies;"], genre=genre_of("resolution", "non-binding"))
    assert got[1] == []
