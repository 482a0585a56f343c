#!/bin/sh
# Writes the screenshots of docs/ui.md with the game's --screenshot mode
# (software renderer, no window). Needs ImageMagick's `convert`.
#   tests/ui/screenshots.sh build/behind-the-screen docs/screenshots [build/tests/ui/fixtures]
# With the third argument (the render tests' fixture stories, one per skin),
# also each app skin's chat, incoming call and call.
set -eu
BIN=$1
OUT=$2
FX=${3:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

shot() { # name story script-lines...
  name=$1; story=$2; shift 2
  printf '%s\n' "$@" > "$TMP/$name.txt"
  rm -rf "$TMP/home"; mkdir "$TMP/home"
  case "$story" in /*) ;; ?*) story="$ROOT/stories/$story" ;; esac
  if [ -n "$story" ]; then
    BTS_HOME="$TMP/home" "$BIN" --screenshot "$TMP/$name.bmp" --script "$TMP/$name.txt" "$story"
  else
    BTS_HOME="$TMP/home" "$BIN" --screenshot "$TMP/$name.bmp" --script "$TMP/$name.txt"
  fi
  convert "$TMP/$name.bmp" "$OUT/$name.png"
  echo "$OUT/$name.png"
}

FR="lang fr"
shot setup "" "$FR" "country FR"
shot menu "" "$FR" "country FR" "setup Sam m"
shot menu-en "" "lang en" "setup Sam m"
shot chat-skype skype "$FR" "setup Sam m" "run"
shot chat-skype-typing skype "$FR" "setup Sam m" "choose 1" "wait 4200"
shot chat-instagram instagram "$FR" "setup Sam m" "run" "choose 2" "run"
shot chat-template template "lang en" "setup Sam f" "run"
shot call-ringing skype "$FR" "setup Sam m" "choose 1" "choose 1" "choose 3" "choose 3" "choose 1" "wait 2500"
shot call skype "$FR" "setup Sam m" "choose 1" "choose 1" "choose 3" "choose 3" "choose 1" "wait 12000"
shot classroom template "lang en" "size 1920 1080" "classroom on" "setup Sam f" "run"
shot classroom-vote template "lang en" "size 1920 1080" "classroom on" "setup Sam f" "run" "key v" "key a" "key 4" "key b" "key 1" "key 9" "key c" "key 6"
# the presenter view (the teacher's second window) at the same moment
shot classroom-presenter template "lang en" "classroom on" "setup Sam f" "run" "votes 4 19 6" "presenter $TMP/presenter.bmp"
convert "$TMP/presenter.bmp" "$OUT/classroom-presenter.png" && echo "$OUT/classroom-presenter.png"
shot debrief template "lang en" "setup Sam f" "choose 1" "choose 1" "choose 2" "end" "key Return"
shot debrief-fr skype "$FR" "setup Sam m" "end" "key Return"
shot settings "" "$FR" "country FR" "setup Sam m" "screen settings"
shot help skype "$FR" "country FR" "setup Sam m" "run" "key F1"
shot high-contrast instagram "$FR" "contrast on" "setup Sam m" "run"
shot small-200 template "lang en" "size 800 600" "textscale 200" "setup Sam f" "run" "scroll 2"
shot dyslexic template "lang en" "dyslexic on" "setup Sam f" "run"
# The country's words, the crisis card and the debrief in the agreed order (issue 8)
GB="lang en"
path() { printf 'choose %s\n' "$@"; }
shot crisis-gb skype "$GB" "country GB" "setup Sam m" "$(path 2 1 2 1 2 2 2 1 1)" "run" "scroll -2"
shot debrief-gb skype "$GB" "country GB" "setup Sam m" "$(path 2 1 2 1 2 2 2 1 1 3 3 1 1 3 1 1 1 1)" "run" "end" "key Return" "scroll -8"
shot help-gb skype "$GB" "country GB" "setup Sam m" "run" "key F1"
shot help-it skype "lang it" "country IT" "setup Sam m" "run" "key F1"
# Conversations per contact (issue 10): Inès types in the family group while
# Sacha's request waits; the reply typed into the message box; Sacha blocked;
# Mum, in the room, as narration.
shot chat-skype-threads skype "lang en" "setup Sam m" "wait 5200" "run" "choose 2" "run" "choose 2" "wait 2600"
shot chat-composer skype "lang en" "setup Sam m" "run" "choose 2" "wait 600"
shot chat-skype-blocked skype "lang en" "setup Sam m" "$(path 1 1 3 1 1 3 2 2 1)" "run"
shot chat-skype-in-person skype "lang en" "setup Sam m" "$(path 2 1 2 1 2 2 2 1 1 3 3 1 1 3 1)" "run" "choose 1" "wait 7000"
# The player phones the helpline (Karim): a voice call with captions, then
# what he said shown as said on the call, not as chat messages (issue 10)
shot call-helpline skype "lang en" "country GB" "setup Sam m" "$(path 2 1 2 1 2 2 2 1 1 1 2 3)" "run" "choose 2" "wait 9000"
shot chat-helpline-after skype "lang en" "country GB" "setup Sam m" "$(path 2 1 2 1 2 2 2 1 1 1 2 3 2)" "run" "scroll 6"
# Each app skin (assets/skins): its chat, its incoming call, its call (issue 10)
if [ -n "$FX" ]; then
  for app in plain skype instagram snapchat whatsapp; do
    shot skin-$app-chat "$FX/fx-$app" "lang en" "setup Sam f" "run" "scroll 4"
    shot skin-$app-ringing "$FX/fx-$app" "lang en" "setup Sam f" "choose 1" "wait 900"
    shot skin-$app-call "$FX/fx-$app" "lang en" "setup Sam f" "choose 1" "run" "wait 5000"
    # the same call in a small window at 200 % text, and in full HD
    shot skin-$app-call-small "$FX/fx-$app" "lang en" "size 640 480" "textscale 200" "setup Sam f" "choose 1" "run" "wait 5000"
    shot skin-$app-call-hd "$FX/fx-$app" "lang en" "size 1920 1080" "setup Sam f" "choose 1" "run" "wait 5000"
    # a phone call the player makes (voice = true, outgoing = true)
    shot skin-$app-phone "$FX/fx-$app" "lang en" "setup Sam f" "choose 3" "run"
  done
  shot skin-whatsapp-chat-fr "$FX/fx-whatsapp" "lang fr" "setup Sam f" "run"
  # each app's list of conversations and its request card (the inbox
  # fixture: a class group, friends, a blocked account, a message request)
  for app in plain skype instagram snapchat whatsapp; do
    shot skin-$app-inbox "$FX/fx-inbox-$app" "lang en" "setup Sam f" "run" "inbox"
    shot skin-$app-request "$FX/fx-inbox-$app" "lang en" "setup Sam f" "run"
  done
  # the list at the smallest size with the largest text: it scrolls
  for app in plain instagram snapchat whatsapp; do
    shot skin-$app-inbox-small "$FX/fx-inbox-$app" "lang en" "size 640 480" "textscale 200" "dyslexic on" "setup Sam f" "run" "inbox" "scroll -1 320 300"
  done
  shot skin-skype-inbox-small "$FX/fx-inbox-skype" "lang en" "size 960 480" "dyslexic on" "setup Sam f" "run" "scroll -1 120 400"
  shot skin-instagram-requests "$FX/fx-inbox-instagram" "lang en" "setup Sam f" "run" "inbox requests"
  shot skin-whatsapp-blocked "$FX/fx-inbox-whatsapp" "lang en" "setup Sam f" "run" "thread alex"
fi
# Forty minutes in its disappearing-messages app: the screenshot notice
shot chat-snapchat forty-minutes "$FR" "country FR" "setup Sam m" "choose 1" "choose 1" "choose 1" "run" "scroll 15"
