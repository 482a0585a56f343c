-- expect: is not a word
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
string.sub = function() while true do end end
scene "a" { choice "ok" { go = "e", when = "(\"abc\"):sub(1, 1) == \"a\"" } }
ending "e" { title = "End", summary = "S" }
nope()
