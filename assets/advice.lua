-- The advice catalogue: the right steps the game teaches (SCENARIOS.md).
-- Stories name these ids in `teaches` and `did`. Each debrief shows the step
-- and why it matters. `before` lists the steps this one must come before.
-- Sources: A = shared/seeds/000 (French prevention text), B = seeds/004
-- (Lombardy interview), R = shared/RESOURCES.md.

advice "no-pay" {
  source = "A, B, R",
  en = {
    step = "Do not pay, do not send more",
    why = "Paying does not end it: the demands come back, often bigger. Stop replying and send nothing more. If you already paid, you can stop now. That is okay.",
  },
  fr = {
    step = "Ne pas payer, ne rien envoyer de plus",
    why = "Payer n'arrête rien : les demandes reviennent, souvent plus fortes. Arrête de répondre et n'envoie plus rien. Si tu as déjà payé, tu peux arrêter maintenant. Ce n'est pas grave.",
  },
  it = {
    step = "Non pagare, non mandare altro",
    why = "Pagare non mette fine a niente: le richieste tornano, spesso più alte. Smetti di rispondere e non mandare più nulla. Se hai già pagato, puoi fermarti adesso. Va bene così.",
  },
}

advice "check-link" {
  source = "A",
  en = {
    step = "Check the link they send",
    why = "A \"published\" video is almost always a partial upload nobody can watch, or a private page only you can see. It is a way to scare you.",
  },
  fr = {
    step = "Vérifier le lien envoyé",
    why = "La vidéo « publiée » est presque toujours un envoi incomplet que personne ne peut voir, ou une page privée visible par toi seul·e. C'est fait pour te faire peur.",
  },
  it = {
    step = "Controlla il link che ti mandano",
    why = "Il video «pubblicato» è quasi sempre un caricamento incompleto che nessuno riesce a vedere, o una pagina privata che vedi solo tu. Serve a farti paura.",
  },
}

advice "evidence" {
  source = "A",
  before = { "block", "lock-down" },
  en = {
    step = "Keep evidence first",
    why = "Screenshots of the profile, the messages, the threats and the payment details let the police and the platforms act. Take them before you block or delete anything.",
  },
  fr = {
    step = "Garder des preuves d'abord",
    why = "Des captures du profil, des messages, des menaces et des demandes de paiement permettent à la police et aux plateformes d'agir. Fais-les avant de bloquer ou d'effacer quoi que ce soit.",
  },
  it = {
    step = "Prima di tutto, conserva le prove",
    why = "Gli screenshot del profilo, dei messaggi, delle minacce e delle richieste di pagamento permettono alla polizia e alle piattaforme di agire. Falli prima di bloccare o cancellare qualsiasi cosa.",
  },
}

advice "report-platform" {
  source = "A",
  en = {
    step = "Report to the app",
    why = "The app can close the blackmailer's account and take the content down. Reports are confidential.",
  },
  fr = {
    step = "Signaler à l'application",
    why = "L'application peut fermer le compte du maître-chanteur et retirer le contenu. Le signalement est confidentiel.",
  },
  it = {
    step = "Segnala all'app",
    why = "L'app può chiudere l'account di chi ti ricatta e rimuovere i contenuti. La segnalazione è riservata.",
  },
}

advice "report-authority" {
  source = "A",
  en = {
    step = "Report to the police platform",
    why = "A national reporting service (in France: PHAROS, internet-signalement.gouv.fr) can have a video removed and trace the group behind it.",
  },
  fr = {
    step = "Signaler à la plateforme de la police",
    why = "Un service national (en France : PHAROS, internet-signalement.gouv.fr) peut faire retirer une vidéo et remonter jusqu'au groupe qui est derrière.",
  },
  it = {
    step = "Segnala alla polizia online",
    why = "Un servizio nazionale di segnalazione (in Francia PHAROS, internet-signalement.gouv.fr) può far rimuovere un video e risalire al gruppo che c'è dietro.",
  },
}

advice "block" {
  source = "A",
  en = {
    step = "Block them everywhere",
    why = "Blocking on every app where they reached you ends the pressure. Do it after keeping evidence, so nothing is lost.",
  },
  fr = {
    step = "Bloquer partout",
    why = "Bloquer sur chaque application où il t'a contacté·e arrête la pression. Fais-le après avoir gardé les preuves, pour ne rien perdre.",
  },
  it = {
    step = "Blocca chi ti ricatta, ovunque",
    why = "Bloccare su ogni app dove ti ha contattato ferma la pressione. Fallo dopo aver conservato le prove, così non perdi niente.",
  },
}

