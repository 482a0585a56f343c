-- expect: more than 64 MB OR ran too long
local t = {}
for i = 1, 1e9 do t[i] = string.rep("x", 4000) .. i end
