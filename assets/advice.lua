-- The advice catalogue: the right steps the game teaches (SCENARIOS.md).
-- Stories name these ids in `teaches` and `did`. Each debrief shows the step
-- and why it matters. `before` lists the steps this one must come before.
--
-- The order of this file is the order the debrief teaches: the response
-- steps in the sequence police and helplines agree on (stop replying, do
-- not pay or send more, keep evidence, report and block, make accounts
-- private, tell a trusted adult, police or a line, removal), numbered; then
-- the prevention steps (group = "prevention"), shown apart as "next time".
--
-- Texts may name the player's country's services and words with
-- {help.<role>}, {money N} and {payment.<kind>} (docs/story-language.md):
-- never a number, site or currency written here.
-- Sources: A = shared/seeds/000 (French prevention text), B = seeds/004
-- (Lombardy interview), R = shared/RESOURCES.md.

advice "no-pay" {
  source = "A, B, R",
  en = {
    step = "Stop replying, do not pay, send nothing more",
    why = "Paying guarantees nothing: very often the demands go on, and grow. Stop replying and send no more images or videos. If you already paid, you can stop now. That is okay.",
  },
  fr = {
    step = "Ne plus répondre, ne pas payer, ne rien envoyer de plus",
    why = "Payer ne garantit rien : très souvent, les demandes continuent, et grossissent. Arrête de répondre et n'envoie plus ni image ni vidéo. Si tu as déjà payé, tu peux arrêter maintenant. Ce n'est pas grave.",
  },
  it = {
    step = "Smetti di rispondere, non pagare, non mandare altro",
    why = "Pagare non garantisce niente: molto spesso le richieste continuano, e crescono. Smetti di rispondere e non mandare più né immagini né video. Se hai già pagato, puoi fermarti adesso. Va bene così.",
  },
}

advice "evidence" {
  source = "A",
  before = { "block", "lock-down" },
  en = {
    step = "Keep evidence first",
    why = "Screenshots of the profile, the usernames, the messages, the threats, the links and the payment details let the police and the platforms act. Take them before you block or delete anything.",
  },
  fr = {
    step = "Garder des preuves d'abord",
    why = "Des captures du profil, des pseudos, des messages, des menaces, des liens et des demandes de paiement permettent à la police et aux plateformes d'agir. Fais-les avant de bloquer ou d'effacer quoi que ce soit.",
  },
  it = {
    step = "Prima di tutto, conserva le prove",
    why = "Gli screenshot del profilo, dei nomi utente, dei messaggi, delle minacce, dei link e delle richieste di pagamento permettono alla polizia e alle piattaforme di agire. Falli prima di bloccare o cancellare qualsiasi cosa.",
  },
}

advice "check-link" {
  source = "A, R",
  en = {
    step = "Do not open their link alone",
    why = "A \"published\" video is almost always a partial upload nobody can watch, or a private page. The link itself can be a trap: never log in or download anything from it. Keep it as evidence and let a trusted adult, {help.youth-line} or the police look at it. Not opening it at all is a right step too.",
  },
  fr = {
    step = "Ne pas ouvrir leur lien seul·e",
    why = "La vidéo « publiée » est presque toujours un envoi incomplet que personne ne peut voir, ou une page privée. Le lien lui-même peut être un piège : ne t'y connecte jamais et n'y télécharge rien. Garde-le comme preuve et laisse un adulte de confiance, la ligne {help.youth-line} ou la police le regarder. Ne pas l'ouvrir du tout, c'est aussi un bon réflexe.",
  },
  it = {
    step = "Non aprire il loro link senza qualcuno accanto",
    why = "Il video «pubblicato» è quasi sempre un caricamento incompleto che nessuno riesce a vedere, o una pagina privata. Il link stesso può essere una trappola: non accedere mai e non scaricare niente da lì. Conservalo come prova e lascia che lo guardi un adulto di fiducia, la linea {help.youth-line} o la polizia. Anche non aprirlo affatto è un passo giusto.",
  },
}

advice "report-platform" {
  source = "A, R",
  en = {
    step = "Report them in the app",
    why = "Every chat and video app has a report button: the app can close the blackmailer's account and take the content down.",
  },
  fr = {
    step = "Signaler dans l'application",
    why = "Chaque application de messagerie ou d'appel vidéo a un bouton « Signaler » : elle peut fermer le compte du maître-chanteur et retirer le contenu.",
  },
  it = {
    step = "Segnalali nell'app",
    why = "Ogni app di chat e di videochiamata ha un pulsante per segnalare: l'app può chiudere l'account di chi ti ricatta e rimuovere i contenuti.",
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

advice "talk" {
  source = "B",
  en = {
    step = "Tell someone you trust",
    why = "It is not your fault. Telling a trusted adult breaks the isolation the blackmailer counts on, and every other step gets easier with help. You can do it at any moment.",
  },
  fr = {
    step = "En parler à quelqu'un de confiance",
    why = "Ce n'est pas ta faute. En parler à un adulte de confiance casse l'isolement sur lequel compte le maître-chanteur, et chaque autre étape devient plus facile à plusieurs. C'est possible à tout moment.",
  },
  it = {
    step = "Parlane con qualcuno di cui ti fidi",
    why = "Non è colpa tua. Parlarne con un adulto di fiducia rompe l'isolamento su cui conta chi ti ricatta, e ogni altro passo diventa più facile con qualcuno accanto. Puoi farlo in qualsiasi momento.",
  },
}

advice "report-authority" {
  source = "A, R",
  en = {
    step = "Report it to the police's platform or the national line",
    why = "In your country: {help.report-authority}. They can act on the account and the content, and a video can be removed.",
  },
  fr = {
    step = "Signaler à la plateforme de la police ou à la ligne nationale",
    why = "Dans ton pays : {help.report-authority}. Ils peuvent agir sur le compte et le contenu, et une vidéo peut être retirée.",
  },
  it = {
    step = "Segnala alla polizia online o alla linea nazionale",
    why = "Nel tuo paese: {help.report-authority}. Possono intervenire sull'account e sui contenuti, e un video può essere rimosso.",
  },
}

advice "complaint" {
  source = "A",
  en = {
    step = "Report it to the police",
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

advice "remove" {
  source = "R",
  en = {
    step = "Know that removal exists",
    why = "If the image is on your own device, Take It Down (taken before 18) or StopNCII (adults) fingerprint it there, without sending it, so the platforms that take part can block it. For a recording you never had, the platform, {help.removal} or the police can have it taken down.",
  },
  fr = {
    step = "Savoir que le retrait existe",
    why = "Si l'image est sur ton appareil, Take It Down (prise avant 18 ans) ou StopNCII (adultes) en font une empreinte sur place, sans l'envoyer, pour que les plateformes participantes la bloquent. Pour un enregistrement que tu n'as jamais eu, la plateforme, le service {help.removal} ou la police peuvent le faire retirer.",
  },
  it = {
    step = "Sappi che si può far rimuovere",
    why = "Se l'immagine è sul tuo dispositivo, Take It Down (fatta prima dei 18 anni) o StopNCII (adulti) ne creano un'impronta lì, senza mandarla, perché le piattaforme aderenti la blocchino. Per una registrazione che non hai mai avuto, la piattaforma, il servizio {help.removal} o la polizia possono farla rimuovere.",
  },
}

advice "verify" {
  source = "A, B",
  group = "prevention",
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
  group = "prevention",
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
