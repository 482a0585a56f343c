-- expect: ids are letters, digits
-- string.find is plain only: the pattern is searched as text, at once
local r = string.find(string.rep("a", 18), string.rep("a*", 18) .. "b")
scene ("x" .. tostring(r) .. "/..") { go "x" }
