-- expect: ran too long
-- each table.remove(t, 1) is one instruction and a million moves in C
local t = {}
for i = 1, 1000000 do t[i] = i end
for i = 1, 1000000 do table.remove(t, 1) end
