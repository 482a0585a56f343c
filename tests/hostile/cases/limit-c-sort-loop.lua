-- expect: ran too long
local t = {}
for i = 1, 100000 do t[i] = -i end
for i = 1, 100000 do table.sort(t) end
