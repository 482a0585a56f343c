-- expect: this file was already included
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
include "part.lua"
include "./part.lua"
include "././part.lua"
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
