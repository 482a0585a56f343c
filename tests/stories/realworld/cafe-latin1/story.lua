-- saved by an old Windows editor: Latin-1, CRLF
story {
  id = "cafe",
  title = "Le café à minuit",
  language = "fr",
  start = "a",
  minutes = 3,
  topic = "none",
}
local leo = character "leo" { name = "Léo" }
scene "a" {
  leo "ça va ?",
  choice "oui" { go = "fin" },
}
ending "fin" { title = "Fin", summary = "C'est fini." }
