-- expect: 'loadfile' is not a word of the story language
local f = loadfile("/etc/passwd")
