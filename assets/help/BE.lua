-- Help resources for Belgium. Re-check before a release (RESOURCES.md).
-- RESOURCES.md names no police reporting platform for Belgium: stories that
-- say {help.report-authority} or {help.removal} get Child Focus (the
-- fallbacks in docs/story-language.md).
country "BE" {
  name = { en = "Belgium", fr = "Belgique", it = "Belgio" },
  language = "fr",           -- the country's usual language (also nl, de)

  money = { rate = 1, step = 0, say = { en = "€#", fr = "# €", it = "# €" } },
  payment = {
    prepaid = { en = "prepaid cards from the newsagent's", fr = "cartes prépayées de chez le libraire", it = "carte prepagate dell'edicola" },
    giftcard = { en = "gift cards", fr = "cartes cadeaux", it = "carte regalo" },
    app = { en = "Payconiq", fr = "Payconiq", it = "Payconiq" },
  },

  -- {school.adult}: who a player can talk to at school (reads after "to", "à", "a");
  -- {school.staff}: the adults of a school, a list without article;
  -- {school.at}: "at school" ("au lycée"); {school.from}: "from your school". General
  -- vocabulary of the country's schools, not services: no source needed.
  school = {
    adult = { en = "an adult at school, like one of the éducateurs (the pupil support staff)", fr = "un adulte de ton école, comme un éducateur ou une éducatrice", it = "un adulto della scuola, come un educatore o un'educatrice" },
    staff = { en = "éducateur (pupil support staff), titulaire (class teacher), the PMS centre (the school's psychological, medical and social service)", fr = "éducateur ou éducatrice, titulaire de classe, centre PMS (psycho-médico-social)", it = "educatore o educatrice, insegnante titolare, centro PMS (servizio psico-medico-sociale)" },
    at = { en = "at school", fr = "à l'école", it = "a scuola" },
    from = { en = "from your school", fr = "de ton école", it = "della tua scuola" },
  },

  -- source: bx1.be; lalibre.be 2023-02
  resource {
    name = "Centre de Prévention du Suicide",
    contact = "0800 32 123",
    role = "crisis",
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "Suicide prevention line in French: anonymous and free (preventionsuicide.be).",
      fr = "La ligne de prévention du suicide en français : anonyme et gratuite (preventionsuicide.be).",
      it = "Linea di prevenzione del suicidio in francese: anonima e gratuita (preventionsuicide.be).",
    },
    source = "bx1.be; lalibre.be 2023-02",
  },

  -- source: vrt.be 2019-09; hln.be
  resource {
    name = "Zelfmoordlijn",
    contact = "1813",
    role = "crisis",
    urgent = true,
    hours = { en = "24/7 by phone; chat in the evening", fr = "24\u{A0}h/24 par téléphone ; tchat le soir", it = "24 ore su 24 al telefono; chat la sera" },
    what = {
      en = "Suicide prevention line in Dutch: free (zelfmoord1813.be).",
      fr = "La ligne de prévention du suicide en néerlandais : gratuite (zelfmoord1813.be).",
      it = "Linea di prevenzione del suicidio in olandese: gratuita (zelfmoord1813.be).",
    },
    source = "vrt.be 2019-09; hln.be",
  },

  -- source: metrotime.be
  resource {
    name = "Child Focus",
    contact = "116 000",
    role = "youth-line",
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "Help line for children and young people in danger, day and night.",
      fr = "Ligne d'aide pour les enfants et les jeunes en danger, de jour comme de nuit.",
      it = "Linea di aiuto per bambini e ragazzi in pericolo, giorno e notte.",
    },
    source = "metrotime.be",
  },

  -- source: RESOURCES.md lists 112 with no page cited (the European emergency
  -- number). (re-check) with an official page before a release.
  resource {
    name = { en = "Emergency", fr = "Urgence", it = "Emergenza" },
    contact = "112",
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
