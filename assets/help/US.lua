-- Help resources for the United States. Re-check before a release (RESOURCES.md).
-- RESOURCES.md confirms no 911 entry yet: add one only with a source. Until
-- then {help.emergency} names 988 (docs/story-language.md, fallbacks), and
-- the help list says kindly that the game does not give that number.
country "US" {
  name = { en = "United States", fr = "États-Unis", it = "Stati Uniti" },
  language = "en",           -- the country's usual language

  money = { rate = 1.1, step = 5, say = { en = "$#", fr = "# $ US", it = "# $ USA" } },
  payment = {
    prepaid = { en = "prepaid cards from a convenience store", fr = "cartes prépayées d'une supérette", it = "carte prepagate di un minimarket" },
    giftcard = { en = "gift cards", fr = "cartes cadeaux", it = "carte regalo" },
    app = { en = "Cash App", fr = "Cash App", it = "Cash App" },
  },

  -- {school.adult}: who a player can talk to at school (reads after "to", "à", "a");
  -- {school.staff}: the adults of a school, a list without article;
  -- {school.at}: "at school" ("au lycée"); {school.from}: "from your school". General
  -- vocabulary of the country's schools, not services: no source needed.
  school = {
    adult = { en = "your school counselor or a teacher you trust", fr = "un adulte de l'école, comme ton school counselor (conseiller ou conseillère scolaire)", it = "un adulto della scuola, come il tuo school counselor (consulente scolastico)" },
    staff = { en = "school counselor, school nurse, school social worker", fr = "school counselor (conseiller ou conseillère scolaire), infirmière scolaire, school social worker (assistante sociale scolaire)", it = "school counselor (consulente scolastico), infermiere scolastico, school social worker (assistente sociale scolastico)" },
    at = { en = "at school", fr = "à l'école", it = "a scuola" },
    from = { en = "from your school", fr = "de ton école", it = "della tua scuola" },
  },

  -- source: cdcr.ca.gov 2022-07-19
  resource {
    name = "988 Suicide & Crisis Lifeline",
    contact = "988",
    role = "crisis",
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "Call or text 988 if you feel overwhelmed or think about hurting yourself: you will talk to someone.",
      fr = "Appelle ou écris au 988 si tu te sens submergé·e ou penses à te faire du mal : tu parleras à quelqu'un.",
      it = "Chiama o scrivi al 988 se tutto ti sembra troppo o pensi di farti del male: parlerai con qualcuno.",
    },
    source = "cdcr.ca.gov 2022-07-19",
  },

  -- RESOURCES.md sources no emergency number for the United States: none is
  -- written here. This entry says so kindly and points to the line that
  -- answers now.
  resource {
    name = { en = "In danger right now?", fr = "En danger maintenant ?", it = "In pericolo adesso?" },
    contact = { en = "In danger right now?", fr = "En danger maintenant ?", it = "In pericolo adesso?" },
    what = {
      en = "Call the emergency services, or ask an adult near you to call them (this game does not list their number yet). Day and night, call or text 988.",
      fr = "Appelle les secours, ou demande à un adulte près de toi de les appeler (ce jeu n'indique pas encore leur numéro). Jour et nuit, appelle ou écris au 988.",
      it = "Chiama i soccorsi, o chiedi a un adulto vicino a te di chiamarli (questo gioco non riporta ancora il loro numero). Giorno e notte, chiama o scrivi al 988.",
    },
    source = "RESOURCES.md lists no emergency number for the USA: none is given (add one only with a source)",
  },

  -- source: missingkids.org. The phone number is marked (re-check).
  resource {
    name = "NCMEC CyberTipline",
    topics = "sextortion", -- only for stories about this (help_for_topic)
    contact = "report.cybertip.org; 1-800-843-5678",
    role = { "youth-line", "report-authority", "removal" },
    what = {
      en = "Report sextortion to the National Center for Missing & Exploited Children; they also help get images removed.",
      fr = "Signaler une sextorsion au National Center for Missing & Exploited Children ; il aide aussi à faire retirer des images.",
      it = "Segnalare la sextortion al National Center for Missing & Exploited Children; aiuta anche a far rimuovere le immagini.",
    },
    source = "missingkids.org (phone: re-check)",
  },

  -- source: fbi.gov/news/stories/the-financially-motivated-sextortion-threat (re-check)
  resource {
    name = "FBI",
    topics = "sextortion", -- only for stories about this (help_for_topic)
    contact = "tips.fbi.gov; 1-800-CALL-FBI",
    what = {
      en = "Report financial sextortion to the FBI.",
      fr = "Signaler une sextorsion financière au FBI.",
      it = "Segnalare all'FBI la sextortion a scopo economico.",
    },
    source = "fbi.gov/news/stories/the-financially-motivated-sextortion-threat (re-check)",
  },
}
