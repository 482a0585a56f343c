-- expect: unknown variable 'io'
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" {
  choice "x" { go = "e", when = "io.open('/tmp/bts-hostile-pwned', 'w')" },
  choice "y" { go = "e" },
}
ending "e" { title = "End", summary = "S" }
