-- Écrit par Inès, 3e B
story {
  id = "téléphone-perdu",
  title = "Le téléphone d'Éloïse 📱",
  language = "fr",
  translations = { "en" },
  start = "début",
  minutes = 4,
  teaches = { "talk", "evidence", "no-pay" },
  vars = { payé = false, argent = 0 },
}

local eloise = character "éloïse" { name = "Éloïse 💕", color = "rose" }
local inconnu = character "inconnu" { name = "Numéro inconnu" }

scene "début" {
  clock "22h15",
  eloise "t'es là ? j'ai un problème grave 😭😭",
  inconnu "paie 50€ sur paypal ou j'envoie tes photos à ta classe",
  choice "Payer" { go = "payé", set = { payé = true }, add = { argent = 50 } },
  choice "Faire des captures" { go = "captures", did = "evidence" },
}

scene "captures" {
  narrate "Tu fais des captures d’écran, une par une…",
  choice "En parler à ma mère" { go = "maman", did = "talk" },
  choice "Ne pas payer" { go = "maman", did = "no-pay" },
}

ending "payé" {
  title = "Tu as payé",
  judges = { "no-pay" },
  summary = "Tu as payé {argent}€. Il en a demandé plus.",
}

ending "maman" {
  title = "Ta mère t'aide",
  narrate "Elle t'écoute. Elle n'est pas fâchée.",
  summary = "Tu as parlé à ta mère.",
}
