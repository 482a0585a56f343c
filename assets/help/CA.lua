-- Help resources for Canada. Re-check before a release (RESOURCES.md).
country "CA" {
  name = { en = "Canada", fr = "Canada", it = "Canada" },
  language = "en",           -- the country's usual language (French texts given too)

  money = { rate = 1.35, step = 5, say = { en = "CA$#", fr = "# $ CA", it = "# $ CA" } },
  payment = {
    prepaid = { en = "prepaid cards from the convenience store", fr = "cartes prépayées du dépanneur", it = "carte prepagate del minimarket" },
    giftcard = { en = "gift cards", fr = "cartes-cadeaux", it = "carte regalo" },
    app = { en = "an Interac e-Transfer", fr = "un virement Interac", it = "un bonifico Interac" },
  },

  -- {school.adult}: who a player can talk to at school (reads after "to", "à", "a");
  -- {school.staff}: the adults of a school, a list without article;
  -- {school.at}: "at school" ("au lycée"); {school.from}: "from your school". General
  -- vocabulary of the country's schools, not services: no source needed.
  school = {
    adult = { en = "your guidance counsellor or a teacher you trust", fr = "un adulte de ton école, comme ton ou ta TES (technicien ou technicienne en éducation spécialisée)", it = "un adulto della scuola, come il guidance counsellor o il TES (educatore specializzato)" },
    staff = { en = "guidance counsellor, school nurse, child and youth worker", fr = "TES (technicien ou technicienne en éducation spécialisée), psychoéducateur ou psychoéducatrice, infirmière ou infirmier scolaire", it = "guidance counsellor o TES (educatore specializzato), psicoeducatore, infermiere scolastico" },
    at = { en = "at school", fr = "à l'école", it = "a scuola" },
    from = { en = "from your school", fr = "de ton école", it = "della tua scuola" },
  },

  -- source: newswire.ca (Government of Canada, 2023-11-30)
  resource {
    name = "9-8-8 Suicide Crisis Helpline",
    contact = "988",
    role = "crisis",
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "Call or text, in English and French.",
      fr = "Ligne d'aide en cas de crise suicidaire : appel ou texto, en français et en anglais.",
      it = "Linea di aiuto per le crisi suicidarie: chiamata o SMS, in inglese e francese.",
    },
    source = "newswire.ca (Government of Canada, 2023-11-30)",
  },

  -- source: kidshelpphone.ca
  resource {
    name = "Kids Help Phone / Jeunesse, J'écoute",
    contact = "1-800-668-6868",
    role = { "youth-line", "crisis" },
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "For young people: call to talk to someone, or text CONNECT to 686868.",
      fr = "Pour les jeunes : appelle pour parler à quelqu'un, ou texte CONNECT au 686868.",
      it = "Per i giovani: chiama per parlare con qualcuno, oppure SMS CONNECT al 686868.",
    },
    source = "kidshelpphone.ca",
  },

  -- source: protectkidsonline.ca
  resource {
    name = "Cybertip.ca / Cyberaide.ca",
    contact = "1-866-658-9022",
    role = "report-authority",
    what = {
      en = "Canada's tipline to report the online sexual exploitation of children, sextortion included.",
      fr = "La centrale canadienne de signalement de l'exploitation sexuelle des enfants en ligne, sextorsion comprise.",
      it = "Il servizio canadese per segnalare lo sfruttamento sessuale dei minori online, sextortion compresa.",
    },
    source = "protectkidsonline.ca",
  },

  -- source: protectchildren.ca 2024 release
  resource {
    name = "NeedHelpNow.ca / AidezMoiSVP.ca",
    topics = "sextortion", -- only for stories about this (help_for_topic)
    contact = "needhelpnow.ca",
    role = "removal",
    what = {
      en = "Step-by-step help to get your images removed from the internet.",
      fr = "De l'aide, étape par étape, pour faire retirer tes images d'internet.",
      it = "Aiuto passo dopo passo per far rimuovere le tue immagini da internet.",
    },
    source = "protectchildren.ca 2024 release",
  },

  -- source: protectkidsonline.ca (re-check: older or secondary page)
  resource {
    name = "Tel-jeunes (Québec)",
    contact = "1 800 263-2266",
    what = {
      en = "Quebec help line for young people.",
      fr = "La ligne d'aide du Québec pour les jeunes.",
      it = "Linea di aiuto del Québec per i giovani.",
    },
    source = "protectkidsonline.ca (re-check)",
  },

  -- source: RESOURCES.md lists 911 with no page cited. (re-check) with an
  -- official page before a release.
  resource {
    name = "Emergency / Urgence",
    contact = "911",
    role = "emergency",
    urgent = true,
    what = {
      en = "Emergency: if you are in danger right now.",
      fr = "Urgence : si tu es en danger maintenant.",
      it = "Emergenza: se sei in pericolo adesso.",
    },
    source = "RESOURCES.md (no page cited: re-check)",
  },
}
