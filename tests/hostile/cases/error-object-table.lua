-- expect: error object is a table
local t = {}
error(t)
