"""A learned detector of statements: is this unit a statement, read from its words in context.

The rules (`statements.parts.analyse_unit`) decide from cues, filters and the parse. Each round of
issue 14 tuned them on the gold halves it had read, and on fresh halves they stayed about 0.15
below what two labellers agree on; a logistic model of a unit's words or of its sentence embedding
did not help either. The detector is the first two of the packaged all-MiniLM-L6-v2's six layers,
its pooler and a two-way head, fine-tuned on the hand-labelled units of the gold sets (its word
embeddings stay frozen; `scripts/train_statement_detector.py --layers 2`). It reads a unit with
what the stage knows around it — the genre of its document (`genre.genre_of`), whether it is
preamble, the chapeau it continues — and gives the probability that the unit is a statement.

Two layers, not six: trained on the same halves (to `heldout55`) and scored in the stage with the
same rules on `heldout64`-`heldout71`, two layers read 0.883 and three 0.890, where the six-layer
detector of session 20 (trained to `heldout43`) read 0.887; two cost a third of six, and with
them the stage runs within 1.5× of spaCy's own parse (`make bench`).

The stage keeps the rules' parts (strength, actor, beneficiaries) and lets the detector overrule
their detection where the unit has a parse and the detector is sure: a statement of the rules it
scores below `veto_below` (0.05) is dropped; a unit the rules dropped that it scores at or above
`take_from` (0.7) is taken when the rules without their checks find its deontic (so every
statement keeps a strength and an actor read from the parse). Between the two, and for units the
text filters drop as definitions, constructions or quotations, and the preamble, the rules
decide. A unit the treaty-machinery words drop ("reservations", "ratification", "reports"…) is
parsed all the same and may be taken. The detector learned from the reference gold and the
halves to `heldout91` (12,031 units; session 28). Retrained to `heldout91`, with the ten treaty
halves drawn as drawn since `heldout77` among its data, it read 0.814 in the stage on
`heldout92`-`heldout95` where the detector trained to `heldout63` read 0.785 (fresh for both,
compared once; the reference gold 0.974 against 0.977; see `scripts/train_statement_detector.py`),
with the thresholds chosen in session 25 for that older detector (0.05, 0.8). Session 29 chose
them again for this one, in the stage on `heldout92`-`heldout95` over veto 0.05-0.3 and take
0.5-0.9, the reference gold to stay at or above 0.968: veto 0.05, take from 0.7 (0.821 there
against 0.814; 0.833 against 0.827 on `heldout96`-`heldout99`, not used in the choice; the
reference gold 0.974 either way). The grid is flat: no pair moves either set by more than 0.01.
Session 29 also trained the same recipe to `heldout103` (by a rule fixed before: the recipe
trained to `heldout99` read 0.753 on `heldout100`-`heldout103` against this detector's 0.750);
it read 0.857 on `heldout104`-`heldout107` against this one's 0.851, and 0.977 on the reference
gold. It is not shipped: in the reference build it vetoed about fifteen real statements this one
keeps (CESCR General Comment No. 13 para. 51, "States parties are obliged to prioritize the
introduction of compulsory, free primary education", scored 0.035; this detector scores it 0.09)
and took some twenty units of treaty-body machinery. Many real statements of the reference's
general comments score between 0.03 and 0.1, near the veto, so a retraining moves them across it
in either direction; a gain of a few thousandths on fresh halves does not pay for that.
Session 31 trained it to `heldout111` (14,591 units): 0.795 on `heldout112`-`heldout115` (fresh
for both) against this one's 0.782, the reference gold 0.974 either way, which met the rule fixed
before the comparison; it is not shipped all the same, because that rule left out the reference
build, where of some sixty statements it changes about 32 read wrong to 24 right (it takes the
treaty bodies' nominations and re-elections, ICCPR Art. 32(1), CRC Art. 43(3), and vetoes real
statements of the general comments, CRC Art. 11(2), CESCR General Comment No. 13 para. 56), and
one it vetoes is a coder's annotated statement (CESCR General Comment No. 13 para. 6(d),
"education has to be flexible …"), whose link `annotations check` then drops from the coder's
file. A retraining is shipped when it also keeps every annotated statement of the reference.

A genre may have a veto of its own (`veto_below_in`, `Detector.veto`). Session 39 chose 0.1 for
the enacting genre (treaties, statutes, constitutions, EU acts) on the enacting units of the
halves after `heldout91` (which the detector never saw) whose errors had been read: detection F1
there 0.827 → 0.835 over the veto grid 0.05-0.3 (best at 0.1; the stage replayed from each
unit's recorded score); on the enacting units of the halves after `heldout91` measured but never
read, 0.823 → 0.828; the treaties' precision gained most (their organs, finances and final
clauses, which the rules read as duties). On the units the detector learned from, its scores are
surer than on new text, so the choice was made on the others only. The other genres keep 0.05
(in the recommending genre a higher veto lowered F1 on the read halves). Measured once in the
stage, on two fresh halves of treaties (`heldout131`, `heldout132`): 0.795 → 0.803; on the
treaty units measured but never read 0.796 → 0.809 (tests/data/statements_gold_unseen.README.md,
"Session 39").

Shipped: `detector.safetensors` (the fine-tuned tensors only, in half precision; the embeddings
are the packaged MiniLM's; `layers_of` reads how many layers they hold) and `detector.json`
(thresholds, what was tuned, the training data). Nothing is trained or downloaded at run time;
scoring runs in bfloat16 and is deterministic: a unit's probability depends on its own pair
alone, not on the units scored with it (`Detector.probabilities`), so the stage scores all its
documents' units in one call.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from corpus_tool.errors import InputError
from corpus_tool.model_files import minilm_path, offline

if TYPE_CHECKING:
    from transformers import BertForSequenceClassification

# torch and transformers take seconds to import: they are imported where a model is built or
# run, so that a command that never runs the detector (`--help`, `annotations add`) starts fast

WEIGHTS = Path(__file__).with_name("detector.safetensors")
META = Path(__file__).with_name("detector.json")
MAX_TOKENS = 128
BATCH = 64
CHAPEAU_CHARS = 200     # a longer chapeau is read by its opening and its end


def detector_input(text: str, *, genre: str = "", preamble: bool = False,
                   chapeau: str = "") -> tuple[str, str]:
    """The pair the detector reads for a unit: what the stage knows around it (its document's
    genre, preamble or not, the chapeau it continues), and its text."""
    if len(chapeau) > CHAPEAU_CHARS:
        chapeau = chapeau[:120] + " … " + chapeau[-80:]
    where = (genre or "unknown") + (" preamble" if preamble else "")
    return f"{where} : {chapeau}".strip(), text


@dataclass(frozen=True)
class Detector:
    """A loaded detector: `probabilities` of a list of `detector_input` pairs, and the two
    thresholds the stage applies: a statement of the rules scored below `veto_below` (in a genre
    of `veto_in`, below its own threshold: `veto`) is dropped, a unit the rules dropped scored at
    or above `take_from` is taken."""
    model: BertForSequenceClassification
    tokenizer: object
    veto_below: float
    take_from: float
    veto_in: Mapping[str, float] = field(default_factory=dict)

    def veto(self, genre: str) -> float:
        """The probability below which a statement of the rules is dropped in a document of this
        genre (`genre.genre_of`)."""
        return self.veto_in.get(genre, self.veto_below)

    def probabilities(self, pairs: list[tuple[str, str]]) -> list[float]:
        """The probability that each pair's unit is a statement, each its own: whatever else is
        scored with it (a whole document in the stage, one passage in `extract`), a pair gets the
        same probability to the bit. Padding a shorter pair to its batch-mates' length moved the
        last bits of its probability (by up to 0.016), enough to flip a verdict near a
        threshold; so each batch holds pairs of one token length, unpadded (a pair alone in its
        length, in a batch of its own, gets the same bits: tests/statements/test_detector.py).
        Batches without padding are also a little faster."""
        import torch
        if not pairs:
            return []
        enc = self.tokenizer([a for a, _ in pairs], [b for _, b in pairs],
                             truncation="longest_first", max_length=MAX_TOKENS)
        by_length: dict[int, list[int]] = {}
        for i, ids in enumerate(enc["input_ids"]):
            by_length.setdefault(len(ids), []).append(i)
        out = [0.0] * len(pairs)
        with torch.inference_mode():
            for n in sorted(by_length):
                same = by_length[n]
                for k in range(0, len(same), BATCH):
                    part = same[k:k + BATCH]
                    logits = self.model(
                        input_ids=torch.tensor([enc["input_ids"][i] for i in part]),
                        token_type_ids=torch.tensor([enc["token_type_ids"][i] for i in part]),
                    ).logits
                    for i, v in zip(part, torch.softmax(logits.float(), -1)[:, 1].tolist()):
                        out[i] = v
        return out


def meta() -> dict:
    """The shipped detector's description (`detector.json`)."""
    return json.loads(META.read_text(encoding="utf-8"))


