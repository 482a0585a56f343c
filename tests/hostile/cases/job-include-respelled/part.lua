local x = 0
for i = 1, 3000000 do x = x + i end
