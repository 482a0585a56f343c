-- The peer for "random playthroughs per second": plain Lua 5.4 loading the
-- same story files with stub words (no sandbox, no validation) and walking
-- random paths from the start to an ending, ignoring conditions and
-- variables. A floor for what walking the graph costs in Lua itself.
--   usage: lua5.4 lua-walk.lua STORY_FOLDER N SEED
local folder, n, seed = arg[1], tonumber(arg[2] or "1000"), tonumber(arg[3] or "1")
local scenes, start = {}, nil
local env = setmetatable({}, { __index = _G })
local function item() return {} end
local function speaker()
  return setmetatable({ photo = item, call = item }, { __call = function() return {} end })
end
env.story = function(t) start = t.start end
env.character = function() return function() return speaker() end end
env.me = speaker()
for _, w in ipairs { "narrate", "think", "later", "system", "hangup", "clock", "recording",
                     "discuss", "set", "add", "did" } do env[w] = item end
env.go = function(id) return { go = id } end
env.when = function() return function() return {} end end
env.choice = function(text) return function(o) return { choice = true, go = o.go } end end
env.scene = function(id) return function(t) scenes[id] = t end end
env.ending = function(id) return function(t) t.is_ending = true; scenes[id] = t end end
env.translation = function() return function() end end
env.include = function(name) assert(loadfile(folder .. "/" .. name, "t", env))() end
assert(loadfile(folder .. "/story.lua", "t", env))()

-- Precompute each scene's exits.
local exits = {}
for id, t in pairs(scenes) do
  local e = { ending = t.is_ending, choices = {}, go = nil }
  for _, it in ipairs(t) do
    if type(it) == "table" then
      if it.choice then e.choices[#e.choices + 1] = it.go elseif it.go then e.go = it.go end
    end
  end
  exits[id] = e
end
math.randomseed(seed)
local t0 = os.clock()
local endings = 0
for _ = 1, n do
  local id, steps = start, 0
  while steps < 100000 do
    local e = exits[id]
    if e.ending then endings = endings + 1 break end
    if #e.choices > 0 then id = e.choices[math.random(#e.choices)] else id = e.go end
    steps = steps + 1
  end
end
local dt = os.clock() - t0
io.write(string.format("%d playthroughs in %.3f s CPU (after loading): %.0f per second\n", n, dt, n / dt))
