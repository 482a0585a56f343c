-- expect: 'debug' is not a word of the story language
debug.sethook()
while true do end
