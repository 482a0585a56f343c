-- Help for a country this game has no checked data for (a locale such as
-- es_ES, de_DE, nl_NL): help_load falls back to this file, so a young person
-- there is never left with an error or an empty list, and the stories' words
-- ({money N}, {payment.*}, {help.*}) read as sentences, not as {braces}.
-- Nothing here is a service or a number: RESOURCES.md sources none for these
-- countries. The contacts for every country (ALL.lua) come after it.
country "other" {
  name = { en = "your country", fr = "ton pays", it = "il tuo paese" },
  language = "en",

  money = { rate = 1, step = 0, say = { en = "€#", fr = "# €", it = "# €" } },
  payment = {
    prepaid = { en = "prepaid cards", fr = "cartes prépayées", it = "carte prepagate" },
    giftcard = { en = "gift cards", fr = "cartes cadeaux", it = "carte regalo" },
    app = { en = "a payment app", fr = "une appli de paiement", it = "un'app di pagamento" },
  },

  -- {school.adult}: who a player can talk to at school (reads after "to", "à", "a");
  -- {school.staff}: the adults of a school, a list without article;
  -- {school.at}: "at school" ("au lycée"); {school.from}: "from your school". General
  -- vocabulary of the country's schools, not services: no source needed.
  school = {
    adult = { en = "an adult at school you trust", fr = "un adulte de ton école en qui tu as confiance", it = "un adulto della scuola di cui ti fidi" },
    staff = { en = "a teacher you trust, the school nurse", fr = "un ou une prof de confiance, l'infirmière ou l'infirmier scolaire", it = "un insegnante di cui ti fidi, l'infermiere scolastico" },
    at = { en = "at school", fr = "à l'école", it = "a scuola" },
    from = { en = "from your school", fr = "de ton école", it = "della tua scuola" },
  },

  resource {
    name = { en = "No help contacts for this country yet", fr = "Pas encore de contacts d'aide pour ce pays", it = "Ancora nessun contatto di aiuto per questo paese" },
    contact = { en = "No help contacts for this country yet", fr = "Pas encore de contacts d'aide pour ce pays", it = "Ancora nessun contatto di aiuto per questo paese" },
    what = {
      en = "This game only lists services it has checked. If your country is in Settings, choose it there. Otherwise, talk to an adult you trust; if you are in danger right now, call the emergency services.",
      fr = "Ce jeu n'indique que des services vérifiés. Si ton pays est dans les Réglages, choisis-le. Sinon, parles-en à un adulte de confiance ; si tu es en danger maintenant, appelle les secours.",
      it = "Questo gioco indica solo servizi verificati. Se il tuo paese è nelle Impostazioni, sceglilo lì. Altrimenti parlane con un adulto di cui ti fidi; se sei in pericolo adesso, chiama i soccorsi.",
    },
    source = "no data for this country: no service or number is given",
  },

  -- What {help.youth-line} and the other roles say here: the step every
  -- source agrees on (SCENARIOS.md, talk). Not the crisis role: the crisis
  -- card then shows no number rather than a wrong one.
  resource {
    name = { en = "an adult you trust", fr = "un adulte de confiance", it = "un adulto di fiducia" },
    contact = { en = "an adult you trust", fr = "un adulte de confiance", it = "un adulto di fiducia" },
    role = { "youth-line", "report-authority", "emergency", "removal" },
    what = {
      en = "A parent, a teacher, a coach, an older brother or sister: someone who can help you with the next steps.",
      fr = "Un parent, un prof, un coach, un grand frère ou une grande sœur : quelqu'un qui peut t'aider pour la suite.",
      it = "Un genitore, un insegnante, un allenatore, un fratello o una sorella più grandi: qualcuno che può aiutarti nei passi successivi.",
    },
    source = "SCENARIOS.md, the step 'talk' (B): ask for help, talk to someone you trust",
  },
}
