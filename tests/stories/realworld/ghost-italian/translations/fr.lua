translation "fr" {
  ["Il messaggio delle 3:00"] = "Le message de 3 h",
}
