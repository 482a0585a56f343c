-- expect: is a number from
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { set { n = 0/0 }, go "e" }
ending "e" { title = "End", summary = "S" }
