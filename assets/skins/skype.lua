-- A desktop messenger and video call (scenario A): a blue bar, a contact
-- list beside the chat, square-ish bubbles. The look, not the brand: no logo.
-- Keys: docs/architecture.md, "A new skin is a data file".
skin "skype" {
  colors = {
    bg = "#FFFFFF", text = "#1B1B1B", dim = "#595959",
    header = "#0063B1", header_text = "#FFFFFF", header_dim = "#E3F0FB",
    sidebar = "#EEF3F8", sidebar_text = "#1B1B1B", sidebar_sel = "#CFE3F5",
    in_bubble = "#F0F0F0", in_text = "#1B1B1B",
    out_bubble = "#D3EBFF", out_text = "#0B1F33",
    narr_bg = "#F3F6F9", narr_text = "#2B2F36",
    system_text = "#595959", sep = "#DADDE1",
    primary = "#0063B1", primary_text = "#FFFFFF",
  },
  bubble = { style = "round", radius = 8, fill = "flat", avatars = true },
  header = { line = "none", subtitle = "status", avatar = true },
  -- contacts beside the chat, each with a presence dot and the time
  inbox = { kind = "sidebar", profile = true, width = 320, min_window = 900, presence = true, time = true },
  messages = { receipts = "words" },
  composer = { shape = "box" },
  call = { kind = "video", controls = { "mute", "camera", "hangup" } },
  words = {
    label = { en = "Skype", fr = "Skype", it = "Skype" },
  },
}
