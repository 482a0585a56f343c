-- Help resources for Switzerland. Re-check before a release (RESOURCES.md).
country "CH" {
  name = { en = "Switzerland", fr = "Suisse", it = "Svizzera" },
  language = "fr",           -- the language of this game's Swiss users (also de, it)

  money = { rate = 0.95, step = 5, say = { en = "CHF #", fr = "# CHF", it = "CHF #" } },
  payment = {
    prepaid = { en = "prepaid cards from the kiosk", fr = "cartes prépayées du kiosque", it = "carte prepagate del chiosco" },
    giftcard = { en = "gift cards", fr = "cartes cadeaux", it = "carte regalo" },
    app = { en = "TWINT", fr = "TWINT", it = "TWINT" },
  },

  -- {school.adult}: who a player can talk to at school (reads after "to", "à", "a");
  -- {school.staff}: the adults of a school, a list without article;
  -- {school.at}: "at school" ("au lycée"); {school.from}: "from your school". General
  -- vocabulary of the country's schools, not services: no source needed.
  school = {
    adult = { en = "an adult at school, like your class teacher or the school mediator", fr = "un adulte de ton école, comme le médiateur ou la médiatrice scolaire", it = "un adulto della scuola, come il docente di classe o il mediatore scolastico" },
    staff = { en = "class teacher, school mediator, school nurse", fr = "maître ou maîtresse de classe, médiateur ou médiatrice scolaire, infirmière ou infirmier scolaire", it = "docente di classe, mediatore o mediatrice scolastica, infermiere scolastico" },
    at = { en = "at school", fr = "à l'école", it = "a scuola" },
    from = { en = "from your school", fr = "de ton école", it = "della tua scuola" },
  },

  -- source: swissinfo.ch; credit-suisse.com article on 147
  resource {
    name = "Pro Juventute",
    contact = "147",
    role = { "crisis", "youth-line" },
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "For children and young people: free, by phone, SMS and chat (147.ch).",
      fr = "Pour les enfants et les jeunes : gratuit, par téléphone, SMS et tchat (147.ch).",
      it = "Per bambini e ragazzi: gratuito, per telefono, SMS e chat (147.ch).",
    },
    source = "swissinfo.ch; credit-suisse.com article on 147",
  },

  -- source: 20min.ch 2023-09
  resource {
    name = "La Main Tendue / Die Dargebotene Hand",
    contact = "143",
    role = "crisis",
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "For adults: anonymous and free, someone to talk to.",
      fr = "Pour les adultes : anonyme et gratuit, quelqu'un à qui parler.",
      it = "Per gli adulti: anonimo e gratuito, qualcuno con cui parlare.",
    },
    source = "20min.ch 2023-09",
  },

  -- source: clickandstop.ch
  resource {
    name = "clickandstop.ch",
    contact = "clickandstop.ch",
    role = "report-authority",
    what = {
      en = "Anonymous reports and counselling online (a form, not a phone line).",
      fr = "Signalements anonymes et conseils en ligne (un formulaire, pas une ligne téléphonique).",
      it = "Segnalazioni anonime e consulenza online (un modulo, non una linea telefonica).",
    },
    source = "clickandstop.ch",
  },

  -- source: ch.ch
  resource {
    name = { en = "Police / emergency", fr = "Police / urgences", it = "Polizia / emergenza" },
    contact = "117 / 112",
    role = "emergency",
    urgent = true,
    what = {
      en = "Police and emergency: if you are in danger right now.",
      fr = "Police et urgences : si tu es en danger maintenant.",
      it = "Polizia ed emergenze: se sei in pericolo adesso.",
    },
    source = "ch.ch",
  },
}
