-- expect: 'collectgarbage' is not a word of the story language
collectgarbage("stop")
