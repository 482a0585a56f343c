-- expect: give the name of a .lua file in the story's folder
include "part.lua\0/../../escape-io.lua"
