story { id = "mini", title = "Mini", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0, b = false } }
local x = character "x" { name = "X", color = "#112233", initials = "X" }
scene "a" {
  clock "10:00",
  x "hi {name}, {n} {il|elle}",
  x { "typing", typing = 2 },
  me "hello",
  x.photo "a photo",
  x.call "call",
  recording "REC",
  hangup "end",
  when "n > 0 and not b" { add { n = 1 } },
  choice "one" { go = "e", did = "talk", set = { b = true } },
  choice "two" { go = "a", add = { n = 1 }, when = "n < 3" },
}
ending "e" { title = "End", summary = "Sum" }
