-- A phone messenger: a teal bar, a warm background, green bubbles for mine,
-- ticks for sent and read, "online" under the name, and a voice-call
-- screen. The look, not the brand: no logo, no brand name in the words.
-- Keys: docs/architecture.md, "A new skin is a data file".
skin "whatsapp" {
  colors = {
    bg = "#ECE5DD", text = "#111B21", dim = "#4A5A63",
    header = "#075E54", header_text = "#FFFFFF", header_dim = "#D4ECE8",
    in_bubble = "#FFFFFF", in_text = "#111B21",
    out_bubble = "#D9FDD3", out_text = "#111B21",
    narr_bg = "#FFF3C4", narr_text = "#3B3320",
    system_text = "#4A5A63", sep = "#CFC6BA",
    primary = "#00785F", primary_text = "#FFFFFF",
    tick = "#5B6B74", tick_read = "#0A74A6",
    composer = "#FFFFFF", composer_text = "#4A5A63",
    sidebar = "#FFFFFF", sidebar_text = "#111B21", sidebar_sel = "#E9EDEF",
    call_bg = "#0B3B36", call_panel = "#14524B", call_text = "#FFFFFF", call_dim = "#D2E8E4",
    control = "#1E5F57", control_text = "#FFFFFF", answer = "#1A8F4E", decline = "#D93636",
  },
  bubble = { style = "round", radius = 8, fill = "flat", avatars = false },
  header = { line = "none", subtitle = "status", avatar = true },
  -- the chat list: the time, ticks before your own last message, a green
  -- count of unread messages
  inbox = { kind = "list", time = true },
  messages = { receipts = "ticks" },
  composer = { shape = "pill" },
  call = { kind = "voice", self = "none", controls = { "speaker", "camera", "mute", "hangup" } },
  words = {
    label = { en = "Messages", fr = "Messages", it = "Messaggi" },
    status = { en = "online", fr = "en ligne", it = "online" },
    calling = { en = "Ringing", fr = "Sonnerie", it = "Sta squillando" },
  },
}
