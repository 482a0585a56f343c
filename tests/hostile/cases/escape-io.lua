-- expect: attempt to index a nil value (global 'io')
local f = io.open("/tmp/bts-hostile-pwned", "w")
f:write("pwned")
