-- expect: ran too long OR more than 64 MB
local t = {}
for i = 1, 1e7 do t[i] = "abcdefghij" .. i end
local s = table.concat(t)
