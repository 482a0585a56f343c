#!/usr/bin/env bash
# --pack writes one file that opens like the folder; damaged and hostile packs
# (.., absolute names, links, zip bombs, too many files, garbage) get one clear
# error, exit 1, and nothing is written outside the unpacking folder, which is
# removed afterwards.
set -u
bin=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
export TMPDIR=$work/tmp XDG_RUNTIME_DIR= BTS_HOME=$work/home
mkdir -p "$TMPDIR" "$work/cwd"
cd "$work/cwd"

out=$("$bin" --pack "$root/stories/template" "$work/t.story") || fail "pack: exit $?"
files=$((1 + $(ls "$root/stories/template/translations" | wc -l)))  # story.lua and its translations
echo "$out" | grep -q "the story \"template\" in one file ($files files)" || fail "pack report: $out"
out=$("$bin" --check "$work/t.story" 2>&1) || fail "check of the pack: $out"
echo "$out" | grep -q "^$work/t.story: 13 scenes, 3 endings (3 reached).*0 errors, 0 warnings" || fail "check: $out"
a=$("$bin" --replay 2,1,3 --ids "$root/stories/template" | grep -v '^story ')
b=$("$bin" --replay 2,1,3 --ids "$work/t.story" | grep -v '^story ')
[ -n "$a" ] && [ "$a" = "$b" ] || fail "the pack plays differently from its folder"
out=$(printf '2\n1\n3\nq\n' | "$bin" --text "$work/t.story") || fail "text play of a pack: exit $?"
echo "$out" | grep -q "The end:" || fail "the pack did not play to an ending"
[ -z "$(ls -A "$TMPDIR")" ] || fail "unpacked files left behind: $(ls "$TMPDIR")"

# A story with errors is not packed, and no file is left.
cp -r "$root/stories/template" "$work/broken"
sed -i 's/^scene "profile" {/scene "profile" {\n  narate "x",/' "$work/broken/story.lua"
"$bin" --pack "$work/broken" "$work/broken.story" 2>"$work/err" && fail "a broken story was packed"
grep -q "story.lua:[0-9]*: error: 'narate'" "$work/err" || fail "no file:line for the broken story"
[ ! -e "$work/broken.story" ] || fail "a pack was written for a broken story"
# Its errors, inside a pack, name the pack.
(cd "$work/broken" && python3 -c "
import zipfile; z = zipfile.ZipFile('$work/broken.story', 'w')
z.write('story.lua'); z.write('translations/fr.lua')")
"$bin" --check "$work/broken.story" 2>&1 >/dev/null | grep -q "^$work/broken.story: story.lua:[0-9]*: error: 'narate'" \
  || fail "errors in a pack do not name the pack"
"$bin" --pack "$root/stories/template" "$work/x.zip" 2>/dev/null; [ $? = 2 ] || fail "a pack name without .story"
"$bin" --pack "$root/stories/template" "$work/no/such/dir/t.story" 2>&1 | grep -q "cannot be written" \
  || fail "an unwritable path gives no clear error"

# A part whose name has a space ("part 2.lua", as people name files) packs
# and opens: the story's include takes it.
mkdir -p "$work/spaced"
cp "$root/stories/template/story.lua" "$work/spaced/story.lua"
sed -i 's/^story {/include "part 2.lua"\nstory {/' "$work/spaced/story.lua"
sed -i '/translations = /d' "$work/spaced/story.lua"
echo '-- the second part' > "$work/spaced/part 2.lua"
"$bin" --pack "$work/spaced" "$work/spaced.story" >/dev/null 2>"$work/err" || fail "a part with a space in its name: $(cat "$work/err")"
out=$("$bin" --check "$work/spaced.story" 2>&1) || fail "the spaced pack: $out"

# Hostile packs.
mkdir "$work/h" "$work/canary"
python3 "$root/tests/workshop/make_hostile_packs.py" "$work/h" "$root/stories/template/story.lua" || fail "generator"
for p in "$work"/h/*.story; do
  name=$(basename "$p" .story)
  start=$(date +%s)
  err=$(cd "$work/canary" && timeout 20 "$bin" --check "$p" 2>&1 >/dev/null); status=$?
  [ $status = 1 ] || fail "$name: exit $status, expected 1 ($err)"
  echo "$err" | grep -q "^$p: .*story pack" || fail "$name: unclear error: $err"
  grep -qF -f "${p%.story}.expect" <<<"$err" || fail "$name: not refused for its own reason ($(cat "${p%.story}.expect")): $err"
  if printf '%s' "$err" | grep -q $'\x1b'; then fail "$name: an escape byte reached the terminal"; fi
  [ $(( $(date +%s) - start )) -le 5 ] || fail "$name: took more than 5 s"
  [ -z "$(ls -A "$work/canary")" ] || fail "$name: wrote into the current folder"
  [ -z "$(ls -A "$TMPDIR")" ] || fail "$name: left files behind: $(ls -R "$TMPDIR")"
  [ ! -e "$work/escaped.lua" ] && [ ! -e /tmp/escaped.lua ] || fail "$name: a file escaped"
done
# Packs as other zip tools make them open and play.
for p in "$work"/h/ok/*.story; do
  name=$(basename "$p" .story)
  out=$(cd "$work/canary" && timeout 20 "$bin" --check "$p" 2>&1) || fail "$name: a good pack was refused: $out"
  out=$(printf '2\n1\n3\nq\n' | timeout 20 "$bin" --text "$p" 2>&1) || fail "$name: text play: $out"
  echo "$out" | grep -q "The end:" || fail "$name: the pack did not play to an ending"
  [ -z "$(ls -A "$TMPDIR")" ] || fail "$name: left files behind: $(ls -R "$TMPDIR")"
done
# The extras of a workshop folder are left out, and said.
err=$(cd "$work/canary" && "$bin" --check "$work/h/ok/workshop-folder.story" 2>&1 >/dev/null)
echo "$err" | grep -q "warning: 4 files in this story pack are left out.*translations/fr.lua.bak" \
  || fail "the files left out of a workshop's zip are not named: $err"
# A zip is a pack whatever its name: "My Story.zip" as the computer makes it,
# in capitals, or renamed with no ending at all (never read as Lua).
cp "$work/h/ok/finder.story" "$work/My Story.zip"
cp "$work/h/ok/finder.story" "$work/MY STORY.ZIP"
cp "$work/h/ok/finder.story" "$work/renamed"
for p in "$work/My Story.zip" "$work/MY STORY.ZIP" "$work/renamed"; do
  out=$(cd "$work/canary" && "$bin" --check "$p" 2>&1) || fail "$p: a zip was refused: $out"
  echo "$out" | grep -q "0 errors" || fail "$p: $out"
  out=$(printf '2\n1\n3\nq\n' | "$bin" --text "$p" 2>&1) || fail "$p: text play: $out"
  echo "$out" | grep -q "The end:" || fail "$p: the zip did not play to an ending"
done
[ -z "$(ls -A "$TMPDIR")" ] || fail "unpacked zips left behind: $(ls -R "$TMPDIR")"

echo "pack: all passed ($(ls "$work"/h/*.story | wc -l) hostile packs refused)"
