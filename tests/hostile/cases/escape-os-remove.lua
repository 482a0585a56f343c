-- expect: attempt to index a nil value (global 'os')
os.remove(os.getenv("HOME") .. "/.bashrc")
