-- Help resources shown for every country, after the country's own.
-- Re-check before a release (RESOURCES.md).
country "ALL" {
  name = { en = "Every country", fr = "Tous les pays", it = "Tutti i paesi" },
  language = "en",

  -- source: missingkids.org
  resource {
    name = "Take It Down",
    contact = "takeitdown.ncmec.org",
    what = {
      en = "For images taken before you were 18: blocks them on big platforms. It works on your device, the image is never sent; anonymous; in about 25 languages.",
      fr = "Pour les images prises avant tes 18 ans : les bloque sur les grandes plateformes. Tout se passe sur ton appareil, l'image n'est jamais envoyée ; anonyme ; en 25 langues environ.",
      it = "Per le immagini fatte prima dei 18 anni: le blocca sulle grandi piattaforme. Funziona sul tuo dispositivo, l'immagine non viene mai inviata; anonimo; in circa 25 lingue.",
    },
    source = "missingkids.org",
  },

  -- source: swgfl.org.uk
  resource {
    name = "StopNCII",
    contact = "stopncii.org",
    what = {
      en = "For adults (18+): stops intimate images being shared on partner platforms, without sending the image anywhere.",
      fr = "Pour les adultes (18 ans et plus) : empêche la diffusion d'images intimes sur les plateformes partenaires, sans envoyer l'image nulle part.",
      it = "Per gli adulti (18+): impedisce la diffusione di immagini intime sulle piattaforme partner, senza inviare l'immagine da nessuna parte.",
    },
    source = "swgfl.org.uk",
  },
}
