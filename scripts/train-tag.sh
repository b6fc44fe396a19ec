#!/bin/sh
# train-tag.sh [SHARED] - retrains models/en-tag.bin from UD English EWT
# and the unlabeled news in SHARED/data (default ../shared) with the
# settings of the committed model. Not run by `make check`.
set -eu
shared=${1:-../shared}
cd "$(dirname "$0")/.."
d=$shared/data
exec bin/chronicle train tag --train "$d/ud-ewt/en_ewt-ud-train.conllu" \
    --dev "$d/ud-ewt/en_ewt-ud-dev.conllu" -o models/en-tag.bin \
    --news "$d/news/reuters21578.jsonl:$d/news/afp-xinhua.jsonl" \
    --clusters 256 --epochs 12 --seed 1 --ensemble 5 --prune 0.24
