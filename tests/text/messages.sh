#!/usr/bin/env bash
# What the game says on stderr is in the player's language, and said once:
# a settings.conf with bad lines (in French, in Italian, with leave no
# trace: once, not once by the window and again by the terminal), a
# settings file that is no settings file (the locale's language), and no
# display (no English from libwayland about XDG_RUNTIME_DIR, then the
# game's own "plays in this terminal").
set -u
bin=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
fail() { echo "FAIL ($case): $*"; fails=$((fails + 1)); }
story=$root/stories/template
run() { # settings text, extra env, options...; stderr in $work/err
  local text=$1 envs=$2
  shift 2
  rm -rf "$work/home"
  mkdir -p "$work/home"
  printf "$text" >"$work/home/settings.conf"
  printf 'q\n' | env -u DISPLAY -u WAYLAND_DISPLAY -u WAYLAND_SOCKET -u XDG_RUNTIME_DIR -u SDL_VIDEODRIVER \
    -u LC_ALL -u LC_MESSAGES -u LANG BTS_HOME="$work/home" $envs timeout 60 "$bin" "$@" >"$work/out" 2>"$work/err"
}
english() { # words of the English messages that must not show
  grep -E "was left out|the other settings are kept|no display found|XDG_RUNTIME_DIR|playing in the terminal|could not be used" "$work/err"
}
bad='# behind-the-screen settings 1\nlang = %s\ntext_scale = 900\nfoo\n'

case=fr-no-trace
run "$(printf "$bad" fr)" "" --no-trace
[ "$(grep -c 'settings.conf:3: La ligne' "$work/err")" = 1 ] || fail "line 3 not said once, in French: $(cat "$work/err")"
grep -q "settings.conf:4: La ligne «.foo.» a été laissée de côté" "$work/err" || fail "line 4 not in French: $(cat "$work/err")"
grep -q "La taille du texte est un nombre de 100 à 200" "$work/err" || fail "no French hint for the text size"
[ "$(grep -c "Aucune fenêtre ne peut s'ouvrir ici" "$work/err")" = 1 ] || fail "no display not said once in French: $(cat "$work/err")"
english && fail "English or SDL noise on stderr"

case=it-kept
run "$(printf "$bad" it)" ""
grep -q "settings.conf:3: La riga «text_scale = 900» è stata lasciata da parte" "$work/err" || fail "not in Italian: $(cat "$work/err")"
grep -q "Il file com'era è conservato come .*settings.conf.bad-1" "$work/err" || fail "where the file is kept, not in Italian"
[ "$(grep -c 'La riga' "$work/err")" = 2 ] || fail "the lines are said more than once: $(cat "$work/err")"
grep -q "Qui non si può aprire nessuna finestra" "$work/err" || fail "no display, not in Italian"
english && fail "English or SDL noise on stderr"

case=it-terminal-lang
# --lang wins over the file's language, in the terminal player too
run "$(printf "$bad" fr)" "" --text --lang it "$story"
grep -q "La riga «foo»" "$work/err" || fail "--lang it not used for the settings message: $(cat "$work/err")"
grep -q "fenêtre\|La ligne" "$work/err" && fail "French after --lang it"

case=garbage-locale
run 'nothing like settings\n' "LANG=fr_FR.UTF-8" --text "$story"
grep -q "Le fichier de réglages .*settings.conf n'a pas pu être lu" "$work/err" || fail "not in the locale's French: $(cat "$work/err")"
grep -q "gardé sous le nom .*settings.conf.bad-1" "$work/err" || fail "where it is kept, not said"
english && fail "English on stderr"

case=en
run "$(printf "$bad" en)" "" --no-trace
grep -q 'settings.conf:3: The line "text_scale = 900" was left out' "$work/err" || fail "English players read English: $(cat "$work/err")"
grep -q "XDG_RUNTIME_DIR" "$work/err" && fail "libwayland's noise"

case=help-card
good='# behind-the-screen settings 1\nlang = %s\n'
run "$(printf "$good" it)" "" --help-card ES "$work/cards.html"
grep -q "Il gioco non ha ancora contatti di aiuto per il paese «ES». Li ha per: .*FR" "$work/err" || fail "not in Italian: $(cat "$work/err")"
run "$(printf "$good" fr)" "" --help-card ES "$work/cards.html"
grep -q "Le jeu n'a pas encore de contacts d'aide pour le pays «.ES.». Il en a pour.: .*IT" "$work/err" || fail "not in French: $(cat "$work/err")"
grep -q "no help contacts" "$work/err" && fail "English"

case=no-session
run "$(printf "$good" it)" "" --summary "$work/s.html" "$story"
grep -q "Su questo computer non c'è una partita salvata di «template»" "$work/err" || fail "not in Italian: $(cat "$work/err")"
run "$(printf "$good" fr)" "" --summary "$work/s.html" "$story"
grep -q "Il n'y a pas de partie de «.template.» gardée sur cet ordinateur" "$work/err" || fail "not in French: $(cat "$work/err")"

[ $fails = 0 ] && echo "ok: settings and no-display messages in fr, it and en, each said once, no SDL noise"
exit $((fails > 0))