advice "lock-down" {
  source = "A, R",
  en = {
    step = "Make your accounts private",
    why = "Hiding your friends list and posts makes the threat to send to your contacts much harder. Do not delete your account or the messages: they are evidence.",
  },
  fr = {
    step = "Passer ses comptes en privé",
    why = "Cacher ta liste d'amis et tes publications rend la menace d'envoi à tes contacts bien plus difficile. Ne supprime ni ton compte ni les messages : ce sont des preuves.",
  },
  it = {
    step = "Rendi privati i tuoi account",
    why = "Nascondere la lista degli amici e i post rende molto più difficile la minaccia di mandare tutto ai tuoi contatti. Non cancellare l'account né i messaggi: sono prove.",
  },
}

advice "complaint" {
  source = "A",
  en = {
    step = "File a complaint",
    why = "Blackmail is a crime. At the police station, bring your screenshots: you are the victim, and it is their job to help.",
  },
  fr = {
    step = "Porter plainte",
    why = "Le chantage est un délit. Au commissariat ou à la gendarmerie, apporte tes captures : tu es la victime, et c'est leur rôle de t'aider.",
  },
  it = {
    step = "Fai denuncia",
    why = "Il ricatto è un reato. Alla polizia porta i tuoi screenshot: sei tu la vittima, ed è il loro lavoro aiutarti.",
  },
}

advice "talk" {
  source = "B",
  en = {
    step = "Talk to someone you trust",
    why = "It is not your fault. Telling someone breaks the isolation the blackmailer counts on, and every other step gets easier with help.",
  },
  fr = {
    step = "En parler à quelqu'un de confiance",
    why = "Ce n'est pas ta faute. En parler casse l'isolement sur lequel compte le maître-chanteur, et chaque autre étape devient plus facile à plusieurs.",
  },
  it = {
    step = "Parlane con qualcuno di cui ti fidi",
    why = "Non è colpa tua. Parlarne rompe l'isolamento su cui conta chi ti ricatta, e ogni altro passo diventa più facile con qualcuno accanto.",
  },
}

advice "verify" {
  source = "A, B",
  en = {
    step = "Check who they really are",
    why = "Profiles and even video calls can be fake: a pre-recorded video can look live. Take your time with someone you only know online.",
  },
  fr = {
    step = "Vérifier qui est vraiment la personne",
    why = "Un profil, et même un appel vidéo, peut être faux : une vidéo préenregistrée peut sembler en direct. Prends ton temps avec quelqu'un que tu ne connais qu'en ligne.",
  },
  it = {
    step = "Controlla chi è davvero",
    why = "I profili, e perfino le videochiamate, possono essere falsi: un video registrato prima può sembrare in diretta. Prenditi il tuo tempo con chi conosci solo online.",
  },
}

advice "boundaries" {
  source = "A",
  en = {
    step = "Dare to say no",
    why = "You can say no, go slowly, and keep personal details to yourself. Someone who really likes you will not push.",
  },
  fr = {
    step = "Oser dire non",
    why = "Tu as le droit de dire non, d'aller doucement et de garder pour toi tes infos personnelles. Quelqu'un qui t'apprécie vraiment n'insiste pas.",
  },
  it = {
    step = "Trova il coraggio di dire no",
    why = "Puoi dire di no, andare piano e tenere per te le tue informazioni personali. Chi tiene davvero a te non insiste.",
  },
}

advice "remove" {
  source = "R",
  en = {
    step = "Know that removal exists",
    why = "Take It Down (images from before 18) and StopNCII (adults) block an image on the big platforms without sending it anywhere. Police platforms can have a video removed.",
  },
  fr = {
    step = "Savoir que le retrait existe",
    why = "Take It Down (images d'avant 18 ans) et StopNCII (adultes) bloquent une image sur les grandes plateformes sans l'envoyer nulle part. Les plateformes de la police peuvent faire retirer une vidéo.",
  },
  it = {
    step = "Sappi che si può far rimuovere",
    why = "Take It Down (immagini di prima dei 18 anni) e StopNCII (adulti) bloccano un'immagine sulle grandi piattaforme senza mandarla da nessuna parte. I servizi della polizia possono far rimuovere un video.",
  },
}
