function love.conf(t)
  t.window.title = "love-chat"
  t.window.width = tonumber(os.getenv("BENCH_WIDTH") or "1280")
  t.window.height = tonumber(os.getenv("BENCH_HEIGHT") or "720")
  t.window.vsync = 0
  t.modules.audio = false
  t.modules.sound = false
  t.modules.joystick = false
  t.modules.physics = false
end
