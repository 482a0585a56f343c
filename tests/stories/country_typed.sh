#!/usr/bin/env bash
# A country typed the way people type it: --country fr is France's help (it
# showed an error where the contacts should be), zz one the game has no data
# for (the kind note); what is not a country code is a usage error that
# lists the countries, before anything starts.
set -u
bin=$1 story=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BTS_HOME=$work/bts LANG=C.UTF-8
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
printf 'h\nq\n' | "$bin" --text "$story" --country fr >"$work/out" 2>"$work/err"
grep -q "Where to get help (France)" "$work/out" || fail "--country fr: no French help: $(head -3 "$work/err")"
grep -q "error" "$work/out" "$work/err" && fail "--country fr: an error: $(grep error "$work/out" "$work/err" | head -2)"
printf 'h\nq\n' | "$bin" --text "$story" --country zz >"$work/out" 2>"$work/err"
grep -q "No help contacts for this country yet" "$work/out" || fail "--country zz: no kind note in the help"
grep -q "error" "$work/out" "$work/err" && fail "--country zz: an error: $(grep error "$work/out" "$work/err" | head -2)"
"$bin" --text "$story" --country ../x </dev/null >"$work/out" 2>"$work/err"
rc=$?
[ $rc = 2 ] || fail "--country ../x exited $rc, expected 2"
grep -q "not a country code: two letters, like .*FR.*GB" "$work/err" || fail "--country ../x: the countries are not listed: $(cat "$work/err")"
"$bin" --help-card gb "$work/cards.html" >/dev/null 2>"$work/err" || fail "--help-card gb: $(cat "$work/err")"
grep -q "Childline" "$work/cards.html" 2>/dev/null || fail "--help-card gb: not the UK's cards"
"$bin" --help-card ../../etc "$work/x.html" >/dev/null 2>"$work/err"
[ $? = 2 ] && [ ! -e "$work/x.html" ] || fail "--help-card ../../etc: not refused"
[ $fails = 0 ] && echo "ok: countries as typed"
exit $((fails > 0))
