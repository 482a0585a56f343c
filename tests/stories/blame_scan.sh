#!/usr/bin/env bash
# No victim blaming, in either language: every story and translation, the
# advice, the help data and the interface's words are scanned for the words
# of blame-words.txt (its "allow" denials taken out first).
set -u
root=$1
list=$(dirname "$0")/blame-words.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$list" | grep '^allow ' | sed 's/^allow //' > "$tmp/allow"
grep -v '^#' "$list" | grep -v '^allow ' | grep -v '^$' > "$tmp/words"
status=0 files=0
for f in "$root"/stories/*/story.lua "$root"/stories/*/translations/*.lua "$root"/assets/advice.lua \
         "$root"/assets/help/*.lua "$root"/assets/lang/*.lua "$root"/engine/ui/strings.c "$root"/engine/text/text_player.c; do
  [ -f "$f" ] || continue
  files=$((files + 1))
  cp "$f" "$tmp/text"
  while IFS= read -r phrase; do
    # the denial, any case, taken out (sed needs its special characters escaped)
    esc=$(printf '%s' "$phrase" | sed 's/[]\/$*.^[]/\\&/g')
    sed -i "s/$esc//Ig" "$tmp/text"
  done < "$tmp/allow"
  if grep -n -i -F -f "$tmp/words" "$tmp/text" > "$tmp/hits"; then
    echo "FAIL: $f has words that blame the player:"
    sed 's/^/    line /' "$tmp/hits" | cut -c1-200
    status=1
  fi
done
echo "$files files scanned for blame words"
exit $status
