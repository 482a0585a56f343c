-- Help resources for Switzerland. Re-check before a release (RESOURCES.md).
country "CH" {
  name = { en = "Switzerland", fr = "Suisse", it = "Svizzera" },
  language = "fr",           -- the language of this game's Swiss users (also de, it)

  -- source: swissinfo.ch
  resource {
    name = "Pro Juventute",
    contact = "147",
    what = {
      en = "Free help for young people, 24 hours a day, by phone, SMS and chat.",
      fr = "Aide gratuite pour les jeunes, 24 h/24, par téléphone, SMS et tchat.",
      it = "Aiuto gratuito per i giovani, 24 ore su 24, per telefono, SMS e chat.",
    },
    source = "swissinfo.ch",
  },

  -- source: clickandstop.ch
  resource {
    name = "clickandstop.ch",
    contact = "clickandstop.ch",
    what = {
      en = "Anonymous reports and counselling.",
      fr = "Signalements anonymes et conseils.",
      it = "Segnalazioni anonime e consulenza.",
    },
    source = "clickandstop.ch",
  },

  -- source: ch.ch
  resource {
    name = "Police / urgences",
    contact = "117 / 112",
    urgent = true,
    what = {
      en = "Police and emergency: if you are in danger right now.",
      fr = "Police et urgences : si tu es en danger maintenant.",
      it = "Polizia ed emergenze: se sei in pericolo adesso.",
    },
    source = "ch.ch",
  },
}
