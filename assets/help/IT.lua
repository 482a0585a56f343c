-- Help resources for Italy. Re-check before a release (RESOURCES.md).
-- RESOURCES.md confirms no general emergency number for Italy yet: add one
-- only with a source.
country "IT" {
  name = { en = "Italy", fr = "Italie", it = "Italia" },
  language = "it",           -- the country's usual language

  -- source: tg24.sky.it 2025-04-23
  resource {
    name = "Telefono Azzurro",
    contact = "1.96.96; 114",
    what = {
      en = "Help line for children and young people: someone to talk to.",
      fr = "Ligne d'écoute pour les enfants et les jeunes : quelqu'un à qui parler.",
      it = "Linea di ascolto per bambini e ragazzi: qualcuno con cui parlare.",
    },
    source = "tg24.sky.it 2025-04-23",
  },

  -- source: ansa.it 2022-08-26; cybersecitalia.it. The online complaint was
  -- suspended (re-check): a formal complaint is made in person.
  resource {
    name = "Polizia Postale",
    contact = "commissariatodips.it",
    what = {
      en = "The postal and communications police: report online; a formal complaint is made in person.",
      fr = "La police des communications : signalement en ligne ; la plainte se dépose en personne.",
      it = "Polizia Postale e delle Comunicazioni: segnalazione online; la denuncia si fa di persona.",
    },
    source = "ansa.it 2022-08-26; cybersecitalia.it (online complaint suspended: re-check)",
  },
}
