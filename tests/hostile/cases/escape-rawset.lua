-- expect: 'rawset' is not a word of the story language
rawset(string, "match", nil)
