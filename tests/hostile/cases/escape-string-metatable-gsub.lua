-- expect: attempt to call a nil value (method 'gsub')
-- the string metatable points at the story's filtered string table
local s = ("x"):gsub("x", "y")
