-- Help resources for Belgium. Re-check before a release (RESOURCES.md).
country "BE" {
  name = { en = "Belgium", fr = "Belgique", it = "Belgio" },
  language = "fr",           -- the country's usual language (also nl, de)

  -- source: metrotime.be
  resource {
    name = "Child Focus",
    contact = "116 000",
    what = {
      en = "Help line, day and night, 7 days a week.",
      fr = "Ligne d'aide 24 h/24, 7 j/7.",
      it = "Linea di aiuto 24 ore su 24, 7 giorni su 7.",
    },
    source = "metrotime.be",
  },

  -- source: RESOURCES.md lists 112 with no page cited (the European emergency
  -- number). (re-check) with an official page before a release.
  resource {
    name = "Urgences / Emergency",
    contact = "112",
    urgent = true,
    what = {
      en = "Emergency: if you are in danger right now.",
      fr = "Urgence : si tu es en danger maintenant.",
      it = "Emergenza: se sei in pericolo adesso.",
    },
    source = "RESOURCES.md (no page cited: re-check)",
  },
}
