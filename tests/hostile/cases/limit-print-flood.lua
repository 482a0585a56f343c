-- expect: ran too long
for i = 1, 1e9 do print(i) end
