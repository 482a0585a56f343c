-- expect: 'setmetatable' is not a word of the story language
error(setmetatable({}, { __tostring = function() while true do end end }))
