-- expect: this file was already included
include "story.lua"
