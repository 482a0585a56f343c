-- The story language. This file is trusted: it runs once, before any story
-- file, and builds the words a story may use. Stories never see this file's
-- locals, only the names it puts in `words` (their environment).
--
-- Every constructor records the author's file and line, so every later error
-- points at the story's text, not here.
-- simple_words: the names of the words made by simple() below, from the
-- table in engine/core/words.h (WF_SIMPLE): a new simple word is declared
-- there, not here.
-- speaker_words: a character's words besides its messages (alex.photo,
-- alex.call, alex.request, alex.blocked, alex.reported), name -> whether the
-- text may be left out; also from words.h (WF_SPEAKER).
-- copy_table(t): a shallow, raw copy of a table (from the engine, in C: a
-- loop of next() here cost a hooked call per field).
-- make_recorder(): the recorder (what the words record in C for the
-- builder, engine/core/preludec.c), record(table, kind) (a line made here:
-- its stand-in), plain(value, kind, level[, who]) (a line written
-- `word "text"`, the common case, recorded in one C call: its stand-in; or
-- nothing when value is not a text).
-- make_words(recorder, speaker_ids, word_names): choice, when, scene and
-- ending, in C (engine/core/preludec.c, which says the same messages as
-- these words did in Lua).
local where, copy_table, words, match, simple_words, speaker_words, make_recorder, make_words = ...
-- The library functions this file uses, taken now from the real libraries:
-- a story that replaces string.sub or table.insert in its own environment
-- cannot make its code run inside this trusted file.
local type, pairs, ipairs, error, setmetatable, tostring = type, pairs, ipairs, error, setmetatable, tostring
local insert = table.insert
-- Beware: `return f(x)` is a tail call in Lua and drops a stack frame, which
-- would shift the line numbers where() reports. Keep results in a local.

local collected = {
  story = nil,
  characters = {}, -- in declaration order
  steps = {},      -- the story's own right steps, in declaration order
  scenes = {},     -- in declaration order (endings included)
  translations = {}, -- lang -> { [source] = target }
  translation_where = {}, -- lang -> { [source] = "file:line" }
}

-- What a story word hands back is a stand-in (a light userdata: the
-- number of what the word recorded in C), which no story code can change:
-- a story cannot change a line's kind, text, line or body after it was
-- made (nor make a `when` contain itself).
local recorder, record, plain = make_recorder()
collected.recorder = recorder

-- A shallow copy of a story's table (set = {...}, did = {...}): later
-- changes to the story's own table do not reach the engine.
local function copy(v)
  if type(v) ~= "table" then return v end
  local t = copy_table(v)
  return t
end

-- where(level): file and line of the story code that called a word (level
-- 1 = the caller of the function that calls where()), from the engine (in
-- C: no table, no new string per line).

local function fail(msg, level)
  error(msg, (level or 1) + 2)
end

local function check_string(value, what, level)
  if type(value) ~= "string" then
    fail(what .. " needs a text in quotes, got " .. type(value), level + 1)
  end
end

-- A character's speaker table -> its id, so `to = ines` works like `to = "ines"`.
local speaker_ids = setmetatable({}, { __mode = "k" })
-- alex.blocked (the function) -> "alex.blocked", for the error when its text is left out.
local word_names = setmetatable({}, { __mode = "k" })

local function make(kind, fields, level)
  local file, line = where(level + 1)
  if type(fields.to) == "table" and speaker_ids[fields.to] then fields.to = speaker_ids[fields.to] end
  fields.kind, fields.file, fields.line = kind, file, line
  if fields.set ~= nil then fields.set = copy(fields.set) end
  if fields.add ~= nil then fields.add = copy(fields.add) end
  if fields.did ~= nil then fields.did = copy(fields.did) end
  local p = record(fields, kind)
  return p
end

-- Accepts `word "text"` or `word { "text", option = ... }`.
local function text_and_options(value, word, level)
  if type(value) == "string" then return { text = value } end
  if type(value) ~= "table" then
    fail(word .. " needs a text in quotes or a { ... } table, got " .. type(value), level + 1)
  end
  local t = copy_table(value)
  if t.text == nil then t.text = t[1] end
  t[1] = nil
  return t
end

-- word("hi", "there"): a second value after the text, which the word
-- would drop without a word. What to write instead, at the author's line.
local function second_value(word, value, extra, level)
  local shown = type(value) == "string" and value or "..."
  if #shown > 30 then shown = "..." end
  if type(extra) == "table" then
    fail(word .. ' takes its options inside the braces, with the text: write ' .. word .. ' { "' .. shown ..
      '", typing = 2 }', level + 1)
  elseif type(extra) == "string" then
    fail(word .. ' takes one text: write ' .. word .. ' "' .. shown .. '", then ' .. word ..
      ' "..." on its own line for a second one', level + 1)
  end
  fail(word .. ' takes one text in quotes, not a second value (a ' .. type(extra) .. ')', level + 1)
end

local function simple(kind)
  return function(value, extra)
    if extra ~= nil then second_value(kind, value, extra, 1) end
    local p = plain(value, kind, 1) -- the common case: word "text"
    if p then return p end
    local t = text_and_options(value, kind, 1)
    check_string(t.text, kind, 1)
    local made = make(kind, t, 1)
    return made
  end
end

