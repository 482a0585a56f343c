-- expect: ids are letters, digits
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "../../etc/passwd" { go "a" }
scene "a" { go "a" }
