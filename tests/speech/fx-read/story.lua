-- A fixture for read aloud (tests/speech/run-read): a French story with every
-- kind of beat, a name, gendered forms, emoji and a call.
story {
  id = "fx-read",
  title = "Lecture à voix haute",
  app = "plain",
  language = "fr",
  start = "start",
  minutes = 2,
  note = "A test story. Nothing explicit is shown.",
  teaches = { "evidence", "talk" },
}

local kim = character "kim" { name = "Kim", color = "#e07a5f", initials = "K" }

scene "start" {
  clock "21:40",
  narrate "Jeudi soir. Ton téléphone vibre.",
  kim "salut {name} 😊😊 t'es {prêt|prête|prêt·e} ?",
  me "c'est qui ?",
  think "Je ne connais pas de Kim.",
  kim.photo "Une plage au coucher du soleil",
  discuss { "Tu répondrais ?", notes = "Pour l'animateur : laisser la classe chercher les indices." },
  choice "Répondre à l'appel" { go = "call" },
  choice "Faire des captures d'écran 📸" { go = "told", did = "evidence" },
}

scene "call" {
  kim.call "Appel vidéo entrant",
  recording "",
  kim "tu m'entends ?",
  choice "Raccrocher" { go = "bye", button = "hangup" },
  choice "Rester" { go = "bye" },
}

scene "bye" {
  hangup "Appel terminé",
  go "told",
}

scene "told" {
  did "talk",
  kim "😤",
  go "end",
}

ending "end" {
  title = "Tu as trouvé de l'aide",
  summary = "Garder les preuves et en parler a tout changé.",
}
