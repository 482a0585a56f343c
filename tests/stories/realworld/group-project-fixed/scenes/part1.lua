scene "start" {
  jay "yo did u finish the slides",
  jay "also i put ur pic in the group as a joke",
  choice "screenshot" { go = "shots", did = "evidence" },
  choice "ignore" { go = "ignored" },
}
