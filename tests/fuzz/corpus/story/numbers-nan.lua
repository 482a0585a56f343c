-- expect: typing is a number of seconds
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { narrate { "x", typing = 0/0 }, go "a" }
