-- expect: an invisible character
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { narrate "a\u{2028}b", go "e" }
ending "e" { title = "End \u{2029}", summary = "S" }
