-- expect: 'os' is not a word of the story language
os.execute("touch /tmp/bts-hostile-pwned")
