story { id = "x" }
scene "a" { go "b" }
