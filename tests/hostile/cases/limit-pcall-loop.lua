-- expect: ran too long
-- catching the budget error must not give a fresh budget
while true do
  pcall(function() while true do end end)
end
