#!/usr/bin/env bash
# Conversations in the terminal: a line that lands in another conversation
# is preceded by ">> Chat: NAME"; requests, blocked and reported accounts
# are said; Mum, in the room, is narration, not a chat line.
set -u
bin=$1 root=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export BTS_HOME=$home
fail() { echo "FAIL: $*"; echo "$out" | head -120; exit 1; }
# The lines of $out matching $2, in order, must be exactly $1 (one a line).
expect_in_order() {
  local got
  got=$(echo "$out" | grep -E "$2")
  [ "$got" = "$1" ] || { echo "expected:"; echo "$1"; echo "got:"; echo "$got"; fail "$3"; }
}

# Skype, "all the right steps": the family group, Sacha's request, Inès in
# private, Sacha reported, Mum in the room, Inès again.
out=$(printf '2\n1\n2\n1\n2\n2\n2\n1\n1\n3\n3\n1\n1\n3\n1\n1\n1\n1\nq\n' |
      "$bin" --text "$root/stories/skype" --lang en --name Sam) || fail "exit $?"
expect_in_order ">> Chat: Bretagne ⛺🌊
>> Chat: Sacha ☀
[New contact request: Sacha ☀]
>> Chat: Inès
>> Chat: Sacha ☀
>> Chat: Inès" '^>> Chat|^\[New contact' "the conversations do not switch as the story goes"
echo "$out" | grep -q "^Inès: Sam !!! look at this" || fail "Inès does not write in the group"
echo "$out" | grep -q "^Nadia, in the room: Thank you for telling me" || fail "Mum is not in the room"
if echo "$out" | grep -q "^Nadia: "; then fail "Mum writes in a chat"; fi

# Skype, cut off: blocked twice (the first account, then the new one).
out=$(printf '1\n1\n3\n1\n1\n3\n2\n2\n1\nq\n' | "$bin" --text "$root/stories/skype" --lang en) || fail "exit $?"
expect_in_order "[Contact blocked]
[New contact request: Sacha ☀ (new account)]
[Contact blocked]" '^\[(Contact|New contact request: Sacha ☀ \()' "blocking is not shown"

# The game's own words when the story leaves the text out (template: "").
out=$(printf '1\n1\n2\nq\n' | "$bin" --text "$root/stories/template" --lang en) || fail "exit $?"
echo "$out" | grep -q "^\[Jess wants to contact you\]" || fail "no request card in the game's words"
out=$(printf '1\n1\n1\n1\nq\n' | "$bin" --text "$root/stories/template" --lang fr --gender f) || fail "exit $?"
echo "$out" | grep -q "^Léa (big sister), dans la pièce.*hé, ça va" || fail "Léa is not in the room (fr)"
echo "$out" | grep -q "^Moi, à voix haute.*en ligne me menace" || fail "the player does not speak aloud in the room (fr)"
# A request, a block and a report the story leaves wordless: the terminal
# says them in the app's words (assets/lang, app = { ... }), the very words
# the window shows, in every language.
app_word() { # the word $2 of the app table of language $1, {name} filled with Xavi
  sed -n '/^  app = {/,/^  },/p' "$root/assets/lang/$1.lua" | sed -n "s/^ *$2 = \"\(.*\)\",\$/\1/p" | sed 's/{name}/Xavi/'
}
story=$home/wordless
mkdir -p "$story"
for l in en fr it; do
cat > "$story/story.lua" <<LUA
story { id = "wordless", title = "W", start = "a", language = "$l" }
local x = character "x" { name = "Xavi" }
local y = character "y" { name = "Yuki" }
scene "a" {
  x.request "",
  x "hi",
  x.blocked "",
  y "hello",
  y.reported "",
  choice "Go" { go = "b" },
}
ending "b" { title = "B", summary = "S" }
LUA
  out=$(printf '1\nq\n' | "$bin" --text "$story" --lang "$l" --name Sam) || fail "exit $? ($l)"
  want="[$(app_word "$l" request_from)]
[$(app_word "$l" blocked)]
[$(app_word "$l" unavailable)]"
  [ "$(echo "$want" | wc -l)" = 3 ] && ! echo "$want" | grep -q '^\[\]$' || fail "no app words in assets/lang/$l.lua"
  expect_in_order "$want" '^\[' "the terminal does not say the app's words ($l)"
done
# A time marker is printed under the ">> Chat:" line of the conversation it
# dates (the one of the next line), never above it: a reader takes the
# time for the conversation being left.
cat > "$story/story.lua" <<LUA
story { id = "marks", title = "M", start = "a", language = "en" }
local x = character "x" { name = "Xavi" }
local y = character "y" { name = "Yuki" }
scene "a" {
  x "hi",
  later "The next day",
  clock "09:10",
  y "hello",
  clock "09:12",
  choice "Go" { go = "b" },
}
ending "b" { title = "B", summary = "S" }
LUA
out=$(printf '1\nq\n' | "$bin" --text "$story" --lang en --name Sam) || fail "exit $? (markers)"
expect_in_order ">> Chat: Xavi
Xavi: hi
>> Chat: Yuki
--- The next day ---
[09:10]
Yuki: hello
[09:12]" '^(>> Chat|Xavi:|Yuki:|--- |\[0)' "a time marker is printed before the conversation it dates"
echo "ok: conversations, requests, blocked, in the room, time markers"
