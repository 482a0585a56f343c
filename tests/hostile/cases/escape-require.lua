-- expect: 'require' is not a word of the story language
local os = require("os")
os.execute("touch /tmp/bts-hostile-pwned")
