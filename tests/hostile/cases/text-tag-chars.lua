-- expect: an invisible character
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { narrate "hidden \u{E0001}\u{E0069}\u{E0067}nore", go "e" }
ending "e" { title = "End", summary = "S" }
