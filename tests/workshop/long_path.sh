#!/usr/bin/env bash
# A story deep in a folder tree: Lua shortens long file names in its own
# messages ("...y/story.lua:3:"); the errors must still name the whole path.
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
deep=$work/a-long-folder-name-for-a-workshop/with-another-long-folder/and-a-story
mkdir -p "$deep"
printf 'story { id = "x", title = "X", start = "a" }\nscene "a" {\n  narrate "hi"\n  narrate "no comma"\n}\n' > "$deep/story.lua"
err=$("$bin" --check "$deep" 2>&1 >/dev/null)
echo "$err" | grep -q "^$deep/story.lua:3: error: missing a comma at the end of line 3" || { echo "FAIL: shortened path: $err"; exit 1; }
# the summary speaks like a person: "1 error", not "1 errors"
out=$("$bin" --check "$deep" 2>/dev/null)
echo "$out" | grep -q ": 1 error, 0 warnings$" || { echo "FAIL: plural: $out"; exit 1; }
echo "long path: passed"
