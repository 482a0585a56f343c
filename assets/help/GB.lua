-- Help resources for the United Kingdom. Re-check before a release (RESOURCES.md).
country "GB" {
  name = { en = "United Kingdom", fr = "Royaume-Uni", it = "Regno Unito" },
  language = "en",           -- the country's usual language

  -- source: learning.nspcc.org.uk
  resource {
    name = "Childline",
    contact = "0800 1111",
    what = {
      en = "Free, 24 hours a day: talk to a counsellor about anything, sextortion included.",
      fr = "Gratuit, 24 h/24 : parler à un conseiller de tout, sextorsion comprise.",
      it = "Gratuito, 24 ore su 24: parlare con un consulente di qualsiasi cosa, sextortion compresa.",
    },
    source = "learning.nspcc.org.uk",
  },

  -- source: iwf.org.uk/what-we-do/why-we-exist/report-remove
  resource {
    name = "Report Remove",
    contact = "childline.org.uk",
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
    what = {
      en = "Report online sexual abuse or blackmail to the police (reports are not anonymous).",
      fr = "Signaler à la police un abus sexuel ou un chantage en ligne (le signalement n'est pas anonyme).",
      it = "Segnalare alla polizia un abuso sessuale o un ricatto online (la segnalazione non è anonima).",
    },
    source = "ceop.police.uk",
  },

  -- source: RESOURCES.md lists 999 with no page cited. (re-check) with an
  -- official page before a release.
  resource {
    name = "Emergency",
    contact = "999",
    urgent = true,
    what = {
      en = "Emergency: if you are in danger right now.",
      fr = "Urgence : si tu es en danger maintenant.",
      it = "Emergenza: se sei in pericolo adesso.",
    },
    source = "RESOURCES.md (no page cited: re-check)",
  },
}
