"""Train the statement detector (`corpus_tool/statements/detector.py`) on the labelled units.

The units are those of tests/data/statements_gold.jsonl (the reference gold) and of
tests/data/statements_gold_unseen.jsonl (its halves), each read as the stage reads it
(`detector.detector_input`: its document's genre from the recorded manifest type and legal force,
whether it is preamble, its chapeau). The packaged all-MiniLM-L6-v2 is fine-tuned with its
word embeddings frozen (its six layers, or its first --layers N, the pooler and a two-way head
learn: 10.8 M of 22.7 M parameters with six, 3.7 M with two), three epochs, batch 16, AdamW at
4e-5 with a linear warm-up over a tenth of the steps and a linear decay, seed 0, on two CPU cores
(about 20 minutes for 5,000 units with six layers, 7 for 8,400 with two).

Two uses:

  --split HALF_VAL HALF_TEST --fresh FILE
        train on every half numbered below HALF_VAL (and the reference, `dev`, `heldout`); print
        the detector alone on the halves HALF_VAL … HALF_TEST-1 (threshold chosen there) and from
        HALF_TEST to --last; then, against the rules' fresh verdicts on those halves (FILE, from
        `scripts/fresh_at_freeze.py --save FILE`), choose the two thresholds on HALF_VAL …
        HALF_TEST-1 (a statement of the rules dropped below the first, a unit they dropped taken
        from the second), print them and the F1 from HALF_TEST on, and score those later halves
        in the stage with today's rules and that detector. The tensors go to
        /tmp/detector-split-HALF_VAL-HALF_TEST-LN.safetensors (N: --layers), the probabilities
        beside them. FILE may also hold today's rules' verdicts (the rules alone, --structure),
        to choose the thresholds for the rules the detector will run beside.
  --ship VETO_BELOW TAKE_FROM
        train on every half up to --last and write the tuned tensors (float16) to
        corpus_tool/statements/detector.safetensors and the description, with the two
        thresholds (from a --split run), to detector.json; with --tensors, ship a --split run's
        tensors instead of training again (--last HALF_VAL-1 names the halves they learned).
  --layers N
        keep MiniLM's first N layers (default 6; the shipped detector has 2).
  --epochs N, --lr X
        passes over the units (3) and the peak learning rate (4e-5); a --split run with other
        values writes its tensors to …-L{N}-e{epochs}-lr{lr}.safetensors.

Measured (3 Dec 2026, session 20; `--split 30 36 --last 43`): the detector alone, threshold 0.55,
0.801 on `heldout30`-`heldout35` and 0.860 on `heldout36`-`heldout43`, where the rules read 0.791
and 0.827 fresh; overruling the rules' fresh verdicts only where it is sure (veto below 0.05,
take from 0.98, chosen on `heldout30`-`heldout35`): 0.866 on `heldout36`-`heldout43` (an upper
bound: the stage takes a unit only when the rules without their checks find a deontic). Tuning
the top two layers only read 0.846 alone where the six read 0.860 (an earlier run with the
manifest type as context).

Measured (3 Dec 2026, session 25), against today's rules' verdicts: trained to `heldout55`
(`--split 56 64 --last 71`), two layers alone 0.861 on `heldout64`-`heldout71` and three 0.876;
in the stage (veto, take chosen on `heldout56`-`heldout63`: 0.02, 0.6 and 0.05, 0.6) 0.883 and
0.890, where the shipped six-layer detector of session 20 read 0.887 and the rules alone 0.862.
Shipped: two layers trained to `heldout63` (`--split 64 72 --last 71 --layers 2`; the split
chose veto 0.3, take 0.8 on `heldout64`-`heldout71`, 0.890 in the stage there), with veto 0.05
(0.888 there), because 0.3 drops 8 statements of the reference gold (0.960 against 0.977).

Measured (5 Dec 2026, session 37), two layers, thresholds (0.05, 0.7), in the stage with the
rules of round 55, the rule fixed before (README, "Session 37: a rule fixed before …"): trained
to `heldout123` (15,877 units with the reference gold; `--ship 0.05 0.7 --last 123 --layers 2`
with the output redirected, 26 minutes) it read 0.813 on `heldout124`-`heldout127` (fresh for
both) against the shipped detector's 0.830 (0.789 and 0.825 against 0.816 and 0.867 on the two
treaty halves); the reference gold 0.977 against 0.974. Not shipped.

Measured (4 Dec 2026, session 30), two layers, thresholds (0.05, 0.7), in the stage with the
rules of round 55 and the agentive-noun model learned to `heldout107`, the rule fixed before (now
with the reference build read by hand): retrain on every half to `heldout107` (14,079 units with the
reference gold) if it reads higher than the shipped detector on `heldout108`-`heldout111` (fresh
for both), the reference gold stays at or above 0.968, and the reference build loses no more real
statements than it gains. It read 0.848 against 0.851 (one more false positive in each treaty
half, one fewer in `heldout110`); the reference gold 0.981 against 0.974. Not shipped; the reference
build was not needed.

Measured (4 Dec 2026, session 29), two layers, thresholds (0.05, 0.7), in the stage with the
rules of round 54, the rule fixed before: retrain on every half to date if the recipe trained to
`heldout99` (`--last 99`, saved aside) reads higher than the shipped detector on
`heldout100`-`heldout103` (fresh for both) and the reference gold stays at or above 0.968. It read
0.753 against 0.750 (the reference gold 0.977 against 0.974); trained to `heldout103` (13,567
units, `--ship 0.05 0.7 --last 103 --layers 2`) it read 0.857 on `heldout104`-`heldout107` against
0.851. Shipped, then withdrawn: in the reference build it vetoed about fifteen real statements the
detector trained to `heldout91` keeps (CESCR GC 13 para. 51 at 0.035) and took some twenty units
of organ machinery. The detector trained to `heldout91` stays (`--ship 0.05 0.7 --last 91
--layers 2`); its take-from threshold was chosen again on `heldout92`-`heldout95` in the stage
(0.7: 0.821 there against 0.814 at 0.8).

Measured (4 Dec 2026, session 28), two layers, the shipped thresholds (0.05, 0.8), in the
stage with the rules of round 53, on `heldout92`-`heldout95` (fresh for both detectors, their
errors unread, compared once, the rule fixed before: ship the new one if it reads higher there
and the reference gold stays at or above the issue's 0.968): trained to `heldout91` (12,031
units; `--ship 0.05 0.8 --last 91 --layers 2` trains and ships it, 12 minutes) 0.814 (P 0.793,
R 0.837), where the detector trained to `heldout63` read 0.785 (P 0.744, R 0.831); by half
0.901/0.885, 0.696/0.676, 0.828/0.824, 0.782/0.703; the reference gold 0.974 against 0.977 (one
hedged sentence taken: "… might not always be automatically compatible with …"). Shipped. Unlike the two retrainings below, this one adds ten treaty
halves drawn as drawn (`heldout77` … `heldout91`, odd), whose machinery the old detector let
through.

Measured (3 Dec 2026, session 26), two layers, against today's rules (round 48 when the verdicts
were taken; the stage runs at round 49), neither kept:
- more data: trained to `heldout71` (`--split 72 76 --last 75`), thresholds chosen on
  `heldout72`-`heldout75` (veto 0.1, take 0.6): 0.859 there in the overruling upper bound, where
  the shipped detector (trained to `heldout63`, never tuned on them) reads 0.860 at its best
  thresholds and 0.851 at its shipped ones; the 1,024 units of `heldout64`-`heldout71` add
  nothing measurable on the next 512;
- a harder fit: trained to `heldout63` for 6 epochs at 1e-4 (`--split 64 72 --last 75 --epochs 6
  --lr 1e-4`; thresholds 0.05, 0.98 chosen on `heldout64`-`heldout71`): in the stage with the
  round-49 rules on `heldout72`-`heldout75` 0.858, where the shipped detector reads 0.869.
  The shipped detector fits its own training halves at only 0.87-0.88 alone, but fitting them
  harder does not carry to new halves.

Usage: PYTHONPATH=. python scripts/fresh_at_freeze.py --save /tmp/fresh.json
       PYTHONPATH=. python scripts/train_statement_detector.py --split 30 36 --last 43 \
           --fresh /tmp/fresh.json
       PYTHONPATH=. python scripts/train_statement_detector.py --split 64 72 --last 71 \
           --layers 2 --fresh /tmp/rules_today.json
       PYTHONPATH=. python scripts/train_statement_detector.py --ship 0.05 0.8 --last 63 \
           --layers 2 --tensors /tmp/detector-split-64-72-L2.safetensors
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file

from corpus_tool.statements import detector as D
from corpus_tool.statements.evaluate import _first_statement, _scores
from corpus_tool.statements.genre import genre_of
from corpus_tool.statements.stage import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "statements_gold_unseen.jsonl"
REFERENCE_GOLD = ROOT / "tests" / "data" / "statements_gold.jsonl"
FROZEN_LAYERS = 0      # the embeddings stay frozen; every layer above them learns
EPOCHS, BATCH, LR, SEED = 3, 16, 4e-5, 0


def number(half: str) -> int:
    """heldout7 -> 7; the reference, `dev` and `heldout` -> 0 (always training data)."""
    tail = half[len("heldout"):] if half.startswith("heldout") else ""
    return int(tail) if tail.isdigit() else 0


def read_units() -> list[dict]:
    rows = [dict(json.loads(line), half="reference") for line in REFERENCE_GOLD.open()]
    return rows + [json.loads(line) for line in GOLD.open()]


def pair(r: dict) -> tuple[str, str]:
    genre = genre_of(r["doc_type"], r.get("legal_force", "")) if r.get("doc_type") else ""
    return D.detector_input(r["text"], genre=genre, preamble=bool(r.get("preamble")),
                            chapeau=r.get("context", ""))


def train(units: list[dict], layers: int = 6, epochs: int = EPOCHS, lr: float = LR):
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    model, tok = D.base_model(layers)
    for name, p in model.named_parameters():
        p.requires_grad = not (name.startswith("bert.embeddings") or any(
            name.startswith(f"bert.encoder.layer.{i}.") for i in range(FROZEN_LAYERS)))
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps = epochs * ((len(units) + BATCH - 1) // BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / (0.1 * steps)) * max(0.0, (steps - s) / (0.9 * steps)))
    order, t0, step = list(units), time.time(), 0
    model.train()
    for _ in range(epochs):
        rng.shuffle(order)
        for k in range(0, len(order), BATCH):
            batch = order[k:k + BATCH]
            pairs = [pair(r) for r in batch]
            enc = tok([p[0] for p in pairs], [p[1] for p in pairs],
                      truncation="longest_first", max_length=D.MAX_TOKENS, padding=True,
                      return_tensors="pt")
            loss = model(**enc, labels=torch.tensor([int(bool(r["statement"])) for r in batch])).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 100 == 0:
                print(f"step {step}/{steps}, loss {loss.item():.3f}, {time.time() - t0:.0f} s",
                      flush=True)
    model.eval()
    tuned = {n for n, p in model.named_parameters() if p.requires_grad}
    return model, tok, tuned


GRID = (0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01)


def verdicts(units: list[dict], said: dict[str, bool]) -> tuple[float, int, int, int]:
    """F1 (tp, fp, fn) of verdicts given per unit id."""
    return f1(units, [float(said[r["id"]]) for r in units], 0.5)


def overruling(units, probs, fresh, lo: float, hi: float) -> tuple[float, int, int, int]:
    """The rules' fresh verdicts, a statement dropped below `lo`, a unit taken from `hi` (an
    upper bound on taking: the stage takes it only when the rules without their checks find a
    deontic)."""
    return f1(units, [float(p >= lo if fresh[r["id"]] else p >= hi)
                      for r, p in zip(units, probs)], 0.5)


def save(model, tuned: set[str], path: Path) -> None:
    """The tuned tensors, in half precision (what `detector.build` reads)."""
    state = model.state_dict()
    save_file({n: state[n].detach().to(torch.float16).contiguous() for n in sorted(tuned)},
              str(path))


def f1(units: list[dict], probs: list[float], t: float) -> tuple[float, int, int, int]:
    tp = sum(1 for r, p in zip(units, probs) if p >= t and r["statement"])
    fp = sum(1 for r, p in zip(units, probs) if p >= t and not r["statement"])
    fn = sum(1 for r in units if r["statement"]) - tp
    return 2 * tp / max(2 * tp + fp + fn, 1), tp, fp, fn


def in_stage(units: list[dict], detector: D.Detector) -> None:
    """Per half, as `statements evaluate --mode trained --structure` scores it: the rules alone
    on the parse, then the rules with `detector` deciding detection."""
    pipe = load_pipeline("trained")
    halves = sorted({r["half"] for r in units}, key=number)
    pooled: tuple[list, list, list] = ([], [], [])
    for h in [*halves, f"{halves[0]}-{halves[-1]}"]:
        if h in halves:
            gold = [r for r in units if r["half"] == h]
            rules, tuned = ([_first_statement(g, pipe, structure=True, detector={"detector": d})
                             for g in gold] for d in (None, detector))
            rules, tuned = list(rules), list(tuned)
            for acc, xs in zip(pooled, (gold, rules, tuned)):
                acc.extend(xs)
        else:
            gold, rules, tuned = pooled
        a, b = _scores(gold, rules), _scores(gold, tuned)
        print(f"  {h}: rules {a['f1']:.3f} (tp {a['tp']}, fp {a['fp']}, fn {a['fn']}) -> with the "
              f"detector {b['f1']:.3f} (tp {b['tp']}, fp {b['fp']}, fn {b['fn']}; strength "
              f"{b['strength_accuracy']:.3f}, actor {b['actor_accuracy']:.3f})", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", nargs=2, type=int, metavar=("HALF_VAL", "HALF_TEST"))
    ap.add_argument("--ship", type=float, nargs=2, metavar=("VETO_BELOW", "TAKE_FROM"))
    ap.add_argument("--last", type=int, required=True, help="the last half used at all")
    ap.add_argument("--layers", type=int, default=6, help="keep MiniLM's first so many layers")
    ap.add_argument("--epochs", type=int, default=EPOCHS, help=f"passes over the units ({EPOCHS})")
    ap.add_argument("--lr", type=float, default=LR, help=f"peak learning rate ({LR})")
    ap.add_argument("--tensors", help="with --ship: ship this --split run's tensors (trained on "
                                      "every half below HALF_VAL; give --last HALF_VAL-1) "
                                      "instead of training again")
    ap.add_argument("--fresh", help="the rules' fresh verdict on each unit of the halves "
                                    "(JSON, unit id -> bool: scripts/fresh_at_freeze.py --save)")
    a = ap.parse_args()
    units = [r for r in read_units() if number(r["half"]) <= a.last]
    torch.set_num_threads(2)
    if a.split:
        val_from, test_from = a.split
        fresh = json.loads(Path(a.fresh).read_text()) if a.fresh else {}
        model, tok, tuned = train([r for r in units if number(r["half"]) < val_from], a.layers,
                                  a.epochs, a.lr)
        how = "" if (a.epochs, a.lr) == (EPOCHS, LR) else f"-e{a.epochs}-lr{a.lr:g}"
        out = Path("/tmp") / f"detector-split-{val_from}-{test_from}-L{a.layers}{how}.safetensors"
        save(model, tuned, out)
        det = D.build(out, (0.5, 0.5))
        val = [r for r in units if val_from <= number(r["half"]) < test_from]
        test = [r for r in units if number(r["half"]) >= test_from]
        pv, pt = det.probabilities([pair(r) for r in val]), det.probabilities([pair(r) for r in test])
        out.with_suffix(".json").write_text(json.dumps(
            {r["id"]: p for r, p in zip(val + test, pv + pt)}))
        t = max(GRID, key=lambda t: f1(val, pv, t)[0])
        print(f"the detector alone: threshold {t} (best F1 on heldout{val_from}-{test_from - 1}: "
              f"{f1(val, pv, t)[0]:.3f}); heldout{test_from}-{a.last}: F1 %.3f (tp %d, fp %d, "
              "fn %d)" % f1(test, pt, t), flush=True)
        if fresh:
            lo, hi = max(((lo, hi) for lo in GRID for hi in GRID if lo <= hi),
                         key=lambda c: overruling(val, pv, fresh, *c)[0])
            print(f"overruling the rules' fresh verdicts: veto below {lo}, take from {hi}; "
                  f"heldout{val_from}-{test_from - 1} {verdicts(val, fresh)[0]:.3f} -> "
                  f"{overruling(val, pv, fresh, lo, hi)[0]:.3f}, heldout{test_from}-{a.last} "
                  f"{verdicts(test, fresh)[0]:.3f} -> %.3f (tp %d, fp %d, fn %d)"
                  % overruling(test, pt, fresh, lo, hi), flush=True)
            if test:
                in_stage(test, D.build(out, (lo, hi)))
    if a.ship:
        if a.tensors:
            D.WEIGHTS.write_bytes(Path(a.tensors).read_bytes())
        else:
            model, _, tuned = train(units, a.layers, a.epochs, a.lr)
            save(model, tuned, D.WEIGHTS)
        halves = sorted({r["half"] for r in units}, key=lambda h: (number(h), h))
        D.META.write_text(json.dumps({
            "trained_by": "scripts/train_statement_detector.py",
            "base": "sentence-transformers/all-MiniLM-L6-v2 (the packaged MiniLM)",
            "tuned": f"layers {FROZEN_LAYERS}-{D.layers_of(load_file(str(D.WEIGHTS))) - 1} of 6, "
                     "pooler, classifier (float16)",
            "epochs": a.epochs, "batch": BATCH, "learning_rate": a.lr, "seed": SEED,
            "veto_below": a.ship[0],
            # a genre's own veto is chosen in the stage for one detector (detector.py): a
            # retrained one starts with one veto for every genre
            "veto_below_in": {},
            "take_from": a.ship[1],
            "training_units": len(units),
            "training_halves": halves,
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {D.WEIGHTS} and {D.META}")


if __name__ == "__main__":
    main()
