translation "en" {
  ["Le téléphone d'Éloïse 📱"] = "Éloïse's phone 📱",
  ["t'es là ? j'ai un problème grave 😭😭"] = "u there? i have a big problem 😭😭",
  ["Payer"] = "Pay {a|b|c|d}",
  ["Faire des captures"] = "Take screenshots }",
}
