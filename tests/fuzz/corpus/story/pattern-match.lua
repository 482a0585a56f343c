-- expect: attempt to call a nil value (method 'match')
-- ran 152 s in C with the hook never firing
local r = ("a"):rep(18):match(("a*"):rep(18) .. "b")