for _, kind in ipairs(simple_words) do words[kind] = simple(kind) end
-- crisis "..." (a calm card with the crisis line of the player's country) is
-- one of them.

function words.clock(value)
  check_string(value, "clock", 1)
  if not match(value, "^%d%d?:%d%d$") then
    fail('clock needs a time like "21:40", got "' .. value .. '"', 1)
  end
  local made = make("clock", { text = value }, 1)
    return made
end

function words.recording(value)
  local t = text_and_options(value or "", "recording", 1)
  local made = make("recording", t, 1)
    return made
end

function words.discuss(value)
  local t = text_and_options(value, "discuss", 1)
  check_string(t.text, "discuss (the question)", 1)
  if t.notes ~= nil then check_string(t.notes, "discuss notes", 1) end
  local made = make("discuss", t, 1)
    return made
end

function words.set(value)
  if type(value) ~= "table" then fail("set needs a table like { paid = true }", 1) end
  local made = make("set", { set = value }, 1)
    return made
end

function words.add(value)
  if type(value) ~= "table" then fail("add needs a table like { amount = 100 }", 1) end
  local made = make("add", { add = value }, 1)
    return made
end

function words.did(value)
  if type(value) ~= "string" and type(value) ~= "table" then
    fail('did needs an advice id like "evidence"', 1)
  end
  local made = make("did", { did = value }, 1)
    return made
end

function words.go(value)
  check_string(value, "go", 1)
  local made = make("go", { target = value }, 1)
    return made
end

-- when "condition" { items... } and choice "text" { go = "scene", ... }:
-- see make_words (after the characters' tables below).

local speakers = {}
-- By id, for the engine: a file that does not see another file's `local`
-- finds the character there (sandbox.c, unknown_word).
collected.speakers = speakers

local function speaker(id)
  local s = {}
  local function message(value, kind, level, extra)
    if extra ~= nil then second_value(kind == "msg" and id or id .. "." .. kind, value, extra, level + 1) end
    local p = plain(value, kind, level + 1, id) -- the common case: alex "text"
    if p then return p end
    local t = text_and_options(value, id, level + 1)
    check_string(t.text, id, level + 1)
    t.who = id
    local made = make(kind, t, level + 1)
    return made
  end
  local names = {}
  for kind, empty_ok in pairs(speaker_words) do
    s[kind] = function(value, extra)
      if value == nil and empty_ok then value = "" end
      local m = message(value, kind, 1, extra)
      return m
    end
    names[#names + 1] = id .. "." .. kind
    word_names[s[kind]] = id .. "." .. kind
  end
  table.sort(names)
  local made = setmetatable(s, {
    __call = function(_, value, extra) local m = message(value, "msg", 1, extra) return m end,
    __index = function(_, k) fail(id .. "." .. tostring(k) .. " is not a word of the story language (try " .. table.concat(names, ", ") .. ")", 1) end,
    __newindex = function() fail("characters cannot be changed", 1) end,
  })
  speaker_ids[made] = id
  return made
end

words.me = speaker("me")

-- character "alex" { name = "Alex", color = "#e07a5f", initials = "A" }
function words.character(id)
  check_string(id, "character", 1)
  local file, line = where(1)
  return function(info)
    if type(info) ~= "table" then fail('character "' .. id .. '" needs { name = "..." } after it', 1) end
    local t = {}
    for k, v in pairs(info) do t[k] = v end
    t.id, t.file, t.line = id, file, line
    if type(t.members) == "table" then -- members = { ines, papi } or { "ines", "papi" }
      local m = {}
      for i, v in ipairs(t.members) do m[i] = speaker_ids[v] or v end
      t.members = m
    end
    insert(collected.characters, t)
    local s = speaker(id)
    speakers[id] = s
    return s
  end
end

-- step "ask-admin" { title = "...", why = "...", before = { "block" }, next_time = true }:
-- a right step of the story's own, beside the catalogue's (its texts are
-- the story's, translated with it).
-- The shape of step and translation: word "id" { ... }. The id checked,
-- the place it was written kept, then the table after it handed to take
-- (or the beginner told what goes after it). Called from a word, so the
-- levels are the author's line; the words call it without a tail call,
-- which would lose that line. A fail inside take is one level deeper.
local function id_then_table(word, id, needs, take)
  check_string(id, word, 2)
  local file, line = where(2)
  return function(t)
    if type(t) ~= "table" then fail(word .. ' "' .. id .. '" needs ' .. needs, 1) end
    take(t, file, line)
  end
end

function words.step(id)
  local f = id_then_table("step", id, '{ title = "...", why = "..." } after it', function(info, file, line)
    local t = {}
    for k, v in pairs(info) do t[k] = v end
    t.id, t.file, t.line = id, file, line
    table.insert(collected.steps, t)
  end)
  return f
end

words.choice, words.when, words.scene, words.ending = make_words(recorder, speaker_ids, word_names)

function words.story(info)
  if type(info) ~= "table" then fail("story needs a { ... } table", 1) end
  if collected.story then fail("story { ... } appears twice", 1) end
  local file, line = where(1)
  local t = {}
  for k, v in pairs(info) do t[k] = v end
  t.file, t.line = file, line
  collected.story = t
end

-- TODO "source text": an entry of a translation file still to translate
-- (--translate writes them). It counts as untranslated: the source shows.
local todo_mark = {}
function words.TODO(text)
  check_string(text, "TODO", 1)
  return { [todo_mark] = text }
end

-- translation "fr" { ["source text"] = "texte traduit", ... }
function words.translation(lang)
  local f = id_then_table("translation", lang, "a { ... } table", function(map, file, line)
    local dest = collected.translations[lang] or {}
    local at = collected.translation_where[lang] or {}
    for k, v in pairs(map) do
      if type(v) == "table" and v[todo_mark] then goto continue end
      if type(k) ~= "string" or type(v) ~= "string" then
        fail('translation "' .. lang .. '": every entry must be ["source"] = "translation"', 2) -- take's caller's caller: the author
      end
      dest[k] = v
      at[k] = file .. ":" .. line
      ::continue::
    end
    collected.translations[lang] = dest
    collected.translation_where[lang] = at
  end)
  return f
end

return collected
