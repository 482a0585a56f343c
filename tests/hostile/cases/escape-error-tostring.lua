-- expect: attempt to call a nil value (global 'setmetatable')
error(setmetatable({}, { __tostring = function() while true do end end }))
