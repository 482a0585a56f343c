-- expect: 'load' is not a word of the story language
local f = load("\27Lua\84\0\25\147\13\10\26\10\4\8\8", "x", "b")
f()
