-- expect: ran too long
-- Lua runs message handlers with hooks off
xpcall(function() error("x") end, function(m) while true do end end)
