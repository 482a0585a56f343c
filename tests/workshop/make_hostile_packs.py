#!/usr/bin/env python3
"""Writes hostile and damaged story packs into a folder, one per case:
NAME.story, for tests/workshop/pack.sh. Each must be refused cleanly."""
import stat, sys, zipfile, os, warnings

warnings.simplefilter("ignore")  # the duplicate-name case is on purpose

out = sys.argv[1]
good = open(sys.argv[2], encoding="utf-8").read()  # a valid story.lua

def pack(name, entries, **kw):
    with zipfile.ZipFile(os.path.join(out, name + ".story"), "w", zipfile.ZIP_DEFLATED) as z:
        for e in entries:
            if isinstance(e, zipfile.ZipInfo):
                z.writestr(e, e.comment or b"")
            else:
                z.writestr(e[0], e[1])

pack("dotdot", [("story.lua", good), ("../escaped.lua", "x = 1")])
pack("dotdot-deep", [("story.lua", good), ("a/../../escaped.lua", "x = 1")])
pack("absolute", [("story.lua", good), ("/tmp/escaped.lua", "x = 1")])
link = zipfile.ZipInfo("story.lua")
link.create_system = 3
link.external_attr = (stat.S_IFLNK | 0o777) << 16
link.comment = b"/etc/passwd"
pack("symlink", [link])
pack("not-lua", [("story.lua", good), ("run.sh", "#!/bin/sh\n")])
pack("no-story", [("other.lua", good)])
pack("empty", [])
pack("too-many", [("story.lua", good)] + [("f%04d.lua" % i, "") for i in range(300)])
pack("too-deep", [("story.lua", good), ("a/b/c/d/e/f.lua", "")])
pack("odd-name", [("story.lua", good), ("sp ace\x1b[31m.lua", "")])
# A zip bomb: 40 MB of one byte, a few KB packed.
pack("bomb", [("story.lua", "-- " + "a" * (40 << 20))])
# Many files under 1 MB each, adding up past the total cap.
pack("bomb-total", [("story.lua", good)] + [("p%02d.lua" % i, "-- " + "b" * 900000) for i in range(20)])
pack("same-twice", [("story.lua", good), ("story.lua", good)])
with open(os.path.join(out, "garbage.story"), "wb") as f:
    f.write(b"PK\x03\x04 this is not really a zip file" * 10)
with open(os.path.join(out, "truncated.story"), "wb") as f:
    data = open(os.path.join(out, "dotdot.story"), "rb").read()
    f.write(data[: len(data) // 2])
