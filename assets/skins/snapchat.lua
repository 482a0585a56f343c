-- A disappearing-messages app (scenario C's second app): no bubbles, each
-- message under its sender's name in the sender's colour, a note that
-- messages disappear once seen, app notices ("… took a screenshot") in the
-- app's own look, a yellow accent. The look, not the brand: no logo, no
-- brand name in the words. Keys: docs/architecture.md, "A new skin is a data file".
skin "snapchat" {
  colors = {
    bg = "#FFFFFF", text = "#161616", dim = "#595959",
    header = "#FFFFFF", header_text = "#161616", header_dim = "#595959",
    in_bubble = "#FFFFFF", in_text = "#161616",
    out_bubble = "#FFFFFF", out_text = "#161616",
    me_name = "#C8102E", them_name = "#0A62B0",
    narr_bg = "#F2F2F2", narr_text = "#222222",
    system_text = "#595959", sep = "#E1E1E1", notice = "#7A1FA2",
    primary = "#FFFC00", primary_text = "#000000",
    unread = "#0A62B0", unread_text = "#FFFFFF",
    composer = "#F0F0F0", composer_text = "#595959",
    call_bg = "#121212", call_panel = "#2B2B2B", call_text = "#FFFFFF", call_dim = "#D6D6D6",
    control = "#3A3A3A", control_text = "#FFFFFF",
  },
  bubble = { style = "bar", radius = 4, fill = "flat", avatars = false },
  header = { line = "rule", subtitle = "status", avatar = true },
  -- the chat list: no text, a status ("New chat", "Received") after a
  -- coloured square, filled while unread
  inbox = { kind = "list", preview = "status", time = true },
  messages = { receipts = "words", names = "above", system = "notice", disappear = true },
  composer = { shape = "pill" },
  call = { kind = "video", controls = { "speaker", "camera", "flip", "mute", "hangup" } },
  words = {
    label = { en = "Disappearing chat", fr = "Chat éphémère", it = "Chat effimera" },
    seen = { en = "Opened", fr = "Ouvert", it = "Aperto" },
    delivered = { en = "Delivered", fr = "Distribué", it = "Consegnato" },
    composer = { en = "Send a chat", fr = "Envoie un chat", it = "Invia una chat" },
    me_label = { en = "ME", fr = "MOI", it = "IO" },
    chats = { en = "Chat", fr = "Chat", it = "Chat" },
    new_chat = { en = "New chat", fr = "Nouveau chat", it = "Nuova chat" },
    disappear_note = { en = "Chats disappear after they are seen", fr = "Les messages disparaissent une fois vus",
                       it = "I messaggi spariscono dopo essere stati visti" },
  },
}
