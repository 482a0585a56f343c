-- The plain chat: a neutral messenger, and the skin a story falls back to
-- when its app's skin cannot be read. Its words are the language files'
-- (assets/lang, the app table): a skin gives only the words its app says
-- differently. What each key means: docs/architecture.md, "A new skin is a
-- data file"; the names are declared in engine/core/skin.h.
skin "plain" {
  colors = {
    bg = "#ECEFF1", text = "#212121", dim = "#4F5B62",
    header = "#37474F", header_text = "#FFFFFF", header_dim = "#E0E6E9",
    in_bubble = "#FFFFFF", in_text = "#212121",
    out_bubble = "#D7F5C8", out_text = "#1B2B14",
    narr_bg = "#DDE3E6", narr_text = "#263238",
    system_text = "#4F5B62", sep = "#CFD8DC",
  },
  bubble = { style = "round", radius = 12, fill = "flat", avatars = true },
  header = { line = "none", subtitle = "status", avatar = true },
  inbox = { kind = "none", time = true },
  messages = { receipts = "words" },
  composer = { shape = "pill" },
  call = { kind = "video", controls = { "mute", "camera", "hangup" } },
}
