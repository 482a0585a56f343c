#!/usr/bin/env bash
# Any topic (issue 11): a story says what it is about (topic) and may add
# right steps of its own; its debrief shows that topic's help, the crisis
# lines always; a story with no steps ends on a plain page; REC is never
# said twice.
#   topics.sh BIN
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# 1. cyberbullying, two steps of its own, translated into French
mkdir -p "$work/bully/translations"
cat > "$work/bully/story.lua" <<'LUA'
story {
  id = "bully", title = "The group chat", start = "a", topic = "cyberbullying",
  translations = { "fr" },
  teaches = { "evidence", "block" },
}
step "tell-adult" {
  title = "Tell an adult you trust",
  why = "You do not have to deal with it alone.",
}
step "ask-admin" {
  title = "Ask the group's admin to remove the post",
  why = "An admin can take it down for everyone.",
  before = { "block" },
}
local x = character "x" { name = "Noor" }
scene "a" {
  x "lol look at this",
  choice "Screenshot it" { go = "b", did = "evidence" },
  choice "Leave" { go = "e" },
}
scene "b" {
  choice "Tell Mum" { go = "e", did = { "tell-adult", "ask-admin", "block" } },
  choice "Block first" { go = "e", did = { "block", "ask-admin" } },
}
ending "e" { title = "End", summary = "Done." }
LUA
"$bin" --translate fr "$work/bully" >/dev/null || fail "--translate"
# the steps' texts are the story's: --translate lists them; translate all
sed -i 's/= TODO \("[^"]*"\)/= \1/' "$work/bully/translations/fr.lua"
grep -q '"Tell an adult you trust"' "$work/bully/translations/fr.lua" || fail "own step not in the translation file"
sed -i 's/\["Tell an adult you trust"\] = "Tell an adult you trust"/["Tell an adult you trust"] = "En parler à un adulte de confiance"/' \
  "$work/bully/translations/fr.lua"
out=$("$bin" --check "$work/bully" 2>&1) || fail "check: $out"
echo "$out" | grep -q "0 errors, 0 warnings" || fail "check not clean: $out"
got=$("$bin" --replay 1,1 --ids "$work/bully" | sort | tr '\n' ' ')
[ "$got" = "ending e taken ask-admin taken block taken evidence taken tell-adult " ] || fail "replay 1,1: $got"
got=$("$bin" --replay 1,2 --ids "$work/bully" | grep " block")
[ "$got" = "wrong-order block" ] || fail "before = { \"block\" } not kept: $got"
text=$(printf '1\n1\n' | "$bin" --text "$work/bully" --lang fr --country FR --name Sam --gender f 2>&1)
echo "$text" | grep -q "En parler à un adulte de confiance" || fail "own step not translated in the debrief"
echo "$text" | grep -q "3114" || fail "no crisis line for a cyberbullying story"
echo "$text" | grep -q "3018" || fail "no youth line for a cyberbullying story"
echo "$text" | grep -q "Cybermalveillance" && fail "a sextortion-only service in a cyberbullying debrief"
echo "$text" | grep -q "Take It Down" && fail "a sextortion-only service (ALL) in a cyberbullying debrief"

# 2. no topic, no steps: a plain ending page, crisis and youth lines only
mkdir -p "$work/plain"
cat > "$work/plain/story.lua" <<'LUA'
story { id = "plain", title = "A day", start = "a", topic = "none" }
local x = character "x" { name = "Noor" }
scene "a" { x "hey", recording "REC", choice "Hi" { go = "e" }, choice "Bye" { go = "e" } }
ending "e" { title = "End", summary = "A quiet day." }
LUA
out=$("$bin" --check "$work/plain" 2>&1)
echo "$out" | grep -q "story.lua:3: warning: recording: the game shows REC by itself" || fail "REC not warned: $out"
text=$(printf '1\n' | "$bin" --text "$work/plain" --country GB --name Sam --gender f 2>&1)
echo "$text" | grep -q "The right steps" && fail "an empty right-steps heading"
echo "$text" | grep -q "REC.*REC" && fail "REC twice: $(echo "$text" | grep REC)"
for want in Samaritans Childline Emergency; do echo "$text" | grep -q "$want" || fail "no $want for topic none"; done
for not in "CEOP" "Report Remove"; do echo "$text" | grep -q "$not" && fail "$not for topic none"; done

# 3. the default topic is sextortion: its own services are there
text=$(printf '2\n2\n' | "$bin" --text template --country GB --name Sam --gender f 2>&1)
echo "$text" | grep -q "Report Remove" || fail "the template (sextortion) lost Report Remove"

# 4. a wrong topic: an error at its line, with the list
printf 'story {\n  id = "t", title = "T", start = "a",\n  topic = "bullying",\n}\nscene "a" { go "e" }\nending "e" { title = "E", summary = "S" }\n' > "$work/bad.lua"
out=$("$bin" --check "$work/bad.lua" 2>&1)
echo "$out" | grep -q "bad.lua:3: error: story: topic is one of sextortion, cyberbullying, grooming, scam, none" || fail "topic: $out"
# 5. summaries speak like a person: "1 playthrough", "1 ending"
out=$("$bin" --random 1 "$work/plain")
echo "$out" | grep -q "^1 playthrough (seed 1): 1 reached an ending, 0 failed" || fail "plural: $out"
out=$("$bin" --check "$work/plain" 2>/dev/null)
echo "$out" | grep -q ": 2 scenes, 1 ending (1 reached), 2 choice points explored: 0 errors, 1 warning$" || fail "plural: $out"
echo "topics: passed"
