-- expect: time or memory limit OR ran too long
-- modes: check
-- 2^24 paths, each state costly to run: the exploration stops at its time
-- or memory limit and says the results are partial (an error).
local v = {}
for i = 1, 24 do v["b" .. i] = false end
story { id = "hostile", title = "Hostile", language = "en", start = "s1", minutes = 1, teaches = { "talk" }, vars = v }
local lines = {}
for k = 1, 400 do lines[k] = narrate "a line" end
for i = 1, 24 do
  local body = {}
  for k = 1, #lines do body[k] = lines[k] end
  body[#body + 1] = choice "yes" { go = (i < 24 and "s" .. (i + 1) or "e"), set = { ["b" .. i] = true } }
  body[#body + 1] = choice "no" { go = (i < 24 and "s" .. (i + 1) or "e") }
  scene("s" .. i)(body)
end
ending "e" { title = "End", summary = "S", did "talk" }
