translation "en" {
  ["Il messaggio delle 3:00"] = "The 3:00 message",
  ["Sono le tre di notte. Il telefono si illumina."] = "It's 3 am. The phone lights up.",
  ["ciao {name}... sei sveglio?"] = "hi {name}... are you awake?",
  ["ti vedo"] = "I see you",
  ["Rispondere"] = "Answer",
  ["Scrivere a Giulia"] = "Text Giulia",
  ["Spegnere il telefono"] = "Turn off the phone",
  ["Era uno scherzo"] = "It was a prank",
}
