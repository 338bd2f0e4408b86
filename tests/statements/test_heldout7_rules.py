"""Session 10 (issue 14), frozen before `heldout8` was measured: rules from the residues of
`heldout7` (seen: measured once at its freeze, its failures read) and of the reference build,
read from the parse and the document's genre, not from more keywords:

- a bare "To …" clause: its addressee comes from its own object ("To encourage X to …",
  "To direct X to …") or from the document (a treaty body's list asks the States parties; an
  assembly's resolution or a report speaks for itself: "To receive …" is its own act);
- a present passive of prohibition with an adverb, and coordinated verbs sharing an object, in
  an enacting text;
- a coordinated subject with commas is the whole list;
- a passive "may" said of a protected group in a recommending text is what can happen to them;
- a resolution's operative verb in capitals ("CALLS on …") is read as the verb it is.

The sentences are the seen halves' or the reference corpus's (or made up), never `heldout8`'s."""
from __future__ import annotations

from corpus_tool.statements import units as U
from corpus_tool.statements.genre import genre_of
from tests.statements.conftest import parts as _first


def test_resolutions_and_reports_speak_in_their_own_voice():
    assert genre_of("resolution", "non-binding") == "resolving"
    assert genre_of("report", "non-binding") == "resolving"
    assert genre_of("general recommendation", "non-binding") == "recommending"
    assert genre_of("resolution", "binding") == "enacting"


def test_a_bare_to_clause_takes_its_addressee_from_the_document(trained):
    # heldout7 u1023: an assembly's own act, not a recommendation to States
    text = ("To receive with gratitude memorials from the Alaska, Northwest Washington and "
            "Montana synods;")
    assert _first(text, trained, genre="resolving") is None
    # a treaty body's chapeau-less item (heldout CERD GR 27) still asks the States parties
    for genre in ("recommending", ""):
        p = _first("To encourage appropriate arrangements for communication and dialogue between "
                   "the police and Roma communities;", trained, genre=genre)
        assert p is not None and (p.strength, p.actor) == ("recommendation", "States parties")


def test_a_bare_to_clause_that_addresses_someone(trained):
    # heldout7 u1026, u1027: the object of "encourage" / "direct" is to act, in any genre
    for genre in ("resolving", "recommending", ""):
        p = _first("To encourage the Office of the Presiding Bishop to plan an appropriate "
                   "national ceremony of repentance and reconciliation with tribal leaders;",
                   trained, genre=genre)
        assert p is not None and p.strength == "recommendation"
        assert p.actor.removeprefix("the ").startswith("Office of the Presiding Bishop")
        p = _first("To direct the Domestic Mission unit, together with the American Indian and "
                   "Alaska Native community and ecumenical partners, to develop resources to "
                   "educate members of the ELCA;", trained, genre=genre)
        assert p is not None and p.strength == "obligation"
        assert p.actor.removeprefix("the ") == "Domestic Mission unit"


def test_present_tense_prohibition_and_coordinated_verbs(trained):
    # heldout7 u909: the adverb hides the cue; the parse reads a passive of prohibition
    p = _first("Sex discrimination is strictly prohibited.", trained, genre="enacting")
    assert p is not None and p.strength == "prohibition"
    p = _first("Forced labour is prohibited.", trained, genre="enacting")
    assert p is not None and p.strength == "prohibition"
    # heldout7 u907: the object hangs on the second verb (the tagger reads "respects" as a noun)
    p = _first("The State respects and protects freedom of belief and of religion.", trained,
               genre="enacting")
    assert p is not None and (p.strength, p.actor) == ("obligation", "State")


def test_a_coordinated_subject_is_the_whole_list(trained):
    # heldout7 u917: the parser gives "create" two subjects, "State" and "society"
    p = _first("The State, the family, and society shall create favorable conditions for young "
               "people to study, work, relax, develop bodies and minds.", trained)
    # the inner "the" of a list of actors is dropped (round 44)
    assert p is not None and p.actor == "State, family, and society"
    # one subject with conjuncts: the commas of the list stay in it
    p = _first("Parents, teachers and schools should ensure that children can attend.", trained)
    assert p is not None and p.actor == "Parents, teachers and schools"


def test_a_passive_may_of_a_protected_group_in_a_recommending_text(trained):
    # the reference build's CEDAW GR 26 para. 15: what can be done to them, not a liberty
    text = ("Women migrant workers may be subjected to particularly disadvantageous terms "
            "regarding their stay in a country.")
    assert _first(text, trained, genre="recommending") is None
    # "only" or a negation limits what may be done to them: a norm (CRC GC 14 para. 63)
    assert _first("Children may be detained only as a measure of last resort.", trained,
                  genre="recommending") is not None
    p = _first("Likewise, a child may not be separated from his or her parents on the grounds of "
               "a disability of either the child or his or her parents.", trained,
               genre="recommending")
    assert p is not None and p.strength == "prohibition"
    # a thing of theirs is no group: "Refugee status may be granted …" stays a deontic
    assert _first("Refugee status may be granted to all members of a group.", trained,
                  genre="recommending") is not None
    # a duty-bearer's passive "may" is untouched
    assert _first("States parties may be requested to provide additional information.", trained,
                  genre="recommending") is not None


def test_an_operative_verb_in_capitals(trained):
    # heldout7 u1017: "CALLS on X to …" under the resolution's chapeau
    p = _first("CALLS on Baptist churches, colleges, unions, and other institutions to study their "
               "own historical and present complicity with discrimination against Indigenous "
               "peoples;", trained, genre="resolving",
               context="The Baptist World Alliance General Council, meeting in Stavanger, "
                       "Norway, July 2-5, 2023:")
    assert p is not None and p.strength == "recommendation"
    assert p.actor == "Baptist churches, colleges, unions, and other institutions"
    # the body's own positions stay positions; an acronym stays an acronym
    assert _first("ACKNOWLEDGES the harm done to Indigenous peoples by the doctrine;", trained,
                  genre="resolving") is None
    assert U.normalise("UNESCO shall assist.") == "UNESCO shall assist."
