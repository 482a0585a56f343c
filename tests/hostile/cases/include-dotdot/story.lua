-- expect: give the name of a .lua file in the story's folder
include "../escape-io.lua"
