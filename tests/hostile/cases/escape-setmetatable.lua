-- expect: 'setmetatable' is not a word of the story language
setmetatable(_G, { __index = function(t, k) return k end })
