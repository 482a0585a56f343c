-- expect: 'io' is not a word of the story language
local io = _G._G.io
io.open("/tmp/bts-hostile-pwned", "w")
