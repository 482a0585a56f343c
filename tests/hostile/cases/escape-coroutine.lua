-- expect: attempt to index a nil value (global 'coroutine')
-- a coroutine could dodge the hook if it had none
local co = coroutine.wrap(function() while true do end end)
co()
