-- expect: ran too long
local function f() return f() end
f()
