-- Help resources for the United Kingdom. Re-check before a release (RESOURCES.md).
country "GB" {
  name = { en = "United Kingdom", fr = "Royaume-Uni", it = "Regno Unito" },
  language = "en",           -- the country's usual language

  money = { rate = 0.85, step = 5, say = { en = "£#", fr = "# £", it = "# £" } },
  payment = {
    prepaid = { en = "prepaid vouchers from the corner shop", fr = "bons prépayés de l'épicerie du coin", it = "buoni prepagati del negozio sotto casa" },
    giftcard = { en = "gift cards", fr = "cartes cadeaux", it = "carte regalo" },
    app = { en = "a bank transfer", fr = "un virement bancaire", it = "un bonifico" },
  },

  -- {school.adult}: who a player can talk to at school (reads after "to", "à", "a");
  -- {school.staff}: the adults of a school, a list without article;
  -- {school.at}: "at school" ("au lycée"); {school.from}: "from your school". General
  -- vocabulary of the country's schools, not services: no source needed.
  school = {
    adult = { en = "your form tutor or your head of year", fr = "un adulte de l'école, comme ton form tutor ou ton head of year", it = "un adulto della scuola, come il tuo form tutor o il tuo head of year" },
    staff = { en = "form tutor, head of year, school nurse, designated safeguarding lead", fr = "form tutor (prof référent de la classe), head of year (responsable de niveau), infirmière scolaire, designated safeguarding lead (référent protection de l'enfance)", it = "form tutor (insegnante di riferimento della classe), head of year (responsabile dell'anno), infermiere scolastico, designated safeguarding lead (referente per la tutela dei minori)" },
    at = { en = "at school", fr = "à l'école", it = "a scuola" },
    from = { en = "from your school", fr = "de ton école", it = "della tua scuola" },
  },

  -- source: samaritans.org
  resource {
    name = "Samaritans",
    contact = "116 123",
    role = "crisis",
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "Someone to talk to when things feel too much: free from any phone, and not on the phone bill.",
      fr = "Quelqu'un à qui parler quand tout devient trop lourd : gratuit depuis n'importe quel téléphone, et absent de la facture.",
      it = "Qualcuno con cui parlare quando tutto è troppo: gratuito da qualsiasi telefono, e non compare in bolletta.",
    },
    source = "samaritans.org",
  },

  -- source: learning.nspcc.org.uk
  resource {
    name = "Childline",
    contact = "0800 1111",
    role = { "youth-line", "crisis" },
    urgent = true,
    hours = { en = "24/7", fr = "24\u{A0}h/24, 7\u{A0}j/7", it = "24 ore su 24, 7 giorni su 7" },
    what = {
      en = "Under 19: free, talk to a counsellor about anything, sextortion included.",
      fr = "Moins de 19 ans : gratuit, parler à un conseiller de tout, sextorsion comprise.",
      it = "Sotto i 19 anni: gratuito, parlare con un consulente di qualsiasi cosa, sextortion compresa.",
    },
    source = "learning.nspcc.org.uk",
  },

  -- source: iwf.org.uk/what-we-do/why-we-exist/report-remove
  resource {
    name = "Report Remove",
    topics = "sextortion", -- only for stories about this (help_for_topic)
    contact = "childline.org.uk",
    role = "removal",
    what = {
      en = "Under 18: get a nude image or video of you removed from the internet (needs a Childline account).",
      fr = "Moins de 18 ans : faire retirer d'internet une image ou vidéo intime de toi (il faut un compte Childline).",
      it = "Sotto i 18 anni: far rimuovere da internet un'immagine o un video intimo (serve un account Childline).",
    },
    source = "iwf.org.uk/what-we-do/why-we-exist/report-remove",
  },

  -- source: ceop.police.uk
  resource {
    name = "CEOP Safety Centre",
    contact = "ceop.police.uk",
    role = "report-authority",
    what = {
      en = "Report online sexual abuse or blackmail to the police: an online form, not a chat, and reports are not anonymous.",
      fr = "Signaler à la police un abus sexuel ou un chantage en ligne : un formulaire, pas un tchat, et le signalement n'est pas anonyme.",
      it = "Segnalare alla polizia un abuso sessuale o un ricatto online: un modulo, non una chat, e la segnalazione non è anonima.",
    },
    source = "ceop.police.uk",
  },

  -- source: RESOURCES.md lists 999 with no page cited. (re-check) with an
  -- official page before a release.
  resource {
    name = { en = "Emergency", fr = "Urgence", it = "Emergenza" },
    contact = "999",
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
