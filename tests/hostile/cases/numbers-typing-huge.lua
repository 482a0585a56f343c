-- expect: typing is a number
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { narrate { "x", typing = 1e300 }, go "e" }
ending "e" { title = "End", summary = "S" }
