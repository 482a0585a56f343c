-- expect: attempt to call a nil value (global 'getmetatable')
local mt = getmetatable("")
mt.__index = _G
