error("part.lua must not run")
