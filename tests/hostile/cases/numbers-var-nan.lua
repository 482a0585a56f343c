-- expect: starts as a number from
story { id = "h2", title = "H", start = "a", vars = { n = 0/0 } }
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
