-- storia di fantasmi: la chat della classe di notte
story {
  id = "fantasma",
  title = "Il messaggio delle 3:00",
  app = "instagram",
  language = "it",
  translations = { "en", "fr" },
  start = "notte",
  minutes = 7,
  note = "Una storia di paura, niente di violento.",
  topic = "none",
  vars = { paura = 0, risposto = false },
}

local giulia = character "giulia" { name = "Giulia", username = "giuli.a" }
local ignoto = character "ignoto" { name = "???", username = "utente_sconosciuto" }
local mamma = character "mamma" { name = "Mamma", in_person = true }
-- una persona che si chiama come una parola del linguaggio
local scene_ = character "narrate" { name = "Narratore" }

scene "notte" {
  clock "03:00",
  narrate "Sono le tre di notte. Il telefono si illumina.",
  ignoto "ciao {name}... sei sveglio?",
  ignoto { "ti vedo", typing = 5 },
  think "Chi è? Non conosco questo profilo.",
  choice "Rispondere" { go = "risposta", set = { risposto = true }, say = "chi sei??" },
  choice "Scrivere a Giulia" { go = "giulia", to = "giulia", say = "giuli sei sveglia? mi scrive uno strano" },
  choice "Spegnere il telefono" { go = "spento" },
}

scene "risposta" {
  ignoto "sono quello che vive nel tuo armadio 👻",
  add { paura = 2 },
  when "paura >= 2" {
    think "Ho il cuore a mille.",
  },
  choice "Chiamare la mamma" { go = "mamma" },
  choice "Scrivere a Giulia" { go = "giulia" },
}

scene "giulia" {
  chat = "giulia",
  giulia "ahahah è Marco, ha fatto uno scherzo a tutta la classe",
  giulia "domani lo ammazzo 😂",
  go "fine-scherzo",
}

scene "mamma" {
  mamma "cosa succede? sono le tre!",
  me "mi scrive uno sconosciuto",
  mamma "fammi vedere. Domani lo segnaliamo, ora dormi",
  go "fine-mamma",
}

scene "spento" {
  narrate "Spegni il telefono e ti rimetti a dormire.",
  go "fine-dormire"
}

ending "fine-scherzo" {
  title = "Era uno scherzo",
  summary = "Era solo Marco. Ma non era divertente.",
}
ending "fine-mamma" {
  title = "Con la mamma",
  summary = "Hai parlato con tua madre.",
}
ending "fine-dormire" {
  title = "Buonanotte",
  summary = "Hai spento il telefono.",
}
ending "fine-segreta" {
  title = "Il finale segreto",
  summary = "Nessuno arriva qui.",
}
