-- expect: no ending can be reached
-- modes: check
-- a word of a million dots: the number and address check strips trailing dots in one pass (strlen in a loop was quadratic)
story { id = "hostile", title = "Hostile", language = "en", start = "a" }
scene "a" { narrate("x" .. string.rep(".", 1000000)), choice "Again" { go = "a" } }
ending "e" { title = "End", summary = "S" }
