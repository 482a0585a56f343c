-- Help resources for Italy. Re-check before a release (RESOURCES.md).
-- RESOURCES.md confirms no general emergency number for Italy yet: add one
-- only with a source. Until then {help.emergency} names Telefono Azzurro,
-- which answers day and night (docs/story-language.md, fallbacks), and the
-- help list says kindly that the game does not give that number.
country "IT" {
  name = { en = "Italy", fr = "Italie", it = "Italia" },
  language = "it",           -- the country's usual language

  money = { rate = 1, step = 0, say = { en = "€#", fr = "# €", it = "# €" } },
  payment = {
    prepaid = { en = "prepaid top-up cards from the tabaccheria", fr = "cartes prépayées du bureau de tabac", it = "ricariche prepagate del tabaccaio" },
    giftcard = { en = "gift cards", fr = "cartes cadeaux", it = "carte regalo" },
    app = { en = "Satispay", fr = "Satispay", it = "Satispay" },
  },

  -- {school.adult}: who a player can talk to at school (reads after "to", "à", "a");
  -- {school.staff}: the adults of a school, a list without article;
  -- {school.at}: "at school" ("au lycée"); {school.from}: "from your school". General
  -- vocabulary of the country's schools, not services: no source needed.
  school = {
    adult = { en = "an adult at school, like your class coordinator or the sportello d'ascolto (the school's listening desk)", fr = "un adulte de l'école, comme le ou la prof coordinateur de classe, ou le sportello d'ascolto (le point d'écoute de l'école)", it = "un adulto della scuola, come il coordinatore di classe o lo sportello d'ascolto" },
    staff = { en = "class coordinator, the psychologist at the sportello d'ascolto (listening desk), the teacher in charge of cyberbullying", fr = "prof coordinateur de classe, psychologue du sportello d'ascolto (point d'écoute), prof référent pour le cyberharcèlement", it = "coordinatore o coordinatrice di classe, psicologo o psicologa dello sportello d'ascolto, docente referente per il cyberbullismo" },
    at = { en = "at school", fr = "à l'école", it = "a scuola" },
    from = { en = "from your school", fr = "de ton école", it = "della tua scuola" },
  },

  -- source: tg24.sky.it 2025-04-23
  resource {
    name = "Telefono Azzurro",
    contact = "19696; 114",
    role = { "crisis", "youth-line" },
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "For children and teens: someone to talk to, day and night.",
      fr = "Pour les enfants et les ados : quelqu'un à qui parler, de jour comme de nuit.",
      it = "Per bambini e ragazzi: qualcuno con cui parlare, giorno e notte.",
    },
    source = "tg24.sky.it 2025-04-23",
  },

  -- source: fanpage.it 2024
  resource {
    name = "Telefono Amico Italia",
    contact = "02 2327 2327",
    role = "crisis",
    hours = { en = "every day 10:00-24:00", fr = "tous les jours de 10\u{A0}h à minuit", it = "tutti i giorni dalle 10 alle 24" },
    what = {
      en = "Someone to talk to when things feel too heavy; a WhatsApp chat too.",
      fr = "Quelqu'un à qui parler quand tout pèse trop ; un tchat WhatsApp aussi.",
      it = "Qualcuno con cui parlare quando tutto pesa troppo; anche una chat WhatsApp.",
    },
    source = "fanpage.it 2024",
  },

  -- RESOURCES.md sources no emergency number for Italy: none is written here.
  -- This entry says so kindly and points to the line that answers now.
  resource {
    name = { en = "In danger right now?", fr = "En danger maintenant ?", it = "In pericolo adesso?" },
    contact = { en = "In danger right now?", fr = "En danger maintenant ?", it = "In pericolo adesso?" },
    what = {
      en = "Call the emergency services, or ask an adult near you to call them (this game does not list their number yet). Day and night, Telefono Azzurro (19696) answers.",
      fr = "Appelle les secours, ou demande à un adulte près de toi de les appeler (ce jeu n'indique pas encore leur numéro). Jour et nuit, Telefono Azzurro (19696) répond.",
      it = "Chiama i soccorsi, o chiedi a un adulto vicino a te di chiamarli (questo gioco non riporta ancora il loro numero). Giorno e notte risponde il Telefono Azzurro (19696).",
    },
    source = "RESOURCES.md lists no emergency number for Italy: none is given (add one only with a source)",
  },

  -- source: ansa.it 2022-08-26; cybersecitalia.it. The online complaint was
  -- suspended (re-check): a formal complaint is made in person.
  resource {
    name = "Polizia Postale",
    contact = "commissariatodips.it",
    role = "report-authority",
    what = {
      en = "The postal and communications police: report online; a formal complaint is made in person.",
      fr = "La police des communications : signalement en ligne ; la plainte se dépose en personne.",
      it = "Polizia Postale e delle Comunicazioni: segnalazione online; la denuncia si fa di persona.",
    },
    source = "ansa.it 2022-08-26; cybersecitalia.it (online complaint suspended: re-check)",
  },
}
