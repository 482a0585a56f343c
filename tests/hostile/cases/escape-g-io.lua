-- expect: attempt to index a nil value (local 'io')
local io = _G._G.io
io.open("/tmp/bts-hostile-pwned", "w")
