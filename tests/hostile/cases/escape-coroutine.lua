-- expect: 'coroutine' is not a word of the story language
-- a coroutine could dodge the hook if it had none
local co = coroutine.wrap(function() while true do end end)
co()
