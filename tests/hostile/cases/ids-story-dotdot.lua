-- expect: story: id must be
story { id = "../../../tmp/x", title = "t", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = {} }
scene "a" { go "a" }
