scene "shots" {
  narrate "You take screenshots.",
  choice "tell ms ortiz" { go = "told", did = "talk" },
}
