-- The before/after questions (docs/facilitator.md, "Before and after"):
-- short statements a player rates from 1 (not true at all) to 5
-- (completely true), asked before the story and again after the debrief.
-- They ask how sure the player feels, never what happened to them: no
-- question is about the player's own experience, and every one can be
-- skipped. Keep 3 to 5 of them; an id never changes once shipped (the
-- answers kept on a computer are added up by id). Every shipped language
-- (assets/lang) needs every question: the assets test checks it.

question "first-step" {
  en = "If someone threatened to share a picture of me, I would know what to do first.",
  fr = "Si quelqu'un menaçait de partager une photo de moi, je saurais quoi faire en premier.",
  it = "Se qualcuno minacciasse di diffondere una mia foto, saprei cosa fare per prima cosa.",
}

question "spot-fake" {
  en = "I can tell when a new online contact may not be who they say they are.",
  fr = "Je sais repérer quand un nouveau contact en ligne n'est peut-être pas la personne qu'il prétend être.",
  it = "So capire quando un nuovo contatto online forse non è chi dice di essere.",
}

question "who-to-tell" {
  en = "I know an adult or a service I could talk to if this happened to me or a friend.",
  fr = "Je connais un adulte ou un service à qui je pourrais en parler si ça m'arrivait, à moi ou à un·e ami·e.",
  it = "Conosco un adulto o un servizio a cui potrei parlarne se succedesse a me o a un amico.",
}

question "not-fault" {
  en = "If someone were blackmailed like this, I know it would not be their fault.",
  fr = "Si quelqu'un subissait ce genre de chantage, je sais que ce ne serait pas sa faute.",
  it = "Se qualcuno subisse un ricatto così, so che non sarebbe colpa sua.",
}
