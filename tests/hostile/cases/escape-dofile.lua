-- expect: 'dofile' is not a word of the story language
dofile("/etc/passwd")
