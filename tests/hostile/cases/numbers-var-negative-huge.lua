-- expect: starts as a number from
story { id = "h2", title = "H", start = "a", vars = { n = -1e300 } }
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
