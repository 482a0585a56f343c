-- expect: just after "second " (line 2 of the text, character 8): a terminal control code (ESC)
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { narrate [[first line
second [31mred]], go "e" }
ending "e" { title = "E", summary = "S." }
