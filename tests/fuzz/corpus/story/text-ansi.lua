-- expect: this text hides
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local x = character "x" { name = "X", color = "#000000", initials = "X" }
scene "a" {
  x "hello \27[2J\27]0;pwned\7 \27[31mred",
  choice "go \27[1mbold" { go = "e", did = "talk" },
  choice "other" { go = "e" },
}
ending "e" { title = "End", summary = "S" }
