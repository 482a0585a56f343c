-- expect: attempt to call a nil value (field 'gmatch')
for w in string.gmatch(("a"):rep(30), ("a*"):rep(30) .. "b") do end
