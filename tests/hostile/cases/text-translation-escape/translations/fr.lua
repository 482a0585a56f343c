translation "fr" {
  ["Hello"] = "Bonjour\27[2J\27[31m",
  ["End"] = "Fin",
  ["S"] = "S",
}
