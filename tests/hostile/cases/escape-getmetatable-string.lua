-- expect: 'getmetatable' is not a word of the story language
local mt = getmetatable("")
mt.__index = _G
