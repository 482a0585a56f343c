-- Help resources for France. Re-check before a release (RESOURCES.md).
country "FR" {
  name = { en = "France", fr = "France", it = "Francia" },
  language = "fr",           -- the country's usual language

  -- source: 20minutes.fr 2023-12-28 (at least 30% of calls concern sextortion
  -- or revenge porn); city information pages. Hours have changed over time:
  -- (re-check) the hours and the chat before a release.
  resource {
    name = "3018",
    contact = "3018",
    what = {
      en = "National line for young people facing online violence: free and anonymous, also a chat on 3018.fr and an app to keep evidence safe.",
      fr = "Le numéro national pour les jeunes face aux violences en ligne : gratuit et anonyme, aussi un tchat sur 3018.fr et une appli pour garder les preuves à l'abri.",
      it = "Numero nazionale per i giovani vittime di violenza online: gratuito e anonimo, anche una chat su 3018.fr e un'app per conservare le prove.",
    },
    source = "20minutes.fr 2023-12-28; city information pages (hours: re-check)",
  },

  -- source: moncommissariat.interieur.gouv.fr (PHAROS page); service-public.fr sheet F31979
  resource {
    name = "PHAROS",
    contact = "internet-signalement.gouv.fr",
    what = {
      en = "Official site to report illegal content online, such as a blackmail video; minors can use it.",
      fr = "Le site officiel pour signaler un contenu illicite en ligne, comme une vidéo de chantage ; les mineurs peuvent l'utiliser.",
      it = "Sito ufficiale per segnalare contenuti illeciti online, come un video di ricatto; anche i minorenni possono usarlo.",
    },
    source = "moncommissariat.interieur.gouv.fr (PHAROS page); service-public.fr F31979",
  },

  -- source: dossierfamilial.com (PHAROS article)
  resource {
    name = "Police / gendarmerie",
    contact = "17",
    urgent = true,
    what = {
      en = "Emergency: if you are in danger right now.",
      fr = "Urgence : si tu es en danger maintenant.",
      it = "Emergenza: se sei in pericolo adesso.",
    },
    source = "dossierfamilial.com (PHAROS article)",
  },

  -- source: cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion
  resource {
    name = "Cybermalveillance.gouv.fr",
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
    contact = "service-public.fr",
    what = {
      en = "File a complaint online for internet scams, category \"chantage en ligne\" (online blackmail).",
      fr = "Porter plainte en ligne pour une escroquerie sur internet, catégorie « chantage en ligne ».",
      it = "Denuncia online per truffe su internet, categoria « chantage en ligne » (ricatto online).",
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
