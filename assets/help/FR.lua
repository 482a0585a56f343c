-- Help resources for France. Re-check before a release (RESOURCES.md).
-- role: what a story may name ({help.youth-line} ...); see docs/story-language.md.
country "FR" {
  name = { en = "France", fr = "France", it = "Francia" },
  language = "fr",           -- the country's usual language

  -- {money 200}: the amounts stories give are in euros already.
  money = { rate = 1, step = 0, say = { en = "€#", fr = "# €", it = "# €" } },
  payment = {
    prepaid = { en = "prepaid coupons from the tobacconist's", fr = "coupons prépayés du bureau de tabac", it = "buoni prepagati del tabaccaio" },
    giftcard = { en = "gift cards", fr = "cartes cadeaux", it = "carte regalo" },
    app = { en = "Lydia", fr = "Lydia", it = "Lydia" },
  },

  -- {school.adult}: who a player can talk to at school (reads after "to", "à", "a");
  -- {school.staff}: the adults of a school, a list without article;
  -- {school.at}: "at school" ("au lycée"); {school.from}: "from your school". General
  -- vocabulary of the country's schools, not services: no source needed.
  school = {
    adult = { en = "an adult at school, like the CPE (the head of pupil life)", fr = "un adulte du collège ou du lycée, comme le ou la CPE", it = "un adulto della scuola, come il o la CPE (responsabile della vita scolastica)" },
    staff = { en = "CPE (head of pupil life), school nurse, professeur principal (form teacher), school psychologist", fr = "CPE, infirmière ou infirmier scolaire, professeur principal, psychologue de l'Éducation nationale", it = "CPE (responsabile della vita scolastica), infermiere scolastico, professore coordinatore, psicologo scolastico" },
    at = { en = "at school", fr = "au lycée", it = "a scuola" },
    from = { en = "from your school", fr = "de ton lycée", it = "della tua scuola" },
  },

  -- source: 3114.fr; monenfant.fr; francetvinfo.fr 2022-02 (RESOURCES.md, crisis lines)
  resource {
    name = "3114",
    contact = "3114",
    role = "crisis",
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "National suicide prevention line: free and confidential, answered by health professionals, also for worried friends and family.",
      fr = "Le numéro national de prévention du suicide : gratuit et confidentiel, des professionnels de santé répondent, aussi pour les proches inquiets.",
      it = "Numero nazionale di prevenzione del suicidio: gratuito e riservato, rispondono professionisti della salute, anche per amici e familiari preoccupati.",
    },
    source = "3114.fr; monenfant.fr; francetvinfo.fr 2022-02",
  },

  -- source: axaprevention.fr (hours: re-check)
  resource {
    name = "Fil Santé Jeunes",
    contact = "0 800 235 236",
    role = "crisis",
    hours = { en = "every day 9:00-23:00", fr = "tous les jours de 9\u{A0}h à 23\u{A0}h", it = "tutti i giorni dalle 9 alle 23" }, -- (re-check) the hours
    what = {
      en = "For 12-25 year olds: anonymous and free, by phone or chat on filsantejeunes.com.",
      fr = "Pour les 12-25 ans : anonyme et gratuit, par téléphone ou tchat sur filsantejeunes.com.",
      it = "Per i 12-25 anni: anonimo e gratuito, per telefono o chat su filsantejeunes.com.",
    },
    source = "axaprevention.fr (hours: re-check)",
  },

  -- source: axaprevention.fr
  resource {
    name = "SAMU",
    contact = "15 / 112",
    role = "crisis",
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "Medical emergency: if a life is in danger right now.",
      fr = "Urgence médicale : si une vie est en danger maintenant.",
      it = "Emergenza medica: se una vita è in pericolo adesso.",
    },
    source = "axaprevention.fr",
  },

  -- source: 20minutes.fr 2023-12-28 (at least 30% of calls concern sextortion
  -- or revenge porn); 20minutes.fr 2023-02-13; espaceenfancefamille.com 2021-04.
  -- Hours have changed over time: (re-check) the hours and the chat before a release.
  resource {
    name = "3018",
    contact = "3018",
    role = { "youth-line", "removal" },
    hours = { en = "365 days a year", fr = "365 jours par an", it = "365 giorni all'anno" }, -- (re-check) the hours of the day
    what = {
      en = "National line for young people facing online violence: free and anonymous, also a chat on 3018.fr and an app to keep evidence safe. It can have content and accounts taken down by the platforms.",
      fr = "Le numéro national pour les jeunes face aux violences en ligne : gratuit et anonyme, aussi un tchat sur 3018.fr et une appli pour garder les preuves à l'abri. Il peut faire retirer des contenus et des comptes par les plateformes.",
      it = "Numero nazionale per i giovani che subiscono violenza online: gratuito e anonimo, anche una chat su 3018.fr e un'app per conservare le prove. Può far rimuovere contenuti e account dalle piattaforme.",
    },
    source = "20minutes.fr 2023-12-28; 20minutes.fr 2023-02-13; espaceenfancefamille.com 2021-04 (hours: re-check)",
  },

  -- source: moncommissariat.interieur.gouv.fr (PHAROS page); service-public.fr sheet F31979
  resource {
    name = "PHAROS",
    contact = "internet-signalement.gouv.fr",
    role = "report-authority",
    what = {
      en = "The police's official site to report illegal content online, such as a blackmail video; minors can use it. It is a form, not a chat.",
      fr = "Le site officiel de la police pour signaler un contenu illicite en ligne, comme une vidéo de chantage ; les mineurs peuvent l'utiliser. C'est un formulaire, pas un tchat.",
      it = "Il sito ufficiale della polizia per segnalare contenuti illeciti online, come un video di ricatto; anche i minorenni possono usarlo. È un modulo, non una chat.",
    },
    source = "moncommissariat.interieur.gouv.fr (PHAROS page); service-public.fr F31979",
  },

  -- source: dossierfamilial.com (PHAROS article)
  resource {
    name = "Police / gendarmerie",
    contact = "17",
    role = "emergency",
    urgent = true,
    what = {
      en = "Emergency: if you are in danger right now. For a complaint, go to a police station or gendarmerie.",
      fr = "Urgence : si tu es en danger maintenant. Pour porter plainte, on va au commissariat ou à la gendarmerie.",
      it = "Emergenza: se sei in pericolo adesso. Per la denuncia si va al commissariato o alla gendarmeria.",
    },
    source = "dossierfamilial.com (PHAROS article)",
  },

  -- source: cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion
  resource {
    name = "Cybermalveillance.gouv.fr",
    topics = "sextortion", -- only for stories about this (help_for_topic)
    contact = "cybermalveillance.gouv.fr",
    what = {
      en = "The official sextortion reflex sheet: what to do, step by step.",
      fr = "La fiche réflexe officielle sur la sextorsion : que faire, étape par étape.",
      it = "La scheda ufficiale sulla sextortion: cosa fare, passo dopo passo.",
    },
    source = "cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion",
  },

  -- source: loiret.gouv.fr (THESEE)
  resource {
    name = "THESEE",
    topics = { "sextortion", "scam" }, -- only for stories about this (help_for_topic)
    contact = "service-public.fr",
    what = {
      en = "Report it to the police online, for internet scams, category \"chantage en ligne\" (online blackmail).",
      fr = "Porter plainte en ligne pour une escroquerie sur internet, catégorie « chantage en ligne ».",
      it = "Denuncia online per truffe su internet, categoria «chantage en ligne» (ricatto online).",
    },
    source = "loiret.gouv.fr (THESEE)",
  },

  -- source: tf1info.fr
  resource {
    name = "France Victimes",
    contact = "116 006",
    what = {
      en = "Help line for victims of a crime, blackmail included.",
      fr = "Numéro d'aide aux victimes d'infractions, chantage compris.",
      it = "Numero di aiuto per le vittime di reati, ricatto compreso.",
    },
    source = "tf1info.fr",
  },
}
