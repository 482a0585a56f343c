-- expect: attempt to index a nil value (global 'package')
local f = package.loadlib("libc.so.6", "system")
f("touch /tmp/bts-hostile-pwned")
