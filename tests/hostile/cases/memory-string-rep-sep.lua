-- expect: string.rep: the result would be too long
local s = string.rep("", 1e12, "abc")
