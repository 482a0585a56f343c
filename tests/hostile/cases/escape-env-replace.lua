-- expect: attempt to call a nil value (global 'error')
-- a story may replace its own environment, never reach the host's
local _ENV = { }
error("still sandboxed")
