#!/usr/bin/env python3
"""Writes hostile and damaged story packs into a folder, one per case:
NAME.story and NAME.expect (the words its error must contain: each case is
refused for its own reason, not for another one met first), for
tests/workshop/pack.sh. Each must be refused cleanly. Packs as other zip
tools make them, which must open, go in a subfolder ok/."""
import stat, sys, zipfile, os, warnings

warnings.simplefilter("ignore")  # the duplicate-name case is on purpose

out = sys.argv[1]
good = open(sys.argv[2], encoding="utf-8").read()  # a valid story.lua
os.makedirs(os.path.join(out, "ok"), exist_ok=True)

def entry(name, data, mode=None):
    # Python's zipfile writes 0600 with no file type, as many zip tools do:
    # the type bits are set here only where a case needs them.
    e = zipfile.ZipInfo(name)
    e.create_system = 3
    e.external_attr = (mode if mode is not None else stat.S_IFREG | 0o644) << 16
    e.compress_type = zipfile.ZIP_DEFLATED
    return e, data

def pack(name, entries, expect, where=out, stored=False):
    with zipfile.ZipFile(os.path.join(where, name + ".story"), "w", zipfile.ZIP_DEFLATED) as z:
        for e in entries:
            e, data = e if isinstance(e[0], zipfile.ZipInfo) else entry(*e)
            if stored:
                e.compress_type = zipfile.ZIP_STORED
            z.writestr(e, data)
    if expect:
        open(os.path.join(where, name + ".expect"), "w").write(expect + "\n")

NAMES = "characters other than letters"
pack("dotdot", [("story.lua", good), ("../escaped.lua", "x = 1")], 'leads outside the story')
pack("dotdot-deep", [("story.lua", good), ("a/../../escaped.lua", "x = 1")], 'leads outside the story')
pack("absolute", [("story.lua", good), ("/tmp/escaped.lua", "x = 1")], "root of the disk")
# Windows' separator is read as '/': "..\\..\\" is ".." twice.
pack("backslash", [("story.lua", good), ("..\\..\\escaped.lua", "x = 1")], 'leads outside the story')
pack("lookalike", [("story.lua", good), ("\u0455tory.lua", "x = 1")], NAMES)  # a Cyrillic s
pack("symlink", [entry("story.lua", "/etc/passwd", stat.S_IFLNK | 0o777)], "a link")
pack("fifo", [("story.lua", good), entry("part.lua", "", stat.S_IFIFO | 0o644)], "a link")
pack("device", [("story.lua", good), entry("part.lua", "", stat.S_IFCHR | 0o644)], "a link")
pack("story-upper", [("STORY.LUA", good)], "small letters")
pack("no-story", [("other.lua", good)], "no story.lua at its top")
pack("story-capital", [("Story.lua", good)], "in small letters")
pack("empty", [], "it is empty")
pack("too-many", [("story.lua", good)] + [("f%04d.lua" % i, "") for i in range(300)], "more than 256 files")
pack("too-deep", [("story.lua", good), ("a/b/c/d/e/f.lua", "")], "nested too deep")
pack("odd-name", [("story.lua", good), ("sp ace\x1b[31m.lua", "")], NAMES)
# A folder zipped whole is opened from that folder, but ".." is no folder.
pack("dotdot-folder", [("../story.lua", good)], 'leads outside the story')
# A zip bomb: 40 MB of one byte, a few KB packed.
pack("bomb", [("story.lua", "-- " + "a" * (40 << 20))], "larger than a story file")
# Many files under 1 MB each, adding up past the total cap.
pack("bomb-total", [("story.lua", good)] + [("p%02d.lua" % i, "-- " + "b" * 900000) for i in range(20)],
     "more than 16 MB")
pack("same-twice", [("story.lua", good), ("story.lua", good)], "same file twice")
with open(os.path.join(out, "garbage.story"), "wb") as f:
    f.write(b"PK\x03\x04 this is not really a zip file" * 10)
open(os.path.join(out, "garbage.expect"), "w").write("not a zip file\n")
with open(os.path.join(out, "truncated.story"), "wb") as f:
    data = open(os.path.join(out, "dotdot.story"), "rb").read()
    f.write(data[: len(data) // 2])
open(os.path.join(out, "truncated.expect"), "w").write("not a zip file\n")
open(os.path.join(out, "zero-bytes.story"), "wb").close()
open(os.path.join(out, "zero-bytes.expect"), "w").write("not a zip file\n")
# A byte of the story changed after it was packed: the CRC no longer matches.
pack("bad-crc", [("story.lua", good)], None, stored=True)
data = bytearray(open(os.path.join(out, "bad-crc.story"), "rb").read())
at = data.find(b"scene")
data[at] = ord("S")
open(os.path.join(out, "bad-crc.story"), "wb").write(bytes(data))
open(os.path.join(out, "bad-crc.expect"), "w").write("damaged\n")

# What other tools make, which must open: a folder zipped whole (Windows'
# "Send to > Compressed folder", macOS' "Compress"), with the Finder's
# __MACOSX/ and .DS_Store, Windows' Thumbs.db; entries with no file type.
ok = os.path.join(out, "ok")
pack("folder-zipped", [("my-story/", b""), ("my-story/story.lua", good)], None, ok)
pack("finder", [("my story/story.lua", good), ("my story/.DS_Store", b"\0\0\0\1Bud1"),
                ("__MACOSX/my story/._story.lua", b"\0\5\26\7\0\2\0\0Mac OS X")], None, ok)
pack("explorer", [("story.lua", good), ("Thumbs.db", b"\xd0\xcf\x11\xe0"), ("desktop.ini", "[.ShellClassInfo]")],
     None, ok)
pack("no-file-type", [entry("story.lua", good, 0o600)], None, ok)
# A workshop's folder, zipped as it is: the .bak --translate keeps, a
# drawing, notes, a script: never unpacked, left out with a warning.
pack("workshop-folder", [("Our Story/story.lua", good), ("Our Story/translations/fr.lua.bak", "x"),
                         ("Our Story/cover.png", b"\x89PNG\r\n"), ("Our Story/notes d'atelier.txt", "ideas"),
                         ("Our Story/run.sh", "#!/bin/sh\nrm -rf ~\n")], None, ok)
# PowerShell 5's Compress-Archive writes Windows' separators.
pack("powershell", [("my-story\\story.lua", good)], None, ok)
