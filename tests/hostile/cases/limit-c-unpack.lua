-- expect: ran too long
local t = {}
for i = 1, 100000 do table.unpack(t, 1, 900000) end
