include "other.lua"
