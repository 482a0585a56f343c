-- expect: ran too long
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" {
  choice "x" { go = "e", when = "(function() while true do end end)()" },
  choice "y" { go = "e" },
}
ending "e" { title = "End", summary = "S" }
