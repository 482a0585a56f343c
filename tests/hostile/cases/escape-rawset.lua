-- expect: attempt to call a nil value (global 'rawset')
rawset(string, "match", nil)
