-- expect: more than 64 MB OR ran too long
-- catching the memory error must not let it go on
for i = 1, 1e6 do
  pcall(function() local t = {} for j = 1, 1e9 do t[j] = j end end)
end
