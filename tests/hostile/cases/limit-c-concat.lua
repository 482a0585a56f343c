-- expect: ran too long
local s = string.rep("x", 1000000)
for i = 1, 10000000 do local y = s .. s end
