-- expect: ran too long
local function f() pcall(f) end
f()
while true do end
