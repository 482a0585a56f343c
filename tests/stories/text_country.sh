#!/usr/bin/env bash
# The terminal player, scripted (.play paths), for every country and
# language: the whole transcript (story, debrief, help list) shows no other
# country's service, number or currency (country-markers.txt).
set -u
bin=$1 root=$2
here=$(dirname "$0")
markers=$here/country-markers.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data HOME=$tmp
status=0 runs=0
for play in "$here"/skype-all-right.play "$here"/skype-paid.play "$here"/instagram-all-right.play "$here"/instagram-paid.play \
            "$here"/forty-minutes-paid.play "$here"/forty-minutes-all-right.play "$here"/template-help.play; do
  story=$(awk '$1=="story"{print $2}' "$play")
  path=$(awk '$1=="path"{$1=""; print}' "$play")
  for f in "$root"/assets/help/*.lua; do
    cc=$(basename "$f" .lua)
    [ "$cc" = ALL ] || [ "$cc" = other ] && continue
    # the markers of other countries that are not also this country's
    grep -v '^#' "$markers" | awk -v cc="$cc" 'NF>1 {m=substr($0,4); if ($1==cc) own[m]=1; else other[m]=$1}
      END {for (m in other) if (!(m in own)) print other[m] "\t" m}' > "$tmp/forbidden"
    for lang in en fr it; do
      printf '%s\nq\n' "$(echo $path | tr ' ' '\n')" |
        "$bin" --text "$root/stories/$story" --lang "$lang" --country "$cc" --name Sam --gender x > "$tmp/out" 2>&1
      runs=$((runs + 1))
      grep -q "== " "$tmp/out" || { echo "FAIL: $story $lang $cc: no debrief"; status=1; }
      # one "or" per list of ways to pay ({payment.app} is one way, not "PayPal ou Lydia")
      if grep -E " (ou|or|o) [^.]* (ou|or|o) (par|through|con) " "$tmp/out" >/dev/null ||
         grep -E "(par|through|con) [A-Z][A-Za-z]* (ou|or|o) " "$tmp/out" >/dev/null; then
        echo "FAIL: $story --lang $lang --country $cc: a list of payment ways inside a list:"
        grep -E "(par|through|con) [A-Z][A-Za-z]* (ou|or|o) " "$tmp/out" | head -2 | sed 's/^/    /'
        status=1
      fi
      while IFS=$'\t' read -r owner m; do
        if grep -qF -- "$m" "$tmp/out"; then
          echo "FAIL: $story --lang $lang --country $cc prints $owner's \"$m\":"
          grep -F -- "$m" "$tmp/out" | head -2 | sed 's/^/    /'
          status=1
        fi
      done < "$tmp/forbidden"
    done
  done
done
echo "$runs terminal playthroughs checked"
exit $status
