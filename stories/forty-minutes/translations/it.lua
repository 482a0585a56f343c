-- Traduzione italiana di stories/forty-minutes/story.lua (tu, per chi ha 14-17 anni).
-- Le chiavi sono i testi francesi esatti. Forme {m|f|x}: maschile, femminile,
-- neutro con lo schwa (ə), come nelle altre storie. Le scelte sono
-- all'imperativo, in seconda persona (come in un'app: «Rispondile», non
-- «Risponderle»); le citazioni tra virgolette basse «».
translation "it" {
  ["Quarante minutes"] =
    "Quaranta minuti",
  ["Un soir, une « fille » de ton âge, une photo, puis un chantage avec un compte à rebours. Rien d'explicite n'est montré."] =
    "Una sera, una «ragazza» della tua età, una foto, poi un ricatto con il conto alla rovescia. Non viene mostrato nulla di esplicito.",
  ["{name}, quinze ans. Mardi soir, dans ta chambre. Les maths attendent ; toi, tu es sur Pixo."] =
    "{name}, quindici anni. Martedì sera, in camera tua. I compiti di matematica aspettano; tu sei su Pixo.",
  ["jade.lmn a commencé à te suivre · 14 amis en commun"] =
    "jade.lmn ha iniziato a seguirti · 14 amici in comune",
  ["hey 😊"] =
    "ehi 😊",
  ["c'était toi au tournoi de hand samedi ? le n°7 ?"] =
    "eri tu al torneo di pallamano sabato? il numero 7?",
  ["Jade ? Quatorze amis en commun… Elle doit être du coin."] =
    "Jade? Quattordici amici in comune… Sarà della zona.",
  ["Lui répondre"] =
    "Rispondile",
  ["oui c'était moi 😅 on se connaît ?"] =
    "sì ero io 😅 ci conosciamo?",
  ["Regarder son profil d'abord"] =
    "Guarda prima il suo profilo",
  ["Compte créé il y a douze jours. Six photos, toutes publiées le même soir : une fille de ton âge, à la plage, à un cours de danse, en selfie."] =
    "Account creato dodici giorni fa. Sei foto, tutte pubblicate la stessa sera: una ragazza della tua età, al mare, a un corso di danza, un selfie.",
  ["Les quatorze amis en commun : des gens {school.from}. Surtout ceux qui acceptent tout le monde."] =
    "I quattordici amici in comune: gente {school.from}. Soprattutto quelli che accettano chiunque.",
  ["Bon. Elle est peut-être juste nouvelle."] =
    "Vabbè. Magari è solo nuova.",
  ["Quatorze amis en commun : est-ce que ça prouve qu'on connaît quelqu'un ? Qu'est-ce qui pourrait mettre la puce à l'oreille ici ?"] =
    "Quattordici amici in comune: vuol dire che conosci davvero una persona? Che cosa qui potrebbe insospettirti?",
  ["Des amis en commun se collectionnent en quelques jours : il suffit que des gens acceptent sans regarder. Indices possibles : un compte tout récent, toutes les photos publiées le même soir, personne qui la connaît vraiment. Aucun ne prouve rien à lui seul. Le but n'est pas de soupçonner tout le monde, mais de prendre le temps de vérifier avant de faire confiance."] =
    "Gli amici in comune si collezionano in pochi giorni: basta che la gente accetti senza guardare. Indizi possibili: un account nuovissimo, tutte le foto pubblicate la stessa sera, nessuno che la conosca davvero. Nessuno di questi indizi prova qualcosa da solo. Lo scopo non è sospettare di tutti, ma prendersi il tempo di verificare prima di fidarsi.",
  ["Demander à Théo s'il la connaît"] =
    "Chiedi a Théo se la conosce",
  ["tu connais une jade.lmn ?"] =
    "conosci una jade.lmn?",
  ["jsp, elle m'a ajouté la semaine dernière"] =
    "boh, mi ha aggiunto la settimana scorsa",
  ["j'ai accepté, elle est jolie mdr"] =
    "ho accettato, è carina ahah",
  ["pk ?"] =
    "perché?",
  ["Quatorze amis en commun, et personne ne la connaît vraiment."] =
    "Quattordici amici in comune, e nessuno la conosce davvero.",
  ["Capturer son profil, la signaler comme faux compte, puis la bloquer"] =
    "Fai uno screenshot del profilo, segnalalo come account falso, poi bloccalo",
  ["Lui répondre quand même : elle a l'air sympa"] =
    "Rispondile lo stesso: sembra simpatica",
  ["non mais je t'ai {vu|vue|vu·e} sur les photos du club 🙈"] =
    "no ma ti ho vist{o|a|ə} nelle foto della squadra 🙈",
  ["t'étais trop {fort|forte|fort·e}. et t'as un sourire qui tue"] =
    "eri fortissim{o|a|ə}. e hai un sorriso che uccide",
  ["je viens d'emménager, je connais presque personne ici"] =
    "mi sono appena trasferita, qui non conosco quasi nessuno",
  ["t'es {le seul|la seule|la seule personne} qui me répond gentiment 🥺"] =
    "sei l'unic{o|a|ə} che mi risponde in modo carino 🥺",
  ["Ça fait bizarre. Mais plutôt bizarre dans le bon sens."] =
    "Che strano. Ma uno strano bello.",
  ["ici ma mère regarde mes messages 🙄"] =
    "qui mia madre legge i miei messaggi 🙄",
  ["t'as Flash ? c'est mieux, les messages s'effacent"] =
    "hai Flash? è meglio, i messaggi si cancellano",
  ["L'ajouter sur Flash"] =
    "Aggiungila su Flash",
  ["ok je t'ajoute"] =
    "ok ti aggiungo",
  ["Lui proposer un appel vidéo rapide, pour voir si c'est bien elle"] =
    "Proponile una videochiamata veloce, per vedere se è davvero lei",
  ["on s'appelle 2 sec en vidéo ? pour se voir 😄"] =
    "facciamo una videochiamata di 2 secondi? giusto per vederci 😄",
  ["Lui dire que tu préfères rester ici"] =
    "Dille che preferisci restare qui",
  ["je préfère rester ici si ça te va"] =
    "preferisco restare qui, se per te va bene",
  ["mdr maintenant ?? je suis en pyjama 🙈"] =
    "ahah adesso?? sono in pigiama 🙈",
  ["et ma caméra est cassée depuis une semaine"] =
    "e la fotocamera mi si è rotta una settimana fa",
  ["viens sur Flash, on sera mieux 😘"] =
    "vieni su Flash, lì si sta meglio 😘",
  ["Caméra cassée. Pas d'appel. Bon…"] =
    "Fotocamera rotta. Niente chiamata. Vabbè…",
  ["Aller sur Flash quand même"] =
    "Vai su Flash lo stesso",
  ["ok ok je t'ajoute"] =
    "ok ok ti aggiungo",
  ["Rester ici"] =
    "Resta qui",
  ["je préfère rester ici"] =
    "preferisco restare qui",
  ["t'es bizarre toi 😅"] =
    "sei stran{o|a|ə} tu 😅",
  ["bon ok. on reste ici"] =
    "va bene. restiamo qui",
  ["Flash · Les messages disparaissent après lecture"] =
    "Flash · I messaggi spariscono dopo la lettura",
  ["coucou toi 😏"] =
    "ciao tu 😏",
  ["enfin tranquilles"] =
    "finalmente tranquilli",
  ["j'ai jamais accroché aussi vite avec qqn"] =
    "non ho mai legato così in fretta con qualcuno",
  ["tu me fais confiance ?"] =
    "ti fidi di me?",
  ["Une photo d'elle devant un miroir. Le genre de photo qu'on n'envoie qu'à quelqu'un de très proche."] =
    "Una sua foto davanti allo specchio. Il tipo di foto che si manda solo a qualcuno di molto intimo.",
  ["La photo a disparu."] =
    "La foto è sparita.",
  ["à toi maintenant 🙈"] =
    "adesso tocca a te 🙈",
  ["juste pour moi. ça s'efface de toute façon"] =
    "solo per me. tanto si cancella",
  ["Vingt minutes qu'on se parle. Et elle m'envoie ça. Si je dis non, elle va partir."] =
    "Parliamo da venti minuti. E mi manda questa. Se dico di no, se ne va.",
  ["Envoyer une photo de toi"] =
    "Manda una tua foto",
  ["Gagner du temps"] =
    "Prendi tempo",
  ["pas ce soir 😅 on se connaît à peine"] =
    "stasera no 😅 ci conosciamo appena",
  ["Dire non"] =
    "Di' di no",
  ["non. je fais pas ça"] =
    "no. non lo faccio",
  ["Demander à Maya, ta grande sœur, ce qu'elle en pense"] =
    "Chiedi a Maya, tua sorella maggiore, cosa ne pensa",
  ["allez 🥺"] =
    "dai 🥺",
  ["moi je t'ai fait confiance"] =
    "io mi sono fidata di te",
  ["sinon je te bloque et tu me reverras plus jamais"] =
    "se no ti blocco e non mi rivedi più",
  ["Elle va vraiment partir ?"] =
    "Se ne andrà davvero?",
  ["Envoyer, pour ne pas la perdre"] =
    "Mandala, per non perderla",
  ["Dire non quand même"] =
    "Di' di no lo stesso",
  ["non. {désolé|désolée|désolé·e}"] =
    "no. scusa",
  ["Demander à Maya ce qu'elle en pense"] =
    "Chiedi a Maya cosa ne pensa",
  ["Maya, 19 ans, est rentrée de la fac pour la semaine. Elle révise dans la chambre d'à côté."] =
    "Maya, 19 anni, è tornata dall'università per una settimana. Sta studiando nella camera accanto.",
  ["maya t'as 2 min ? question bizarre"] =
    "maya hai 2 minuti? domanda strana",
  ["vas-y"] =
    "dimmi",
  ["Tu lui racontes : Jade, les amis en commun, Flash, la photo, ce qu'elle te demande."] =
    "Le racconti tutto: Jade, gli amici in comune, Flash, la foto, quello che ti chiede.",
  ["ok. une fille que tu connais depuis vingt minutes te demande ça ?"] =
    "ok. una ragazza che conosci da venti minuti ti chiede una cosa del genere?",
  ["non. tu envoies rien. un compte tout neuf qui va aussi vite, ça ressemble à une arnaque connue"] =
    "no. non mandi niente. un account nuovissimo che va così veloce sembra una truffa conosciuta",
  ["et si elle insiste ou qu'elle te menace : tu viens me voir. quoi qu'il arrive. t'auras pas d'ennuis avec moi"] =
    "e se insiste o ti minaccia: vieni da me. qualunque cosa succeda. con me non avrai problemi",
  ["non, {désolé|désolée|désolé·e}. je fais pas ça"] =
    "no, scusa. non lo faccio",
  ["Une photo de toi. Le genre de photo que tu ne montrerais à personne d'autre."] =
    "Una tua foto. Il tipo di foto che non faresti mai vedere a nessun altro.",
  ["jade.lmn a fait une capture d'écran."] =
    "jade.lmn ha fatto uno screenshot.",
  ["Une capture ? Mais… ça devait s'effacer."] =
    "Uno screenshot? Ma… doveva cancellarsi.",
  ["ok."] =
    "ok.",
  ["t'es pas drôle"] =
    "non sei divertente",
  ["Dix minutes plus tard"] =
    "Dieci minuti dopo",
  ["Un montage : ta photo, et juste à côté, la liste de tes abonnés. Ta mère. Maya. Ton coach. Théo. Le groupe de la classe."] =
    "Un collage: la tua foto e, proprio accanto, la lista dei tuoi follower. Tua madre. Maya. Il tuo allenatore. Théo. Il gruppo della classe.",
  ["regarde bien."] =
    "guarda bene.",
  ["{money 500} ou tout le monde reçoit ça."] =
    "{money 500} o lo ricevono tutti.",
  ["en {payment.giftcard} ou par {payment.app}. t'as 40 minutes."] =
    "in {payment.giftcard} o con {payment.app}. hai 40 minuti.",
  ["⏳ 40:00"] =
    "⏳ 40:00",
  ["Plus d'emojis. Plus de « mdr ». Des phrases courtes, comme copiées-collées."] =
    "Niente più emoji. Niente più «ahah». Frasi brevi, come copiate e incollate.",
  ["Non. Non, non, non."] =
    "No. No, no, no.",
  ["tu croyais qu'il fallait que t'envoies quelque chose ?"] =
    "pensavi di dover mandare qualcosa?",
  ["Une image : ton visage, pris sur la photo de l'équipe de hand, collé sur un corps qui n'est pas le tien. Une image fabriquée, du genre qu'on ne voudrait jamais voir circuler."] =
    "Un'immagine: la tua faccia, presa dalla foto della squadra di pallamano, incollata su un corpo che non è il tuo. Un'immagine inventata, di quelle che nessuno vorrebbe mai veder girare.",
  ["Et à côté, la liste de tes abonnés. Ta mère. Maya. Ton coach. Théo. Le groupe de la classe."] =
    "E accanto, la lista dei tuoi follower. Tua madre. Maya. Il tuo allenatore. Théo. Il gruppo della classe.",
  ["Mais c'est même pas moi. J'ai rien envoyé !"] =
    "Ma non sono nemmeno io. Non ho mandato niente!",
  ["Au premier coup d'œil, pourtant… qui saura que c'est faux ?"] =
    "Eppure, a prima vista… chi capirà che è falsa?",
  ["{name} n'a rien envoyé, et le chantage arrive quand même. Qu'est-ce que ça change ? Qu'est-ce que ça ne change pas ?"] =
    "{name} non ha mandato niente, e il ricatto arriva lo stesso. Che cosa cambia? Che cosa non cambia?",
  ["Avec quelques photos publiques, des outils peuvent fabriquer une fausse image intime en quelques minutes. Dire non n'était pas inutile : ce n'était pas une protection totale, parce que le problème, ce sont eux. Ce qui ne change pas : c'est du chantage, ce n'est pas la faute de la personne visée, et les mêmes étapes marchent (ne pas payer, garder les preuves, signaler, bloquer, en parler, faire retirer). Fabriquer ou faire circuler une telle image est un délit, même « pour rire ». Mettre ses comptes en privé réduit ce qu'ils peuvent prendre."] =
    "Con qualche foto pubblica, certi strumenti possono fabbricare un'immagine intima falsa in pochi minuti. Dire di no non è stato inutile: solo che non era una protezione totale, perché il problema sono loro. Quello che non cambia: è un ricatto, non è colpa della persona presa di mira, e funzionano gli stessi passi (non pagare, conservare le prove, segnalare, bloccare, parlarne, far rimuovere). Creare o far girare un'immagine del genere è un reato, anche «per scherzo». Rendere privati i propri account riduce quello che possono prendere.",
  ["⏳ 39:00"] =
    "⏳ 39:00",
  ["Ton cœur cogne. Tu as chaud, puis froid. Tu n'arrives plus à penser."] =
    "Il cuore ti batte fortissimo. Hai caldo, poi freddo. Non riesci più a pensare.",
  ["Ce qui t'arrive a un nom : la sextorsion. Un chantage avec une image, pour de l'argent."] =
    "Quello che ti sta succedendo ha un nome: sextortion. Un ricatto con un'immagine, per soldi.",
  ["Si c'est trop lourd, si tu penses à te faire du mal : parles-en tout de suite à quelqu'un. Il y a des gens pour t'écouter, jour et nuit. Ce moment va passer."] =
    "Se è troppo pesante, se pensi di farti del male: parlane subito con qualcuno. Ci sono persone pronte ad ascoltarti, giorno e notte. Questo momento passerà.",
  ["Pourquoi un compte à rebours ? Qu'est-ce qu'il empêche de faire ?"] =
    "Perché un conto alla rovescia? Che cosa ti impedisce di fare?",
  ["Le minuteur est inventé : il sert à empêcher de réfléchir et de demander de l'aide. En vrai, on a le temps : le temps d'arrêter de répondre, d'aller voir quelqu'un, d'appeler une ligne d'écoute. Dans le jeu aussi, le minuteur défile mais aucun choix n'expire : on peut toujours s'arrêter et demander de l'aide. Faire remarquer que les mêmes groupes utilisent ce minuteur avec des centaines de personnes chaque soir."] =
    "Il timer è inventato: serve a impedirti di pensare e di chiedere aiuto. Nella realtà il tempo c'è: il tempo di smettere di rispondere, di andare da qualcuno, di chiamare una linea d'ascolto. Anche nel gioco il timer scorre, ma nessuna scelta scade: puoi sempre fermarti e chiedere aiuto. Far notare che gli stessi gruppi usano questo timer con centinaia di persone ogni sera.",
  ["Payer, pour que ça s'arrête"] =
    "Paga, perché finisca",
  ["Leur répondre, les supplier d'arrêter"] =
    "Rispondi, supplicali di smettere",
  ["s'il vous plaît arrêtez. j'ai quinze ans. j'ai pas cet argent"] =
    "vi prego smettetela. ho quindici anni. non li ho questi soldi",
  ["Tout bloquer et tout effacer, tout de suite"] =
    "Blocca e cancella tutto, subito",
  ["Poser le téléphone. Demander de l'aide."] =
    "Posa il telefono. Chiedi aiuto.",
  ["personne va te croire."] =
    "nessuno ti crederà.",
  ["c'est toi sur la photo. c'est toi qui l'as envoyée."] =
    "sei tu nella foto. sei tu che l'hai mandata.",
  ["tu vas dire que c'est un montage ? personne va te croire."] =
    "dirai che è un fotomontaggio? nessuno ti crederà.",
  ["tu vas voir la police ? c'est toi qu'ils vont arrêter."] =
    "vai dalla polizia? arrestano te.",
  ["envoie ce que t'as. maintenant."] =
    "manda quello che hai. adesso.",
  ["⏳ 35:00"] =
    "⏳ 35:00",
  ["Et s'ils avaient raison ? Qui va me croire, moi ?"] =
    "E se avessero ragione? Chi mi crederà?",
  ["« Personne ne te croira. C'est toi que la police arrêtera. » Pourquoi le maître-chanteur dit-il ça ? Est-ce vrai ?"] =
    "«Nessuno ti crederà. La polizia arresterà te.» Perché il ricattatore lo dice? È vero?",
  ["C'est faux, et c'est le cœur de la méthode : isoler la personne, pour qu'elle paie au lieu d'en parler. Les lignes d'écoute, les plateformes et la police voient ce chantage tous les jours : elles savent que c'est un groupe organisé, et c'est la personne visée qu'elles protègent. Un adulte de confiance qui connaît le sujet croit, et aide. Avec une image fabriquée, c'est encore plus net : ceux qui la reçoivent voient souvent le montage."] =
    "È falso, ed è il cuore del metodo: isolare la persona, perché paghi invece di parlarne. Le linee d'ascolto, le piattaforme e la polizia vedono questo ricatto ogni giorno: sanno che è un gruppo organizzato, ed è la persona presa di mira che proteggono. Un adulto di fiducia che conosce il tema ci crede, e aiuta. Con un'immagine inventata è ancora più chiaro: chi la riceve spesso vede che è un fotomontaggio.",
  ["Payer ce que tu as, pour gagner du temps"] =
    "Paga quello che hai, per prendere tempo",
  ["Ne plus répondre. Demander de l'aide."] =
    "Non rispondere più. Chiedi aiuto.",
  ["Sur ton compte, il y a tes économies de l'été. Pas {money 500}. Loin de là."] =
    "Sul tuo conto ci sono i risparmi dell'estate. Non {money 500}. Neanche lontanamente.",
  ["j'ai que {money 50}"] =
    "ho solo {money 50}",
  ["envoie. maintenant."] =
    "manda. adesso.",
  ["Tu envoies {money 50} par {payment.app}. Tes mains tremblent."] =
    "Mandi {money 50} con {payment.app}. Ti tremano le mani.",
  ["reçu 🙂"] =
    "ricevuto 🙂",
  ["tu vois que tu peux payer."] =
    "vedi che puoi pagare.",
  ["maintenant {money 300}. en {payment.giftcard}. ⏳ 25:00"] =
    "adesso {money 300}. in {payment.giftcard}. ⏳ 25:00",
  ["Payer n'a rien arrêté. Ça leur a juste montré que je paie."] =
    "Pagare non ha fermato niente. Gli ha solo fatto vedere che pago.",
  ["Si tu as déjà payé, tu peux t'arrêter maintenant. Ce n'est pas grave."] =
    "Se hai già pagato, puoi fermarti adesso. Non è grave.",
  ["Payer encore, avec l'argent de ton anniversaire"] =
    "Paga ancora, con i soldi del compleanno",
  ["Arrêter là. Demander de l'aide."] =
    "Fermati qui. Chiedi aiuto.",
  ["La supérette en bas est encore ouverte. Tu y cours avec l'argent de ton anniversaire, et tu envoies les codes de {payment.giftcard} pour {money 100}."] =
    "Il minimarket sotto casa è ancora aperto. Ci corri con i soldi del compleanno e mandi i codici di {payment.giftcard} per {money 100}.",
  ["bien."] =
    "bene.",
  ["le chef dit {money 800} maintenant. sinon ça part chez ta mère ce soir."] =
    "il capo dice {money 800} adesso. se no stasera arriva a tua madre.",
  ["Bloquer. Supprimer la conversation. Confirmer."] =
    "Blocchi. Cancelli la chat. Confermi.",
  ["En trois gestes, tout a disparu : le pseudo, les messages, le montage, le compte à rebours."] =
    "In tre tocchi è sparito tutto: il nome utente, i messaggi, il collage, il conto alla rovescia.",
  ["Voilà. C'est fini. Non ?"] =
    "Ecco. È finita. No?",
  ["Pixo · Nouveau message de j.lmn_2"] =
    "Pixo · Nuovo messaggio da j.lmn_2",
  ["bloquer sert à rien. on est plusieurs."] =
    "bloccare non serve a niente. siamo in tanti.",
  ["on a ta liste. ⏳ 36:00"] =
    "abbiamo la tua lista. ⏳ 36:00",
  ["Et moi, je n'ai plus rien. Pas une capture. Même pas son pseudo exact."] =
    "E io non ho più niente. Neanche uno screenshot. Neanche il nome utente esatto.",
  ["Demander de l'aide"] =
    "Chiedi aiuto",
  ["Ne rien dire à personne, attendre que ça passe"] =
    "Non dire niente a nessuno, aspetta che passi",
  ["Tu poses le téléphone, écran contre le lit. Il vibre encore."] =
    "Posi il telefono, con lo schermo contro il letto. Continua a vibrare.",
  ["Je ne sais plus quoi faire."] =
    "Non so più cosa fare.",
  ["Écrire à Maya, dans la chambre d'à côté"] =
    "Scrivi a Maya, nella camera accanto",
  ["Retourner voir Maya, comme promis"] =
    "Torna da Maya, come promesso",
  ["Demander de l'aide à {help.youth-line}"] =
    "Chiedi aiuto alla linea {help.youth-line}",
  ["Gérer ça {seul|seule|seul·e}"] =
    "Gestisci tutto da sol{o|a|ə}",
  ["Tu contactes {help.youth-line}. Quelques minutes d'attente, puis quelqu'un répond."] =
    "Contatti la linea {help.youth-line}. Qualche minuto di attesa, poi qualcuno risponde.",
  ["« Merci de nous contacter. Tu as bien fait. Ce qui t'arrive, on le voit souvent, et ce n'est pas ta faute. »"] =
    "«Grazie di averci contattato. Hai fatto bene. Quello che ti succede lo vediamo spesso, e non è colpa tua.»",
  ["« Ne réponds plus, ne paie rien, n'envoie rien. Est-ce qu'il y a quelqu'un chez toi, ce soir, à qui tu peux le montrer ? »"] =
    "«Non rispondere più, non pagare niente, non mandare niente. C'è qualcuno a casa, stasera, a cui puoi farlo vedere?»",
  ["Maya. Dans la chambre d'à côté."] =
    "Maya. Nella camera accanto.",
  ["maya t'es là ? j'ai un gros problème. viens stp"] =
    "maya ci sei? ho un grosso problema. vieni pls",
  ["Trente secondes plus tard, Maya est assise au bord de ton lit, ton téléphone entre vous deux. Tu lui montres tout. Tu n'arrives pas à la regarder."] =
    "Trenta secondi dopo, Maya è seduta sul bordo del tuo letto, con il tuo telefono in mezzo a voi. Le fai vedere tutto. Non riesci a guardarla.",
  ["« Ok. Respire. D'abord : c'est pas ta faute. Ceux qui font ça, c'est un groupe organisé, loin d'ici. Ils le font à des centaines de gens, à la chaîne, avec les mêmes messages. »"] =
    "«Ok. Respira. Prima cosa: non è colpa tua. Chi fa queste cose è un gruppo organizzato, lontano da qui. Lo fanno a centinaia di persone, in serie, con gli stessi messaggi.»",
  ["« On ne répond plus. On ne paie rien. On n'envoie rien. »"] =
    "«Non rispondiamo più. Non paghiamo niente. Non mandiamo niente.»",
  ["« Tu as payé ? Ok. Tu t'arrêtes là, c'est tout. C'est pas grave. »"] =
    "«Hai pagato? Ok. Ti fermi qui, tutto qua. Non è grave.»",
  ["Elle n'est pas fâchée. Elle est là."] =
    "Non è arrabbiata. È qui.",
  ["« Qu'est-ce qui te fait le plus peur, là ? »"] =
    "«Cos'è che ti fa più paura, adesso?»",
  ["« J'ai trop honte. »"] =
    "«Mi vergogno da morire.»",
  ["« Personne va me croire. »"] =
    "«Nessuno mi crederà.»",
  ["« Ils vont l'envoyer à tout le monde. »"] =
    "«Lo manderanno a tutti.»",
  ["« La honte, elle est pour eux. Toi, tu as parlé à quelqu'un qui avait l'air sympa. Eux, ils font du chantage à {un|une|un·e} ado. »"] =
    "«La vergogna è loro. Tu hai parlato con qualcuno che sembrava simpatico. Loro stanno ricattando qualcuno di quindici anni.»",
  ["« Et je te vois pas différemment. Promis. »"] =
    "«E non ti vedo in modo diverso. Promesso.»",
  ["« Moi je te crois. Et franchement, ce montage, ça se voit. »"] =
    "«Io ti credo. E sinceramente, quel fotomontaggio si vede.»",
  ["« Moi je te crois. »"] =
    "«Io ti credo.»",
  ["« C'est exactement ce qu'ils veulent que tu penses, pour que tu paies au lieu d'en parler. La police connaît ce chantage par cœur. C'est toi qu'elle protège, pas eux. »"] =
    "«È esattamente quello che vogliono farti pensare, così paghi invece di parlarne. La polizia questo ricatto lo conosce a memoria. Protegge te, non loro.»",
  ["« Je comprends. Je peux pas te promettre qu'ils n'enverront rien. Mais souvent, quand on ne paie pas, ils passent à quelqu'un d'autre. »"] =
    "«Ti capisco. Non posso prometterti che non manderanno niente. Ma spesso, quando non si paga, passano a qualcun altro.»",
  ["« Et s'ils envoient quelque chose, il y a des moyens de le faire retirer. Tu seras pas {seul|seule|seul·e}. »"] =
    "«E se mandano qualcosa, ci sono modi per farlo rimuovere. Non sarai sol{o|a|ə}.»",
  ["⏳ 24:00"] =
    "⏳ 24:00",
  ["t'es où ? tic tac"] =
    "dove sei? tic tac",
  ["Maya prend ton téléphone. « Bon. Par quoi on commence ? »"] =
    "Maya prende il tuo telefono. «Allora. Da dove cominciamo?»",
  ["Les bloquer tout de suite : tu ne veux plus les voir"] =
    "Bloccali subito: non vuoi più vederli",
  ["Tout capturer avant de toucher à quoi que ce soit"] =
    "Fai screenshot di tutto prima di toccare qualsiasi cosa",
  ["Capturer ce qui reste : le nouveau compte"] =
    "Fai screenshot di quello che resta: il nuovo account",
  ["Laisser tomber les captures"] =
    "Lascia perdere gli screenshot",
  ["Bloquer. La conversation se vide d'un coup."] =
    "Bloccare. La chat si svuota di colpo.",
  ["Maya grimace. « Aïe, la conversation est partie avec. C'est pas grave, ça arrive tout le temps. On fait avec ce qui reste. »"] =
    "Maya fa una smorfia. «Ahi, la chat è sparita con lui. Non è grave, succede sempre. Lavoriamo con quello che resta.»",
  ["tu crois que bloquer suffit ? on a ta liste."] =
    "pensi che bloccare basti? abbiamo la tua lista.",
  ["« Tu vois : ils reviennent avec un autre compte. Celui-là, on le capture. »"] =
    "«Vedi: tornano con un altro account. Questo lo salviamo con gli screenshot.»",
  ["Capture. Capture. Capture. Le profil jade.lmn, le pseudo exact, le montage, la somme, le moyen de paiement exigé, le compte à rebours."] =
    "Screenshot. Screenshot. Screenshot. Il profilo jade.lmn, il nome utente esatto, il collage, la cifra, il metodo di pagamento richiesto, il conto alla rovescia.",
  ["Capture du nouveau compte j.lmn_2 : son pseudo, ses messages, l'heure de chacun. Le premier compte est perdu ; ce qui reste comptera quand même."] =
    "Screenshot del nuovo account j.lmn_2: il nome utente, i messaggi, l'ora di ognuno. Il primo account è perso; quello che resta conterà lo stesso.",
  ["Et le reçu de ton paiement : ça aide à remonter jusqu'à eux."] =
    "E la ricevuta del tuo pagamento: aiuta a risalire a loro.",
  ["Maya photographie aussi l'écran avec son téléphone, au cas où. Tout va dans un dossier."] =
    "Maya fotografa anche lo schermo con il suo telefono, per sicurezza. Tutto va in una cartella.",
  ["Mes mains tremblent moins quand elles ont quelque chose à faire."] =
    "Le mani mi tremano meno quando hanno qualcosa da fare.",
  ["tu crois qu'on rigole ? c'est déjà en ligne :"] =
    "pensi che scherziamo? è già online:",
  ["Un lien"] =
    "Un link",
  ["En ligne ? Déjà ?"] =
    "Online? Di già?",
  ["Ouvrir le lien pour voir"] =
    "Apri il link per vedere",
  ["Ne pas l'ouvrir : le garder pour le signalement"] =
    "Non aprirlo: tienilo per la segnalazione",
  ["Une page s'ouvre : « Connecte-toi avec Pixo pour voir la vidéo »."] =
    "Si apre una pagina: «Accedi con Pixo per vedere il video».",
  ["Maya pose la main sur l'écran. « Non. On se connecte à rien, on télécharge rien. Ces pages servent à voler ton compte, ou à te faire paniquer. »"] =
    "Maya mette la mano sullo schermo. «No. Non accediamo a niente, non scarichiamo niente. Queste pagine servono a rubarti l'account, o a farti andare nel panico.»",
  ["« Le lien, on le garde pour le signalement, c'est tout. La prochaine fois, on ne l'ouvre même pas. »"] =
    "«Il link lo teniamo per la segnalazione, e basta. La prossima volta non lo apriamo nemmeno.»",
  ["Maya copie le lien dans le dossier, avec les captures."] =
    "Maya copia il link nella cartella, insieme agli screenshot.",
  ["« Ces liens mènent presque toujours à une page vide, privée, ou à un piège pour voler ton compte. C'est fait pour te faire paniquer. Ceux qui signalent sauront quoi en faire. »"] =
    "«Questi link portano quasi sempre a una pagina vuota, privata, o a una trappola per rubarti l'account. Servono a farti andare nel panico. Chi riceve la segnalazione saprà cosa farne.»",
  ["« Maintenant, on les signale. »"] =
    "«Adesso li segnaliamo.»",
  ["Signaler les comptes dans les applis, puis les bloquer"] =
    "Segnala gli account nelle app, poi bloccali",
  ["Les bloquer, sans signaler"] =
    "Bloccali, senza segnalarli",
  ["Signaler les comptes dans les applis"] =
    "Segnala gli account nelle app",
  ["Passer à la suite"] =
    "Vai avanti",
  ["Merci. Nous examinerons ton signalement."] =
    "Grazie. Esamineremo la tua segnalazione.",
  ["Ils ont vu la liste de mes abonnés. Ils ont les photos du club."] =
    "Hanno visto la lista dei miei follower. Hanno le foto della squadra.",
  ["« Et ton compte Pixo, il est public ? »"] =
    "«E il tuo account Pixo è pubblico?»",
  ["Supprimer ton compte Pixo, pour disparaître"] =
    "Elimina il tuo account Pixo, per sparire",
  ["Passer ton compte en privé et cacher tes abonnés"] =
    "Rendi privato il tuo account e nascondi i follower",
  ["Paramètres › Compte › Supprimer. Maya t'arrête avant la deuxième confirmation."] =
    "Impostazioni › Account › Elimina. Maya ti ferma prima della seconda conferma.",
  ["« Attends. Si tu le supprimes, tes messages partent avec : c'est des preuves. On le passe en privé, c'est tout. »"] =
    "«Aspetta. Se lo elimini, i messaggi spariscono con lui: sono prove. Lo rendiamo privato, e basta.»",
  ["Paramètres › Confidentialité › Compte privé. Liste des abonnés : masquée. Tu retires les comptes que tu ne connais pas."] =
    "Impostazioni › Privacy › Account privato. Lista dei follower: nascosta. Togli gli account che non conosci.",
  ["Tu ne supprimes rien : ni le compte, ni les messages."] =
    "Non elimini niente: né l'account, né i messaggi.",
  ["L'heure de leur compte à rebours. Maya et toi, vous regardez le téléphone sans rien dire."] =
    "L'ora del loro conto alla rovescia. Tu e Maya fissate il telefono senza dire niente.",
  ["Trois minutes plus tard"] =
    "Tre minuti dopo",
  ["eh"] =
    "ehi",
  ["un compte bizarre vient d'envoyer une image de toi à des gens de la classe"] =
    "un account strano ha appena mandato un'immagine di te a gente della classe",
  ["c'est un montage, ça se voit de loin. je l'ai signalé. on l'a tous signalé"] =
    "è un fotomontaggio, si vede lontano un chilometro. l'ho segnalato. l'abbiamo segnalato tutti",
  ["un compte bizarre vient d'envoyer un truc sur toi à des gens de la classe"] =
    "un account strano ha appena mandato una cosa su di te a gente della classe",
  ["j'ai pas ouvert. je l'ai signalé. ça va ?"] =
    "non l'ho aperta. l'ho segnalata. tutto ok?",
  ["Ça y est. Ils l'ont fait. Alors que j'avais payé."] =
    "Ecco. L'hanno fatto. Anche se avevo pagato.",
  ["Maya te serre l'épaule. « Ok. On sait quoi faire. Il existe des moyens de faire retirer ça. Et regarde Théo : il est de ton côté. »"] =
    "Maya ti stringe la spalla. «Ok. Sappiamo cosa fare. Ci sono modi per farlo rimuovere. E guarda Théo: è dalla tua parte.»",
  ["Rien. Pas de notification, pas de message de Théo. Juste le silence."] =
    "Niente. Nessuna notifica, nessun messaggio di Théo. Solo silenzio.",
  ["« Souvent, ça s'arrête comme ça : ils comptent sur la peur, et ils passent à quelqu'un d'autre. Personne ne peut le promettre. Mais si ça ressort un jour, on saura quoi faire. »"] =
    "«Spesso finisce così: contano sulla paura, e poi passano a qualcun altro. Nessuno può prometterlo. Ma se un giorno salta fuori, sapremo cosa fare.»",
  ["« Maintenant, on va voir maman. »"] =
    "«Adesso andiamo dalla mamma.»",
  ["Ta mère éteint la télé dès qu'elle voit vos têtes. Tu racontes. Maya complète."] =
    "Tua madre spegne la TV appena vede le vostre facce. Racconti. Maya aggiunge il resto.",
  ["Elle ne crie pas. Elle te prend dans ses bras. « Je ne suis pas fâchée contre toi. Je suis fâchée contre eux. »"] =
    "Non urla. Ti abbraccia. «Non sono arrabbiata con te. Sono arrabbiata con loro.»",
  ["« Qu'est-ce qu'on fait maintenant ? »"] =
    "«Cosa facciamo adesso?»",
  ["Signaler à {help.report-authority}"] =
    "Segnala tutto tramite il servizio {help.report-authority}",
  ["Chercher comment faire retirer une image"] =
    "Cerca come far rimuovere un'immagine",
  ["Aller porter plainte demain, avec ta mère"] =
    "Vai a sporgere denuncia domani, con tua madre",
  ["Aller dormir. La police, on verra."] =
    "Vai a dormire. La polizia può aspettare.",
  ["Ta mère et toi signalez à {help.report-authority} les comptes, le lien et le montage, avec les captures."] =
    "Tu e tua madre segnalate gli account, il link e il collage, con gli screenshot, tramite il servizio {help.report-authority}.",
  ["C'est fait pour ça : faire retirer ce qui a été publié, et transmettre aux enquêteurs qui remontent jusqu'aux groupes derrière ces comptes."] =
    "Serve proprio a questo: far rimuovere quello che è stato pubblicato e passare tutto agli investigatori che risalgono ai gruppi dietro questi account.",
  ["La photo que tu as envoyée est encore dans ton téléphone."] =
    "La foto che hai mandato è ancora nel tuo telefono.",
  ["L'image fabriquée est dans tes captures."] =
    "L'immagine inventata è nei tuoi screenshot.",
  ["{help.removal} sert exactement à ça : faire bloquer ou retirer une image intime d'un mineur, sur les plateformes qui participent, sans avoir à la montrer à tes proches."] =
    "Il servizio {help.removal} serve proprio a questo: far bloccare o rimuovere un'immagine intima di un minorenne sulle piattaforme che aderiscono, senza doverla mostrare alle persone intorno a te.",
  ["Et si une image circule sans que tu en aies de copie, la plateforme ou la police peuvent aussi la faire retirer."] =
    "E se un'immagine gira e tu non ne hai una copia, anche la piattaforma o la polizia possono farla rimuovere.",
  ["Il existe des outils. Ce n'est pas sans issue."] =
    "Gli strumenti esistono. Una via d'uscita c'è.",
  ["Le lendemain"] =
    "Il giorno dopo",
  ["Au commissariat, ta mère s'assoit à côté de toi. Tu poses le dossier de captures sur le bureau."] =
    "In commissariato, tua madre si siede accanto a te. Metti sulla scrivania la cartella con gli screenshot.",
  ["L'agente les feuillette, recopie les pseudos, le lien, le moyen de paiement."] =
    "L'agente li sfoglia, ricopia i nomi utente, il link, il metodo di pagamento.",
  ["« Vous êtes la victime, ici. Personne ne va vous arrêter. Ce sont des groupes organisés, loin d'ici. Vous êtes la troisième personne de votre âge que je reçois pour ça ce mois-ci. »"] =
    "«Qui la vittima sei tu. Nessuno ti arresterà. Sono gruppi organizzati, lontani da qui. Sei la terza persona della tua età che vedo per questo, solo questo mese.»",
  ["« Vous avez payé ? Ça arrive très souvent. Vous avez arrêté, c'est ce qui compte. »"] =
    "«Hai pagato? Succede spessissimo. Hai smesso, ed è questo che conta.»",
  ["Tu te couches. Maya laisse sa porte ouverte. Ta mère passe deux fois voir si tu dors."] =
    "Vai a letto. Maya lascia la porta aperta. Tua madre passa due volte a vedere se dormi.",
  ["La plainte peut attendre demain, ou la semaine prochaine : la porte reste ouverte, et les captures sont dans leur dossier."] =
    "La denuncia può aspettare domani, o la settimana prossima: la porta resta aperta, e gli screenshot sono nella loro cartella.",
  ["Quarante minutes. Ça m'a paru une nuit entière."] =
    "Quaranta minuti. Mi è sembrata una notte intera.",
  ["Souffler, enfin"] =
    "Respira, finalmente",
  ["Tu ne réponds plus. Tu ne paies rien."] =
    "Non rispondi più. Non paghi niente.",
  ["Capturer la conversation, puis signaler et bloquer"] =
    "Fai screenshot della chat, poi segnala e blocca",
  ["Bloquer, tout de suite"] =
    "Blocca, subito",
  ["Capturer ce que le nouveau compte envoie, puis le signaler"] =
    "Fai screenshot di quello che manda il nuovo account, poi segnalalo",
  ["Ne plus rien toucher"] =
    "Non toccare più niente",
  ["La conversation a disparu avec le blocage. Il ne te reste rien à montrer."] =
    "La chat è sparita con il blocco. Non ti resta niente da mostrare.",
  ["L'heure de leur compte à rebours. Tu fixes le plafond. Rien ne se passe. Ou alors tu ne le vois pas."] =
    "L'ora del loro conto alla rovescia. Fissi il soffitto. Non succede niente. O forse non lo vedi.",
  ["On frappe. Maya passe la tête par la porte."] =
    "Bussano. Maya si affaccia alla porta.",
  ["« T'as rien mangé ce soir. Ça va ? »"] =
    "«Stasera non hai mangiato niente. Tutto ok?»",
  ["Tout lui raconter"] =
    "Raccontale tutto",
  ["« Ouais, ça va. Juste {fatigué|fatiguée|fatigué·e}. »"] =
    "«Sì, tutto ok. Solo stanc{o|a|ə}.»",
  ["Le faux profil démasqué"] =
    "Il profilo falso smascherato",
  ["Tu as vérifié avant de faire confiance : quatorze amis en commun, mais personne ne la connaissait. Tu as gardé une capture, signalé le faux compte, puis bloqué. Ces profils servent d'appât à des groupes organisés : les repérer tôt évite tout le reste."] =
    "Hai verificato prima di fidarti: quattordici amici in comune, ma nessuno la conosceva. Hai conservato uno screenshot, segnalato l'account falso, poi l'hai bloccato. Questi profili sono esche per gruppi organizzati: riconoscerli presto evita tutto il resto.",
  ["non, personne la connaît. je l'ai signalée, c'est sûrement un faux compte"] =
    "no, nessuno la conosce. l'ho segnalata, è sicuramente un account falso",
  ["ah ouais ? je la bloque aussi alors 👍"] =
    "ah sì? allora la blocco anch'io 👍",
  ["Deux jours plus tard, jade.lmn n'existe plus. D'autres comptes prendront sa place, avec d'autres photos volées."] =
    "Due giorni dopo, jade.lmn non esiste più. Altri account prenderanno il suo posto, con altre foto rubate.",
  ["Mais vérifier avant de faire confiance, tu sais comment faire. Et si un jour l'un d'eux te menace, tu sais que tu peux en parler."] =
    "Ma adesso sai come verificare prima di fidarti. E se un giorno uno di loro ti minaccia, sai che puoi parlarne.",
  ["Payer n'a rien arrêté"] =
    "Pagare non ha fermato niente",
  ["Tu as payé {money paid} pour que ça s'arrête, et chaque paiement a fait grossir la demande suivante : pour le groupe, quelqu'un qui paie peut payer encore. Ce n'est pas ta faute. Arrêter de payer, garder les preuves et en parler restent possibles à tout moment."] =
    "Hai pagato {money paid} perché finisse, e ogni pagamento ha fatto crescere la richiesta successiva: per il gruppo, chi paga può pagare ancora. Non è colpa tua. Smettere di pagare, conservare le prove e parlarne resta possibile in qualsiasi momento.",
  ["Tu as déjà envoyé {money paid}. La nouvelle demande est plus grosse que la première."] =
    "Hai già mandato {money paid}. La nuova richiesta è più alta della prima.",
  ["Si je paie encore, il y en aura une autre. Maintenant, je le sais."] =
    "Se pago ancora, ce ne sarà un'altra. Adesso lo so.",
  ["Tu poses le téléphone. Cette fois, tu ne réponds pas. Tu te lèves, et tu vas frapper à la porte de Maya."] =
    "Posi il telefono. Stavolta non rispondi. Ti alzi e vai a bussare alla porta di Maya.",
  ["Si tu as déjà payé, arrête maintenant : ce n'est pas grave. L'argent envoyé ne t'oblige à rien."] =
    "Se hai già pagato, fermati adesso: non è grave. I soldi mandati non ti obbligano a niente.",
  ["Et il n'est pas trop tard : faire des captures, signaler, bloquer, passer ton compte en privé, en parler, le signaler à la police. Tout ça marche encore."] =
    "E non è troppo tardi: fai screenshot, segnala, blocca, rendi privato il tuo account, parlane, denuncia alla polizia. Tutto questo funziona ancora.",
  ["{Seul|Seule|Seul·e} avec ça, pour l'instant"] =
    "Da sol{o|a|ə} con tutto questo, per ora",
  ["Tu as arrêté de répondre et de payer, mais tu es {resté|restée|resté·e} {seul|seule|seul·e} avec la peur : c'est exactement ce sur quoi comptent les maîtres-chanteurs. Ce n'est pas ta faute. En parler à quelqu'un de confiance, même plus tard, rend tout le reste plus léger."] =
    "Hai smesso di rispondere e di pagare, ma sei rimast{o|a|ə} da sol{o|a|ə} con la paura: è esattamente quello su cui contano i ricattatori. Non è colpa tua. Parlarne con qualcuno di cui ti fidi, anche più tardi, rende tutto il resto più leggero.",
  ["Maya referme la porte doucement. « Je suis à côté, hein. »"] =
    "Maya chiude piano la porta. «Sono qui accanto, eh.»",
  ["Les jours suivants, les messages s'espacent. Tu gardes tout pour toi : le cœur qui saute à chaque notification."] =
    "Nei giorni seguenti i messaggi si diradano. Ti tieni tutto dentro: il cuore che sobbalza a ogni notifica.",
  ["Tes captures sont toujours là. Le jour où tu voudras signaler, elles serviront."] =
    "I tuoi screenshot sono ancora lì. Il giorno in cui vorrai segnalare, serviranno.",
  ["Si la peur prend toute la place, si tu penses à te faire du mal : il y a quelqu'un à qui parler, jour et nuit. Ça va passer, et tu n'as pas à porter ça {seul|seule|seul·e}."] =
    "Se la paura prende tutto lo spazio, se pensi di farti del male: c'è qualcuno con cui parlare, giorno e notte. Passerà, e non devi portare tutto questo da sol{o|a|ə}.",
  ["Il n'y a pas de date limite pour en parler. La porte de Maya est toujours à côté."] =
    "Non c'è una scadenza per parlarne. La porta di Maya è sempre lì accanto.",
  ["Quarante minutes, et après"] =
    "Quaranta minuti, e dopo",
  ["Tu as arrêté de répondre, tu n'as rien payé ni rien envoyé de plus, et tu en as parlé. Avec Maya puis ta mère, tu as gardé les preuves, signalé, bloqué, protégé ton compte. Ce n'est pas ta faute : c'est un groupe organisé qui fait ça à des centaines d'ados. Le compte à rebours est arrivé à zéro, et rien ne s'est passé."] =
    "Hai smesso di rispondere, non hai pagato né mandato altro, e ne hai parlato. Con Maya e poi con tua madre hai conservato le prove, segnalato, bloccato, protetto il tuo account. Non è colpa tua: è un gruppo organizzato che lo fa a centinaia di ragazzi. Il conto alla rovescia è arrivato a zero, e non è successo niente.",
  ["Les jours suivants, {school.at}, tout est normal. Théo te parle du prochain match."] =
    "Nei giorni seguenti, {school.at} è tutto normale. Théo ti parla della prossima partita.",
  ["Trois jours plus tard, jade.lmn n'existe plus."] =
    "Tre giorni dopo, jade.lmn non esiste più.",
  ["Personne ne peut promettre que rien ne ressortira jamais. Mais si ça arrive, tu sais quoi faire : signaler, faire retirer, en parler. Et tu n'es plus {seul|seule|seul·e} à le savoir."] =
    "Nessuno può promettere che non salterà mai fuori niente. Ma se succede, sai cosa fare: segnali, fai rimuovere, ne parli. E non sei più l'unic{o|a|ə} a saperlo.",
  ["Une image qui n'existe pas"] =
    "Un'immagine che non esiste",
  ["Tu n'avais rien envoyé : ils ont fabriqué une image à partir de tes photos publiques. C'était quand même du chantage, et les mêmes étapes ont marché. Ce n'est pas ta faute. Le compte à rebours est arrivé à zéro, et rien ne s'est passé."] =
    "Non avevi mandato niente: hanno fabbricato un'immagine a partire dalle tue foto pubbliche. Era comunque un ricatto, e gli stessi passi hanno funzionato. Non è colpa tua. Il conto alla rovescia è arrivato a zero, e non è successo niente.",
  ["À la récré, tu racontes tout à Théo. Il écarquille les yeux."] =
    "All'intervallo racconti tutto a Théo. Sgrana gli occhi.",
  ["attends. elle m'a fait le coup de la photo à moi aussi hier"] =
    "aspetta. ieri ha fatto il giochetto della foto anche con me",
  ["j'ai rien répondu. je la signale aussi. merci de m'avoir dit"] =
    "non le ho risposto. la segnalo anch'io. grazie di avermelo detto",
  ["« Personne ne te croira », disaient-ils. Maya t'a {cru|crue|cru·e}. Ta mère aussi. Et Théo."] =
    "«Nessuno ti crederà», dicevano. Maya ti ha creduto. Tua madre anche. E Théo.",
  ["Personne ne peut promettre qu'une image pareille ne ressortira jamais. Mais si ça arrive : signaler, faire retirer, en parler. Ça marche."] =
    "Nessuno può promettere che un'immagine del genere non salterà mai più fuori. Ma se succede: segnala, fai rimuovere, parlane. Funziona.",
  ["Même après l'envoi, ça se répare"] =
    "Anche dopo l'invio, si può rimediare",
  ["Tu avais payé {money paid}, et ils ont quand même envoyé quelque chose à quelques abonnés, pour réclamer plus : payer ne protège de rien. Ce n'est pas ta faute. Tu as arrêté de payer, tu en as parlé, et les signalements, le retrait et l'aide ont marché : le contenu a été retiré, et tes amis sont restés de ton côté."] =
    "Avevi pagato {money paid}, e hanno comunque mandato qualcosa a qualche follower, per chiedere di più: pagare non protegge da niente. Non è colpa tua. Hai smesso di pagare, ne hai parlato, e le segnalazioni, la rimozione e l'aiuto hanno funzionato: il contenuto è stato rimosso, e i tuoi amici sono rimasti dalla tua parte.",
  ["Quatre jours plus tard"] =
    "Quattro giorni dopo",
  ["Le compte qui a envoyé le message a été fermé. Ce qu'il avait envoyé a été retiré."] =
    "L'account che aveva mandato il messaggio è stato chiuso. Quello che aveva mandato è stato rimosso.",
  ["Personne {school.at} n'a cru à l'image. Théo a juste dit : « un montage tout pourri, et du chantage. c'est eux les coupables »."] =
    "Nessuno {school.at} ha creduto all'immagine. Théo ha solo detto: «un fotomontaggio fatto malissimo, e un ricatto. i colpevoli sono loro»",
  ["« Personne ne te croira », disaient-ils. Tout le monde t'a {cru|crue|cru·e}."] =
    "«Nessuno ti crederà», dicevano. Ti hanno creduto tutti.",
  ["Théo a dit à ceux qui en parlaient {school.at} : « c'est du chantage, c'est eux les coupables ». Personne n'a insisté."] =
    "Théo ha detto a chi ne parlava {school.at}: «è un ricatto, i colpevoli sono loro». Nessuno ha insistito.",
  ["on va au match samedi ? 🤾"] =
    "partita sabato? 🤾",
  ["Ça fait encore mal, certains soirs. Mais tu n'es pas {seul|seule|seul·e}, et ça s'est réparé plus vite que tu ne le croyais."] =
    "Certe sere fa ancora male. Ma non sei sol{o|a|ə}, e si è sistemato più in fretta di quanto pensassi.",
  ["Si ça ressort un jour : signaler, faire retirer, en parler. Ça marche encore."] =
    "Se un giorno salta fuori: segnala, fai rimuovere, parlane. Funziona ancora.",
  ["Le profil de Jade : quatorze amis en commun"] =
    "Il profilo di Jade: quattordici amici in comune",
  ["21:42 : l'image fabriquée (rien n'a été envoyé)"] =
    "21:42: l'immagine falsa (non è stato mandato niente)",
  ["21:43 : le compte à rebours, la panique"] =
    "21:43: il conto alla rovescia, il panico",
  ["« Personne va te croire »"] =
    "«Nessuno ti crederà»",
}
