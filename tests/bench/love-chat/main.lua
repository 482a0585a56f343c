-- The peer for the window benchmarks: a minimal chat scene in LÖVE 11,
-- about the size of Behind the Screen's first screen: a header, 12 message
-- bubbles with wrapped text, and three choice buttons. No assets.
-- Written the way a LÖVE game usually is (love.run's loop redraws every
-- frame; it does not sleep until an event). BENCH_MESSAGES=n changes the
-- number of bubbles.
local messages = {}
local n = tonumber(os.getenv("BENCH_MESSAGES") or "12")
local lines = {
  "hey! saw your drawings, they are sooo good",
  "we have friends in common i think :)",
  "thanks! who are you?",
  "i'm Jess, from the other school. you draw animals right?",
  "mostly animals, and comics",
  "cute. i bet you're cute too",
}
for i = 1, n do
  messages[i] = { mine = (i % 3 == 0), text = lines[(i - 1) % #lines + 1] }
end
local choices = { "Send a selfie", "Say no", "Ask a question only a real friend could answer" }
local font, small

-- BENCH_TIMING=1: one line for the first frame (ms since the process
-- started, from /proc), and with BENCH_FRAMES=n the median of n frames
-- (the time from one frame's start to the next), then quit.
local timing = os.getenv("BENCH_TIMING")
local nframes = tonumber(os.getenv("BENCH_FRAMES") or "0")
local frame_times, first_done = {}, false
local function process_age_ms()
  local st = io.open("/proc/self/stat"):read("*l")
  local fields = {}
  for f in st:gsub("^.-%) ", ""):gmatch("%S+") do fields[#fields + 1] = f end
  local start = tonumber(fields[20]) / 100 -- field 22 overall; clock ticks at 100 Hz
  local up = tonumber(io.open("/proc/uptime"):read("*l"):match("^(%S+)"))
  return (up - start) * 1000
end

function love.load()
  font = love.graphics.newFont(18)
  small = love.graphics.newFont(14)
  love.graphics.setBackgroundColor(0.96, 0.96, 0.97)
end

function love.draw()
  local w, h = love.graphics.getDimensions()
  love.graphics.setColor(0.2, 0.4, 0.8)
  love.graphics.rectangle("fill", 0, 0, w, 56)
  love.graphics.setColor(1, 1, 1)
  love.graphics.setFont(font)
  love.graphics.print("Jess", 20, 16)
  local y = h - 200
  for i = #messages, 1, -1 do
    local m = messages[i]
    local maxw = w * 0.55
    local _, wrapped = font:getWrap(m.text, maxw - 24)
    local bh = #wrapped * font:getHeight() + 16
    y = y - bh - 10
    if y < 60 then break end
    local bw = 0
    for _, l in ipairs(wrapped) do bw = math.max(bw, font:getWidth(l)) end
    bw = bw + 24
    local x = m.mine and (w - bw - 20) or 20
    if m.mine then love.graphics.setColor(0.25, 0.55, 0.95) else love.graphics.setColor(0.88, 0.88, 0.9) end
    love.graphics.rectangle("fill", x, y, bw, bh, 12, 12)
    if m.mine then love.graphics.setColor(1, 1, 1) else love.graphics.setColor(0.1, 0.1, 0.1) end
    love.graphics.printf(m.text, x + 12, y + 8, bw - 24)
  end
  love.graphics.setFont(small)
  for i, c in ipairs(choices) do
    local by = h - 190 + (i - 1) * 60
    love.graphics.setColor(1, 1, 1)
    love.graphics.rectangle("fill", 40, by, w - 80, 48, 8, 8)
    love.graphics.setColor(0.2, 0.4, 0.8)
    love.graphics.printf(c, 60, by + 16, w - 120)
  end
end

if timing or nframes > 0 then
  local draw = love.draw
  local last
  love.draw = function()
    local now = love.timer.getTime()
    draw()
    if not first_done then
      first_done = true
      if timing then io.stderr:write(string.format("love: first frame %.0f ms after the process started\n", process_age_ms())) end
    elseif nframes > 0 then
      -- from one frame's start to the next: drawing, present and the loop
      if last then frame_times[#frame_times + 1] = (now - last) * 1000 end
      if #frame_times >= nframes then
        table.sort(frame_times)
        io.stderr:write(string.format("love: median frame %.2f ms over %d frames (%dx%d)\n",
          frame_times[math.ceil(#frame_times / 2)], #frame_times, love.graphics.getWidth(), love.graphics.getHeight()))
        love.event.quit()
      end
    end
    last = now
  end
end

-- BENCH_TIMING=1 also times a key press to the frame presented after it.
local key_at
if timing then
  local present = love.graphics.present
  love.graphics.present = function()
    present()
    if key_at then
      io.stderr:write(string.format("love: input to frame %.2f ms\n", (love.timer.getTime() - key_at) * 1000))
      key_at = nil
    end
  end
end

function love.keypressed(k)
  if k == "escape" then love.event.quit() end
  if timing and not key_at then key_at = love.timer.getTime() end
end
