-- each run of this file would take half a second
local x = 0
for i = 1, 4000000 do x = x + i end
translation "fr" { ["Hello"] = "Bonjour", ["End"] = "Fin", ["S"] = "S", ["Hostile"] = "Hostile" }
