-- expect: ran too long
-- each table.concat is one instruction and a million elements read in C
-- (no big allocation: the result is empty), so it charges the budget itself
local t = {}
for i = 1, 1000000 do t[i] = "" end
for i = 1, 10000000 do table.concat(t) end
