-- expect: 'os' is not a word of the story language
os.remove(os.getenv("HOME") .. "/.bashrc")
