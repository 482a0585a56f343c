-- expect: more than 64 MB OR ran too long
local s = "x"
for i = 1, 100 do s = s .. s end
