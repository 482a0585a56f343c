-- expect: already included
include "a.lua"
