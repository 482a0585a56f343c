translation "fr" {
  ["Hello"] = "Bonjour",
  ["End"] = "Fin \u{202E}",
  ["S"] = "S\u{9B}",
}
