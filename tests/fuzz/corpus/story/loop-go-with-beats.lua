-- expect: goes round in circles
-- no choice ever: the checker and the player must stop, not print forever
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { narrate "again", go "b" }
scene "b" { narrate "and again", go "a" }
