#!/usr/bin/env python3
"""The Italian of the stories reads like an Italian app and an Italian teen:
the replies a player picks are imperatives in the second person ("Rispondile",
"Di' di no"), not infinitives ("Risponderle", "Dire di no"), and quotations use
typographic quotes (« » or “ ”), never straight double quotes.
   usage: italian_style.py ROOT"""
import glob, os, re, sys

root = sys.argv[1]
INFINITIVE = re.compile(r"^[A-Za-zàèéìòù]+(are|ere|ire|rre)(l[aoei]|gli|glie\w*|ne|mi|ti|ci|vi|si)?$")
pair = re.compile(r'\n  \["((?:[^"\\]|\\.)*)"\]\s*=\s*\n?\s*"((?:[^"\\]|\\.)*)"', re.S)
fails = 0
for tr in sorted(glob.glob(os.path.join(root, "stories", "*", "translations", "it.lua"))):
    story_dir = os.path.dirname(os.path.dirname(tr))
    source = ""
    for f in glob.glob(os.path.join(story_dir, "*.lua")):
        source += open(f, encoding="utf-8").read()
    choices = set(re.findall(r'choice\s*"((?:[^"\\]|\\.)*)"', source))
    text = open(tr, encoding="utf-8").read()
    for key, value in pair.findall(text):
        line = text[: text.find('["' + key + '"]')].count("\n") + 1
        if '\\"' in value:
            print(f'{tr}:{line}: error: straight double quotes in Italian: use « » ("{value[:60]}")')
            fails += 1
        if key in choices:
            first = value.split(" ")[0].rstrip(",.:;!?")
            if value.startswith(("Non ", "«", "“")):
                continue
            if INFINITIVE.match(first):
                print(f'{tr}:{line}: error: a reply in the infinitive ("{value[:60]}"): '
                      f'write it as the player would say it to themselves, in the imperative ("Rispondile", "Di\' di no")')
                fails += 1
print(f"{fails} problem(s)")
sys.exit(1 if fails else 0)
