-- expect: starts as a number from
story { id = "h2", title = "H", start = "a", vars = { v = 1e300 } }
scene "a" { narrate(("{v}"):rep(300000)), go "e" }
ending "e" { title = "End", summary = "S" }
