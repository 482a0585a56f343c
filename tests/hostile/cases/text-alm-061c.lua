-- expect: an invisible character
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { think "mark \u{61C} here", go "e" }
ending "e" { title = "End", summary = "S" }
