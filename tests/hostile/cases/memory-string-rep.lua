-- expect: string.rep: the result would be too long
local s = string.rep("x", 1e9)