def base_model(layers: int | None = None) -> tuple[BertForSequenceClassification, object]:
    """The packaged MiniLM with a fresh two-way head, and its tokenizer (training starts here);
    `layers`: keep only its first so many layers (all six by default)."""
    from transformers import AutoTokenizer, BertForSequenceClassification
    path = minilm_path()
    offline()       # quiet too: "classifier weights newly initialised" is expected
    model = BertForSequenceClassification.from_pretrained(str(path), num_labels=2)
    if layers is not None:
        model.bert.encoder.layer = model.bert.encoder.layer[:layers]
        model.config.num_hidden_layers = layers
    return model, AutoTokenizer.from_pretrained(str(path))


def layers_of(tensors) -> int:
    """How many of MiniLM's layers a file of tuned tensors holds (the detector keeps those)."""
    return 1 + max(int(n.split(".")[3]) for n in tensors if n.startswith("bert.encoder.layer."))


def build(weights: Path = WEIGHTS, thresholds: tuple[float, float] | None = None) -> Detector:
    """A detector from a file of fine-tuned tensors over the packaged MiniLM, with the shipped
    thresholds (`detector.json`: with the veto of each genre that has its own) or `thresholds`
    (veto below, take from; one veto for every genre)."""
    import torch
    from safetensors.torch import load_file
    if not weights.is_file():
        raise InputError("the statement detector's weights are missing", path=weights,
                         fix="reinstall corpus-tool, or run scripts/train_statement_detector.py")
    tuned = {k: v.float() for k, v in load_file(str(weights)).items()}
    model, tokenizer = base_model(layers_of(tuned))
    unknown = set(tuned) - set(model.state_dict())
    if unknown:
        raise InputError(f"the detector's weights name tensors MiniLM lacks: {sorted(unknown)[:3]}",
                         path=weights, fix="retrain with scripts/train_statement_detector.py")
    model.load_state_dict(tuned, strict=False)
    model.eval()
    model.to(torch.bfloat16)    # 2.4× faster on CPU than float32; 2 verdicts in 800 differ
    if thresholds is not None:
        return Detector(model, tokenizer, *thresholds)
    shipped_meta = meta()
    return Detector(model, tokenizer, shipped_meta["veto_below"], shipped_meta["take_from"],
                    shipped_meta.get("veto_below_in", {}))


_lock = threading.Lock()
_shipped: list[Detector] = []


def shipped() -> Detector:
    """The shipped detector, loaded once per process."""
    with _lock:
        if not _shipped:
            _shipped.append(build())
        return _shipped[0]
