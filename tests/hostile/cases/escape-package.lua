-- expect: 'package' is not a word of the story language
local f = package.loadlib("libc.so.6", "system")
f("touch /tmp/bts-hostile-pwned")
