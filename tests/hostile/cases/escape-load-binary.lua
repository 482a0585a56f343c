-- expect: attempt to call a nil value (global 'load')
local f = load("\27Lua\84\0\25\147\13\10\26\10\4\8\8", "x", "b")
f()
