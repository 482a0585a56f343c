-- expect: file not found
include "nothing-here.lua"
