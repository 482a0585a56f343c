-- expect: is a group itself
-- a group chat of 200000 members, one of them a group, lines sent to every kind of value
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local a = character "a" { name = "A" }
local m = {}
for i = 1, 200000 do m[i] = "a" end
local g = character "g" { name = "G", members = m }
m[#m + 1] = "g"
local h = character "h" { name = "H", members = { "g", a, 42, {} } }
scene "a" {
  chat = g,
  a { "hi", to = h },
  me { "hi", to = {} },
  system { "x", to = string.rep("g", 100000) },
  g.request "",
  g "a group speaks",
  choice "Go" { go = "e", to = true },
}
ending "e" { title = "E", summary = "S", in_person = "yes" }
