-- expect: attempt to call a nil value (global 'setmetatable')
setmetatable(_G, { __index = function(t, k) return k end })
