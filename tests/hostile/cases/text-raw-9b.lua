-- expect: not saved as UTF-8
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { narrate "csi \x9B2J", go "e" }
ending "e" { title = "End", summary = "S" }
