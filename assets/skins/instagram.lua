-- A photo app's direct messages and video call (scenario B): a white
-- header with a thin gradient line, round bubbles with a gradient for mine,
-- the username under the name, "Active now". The look, not the brand: no logo.
-- Keys: docs/architecture.md, "A new skin is a data file".
skin "instagram" {
  colors = {
    bg = "#FFFFFF", text = "#262626", dim = "#5E5E5E",
    header = "#FFFFFF", header_text = "#262626", header_dim = "#5E5E5E",
    in_bubble = "#EFEFEF", in_text = "#262626",
    out_bubble = "#7B2FD0", out_bubble2 = "#B4237A", out_text = "#FFFFFF",
    narr_bg = "#F5F5F5", narr_text = "#2B2B2B",
    system_text = "#5E5E5E", sep = "#DBDBDB",
    primary = "#7B2FD0", primary_text = "#FFFFFF",
    unread = "#1769D1", unread_text = "#FFFFFF", online = "#1F9D3A",
    call_bg = "#1C1030", call_panel = "#3B2462", control = "#4A3270", control_text = "#FFFFFF",
  },
  bubble = { style = "round", radius = 20, fill = "gradient", avatars = true },
  header = { line = "gradient", subtitle = "username", avatar = true },
  -- the chat list: message requests in their own folder, a blue dot for
  -- unread, the time, a green dot on who is active
  inbox = { kind = "list", requests = "folder", unread = "dot", time = true, presence = true },
  messages = { receipts = "words" },
  composer = { shape = "pill" },
  call = { kind = "video", controls = { "camera", "mute", "flip", "hangup" } },
  words = {
    label = { en = "Instagram", fr = "Instagram", it = "Instagram" },
    status = { en = "Active now", fr = "En ligne", it = "Attivo ora" },
    composer = { en = "Message…", fr = "Message…", it = "Scrivi un messaggio…" },
    chats = { en = "Messages", fr = "Messages", it = "Messaggi" },
    requests = { en = "Requests", fr = "Demandes", it = "Richieste" },
    request_hint = { en = "They won't know you've seen their message until you reply.",
                     fr = "Cette personne ne saura pas que tu as vu son message tant que tu n'as pas répondu.",
                     it = "Non saprà che hai visto il messaggio finché non rispondi." },
  },
}
