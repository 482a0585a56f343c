-- Help resources shown for every country, after the country's own.
-- Re-check before a release (RESOURCES.md).
country "ALL" {
  name = { en = "Every country", fr = "Tous les pays", it = "Tutti i paesi" },
  language = "en",

  -- source: missingkids.org
  resource {
    name = "Take It Down",
    topics = "sextortion", -- only for stories about this (help_for_topic)
    contact = "takeitdown.ncmec.org",
    what = {
      en = "For an image taken before you were 18 that is on your own device: makes a fingerprint of it there (the image is never sent) so the platforms that take part can block it. Anonymous; about 25 languages. It cannot help with a recording you never had.",
      fr = "Pour une image prise avant tes 18 ans et qui est sur ton appareil : en crée une empreinte sur place (l'image n'est jamais envoyée) pour que les plateformes participantes la bloquent. Anonyme ; 25 langues environ. Ne peut rien pour un enregistrement que tu n'as jamais eu.",
      it = "Per un'immagine fatta prima dei 18 anni che è sul tuo dispositivo: ne crea un'impronta lì (l'immagine non viene mai inviata) perché le piattaforme aderenti la blocchino. Anonimo; circa 25 lingue. Non può nulla per una registrazione che non hai mai avuto.",
    },
    source = "missingkids.org",
  },

  -- source: swgfl.org.uk
  resource {
    name = "StopNCII",
    topics = "sextortion", -- only for stories about this (help_for_topic)
    contact = "stopncii.org",
    what = {
      en = "For adults (18+) with the image on their own device: stops it being shared on the platforms that take part, without sending it anywhere.",
      fr = "Pour les adultes (18 ans et plus) qui ont l'image sur leur appareil : empêche sa diffusion sur les plateformes participantes, sans l'envoyer nulle part.",
      it = "Per gli adulti (18+) che hanno l'immagine sul proprio dispositivo: ne impedisce la diffusione sulle piattaforme aderenti, senza inviarla da nessuna parte.",
    },
    source = "swgfl.org.uk",
  },
}
