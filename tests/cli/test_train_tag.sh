# test_train_tag.sh - `chronicle train tag` on a slice of UD English EWT:
# an ensemble of two mixed taggers writes a model that `chronicle eval tag`
# loads and scores; bad option values are refused.
# Skips when ../shared has no EWT.
. tests/cli/lib.sh
D="$SHARED/data/ud-ewt"
[ -f "$D/en_ewt-ud-train.conllu" ] || { echo "skip: $D not found"; exit 77; }
awk 'BEGIN{RS="";ORS="\n\n"} NR<=400 {print}' "$D/en_ewt-ud-train.conllu" >"$T/t.conllu"
awk 'BEGIN{RS="";ORS="\n\n"} NR<=150 {print}' "$D/en_ewt-ud-dev.conllu" >"$T/dev.conllu"
run 2 train tag --train "$T/t.conllu" -o "$T/m.bin" --ensemble 0
err_has "--ensemble needs a number from 1 to 16"
run 0 train tag --train "$T/t.conllu" --dev "$T/dev.conllu" -o "$T/m.bin" --clusters 0 \
    --epochs 2 --ensemble 2
err_has "epoch 2: train"
[ -s "$T/m.bin" ] || fail "no model written"
run 0 eval tag "$T/dev.conllu" --model "$T/m.bin" --runs 1
up=$(sed -n 's/.*"upos":\([0-9.]*\).*/\1/p' "$T/out")
awk -v u="$up" 'BEGIN { exit !(u >= 70 && u <= 100) }' || fail "UPOS $up after training on 400 sentences"
exit 0
