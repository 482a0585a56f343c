-- expect: an invisible character
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" {
  narrate "right-to-left \u{202E}override and C1 \u{9B}31m",
  go "e",
}
ending "e" { title = "End", summary = "S" }
