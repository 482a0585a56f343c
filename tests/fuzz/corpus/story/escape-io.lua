-- expect: 'io' is not a word of the story language
local f = io.open("/tmp/bts-hostile-pwned", "w")
f:write("pwned")
