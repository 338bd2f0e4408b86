#!/bin/bash
# Remake the clusterings the cluster labels were judged on (benchmarks/data/README.md), so that
# `python -m benchmarks cluster --coherence-only` can score the judged clusters with the members
# they were judged with (a cluster id is a hash of its members: only the clustering that made it
# holds it). Each commit's code is exported with `git archive` into OUT/<commit> and run from
# there (never from the worktree), with a copy of this project's embedding cache; the stored
# clusters are written to OUT/<commit>_<project>_<on>.json ({"db": index, "clusters": {id:
# members}}). Then:
#   BENCH_COHERENCE_DUMPS=OUT python -m benchmarks cluster --coherence-only
# Usage: scripts/coherence_old_clusterings.sh OUT [COMMIT PROJECT ON ...]; without triples, the
# clusterings of the judged draws (about an hour on two cores).
set -eu
OUT=$(realpath "$1"); shift
REPO=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
PY=${PYTHON:-python}
CT=${CORPUS_TOOL:-corpus-tool}
mkdir -p "$OUT"
if [ $# -eq 0 ]; then
  set -- 6adc37d reference sentence  76f0835 reference sentence  61e54f6 reference sentence \
    b029729 examples/labour-market sentence  b029729 examples/anti-discrimination sentence \
    1648202 examples/labour-market sentence  1648202 examples/anti-discrimination sentence \
    ca60768 examples/labour-market sentence  d9c99ba examples/labour-market sentence \
    d024bb0 examples/labour-market sentence  8b6e925 examples/labour-market sentence \
    8b6e925 examples/anti-discrimination sentence  8b6e925 examples/anti-discrimination requirement \
    c725828 examples/labour-market requirement  7277072 examples/labour-market requirement
fi
while [ $# -ge 3 ]; do
  C=$1; P=$2; ON=$3; shift 3
  D=$OUT/$C
  [ -d "$D" ] || { mkdir -p "$D" && git -C "$REPO" archive "$C" | tar -x -C "$D"; }
  if [ "$P" = reference ]; then R=$D; else R=$D/$P; fi
  mkdir -p "$R/build"
  [ -d "$R/build/cache" ] || cp -r "$REPO/build/cache" "$R/build/cache" 2>/dev/null || true
  TAG=${C}_$(echo "$P" | tr / _)_$ON
  # the stages up to clustering (no `embed` stage before b029729: the cluster stage embeds)
  STAGES="--only ingest --only statements --only cluster"
  (cd "$R" && PYTHONPATH=$D nice -n 19 $CT build $STAGES --cluster-on "$ON") > "$OUT/$TAG.log" 2>&1
  "$PY" - "$R/build/corpus.sqlite" "$OUT/$TAG.json" <<'PY'
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("SELECT id, members FROM clusters").fetchall()
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump({"db": sys.argv[1], "clusters": {i: json.loads(m) for i, m in rows}}, f)
print(sys.argv[2], len(rows))
PY
done
