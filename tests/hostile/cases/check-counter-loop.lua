-- expect: time or memory limit
-- modes: check
-- A loop whose counter grows at every turn: every state is new, down to the
-- exploration's last state (200,000 deep). Each state used to copy the path
-- that led to it, so the check was quadratic (75 s). The way out, 150,000
-- turns down, runs forever: the error is found only that deep.
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" {
  narrate "again",
  add { n = 1 },
  choice "round" { go = "b" },
  choice "out" { go = "e", when = "n > 150000 and (function() while true do end end)()" },
}
scene "b" { narrate "b", go "a" }
ending "e" { title = "End", summary = "S", did "talk" }
