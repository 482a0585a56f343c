-- my group's story: each of us wrote one part
story {
  id = "group-project",
  title = "The group project",
  language = "en",
  translations = { "fr" },
  start = "start",
  minutes = 5,
  teaches = { "evidence", "talk" },
  vars = { shared = false },
}

local jay = character "jay" { name = "Jay" }
local ms = character "ms" { name = "Ms Ortiz", in_person = true }

include "scenes/part1.lua"
include "part2.lua"
include "./scenes/part3.lua"
