translation "fr" {
  ["The group project"] = "Le projet de groupe",
  ["yo did u finish the slides"] = "t'as fini les diapos {nmae}",
  ["You take screenshots."] = "Tu fais des captures d'écran.
}
