"""Seeded sample of a twelfth held-out half (`heldout12`) for
tests/data/statements_gold_unseen.jsonl.

`heldout10` and `heldout11` are measured and seen in session 12; a fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 88 documents already in the unseen gold, of a genre no earlier
half holds: private codes of conduct and company policies on human rights and conduct (heldout10
was open-data policies, heldout11 treaties and US executive orders), labelled under the protocol
in the README beside the gold file, its amendment of 2 Dec 2026 and the amendment's scope
(`statements evaluate --structure` is the figure of record):

- a community code of conduct: the Contributor Covenant, version 2.1 (Ethical Source);
- a platform's community code of conduct: the GitHub Community Code of Conduct;
- an event code of conduct: the GitHub Event Code of Conduct;
- a platform's rules for its users: the GitHub Acceptable Use Policies;
- a platform's community guidelines: the GitHub Community Guidelines;
- a company's human-rights statement: GitHub's 2018 Statement Against Modern Slavery and Child
  Labor (in accordance with the UK Modern Slavery Act 2015, s. 54);
- a company's anti-corruption statement: the GitHub Anti-Bribery Statement;
- a company's code for its employees: the GitHub Gifts and Entertainment Policy.

The GitHub texts (github/site-policy) are Markdown with YAML front matter ("---" … "---"), the
Contributor Covenant (EthicalSource/contributor_covenant) Markdown with TOML front matter
("+++" … "+++"); `_markdown` drops the front matter and writes the rest to a temporary Markdown
file for corpus-tool's reader. Units are cut by `sample_unseen_gold7.units7`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type and legal force a user would give the document
(`doc_type`, `legal_force`: `DOCS12` below), and `preamble`, true where the reader's locator or
the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold12.py /tmp/src12
(/tmp/src12 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout12-v1"
N = 16
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src12")

FRONT_MATTER = re.compile(r"\A(---|\+\+\+)\n.*?\n\1\n", re.S)


def _markdown(name: str) -> list[tuple[str, str]]:
    """A Markdown policy with its YAML or TOML front matter dropped, read by corpus-tool."""
    text = FRONT_MATTER.sub("", (SRC / name).read_text(encoding="utf-8"), count=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text.replace("\u00a0", " "), encoding="utf-8")
        return english(path)


# doc_id → (reader, manifest type, legal force); the type is what a user would write in the
# manifest, the legal force the manifest's default for that type (none of these is law)
DOCS12 = {
    "contributor-covenant-2-1": (lambda: _markdown("contributor-covenant-2.1.md"),
                                 "code of conduct", "non-binding"),
    "github-community-coc": (lambda: _markdown("github-community-code-of-conduct.md"),
                             "code of conduct", "non-binding"),
    "github-event-coc": (lambda: _markdown("github-event-code-of-conduct.md"), "code of conduct",
                         "non-binding"),
    "github-acceptable-use": (lambda: _markdown("github-acceptable-use-policies.md"), "policy",
                              "non-binding"),
    "github-community-guidelines": (lambda: _markdown("github-community-guidelines.md"),
                                    "guidelines", "non-binding"),
    "github-modern-slavery-2018": (lambda: _markdown("github-modern-slavery-statement.md"),
                                   "statement", "non-binding"),
    "github-anti-bribery": (lambda: _markdown("github-anti-bribery-statement.md"), "statement",
                            "non-binding"),
    "github-gifts-policy": (lambda: _markdown("github-gifts-and-entertainment-policy.md"),
                            "policy", "non-binding"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS12.items()}, units7, N)


if __name__ == "__main__":
    main()
