-- expect: invalid conversion
local s = string.format("%099999999d", 1)
