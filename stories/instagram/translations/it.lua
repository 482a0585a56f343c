-- Traduzione italiana di stories/instagram/story.lua.
-- Le chiavi sono i testi originali francesi, identici (docs/story-language.md).
-- Forme {m|f|x}: maschile, femminile, neutro con lo schwa (ə), come spiegato
-- in docs/story-language.md.

translation "it" {
  ["Un faux appel vidéo sur Instagram"] =
    "Una finta videochiamata su Instagram",
  ["Une personne rencontrée en ligne fait du chantage avec un enregistrement intime. Rien d'explicite n'est montré."] =
    "Una persona conosciuta online ricatta con una registrazione intima. Non viene mostrato niente di esplicito.",
  ["{name}, 19 ans. Deuxième année de fac, et le week-end, des heures au ciné Lumière pour payer le loyer."] =
    "{name}, 19 anni. Secondo anno di università e, nel weekend, ore al cinema Lumière per pagare l'affitto.",
  ["Jeudi soir. Tu fais défiler Instagram avant de dormir."] =
    "Giovedì sera. Scorri Instagram prima di dormire.",
  ["clara.vbs souhaite vous envoyer un message"] =
    "clara.vbs vuole inviarti un messaggio",
  ["coucou 😊"] =
    "ciaoo 😊",
  ["désolée de t'écrire comme ça, je suis tombée sur ton profil en cherchant des gens du coin"] =
    "scusa se ti scrivo così, ho trovato il tuo profilo cercando gente della zona",
  ["t'as un sourire qui donne envie de discuter 🙈"] =
    "hai un sorriso che fa venire voglia di chiacchierare 🙈",
  ["Une inconnue. Sur la photo de profil : une fille brune, un grand sourire, un coucher de soleil derrière elle."] =
    "Una sconosciuta. Nella foto profilo: una ragazza mora, un gran sorriso, un tramonto alle spalle.",
  ["Ça fait plaisir, quand même."] =
    "Però fa piacere.",
  ["Répondre"] =
    "Rispondi",
  ["haha merci 😄 on se connaît ?"] =
    "haha grazie 😄 ci conosciamo?",
  ["Regarder son profil avant de répondre"] =
    "Guarda il suo profilo prima di rispondere",
  ["Ne pas répondre"] =
    "Non rispondere",
  ["Le lendemain"] =
    "Il giorno dopo",
  ["tu m'ignores ? 🥺"] =
    "mi ignori? 🥺",
  ["Un selfie en terrasse : lunettes de soleil sur la tête, un café à la main"] =
    "Un selfie al tavolino di un bar: occhiali da sole sulla testa, un caffè in mano",
  ["je voulais juste discuter… je connais presque personne ici depuis que j'ai déménagé"] =
    "volevo solo chiacchierare… da quando mi sono trasferita qui non conosco quasi nessuno",
  ["Elle a l'air un peu seule. Et plutôt sympa."] =
    "Sembra un po' sola. E piuttosto simpatica.",
  ["Lui répondre, finalement"] =
    "Alla fine, rispondi",
  ["{désolé|désolée|désolé·e}, j'avais pas vu ! tu viens d'où ?"] =
    "scusa, non l'avevo visto! di dove sei?",
  ["Regarder d'abord son profil"] =
    "Prima guarda il suo profilo",
  ["Tu ouvres le profil de clara.vbs."] =
    "Apri il profilo di clara.vbs.",
  ["« Clara · 21 ans · étudiante en droit 🌸 ». 2 340 abonnés. Onze publications, toutes mises en ligne la même semaine."] =
    "«Clara · 21 anni · studentessa di giurisprudenza 🌸». 2.340 follower. Undici post, tutti pubblicati nella stessa settimana.",
  ["Personne d'autre n'est identifié sur ses photos. Sous chaque post, des commentaires d'hommes, des flammes, des cœurs. Elle ne répond jamais."] =
    "Nessun altro è taggato nelle sue foto. Sotto ogni post, commenti di uomini, fiamme, cuori. Lei non risponde mai.",
  ["Aucun ami en commun."] =
    "Nessun amico in comune.",
  ["Bon. C'est peut-être juste un compte récent. Ou pas."] =
    "Vabbè. Magari è solo un profilo nuovo. O forse no.",
  ["Qu'est-ce qui, dans ce profil, pourrait mettre la puce à l'oreille ? Et qu'est-ce qui n'a rien d'anormal ?"] =
    "Che cosa, in questo profilo, potrebbe far nascere un sospetto? E che cosa invece è del tutto normale?",
  ["Faire une recherche d'image inversée avec sa photo"] =
    "Fai una ricerca inversa per immagini con la sua foto",
  ["Ça a l'air normal. Répondre."] =
    "Sembra tutto normale. Rispondi.",
  ["hello 😊 merci ! on se connaît ?"] =
    "ciao 😊 grazie! ci conosciamo?",
  ["Capture de sa photo de profil, recherche d'image inversée."] =
    "Uno screenshot della sua foto profilo, una ricerca inversa per immagini.",
  ["Premier résultat : la même photo, le même coucher de soleil, publiée il y a deux ans par giulia.viaggia, une influenceuse voyage italienne suivie par 84 000 personnes."] =
    "Primo risultato: la stessa foto, lo stesso tramonto, pubblicata due anni fa da julia.viaja, un'influencer spagnola di viaggi seguita da 84.000 persone.",
  ["Ses autres photos aussi. Toutes."] =
    "Anche le altre sue foto. Tutte.",
  ["Ce ne sont pas ses photos. Ce sont celles de quelqu'un d'autre."] =
    "Non sono foto sue. Sono di qualcun altro.",
  ["Capturer le profil, le signaler comme faux compte, puis le bloquer"] =
    "Fai screenshot del profilo, segnalalo come falso, poi bloccalo",
  ["Lui demander une explication"] =
    "Chiedile una spiegazione",
  ["euh… tes photos sont sur le compte d'une influenceuse italienne. c'est toi ?"] =
    "ehm… le tue foto sono sul profilo di un'influencer spagnola. sei tu?",
  ["ahah oui c'est moi 🙈 c'est mon ancien compte, je l'utilise plus, trop de relous là-bas"] =
    "ahah sì sono io 🙈 è il mio vecchio profilo, non lo uso più, troppi molesti lì",
  ["ici c'est mon compte perso, pour les vrais gens 😊"] =
    "questo è il mio profilo personale, per le persone vere 😊",
  ["tu fais ton enquête ? c'est mignon"] =
    "stai indagando su di me? che carino",
  ["Ça se tient… un peu. Plein de gens ont deux comptes."] =
    "Ha senso… più o meno. Un sacco di gente ha due profili.",
  ["Mais l'autre compte s'appelle Giulia. Et elle écrit en italien."] =
    "Ma l'altro profilo si chiama Julia. E scrive in spagnolo.",
  ["Laisser tomber le doute et continuer"] =
    "Lascia perdere il dubbio e vai avanti",
  ["Lui demander une preuve que c'est bien elle"] =
    "Chiedile una prova che sia davvero lei",
  ["prouve-le 😄 envoie une photo avec mon prénom écrit sur ta main"] =
    "dimostralo 😄 mandami una foto con il mio nome scritto sulla mano",
  ["t'es {sérieux|sérieuse|sérieux·se} ? 😅"] =
    "dici sul serio? 😅",
  ["ok attends"] =
    "ok aspetta",
  ["Une photo un peu floue : une main, « {name} » écrit au stylo sur la paume. Pas de visage."] =
    "Una foto un po' sfocata: una mano, «{name}» scritto a penna sul palmo. Niente viso.",
  ["bref, {convaincu|convaincue|convaincu·e} ? 😂"] =
    "allora, convint{o|a|ə}? 😂",
  ["Une main. N'importe qui peut écrire un prénom sur une main."] =
    "Una mano. Chiunque può scrivere un nome su una mano.",
  ["Ça te suffit : continuer la conversation"] =
    "Ti basta: continua a chiacchierare",
  ["Une capture du profil, une autre des photos d'origine. Puis : Signaler › Faux compte › Se fait passer pour quelqu'un d'autre. Bloquer."] =
    "Uno screenshot del profilo, un altro delle foto originali. Poi: Segnala › Account falso › Finge di essere un'altra persona. Blocca.",
  ["Merci. Nous examinerons votre signalement."] =
    "Grazie. Esamineremo la tua segnalazione.",
  ["t'es encore debout ? je viens de voir le film le plus nul de l'année"] =
    "sei ancora svegli{o|a|ə}? ho appena visto il film più brutto dell'anno",
  ["Raconter à Robin l'histoire du faux profil"] =
    "Racconta a Robin la storia del profilo falso",
  ["attends, il m'est arrivé un truc chelou ce soir"] =
    "aspetta, stasera mi è successa una cosa strana",
  ["Parler du film et passer à autre chose"] =
    "Parla del film e pensa ad altro",
  ["raconte 😂"] =
    "racconta 😂",
  ["😊 je suis nouvelle dans la région, je connais presque personne ici"] =
    "😊 sono nuova della zona, non conosco quasi nessuno",
  ["et toi, tu fais quoi dans la vie ? t'as l'air {passionné|passionnée|passionné·e} par plein de trucs"] =
    "e tu, cosa fai nella vita? sembri appassionat{o|a|ə} di un sacco di cose",
  ["Les jours suivants"] =
    "I giorni seguenti",
  ["Vous vous écrivez tous les soirs. Elle pose des questions, se souvient de tout, rit à tes blagues."] =
    "Vi scrivete tutte le sere. Lei fa domande, si ricorda tutto, ride alle tue battute.",
  ["j'adore te parler, t'es pas comme les autres"] =
    "adoro parlare con te, non sei come gli altri",
  ["j'ai montré ta photo à ma coloc, elle dit que j'ai de la chance 🙈"] =
    "ho fatto vedere la tua foto alla mia coinquilina, dice che sono fortunata 🙈",
  ["Ça fait longtemps que personne ne m'a parlé comme ça."] =
    "È da tanto che nessuno mi parlava così.",
  ["au fait tu bosses où ? et ajoute-moi sur facebook, je veux tout savoir de toi 😏"] =
    "a proposito, dove lavori? e aggiungimi su facebook, voglio sapere tutto di te 😏",
  ["Lui dire où tu travailles et lui donner ton Facebook"] =
    "Dille dove lavori e dalle il tuo Facebook",
  ["je bosse au ciné Lumière le week-end 😄 je t'envoie mon facebook"] =
    "lavoro al cinema Lumière nel weekend 😄 ti mando il mio facebook",
  ["Rester vague pour l'instant"] =
    "Per ora resta sul vago",
  ["haha secret 😄 je suis à la fac, c'est déjà pas mal"] =
    "haha segreto 😄 vado all'università, è già qualcosa",
  ["le ciné Lumière ! je passerai te faire coucou 😍"] =
    "il cinema Lumière! passerò a salutarti 😍",
  ["c'est bon je t'ai {trouvé|trouvée|trouvé·e} sur facebook. t'es encore plus {mignon|mignonne|mignon·ne} en vrai"] =
    "fatto, ti ho {trovato|trovata|trovatə} su facebook. dal vivo sei ancora più carin{o|a|ə}",
  ["{mystérieux|mystérieuse|mystérieux·se}… ça me plaît 😏"] =
    "misterios{o|a|ə}… mi piace 😏",
  ["Vendredi soir"] =
    "Venerdì sera",
  ["La conversation glisse. Les compliments deviennent plus appuyés, les sous-entendus plus nombreux."] =
    "La conversazione scivola. I complimenti si fanno più spinti, i sottintesi più frequenti.",
  ["Une photo d'elle devant un miroir, en tenue légère, le visage à moitié caché par son téléphone"] =
    "Una sua foto davanti a uno specchio, vestita in modo succinto, il viso mezzo nascosto dal telefono",
  ["je t'ai montré… à toi maintenant 🙈"] =
    "io te l'ho fatta vedere… adesso tocca a te 🙈",
  ["sinon je vais croire que je te plais pas"] =
    "se no penserò che non ti piaccio",
  ["Elle m'a envoyé une photo. Si je ne fais rien, elle va le prendre mal."] =
    "Mi ha mandato una foto. Se non faccio niente, se la prenderà.",
  ["Envoyer une photo de toi, plus intime"] =
    "Mandale una tua foto, più intima",
  ["Dire que tu n'es pas {prêt|prête|prêt·e} pour ça"] =
    "Dille che non te la senti ancora",
  ["pas tout de suite 😅 j'aime bien prendre mon temps"] =
    "non subito 😅 mi piace prendermi il mio tempo",
  ["Proposer plutôt un appel vidéo, pour voir si c'est bien elle"] =
    "Proponi piuttosto una videochiamata, per vedere se è davvero lei",
  ["et si on s'appelait en vidéo ? j'aimerais bien te voir pour de vrai"] =
    "e se ci facessimo una videochiamata? mi piacerebbe vederti davvero",
  ["Une photo de toi dans ta chambre, plus intime que tout ce que tu publies. Ton visage n'y est pas."] =
    "Una tua foto in camera, più intima di qualsiasi cosa tu pubblichi. Il tuo viso non c'è.",
  ["🔥🔥🔥"] =
    "🔥🔥🔥",
  ["demain soir, appel vidéo ? j'ai trop envie de te voir"] =
    "domani sera videochiamata? ho troppa voglia di vederti",
  ["ok ok 🙄 t'es timide"] =
    "ok ok 🙄 sei timid{o|a|ə}",
  ["alors demain soir, un appel vidéo ? juste pour se voir, promis 😇"] =
    "allora domani sera una videochiamata? solo per vederci, promesso 😇",
  ["grave ! demain soir ? ma coloc sera pas là 😏"] =
    "assolutamente! domani sera? la mia coinquilina non c'è 😏",
  ["Samedi"] =
    "Sabato",
  ["t'es là ? 😇"] =
    "ci sei? 😇",
  ["Appel vidéo entrant · clara.vbs"] =
    "Videochiamata in arrivo · clara.vbs",
  ["Elle apparaît à l'écran. Elle sourit, replace une mèche de cheveux, fait un petit signe. L'image est un peu granuleuse."] =
    "Appare sullo schermo. Sorride, si sistema una ciocca di capelli, fa un piccolo cenno con la mano. L'immagine è un po' sgranata.",
  ["Pas de son."] =
    "Niente audio.",
  ["mon micro marche pas 😩 on s'écrit à côté ?"] =
    "il microfono non mi va 😩 intanto ci scriviamo?",
  ["C'est bien elle. Enfin… on dirait."] =
    "È proprio lei. Cioè… sembra.",
  ["Lui demander de lever la main"] =
    "Chiedile di alzare la mano",
  ["lève la main si c'est vraiment toi 😄"] =
    "alza la mano se sei davvero tu 😄",
  ["Lui demander d'écrire ton prénom sur une feuille"] =
    "Chiedile di scrivere il tuo nome su un foglio",
  ["écris mon prénom sur une feuille et montre-la à la caméra 😄"] =
    "scrivi il mio nome su un foglio e mostralo alla videocamera 😄",
  ["Continuer : un micro en panne, ça arrive"] =
    "Vai avanti: un microfono rotto, capita",
  ["Deux secondes. Trois. Puis elle lève la main en riant."] =
    "Due secondi. Tre. Poi alza la mano ridendo.",
  ["{content|contente|content·e} ? 😂"] =
    "content{o|a|ə}? 😂",
  ["Ok. C'est bien elle, en direct."] =
    "Ok. È proprio lei, in diretta.",
  ["Sur l'écran, elle replace la même mèche de cheveux. Fait le même petit signe."] =
    "Sullo schermo, si sistema la stessa ciocca di capelli. Fa lo stesso piccolo cenno.",
  ["haha t'es bizarre 😅 j'ai pas de stylo"] =
    "haha sei stran{o|a|ə} 😅 non ho una penna",
  ["regarde-moi plutôt 😘"] =
    "guarda me, piuttosto 😘",
  ["Sur l'écran, elle replace une mèche de cheveux. Fait un petit signe. Sourit."] =
    "Sullo schermo, si sistema una ciocca di capelli. Fa un piccolo cenno. Sorride.",
  ["Exactement comme au début de l'appel. Au même rythme, au même moment."] =
    "Esattamente come all'inizio della chiamata. Stesso ritmo, stesso momento.",
  ["On dirait… une boucle. Une vidéo qui recommence."] =
    "Sembra… un loop. Un video che ricomincia.",
  ["Raccrocher"] =
    "Riattacca",
  ["Rester encore un peu : c'est peut-être la connexion"] =
    "Resta ancora un po': forse è la connessione",
  ["De l'autre côté de l'écran, quelqu'un enregistre. Tu ne le vois pas."] =
    "Dall'altra parte dello schermo qualcuno sta registrando. Tu non lo vedi.",
  ["tu me plais tellement"] =
    "mi piaci così tanto",
  ["montre-moi plus… c'est toi que je veux voir 😏"] =
    "fammi vedere di più… sei tu che voglio vedere 😏",
  ["personne saura, c'est juste entre nous"] =
    "nessuno lo saprà, resta tra noi",
  ["Mon cœur bat vite. C'est flatteur, c'est excitant. Et ça va un peu vite."] =
    "Il cuore mi batte forte. È lusinghiero, è eccitante. E sta andando un po' troppo in fretta.",
  ["Dire non et raccrocher"] =
    "Di' di no e riattacca",
  ["non, pas comme ça. bonne nuit"] =
    "no, non così. buonanotte",
  ["Dire que ça va trop vite"] =
    "Di' che sta andando troppo in fretta",
  ["attends, ça va un peu vite pour moi"] =
    "aspetta, per me sta andando un po' troppo in fretta",
  ["Te laisser porter"] =
    "Lasciati andare",
  ["🥺 je croyais que je te plaisais"] =
    "🥺 credevo di piacerti",
  ["moi aussi je suis gênée tu sais… on le fait ensemble ?"] =
    "anch'io mi vergogno un po' sai… lo facciamo insieme?",
  ["sinon je raccroche et tu me reverras plus jamais"] =
    "se no riattacco e non mi rivedi mai più",
  ["Si je dis non, elle part. Et si je dis oui…"] =
    "Se dico di no, se ne va. E se dico di sì…",
  ["Raccrocher quand même"] =
    "Riattacca lo stesso",
  ["{désolé|désolée|désolé·e}, pas ce soir"] =
    "scusa, non stasera",
  ["Rester, pour ne pas la perdre"] =
    "Resta, per non perderla",
  ["L'appel continue."] =
    "La chiamata continua.",
  ["Appel terminé · 37 min"] =
    "Chiamata terminata · 37 min",
  ["Un drôle de mélange : un peu {gêné|gênée|gêné·e}, un peu sur un nuage."] =
    "Uno strano miscuglio: un po' d'imbarazzo, un po' al settimo cielo.",
  ["regarde ça"] =
    "guarda qua",
  ["Une vidéo de 12 secondes : l'enregistrement de ton appel. Ton visage, bien net."] =
    "Un video di 12 secondi: la registrazione della tua chiamata. La tua faccia, nitidissima.",
  ["on a tout enregistré. ton visage aussi."] =
    "abbiamo registrato tutto. anche la tua faccia.",
  ["Une capture d'écran : la liste de tes abonnés. Ta sœur, ta cousine, tes amis de la fac, Robin."] =
    "Uno screenshot: la lista dei tuoi follower. Tua sorella, tua cugina, gli amici dell'università, Robin.",
  ["Une autre capture : la page Facebook du ciné Lumière, et tes collègues identifiés dessus"] =
    "Un altro screenshot: la pagina Facebook del cinema Lumière, con i tuoi colleghi taggati",
  ["et tes collègues du ciné. ton patron aussi."] =
    "e i tuoi colleghi del cinema. anche il tuo capo.",
  ["⏳ 30:00"] =
    "⏳ 30:00",
  ["Non. Non, non, non."] =
    "No. No, no, no.",
  ["Elle avait levé la main… C'était donc déjà une vidéo ?"] =
    "Aveva alzato la mano… Quindi era già un video?",
  ["Oui : une main levée fait partie des gestes que ces groupes ont déjà en vidéo. Tu as essayé de vérifier ; ce sont eux qui trichaient."] =
    "Sì: una mano alzata è uno dei gesti che questi gruppi hanno già registrati. Tu hai provato a verificare; erano loro a imbrogliare.",
  ["Le micro « en panne », la main levée au bon moment : qu'est-ce que ça prouvait, et qu'est-ce que ça ne prouvait pas ?"] =
    "Il microfono «rotto», la mano alzata al momento giusto: che cosa dimostravano, e che cosa no?",
  ["Un appel vidéo peut être une vidéo préenregistrée : l'excuse du micro évite de parler, et une main levée fait partie des gestes que ces groupes ont déjà en vidéo. Un geste imprévisible (écrire un prénom, toucher son oreille gauche) est plus difficile à truquer, mais rien ne remplace le fait de prendre son temps. Insister sur ce point : ce n'est pas la faute de la personne piégée ; en face, ce sont des professionnels."] =
    "Una videochiamata può essere un video registrato prima: la scusa del microfono evita di parlare, e una mano alzata è uno dei gesti che questi gruppi hanno già registrati. Un gesto imprevedibile (scrivere un nome, toccarsi l'orecchio sinistro) è più difficile da falsificare, ma niente sostituisce il prendersi tempo. Insistere su questo punto: non è colpa di chi è caduto nella trappola; dall'altra parte ci sono professionisti.",
  ["Appel terminé · 4 min"] =
    "Chiamata terminata · 4 min",
  ["Bon. C'était bizarre."] =
    "Vabbè. È stato strano.",
  ["pourquoi tu raccroches ?"] =
    "perché riattacchi?",
  ["pas grave. on a ce qu'il faut."] =
    "non importa. abbiamo quello che ci serve.",
  ["Une capture de l'appel : ton visage, bien net, éclairé par l'écran"] =
    "Uno screenshot della chiamata: la tua faccia, nitidissima, illuminata dallo schermo",
  ["Et la photo que tu lui as envoyée hier soir"] =
    "E la foto che le hai mandato ieri sera",
  ["avec ça et un petit montage, personne verra la différence."] =
    "con questo e un piccolo montaggio, nessuno vedrà la differenza.",
  ["avec ta tête et un montage, personne verra la différence."] =
    "con la tua faccia e un montaggio, nessuno vedrà la differenza.",
  ["et tes collègues du ciné. on a trouvé la page."] =
    "e i tuoi colleghi del cinema. abbiamo trovato la pagina.",
  ["Mais… il ne s'est rien passé. Ils peuvent vraiment faire ça ?"] =
    "Ma… non è successo niente. Possono davvero farlo?",
  ["Le téléphone vibre encore. Tu n'arrives plus à penser."] =
    "Il telefono vibra ancora. Non riesci più a pensare.",
  ["À ce moment-là, qu'est-ce qui rend si difficile d'en parler à quelqu'un ?"] =
    "In quel momento, che cosa rende così difficile parlarne con qualcuno?",
  ["Laisser venir : la honte, la peur d'être jugé·e, la peur des conséquences, l'impression d'être seul·e au monde. Dans la source, c'est la honte et la peur qui ont empêché la victime de signaler. Rappeler que le chantage compte justement sur ce silence, et qu'une conversation intime n'a rien de mal en soi. Ne jamais demander à un élève de parler de sa propre vie."] =
    "Lasciar venire le risposte: la vergogna, la paura di essere giudicati, la paura delle conseguenze, la sensazione di essere soli al mondo. Nella fonte, sono state la vergogna e la paura a impedire alla vittima di denunciare. Ricordare che il ricatto conta proprio su questo silenzio, e che una conversazione intima non ha niente di sbagliato in sé. Non chiedere mai a uno studente di parlare della propria vita.",
  ["« C'est ma faute. Comment j'ai pu y croire ? »"] =
    "«È colpa mia. Come ho fatto a crederci?»",
  ["« Tout le monde va voir. Ma famille. Mes collègues. »"] =
    "«Lo vedranno tutti. La mia famiglia. I miei colleghi.»",
  ["« Je ne sais plus quoi faire. Je ne comprends plus rien. »"] =
    "«Non so più cosa fare. Non capisco più niente.»",
  ["Ce n'est pas ta faute. En face, il y a un groupe organisé qui fait ça tous les jours, à des centaines de personnes, avec des scripts et de fausses vidéos."] =
    "Non è colpa tua. Dall'altra parte c'è un gruppo organizzato che lo fa tutti i giorni, a centinaia di persone, con copioni e video falsi.",
  ["Avoir une conversation intime avec quelqu'un qui te plaît n'a rien de mal. Ce qui est interdit, c'est leur chantage."] =
    "Avere una conversazione intima con qualcuno che ti piace non ha niente di sbagliato. Quello che è vietato dalla legge è il loro ricatto.",
  ["Cette peur est normale : c'est exactement celle qu'ils cherchent à provoquer."] =
    "Questa paura è normale: è proprio quella che cercano di provocare.",
  ["Le compte à rebours est là pour t'empêcher de réfléchir. Tu as plus de temps que ce que dit leur minuteur."] =
    "Il conto alla rovescia serve a impedirti di pensare. Hai più tempo di quello che dice il loro timer.",
  ["Être {désorienté|désorientée|désorienté·e}, c'est normal. Personne ne sait quoi faire la première fois."] =
    "Sentirsi smarriti è normale. Nessuno sa cosa fare la prima volta.",
  ["Tu n'as pas besoin de tout régler cette nuit. Une chose à la fois."] =
    "Non devi risolvere tutto stanotte. Una cosa alla volta.",
  ["⏳ 24:00"] =
    "⏳ 24:00",
  ["tu réponds ou on envoie ?"] =
    "rispondi o mandiamo?",
  ["J'ai peur de payer pour rien. Et j'ai peur de ne pas payer."] =
    "Ho paura di pagare per niente. E ho paura di non pagare.",
  ["Payer, pour que ça s'arrête"] =
    "Paga, perché finisca",
  ["Leur répondre, essayer de négocier"] =
    "Rispondi, prova a trattare",
  ["attendez. je suis {étudiant|étudiante|étudiant·e}, j'ai pas cet argent"] =
    "aspettate. studio ancora, non ho quei soldi",
  ["Tout bloquer et tout effacer, tout de suite"] =
    "Blocca tutto e cancella tutto, subito",
  ["Ne plus répondre. Respirer."] =
    "Non rispondere più. Respira.",
  ["pas d'argent ? pas grave."] =
    "niente soldi? nessun problema.",
  ["tu refais une vidéo. plus longue. maintenant. et on efface tout."] =
    "rifai un video. più lungo. adesso. e cancelliamo tutto.",
  ["Ils effaceraient tout ? Vraiment ?"] =
    "Cancellerebbero tutto? Davvero?",
  ["Faire ce qu'ils demandent, si ça peut tout effacer"] =
    "Fai quello che chiedono, se così cancellano tutto",
  ["Payer une partie, pour gagner du temps"] =
    "Paga una parte, per guadagnare tempo",
  ["Arrêter de leur répondre"] =
    "Smetti di rispondere",
  ["Tu rallumes la caméra. Tu fais ce qu'ils demandent, en voulant être n'importe où ailleurs."] =
    "Riaccendi la videocamera. Fai quello che chiedono, desiderando di essere ovunque tranne che lì.",
  ["merci pour le bonus 😂"] =
    "grazie per il bonus 😂",
  ["maintenant on a deux vidéos."] =
    "adesso abbiamo due video.",
  ["Ils n'ont rien effacé. Ils en ont juste plus."] =
    "Non hanno cancellato niente. Ne hanno solo di più.",
  ["Envoyer plus ne les arrête pas : ça leur donne plus de prise. Tu peux t'arrêter là, maintenant."] =
    "Mandare altro non li ferma: dà loro più potere su di te. Puoi fermarti qui, adesso.",
  ["Leur obéir encore, pour qu'ils effacent"] =
    "Obbedisci ancora, perché cancellino",
  ["Arrêter. Ne plus rien envoyer, ne plus répondre."] =
    "Basta. Non mandare più niente, non rispondere più.",
  ["⏳ 18:00"] =
    "⏳ 18:00",
  ["Si je paie, ils arrêtent. Non ?"] =
    "Se pago, smettono. No?",
  ["Ne pas payer"] =
    "Non pagare",
  ["reçu 🙂"] =
    "ricevuto 🙂",
  ["tu vois que tu peux payer."] =
    "vedi che puoi pagare.",
  ["Payer n'a rien arrêté. Ça leur a juste montré que je paie."] =
    "Pagare non ha fermato niente. Gli ha solo fatto vedere che pago.",
  ["Si tu as déjà payé, tu peux t'arrêter maintenant. Ce n'est pas grave."] =
    "Se hai già pagato, puoi fermarti adesso. Va bene così.",
  ["Pourquoi payer n'arrête presque jamais ce genre de chantage ?"] =
    "Perché pagare non ferma quasi mai questo tipo di ricatto?",
  ["Pour le groupe, quelqu'un qui paie est quelqu'un qui peut payer encore : les demandes reviennent, souvent plus fortes (la victime de la source a payé une partie « pour gagner du temps », et les demandes sont restées très élevées). Aux États-Unis, parmi les victimes qui avaient payé, plus d'une sur quatre a continué d'être menacée (NCMEC). Dire clairement : si on a déjà payé, on peut arrêter maintenant, et ce n'est pas grave."] =
    "Per il gruppo, chi paga è qualcuno che può pagare ancora: le richieste tornano, spesso più alte (la vittima della fonte ha pagato una parte «per guadagnare tempo», e le richieste sono rimaste altissime). Negli Stati Uniti, tra le vittime che avevano pagato, più di una su quattro ha continuato a essere minacciata (NCMEC). Dirlo chiaramente: se si è già pagato, si può smettere adesso, e va bene così.",
  ["Payer encore, en empruntant s'il le faut"] =
    "Paga ancora, anche facendoti prestare i soldi",
  ["Arrêter là. Ne plus répondre."] =
    "Fermati qui. Niente più risposte.",
  ["bien."] =
    "bene.",
  ["Bloquer. Supprimer la conversation. Confirmer."] =
    "Blocca. Elimina la conversazione. Conferma.",
  ["En trois gestes, tout a disparu : le pseudo, les messages, la vidéo qu'ils t'ont envoyée, le compte à rebours."] =
    "In tre tocchi è sparito tutto: il nome utente, i messaggi, il video che ti hanno mandato, il conto alla rovescia.",
  ["Voilà. C'est fini. Non ?"] =
    "Ecco. È finita. No?",
  ["Une minute plus tard, une nouvelle demande de message. Un compte sans photo : n0tice.2291."] =
    "Un minuto dopo, una nuova richiesta di messaggio. Un account senza foto: n0tice.2291.",
  ["tu crois que bloquer suffit ? on est plusieurs."] =
    "pensi che basti bloccare? siamo in tanti.",
  ["on a déjà ta liste d'abonnés."] =
    "abbiamo già la lista dei tuoi follower.",
  ["Et je n'ai plus rien. Pas une capture. Même pas leur ancien pseudo."] =
    "E io non ho più niente. Neanche uno screenshot. Neanche il loro vecchio nome utente.",
  ["Supprimer ton compte Instagram, pour qu'ils ne te trouvent plus"] =
    "Elimina il tuo account Instagram, così non ti trovano più",
  ["Passer ton compte en privé et cacher ta liste d'abonnés"] =
    "Rendi privato il tuo account e nascondi la lista dei follower",
  ["Reprendre ton souffle avant de toucher à autre chose"] =
    "Riprendi fiato prima di toccare qualsiasi altra cosa",
  ["Paramètres › Compte › Supprimer le compte. Tu confirmes deux fois."] =
    "Impostazioni › Account › Elimina account. Confermi due volte.",
  ["Ton compte disparaît, et avec lui tes messages : tout ce qui aurait pu servir de preuve."] =
    "Il tuo account sparisce, e con lui i tuoi messaggi: tutto quello che avrebbe potuto servire come prova.",
  ["Au moins, ils ne peuvent plus m'écrire ici."] =
    "Almeno qui non possono più scrivermi.",
  ["Mais ils ont déjà ta liste d'abonnés. Et ton prénom."] =
    "Ma hanno già la lista dei tuoi follower. E il tuo nome.",
  ["Paramètres › Confidentialité › Compte privé. Tu retires leur compte de tes abonnés."] =
    "Impostazioni › Privacy › Account privato. Rimuovi il loro account dai tuoi follower.",
  ["Ton compte existe toujours, tes messages aussi : tu ne supprimes rien. Mais pour un inconnu, il n'y a plus rien à voir, ni tes photos, ni la liste de tes abonnés."] =
    "Il tuo account esiste ancora, e anche i tuoi messaggi: non cancelli niente. Ma per uno sconosciuto non c'è più niente da vedere, né le tue foto né la lista dei tuoi follower.",
  ["Ils en ont peut-être déjà une copie. Mais ils n'auront rien de plus."] =
    "Forse ne hanno già una copia. Ma non avranno niente di più.",
  ["Tu poses le téléphone sur le lit, écran contre le drap. Tu ne réponds pas."] =
    "Appoggi il telefono sul letto, con lo schermo contro il lenzuolo. Non rispondi.",
  ["Il vibre. Encore. Encore."] =
    "Vibra. Ancora. Ancora.",
  ["tu crois qu'on rigole ?"] =
    "pensi che stiamo scherzando?",
  ["regarde, on a commencé : vidz.zz/v/8f3k2"] =
    "guarda, abbiamo cominciato: vidz.zz/v/8f3k2",
  ["⏳ 12:00"] =
    "⏳ 12:00",
  ["Puis ça sonne. Un appel vidéo, depuis leur compte."] =
    "Poi squilla. Una videochiamata, dal loro account.",
  ["Refuser l'appel"] =
    "Rifiuta la chiamata",
  ["Décrocher"] =
    "Rispondi alla chiamata",
  ["Appel refusé"] =
    "Chiamata rifiutata",
  ["Tu refuses l'appel. Ils n'ont pas besoin d'entendre ta voix, et tu n'as rien à leur dire."] =
    "Rifiuti la chiamata. Non hanno bisogno di sentire la tua voce, e tu non hai niente da dirgli.",
  ["Pas de Clara à l'écran. Une image noire, et une voix que tu ne connais pas, pressée."] =
    "Nessuna Clara sullo schermo. Un'immagine nera, e una voce che non conosci, che ha fretta.",
  ["tu paies maintenant. sinon ta sœur reçoit la vidéo en premier."] =
    "paghi adesso. se no tua sorella riceve il video per prima.",
  ["Ce n'est même pas elle. Ça n'a jamais été elle."] =
    "Non è nemmeno lei. Non lo è mai stata.",
  ["Ils n'appellent pas pour parler : ils veulent que tu paies vite, avant d'avoir eu le temps de réfléchir. Tu n'as rien à leur dire, et tu as le droit de raccrocher."] =
    "Non chiamano per parlare: vogliono che tu paghi in fretta, prima di aver avuto il tempo di pensare. Non hai niente da dirgli, e hai il diritto di riattaccare.",
  ["Raccrocher sans rien dire"] =
    "Riattacca senza dire niente",
  ["Appel terminé"] =
    "Chiamata terminata",
  ["Réfléchir. Une chose à la fois."] =
    "Pensa. Una cosa alla volta.",
  ["Dans quel ordre faire les choses, et pourquoi garder des preuves avant de bloquer ?"] =
    "In che ordine fare le cose, e perché conservare le prove prima di bloccare?",
  ["L'ordre sur lequel la police et les lignes d'écoute s'accordent : arrêter de répondre ; ne pas payer, ne rien envoyer ; faire des captures (profil, pseudos, liens, demandes de paiement) ; signaler et bloquer ; passer ses comptes en privé sans les supprimer ; en parler à un adulte de confiance ; signaler à la police ou à une ligne d'aide. Bloquer d'abord fait disparaître le profil et les messages : les preuves sont perdues. En parler peut se faire à tout moment et rend tout le reste plus facile."] =
    "L'ordine su cui polizia e linee di ascolto sono d'accordo: smettere di rispondere; non pagare, non mandare niente; fare gli screenshot (profilo, nomi utente, link, richieste di pagamento); segnalare e bloccare; rendere privati i propri account senza eliminarli; parlarne con un adulto di fiducia; rivolgersi alla polizia o a una linea di aiuto. Bloccare per primo fa sparire il profilo e i messaggi: le prove sono perse. Parlarne si può fare in qualsiasi momento, e rende tutto il resto più facile.",
  ["Appeler Robin, là, maintenant"] =
    "Chiama Robin, subito",
  ["Faire des captures de tout : profil, messages, menaces, lien"] =
    "Fai gli screenshot di tutto: profilo, messaggi, minacce, link",
  ["Ouvrir leur lien pour voir"] =
    "Apri il loro link per vedere",
  ["Signaler le compte à Instagram, puis le bloquer"] =
    "Segnala l'account a Instagram, poi bloccalo",
  ["Trois sonneries. Puis la voix ensommeillée de Robin."] =
    "Tre squilli. Poi la voce assonnata di Robin.",
  ["Tu racontes. Par morceaux, dans le désordre. Ta voix tremble."] =
    "Racconti. A pezzi, tutto in disordine. La voce ti trema.",
  ["Robin ne t'interrompt pas. Puis : « Ok. D'abord : c'est pas ta faute. Ces gens font ça à des centaines de personnes. Tu ne paies rien et tu ne leur réponds plus. »"] =
    "Robin non ti interrompe. Poi: «Ok. Prima cosa: non è colpa tua. Questa gente lo fa a centinaia di persone. Non paghi niente e non rispondi più.»",
  ["« Fais des captures de tout avant de bloquer quoi que ce soit. Je passe demain matin, et on fait le reste ensemble. »"] =
    "«Fai gli screenshot di tutto prima di bloccare qualsiasi cosa. Domattina passo da te, e il resto lo facciamo insieme.»",
  ["Je ne suis plus {seul|seule|seul·e} avec ça."] =
    "Non sono più da sol{o|a|ə} con questa cosa.",
  ["Faire les captures, comme Robin l'a dit"] =
    "Fai gli screenshot, come ha detto Robin",
  ["Les bloquer tout de suite : tu ne veux plus les voir"] =
    "Bloccali subito: non vuoi più vederli",
  ["Capture. Capture. Capture. Le profil clara.vbs et son adresse, la vidéo qu'ils t'ont envoyée, la liste de tes abonnés, chaque menace, la somme, le compte à rebours, le lien."] =
    "Screenshot. Screenshot. Screenshot. Il profilo clara.vbs e il suo indirizzo, il video che ti hanno mandato, la lista dei tuoi follower, ogni minaccia, la cifra, il conto alla rovescia, il link.",
  ["Tu ranges tout dans un dossier, et tu t'en envoies une copie par mail."] =
    "Metti tutto in una cartella, e te ne mandi una copia per email.",
  ["Mes mains tremblent moins quand elles ont quelque chose à faire."] =
    "Le mani mi tremano meno quando hanno qualcosa da fare.",
  ["Tu ouvres le lien."] =
    "Apri il link.",
  ["Signaler › Chantage ou menace de partager une image intime. Puis : Bloquer."] =
    "Segnala › Ricatto o minaccia di condividere un'immagine intima. Poi: Blocca.",
  ["La conversation s'affiche maintenant au nom d'« Utilisateur Instagram ». Le pseudo, le profil, le lien, la somme : tu ne peux plus rien en capturer."] =
    "La conversazione adesso appare con il nome «Utente Instagram». Il nome utente, il profilo, il link, la cifra: non puoi più fare lo screenshot di niente.",
  ["Ils ont disparu. Et avec eux, tout ce que j'aurais pu montrer."] =
    "Sono spariti. E con loro, tutto quello che avrei potuto mostrare.",
  ["Tes captures sont à l'abri. Signaler › Chantage ou menace de partager une image intime. Puis : Bloquer."] =
    "I tuoi screenshot sono al sicuro. Segnala › Ricatto o minaccia di condividere un'immagine intima. Poi: Blocca.",
  ["Instagram ne leur dira pas qui les a signalés."] =
    "Instagram non dirà loro chi li ha segnalati.",
  ["Merci pour votre signalement. Vous avez bloqué clara.vbs."] =
    "Grazie per la segnalazione. Hai bloccato clara.vbs.",
  ["Et ma liste d'abonnés ? Ils l'ont vue."] =
    "E la lista dei miei follower? L'hanno vista.",
  ["Passer ton compte en privé et cacher tes abonnés"] =
    "Rendi privato il tuo account e nascondi i follower",
  ["Supprimer ton compte, pour qu'ils ne te trouvent plus"] =
    "Elimina il tuo account, così non ti trovano più",
  ["Rien de plus pour ce soir"] =
    "Per stasera basta così",
  ["Le téléphone vibre encore."] =
    "Il telefono vibra ancora.",
  ["Et maintenant ?"] =
    "E adesso?",
  ["Éteindre le téléphone et essayer de dormir"] =
    "Spegni il telefono e prova a dormire",
  ["Tu fixes le plafond."] =
    "Fissi il soffitto.",
  ["Si je ne paie pas, ils envoient. Si je paie, ils en redemandent. Dans les deux cas, j'ai peur."] =
    "Se non pago, lo mandano. Se pago, ne chiedono ancora. In tutti e due i casi, ho paura.",
  ["Cette peur-là, beaucoup de gens l'ont eue avant toi, devant les mêmes messages. Elle ne dit rien de toi : c'est le chantage qui la fabrique."] =
    "Questa paura l'hanno provata in tanti prima di te, davanti agli stessi messaggi. Non dice niente di te: è il ricatto a crearla.",
  ["Et l'aide, elle, marche : des gens font ce travail tous les jours."] =
    "E l'aiuto, invece, funziona: ci sono persone che fanno questo lavoro tutti i giorni.",
  ["Dimanche"] =
    "Domenica",
  ["Tu as dormi deux heures, peut-être trois."] =
    "Hai dormito due ore, forse tre.",
  ["Un message sur Facebook, d'un compte sans photo :"] =
    "Un messaggio su Facebook, da un account senza foto:",
  ["tu supprimes ton compte ? on a ton nom. midi."] =
    "elimini l'account? abbiamo il tuo nome. mezzogiorno.",
  ["Nouvelle demande de message : n0tice.2291"] =
    "Nuova richiesta di messaggio: n0tice.2291",
  ["bloquer ça sert à rien. on est une équipe."] =
    "bloccare non serve a niente. siamo una squadra.",
  ["on attend."] =
    "aspettiamo.",
  ["Puis une image : une fausse page d'actualité. « Scandale au ciné Lumière : {un employé filmé|une employée filmée|un·e employé·e filmé·e} en direct ». Avec ton prénom et ta photo de profil."] =
    "Poi un'immagine: una finta pagina di notizie. «Scandalo al cinema Lumière: {un dipendente filmato|una dipendente filmata|unə dipendente filmatə} in diretta». Con il tuo nome e la tua foto profilo.",
  ["Si tu as déjà payé, arrête maintenant : ce n'est pas grave."] =
    "Se hai già pagato, fermati adesso: va bene così.",
  ["Je leur ai envoyé une deuxième vidéo. Et ils en veulent encore."] =
    "Gli ho mandato un secondo video. E ne vogliono ancora.",
  ["Tout raconter à Robin"] =
    "Racconta tutto a Robin",
  ["Retrouver Robin, comme prévu"] =
    "Vedi Robin, come d'accordo",
  ["Chercher {seul|seule|seul·e} ce qu'il faut faire"] =
    "Cerca da sol{o|a|ə} cosa bisogna fare",
  ["Ne rien dire, attendre que ça passe"] =
    "Non dire niente, aspetta che passi",
  ["Tu ne réponds plus. Tu ne dis rien à personne. Au ciné, tu souris aux clients et tu regardes ton téléphone toutes les cinq minutes."] =
    "Non rispondi più. Non lo dici a nessuno. Al cinema sorridi ai clienti e guardi il telefono ogni cinque minuti.",
  ["Ton compte est privé : de l'extérieur, ils ne voient plus personne à qui écrire. Les messages s'espacent."] =
    "Il tuo account è privato: da fuori non vedono più nessuno a cui scrivere. I messaggi si diradano.",
  ["hey, t'as l'air ailleurs depuis dimanche. ça va ?"] =
    "ehi, da domenica sembri con la testa altrove. tutto ok?",
  ["De nouveaux comptes t'écrivent. Tu ne les ouvres pas."] =
    "Ti scrivono nuovi account. Non li apri.",
  ["{name}, j'ai reçu un message bizarre d'un compte inconnu. ça parle de toi. j'ai rien ouvert."] =
    "{name}, ho ricevuto un messaggio strano da un account che non conosco. parla di te. non ho aperto niente.",
  ["ça va ? je suis là si tu veux."] =
    "tutto ok? se vuoi ci sono.",
  ["Répondre que tout va bien"] =
    "Rispondi che va tutto bene",
  ["t'inquiète, tout va bien"] =
    "tranquill{o|a|ə}, va tutto bene",
  ["faut que je te dise un truc. c'est gênant."] =
    "devo dirti una cosa. è imbarazzante.",
  ["je suis là. prends ton temps"] =
    "ci sono. prenditi il tuo tempo",
  ["Tu écris, tu effaces, tu réécris. Puis tu envoies tout d'un coup."] =
    "Scrivi, cancelli, riscrivi. Poi mandi tutto in una volta.",
  ["ok."] =
    "ok.",
  ["merci de me l'avoir dit. vraiment."] =
    "grazie di avermelo detto. davvero.",
  ["ça arrive à plein de gens, tu sais. j'ai lu un article là-dessus : c'est des réseaux organisés, ils font ça à la chaîne."] =
    "succede a un sacco di gente, sai. ho letto un articolo: sono reti organizzate, lo fanno in serie.",
  ["qu'est-ce qui te fait le plus peur, là ?"] =
    "cos'è che ti fa più paura, adesso?",
  ["« J'ai honte. »"] =
    "«Mi vergogno.»",
  ["j'ai honte. tellement honte."] =
    "mi vergogno. mi vergogno da morire.",
  ["« J'ai peur qu'ils envoient tout. »"] =
    "«Ho paura che mandino tutto.»",
  ["j'ai peur qu'ils envoient tout. à ma famille, à mes collègues"] =
    "ho paura che mandino tutto. alla mia famiglia, ai miei colleghi",
  ["« Je m'en veux. J'ai peur d'avoir tout aggravé. »"] =
    "«Ce l'ho con me stess{o|a|ə}. Ho paura di aver peggiorato tutto.»",
  ["je m'en veux. j'ai peur d'avoir tout aggravé"] =
    "ce l'ho con me stess{o|a|ə}. ho paura di aver peggiorato tutto",
  ["y a rien de honteux à avoir une conversation intime avec quelqu'un qui te plaît."] =
    "non c'è niente di vergognoso in una conversazione intima con qualcuno che ti piace.",
  ["la honte, elle est pour eux. c'est eux qui font du chantage."] =
    "la vergogna è tutta loro. sono loro che ricattano.",
  ["et je te vois pas différemment. promis."] =
    "e non ti vedo in modo diverso. promesso.",
  ["je comprends."] =
    "ti capisco.",
  ["on va leur laisser le moins de prise possible : ton compte en privé, des signalements, et il existe des outils pour faire retirer une vidéo si elle sort."] =
    "gli lasceremo meno appigli possibile: il tuo account privato, le segnalazioni, e ci sono strumenti per far rimuovere un video se salta fuori.",
  ["je peux pas te promettre qu'il se passera rien. mais s'il se passe quelque chose, tu seras pas {seul|seule|seul·e}, et ça se répare."] =
    "non posso prometterti che non succederà niente. ma se succede qualcosa, non sarai da sol{o|a|ə}, e si può rimediare.",
  ["tu as payé ? ok. tu t'arrêtes là, c'est tout. c'est pas grave."] =
    "hai pagato? ok. ti fermi lì, tutto qui. va bene così.",
  ["t'as fait ce que tu pouvais, dans la panique. et la panique, c'est eux qui l'ont créée, exprès."] =
    "hai fatto quello che potevi, nel panico. e il panico l'hanno creato loro, apposta.",
  ["tu as rien aggravé en me parlant. au contraire."] =
    "parlandomi non hai peggiorato niente. anzi.",
  ["on reprend à partir de maintenant."] =
    "ripartiamo da adesso.",
  ["Une heure plus tard, Robin est là, avec deux cafés et un carnet."] =
    "Un'ora dopo Robin è lì, con due caffè e un quaderno.",
  ["« On fait une liste. Dans l'ordre. Et on la fait ensemble. »"] =
    "«Facciamo una lista. In ordine. E la facciamo insieme.»",
  ["D'abord, se protéger."] =
    "Prima di tutto, proteggerti.",
  ["Tu tapes « chantage vidéo Instagram que faire » dans un moteur de recherche."] =
    "Scrivi «ricatto video Instagram cosa fare» in un motore di ricerca.",
  ["Captures, signalements, compte protégé : c'est fait."] =
    "Screenshot, segnalazioni, account protetto: fatto.",
  ["Faire des captures de ce qui reste"] =
    "Fai gli screenshot di quello che resta",
  ["Signaler et bloquer les comptes qui t'écrivent"] =
    "Segnala e blocca gli account che ti scrivono",
  ["Passer à la suite : signaler, faire retirer"] =
    "Passa al resto: segnalare, far rimuovere",
  ["Tu captures ce qui reste : le nouveau compte n0tice.2291, ses menaces, l'heure de chaque message."] =
    "Fai gli screenshot di quello che resta: il nuovo account n0tice.2291, le sue minacce, l'ora di ogni messaggio.",
  ["Le premier compte, ses messages et son lien, eux, sont perdus. Ce que tu as aujourd'hui comptera quand même."] =
    "Il primo account, i suoi messaggi e il suo link sono persi. Ma quello che hai oggi conterà lo stesso.",
  ["Tu captures toute la conversation : le profil clara.vbs et son adresse, la vidéo qu'ils t'ont envoyée, chaque menace, la somme, le lien."] =
    "Fai gli screenshot di tutta la conversazione: il profilo clara.vbs e il suo indirizzo, il video che ti hanno mandato, ogni minaccia, la cifra, il link.",
  ["Tout va dans un dossier, avec une copie envoyée par mail."] =
    "Tutto va in una cartella, con una copia mandata per email.",
  ["Sur chaque application où ils t'ont écrit : Signaler › Chantage ou menace de partager une image intime. Puis : Bloquer."] =
    "Su ogni app dove ti hanno scritto: Segnala › Ricatto o minaccia di condividere un'immagine intima. Poi: Blocca.",
  ["Les conversations disparaissent derrière « Utilisateur Instagram ». Il ne te reste rien à capturer."] =
    "Le conversazioni spariscono dietro «Utente Instagram». Non ti resta niente di cui fare lo screenshot.",
  ["Merci pour votre signalement."] =
    "Grazie per la segnalazione.",
  ["Paramètres › Confidentialité › Compte privé. Tu retires de tes abonnés les comptes que tu ne connais pas."] =
    "Impostazioni › Privacy › Account privato. Rimuovi dai tuoi follower gli account che non conosci.",
  ["Sur Facebook aussi : liste d'amis visible par toi {seul|seule|seul·e}, publications réservées à tes amis."] =
    "Anche su Facebook: lista degli amici visibile solo a te, post solo per gli amici.",
  ["Tu ne supprimes rien : ni le compte, ni les messages. Ce sont des preuves."] =
    "Non cancelli niente: né l'account, né i messaggi. Sono prove.",
  ["Signalé, protégé, et je ne suis plus {seul|seule|seul·e} à savoir. Reste une question."] =
    "Segnalato, protetto, e non sono più l'unica persona a saperlo. Resta una domanda.",
  ["Chercher comment empêcher la vidéo de circuler"] =
    "Cerca come impedire che il video circoli",
  ["En parler à quelqu'un : Robin"] =
    "Parlane con qualcuno: Robin",
  ["Décider si tu portes plainte"] =
    "Decidi se fare denuncia",
  ["Tu colles le lien, les pseudos, et tu décris la menace et la somme demandée."] =
    "Incolli il link, i nomi utente, e descrivi la minaccia e la cifra richiesta.",
  ["Le premier lien est perdu avec la conversation. Tu signales le nouveau compte, l'heure des messages, la somme demandée : tout ce que tu sais encore."] =
    "Il primo link è andato perso con la conversazione. Segnali il nuovo account, l'ora dei messaggi, la cifra richiesta: tutto quello che sai ancora.",
  ["Tu recopies le lien à la main depuis la conversation, et tu décris la menace."] =
    "Ricopi il link a mano dalla conversazione, e descrivi la minaccia.",
  ["Tu crées l'empreinte de la vidéo qu'ils t'ont envoyée."] =
    "Crei l'impronta del video che ti hanno mandato.",
  ["Si ces images dataient d'avant tes 18 ans, ce serait Take It Down, qui fonctionne de la même façon."] =
    "Se queste immagini fossero di prima dei tuoi 18 anni, ci sarebbe Take It Down, che funziona allo stesso modo.",
  ["Il existe des outils. Ce n'est pas sans issue."] =
    "Gli strumenti esistono. Una via d'uscita c'è.",
  ["« Tu veux porter plainte ? Je peux venir avec toi », dit Robin."] =
    "«Vuoi fare denuncia? Posso venire con te», dice Robin.",
  ["La fiche le dit : le chantage est un délit, et une plainte peut se déposer au commissariat ou à la gendarmerie."] =
    "La scheda lo dice: il ricatto è un reato, e la denuncia si può fare alla polizia.",
  ["Une partie de moi veut juste que ça s'arrête. Pas raconter tout ça à quelqu'un en uniforme."] =
    "Una parte di me vuole solo che finisca. Non raccontare tutto questo a qualcuno in divisa.",
  ["Aller porter plainte"] =
    "Vai a fare denuncia",
  ["Ne pas porter plainte : tu veux juste que ça s'arrête"] =
    "Non fare denuncia: vuoi solo che finisca",
  ["C'est un choix que beaucoup de gens font. La porte reste ouverte : une plainte peut se déposer plus tard."] =
    "È una scelta che fanno in tanti. La porta resta aperta: la denuncia si può fare anche più avanti.",
  ["Tes captures, elles, restent dans leur dossier."] =
    "I tuoi screenshot, intanto, restano nella loro cartella.",
  ["Tourner la page, pour l'instant"] =
    "Volta pagina, per ora",
  ["Finalement, y aller"] =
    "Alla fine, vai",
  ["Mardi"] =
    "Martedì",
  ["Au commissariat, Robin s'assoit à côté de toi dans la salle d'attente."] =
    "Al commissariato, Robin si siede accanto a te nella sala d'attesa.",
  ["Au commissariat, tu attends ton tour, ton dossier sur les genoux."] =
    "Al commissariato aspetti il tuo turno, con la cartella sulle ginocchia.",
  ["Tu poses sur le bureau tes captures imprimées. L'agente les feuillette, prend des notes, recopie les pseudos."] =
    "Appoggi sulla scrivania i tuoi screenshot stampati. L'agente li sfoglia, prende appunti, ricopia i nomi utente.",
  ["Tu n'as pas de captures. Tu racontes, dans l'ordre, avec les heures et les pseudos dont tu te souviens. L'agente note tout."] =
    "Non hai screenshot. Racconti tutto in ordine, con gli orari e i nomi utente che ricordi. L'agente annota tutto.",
  ["« Vous êtes la victime, ici. Ce sont des réseaux organisés, souvent à l'étranger. Vous n'êtes pas la première personne que je reçois pour ça ce mois-ci. »"] =
    "«Qui la vittima è lei. Sono reti organizzate, spesso all'estero. Non è la prima persona che ricevo per questo, questo mese.»",
  ["« Vous avez payé ? Ça arrive très souvent. Vous avez arrêté, c'est ce qui compte. Notez ce que vous avez envoyé : ça nous aide. »"] =
    "«Ha pagato? Succede molto spesso. Ha smesso, è questo che conta. Si annoti quello che ha mandato: ci aiuta.»",
  ["Elle te tend un papier avec le numéro d'une association d'aide aux victimes."] =
    "Ti dà un foglietto con il numero di un'associazione di aiuto alle vittime.",
  ["Sortir, et tout raconter à Robin"] =
    "Esci, e racconta tutto a Robin",
  ["Accepter l'aide de l'association"] =
    "Accetta l'aiuto dell'associazione",
  ["Le faux profil démasqué"] =
    "Il profilo falso smascherato",
  ["Tu as vérifié avant de faire confiance : les photos appartenaient à quelqu'un d'autre. Tu as gardé une capture, signalé le faux compte, puis bloqué. Ces profils servent d'appât à des groupes organisés : les repérer tôt évite tout le reste."] =
    "Hai verificato prima di fidarti: le foto erano di qualcun altro. Hai fatto uno screenshot, segnalato il profilo falso, poi l'hai bloccato. Questi profili fanno da esca per gruppi organizzati: riconoscerli presto evita tutto il resto.",
  ["attends… une clara.vbs m'a écrit hier, à moi aussi. même message, même photo."] =
    "aspetta… una clara.vbs ha scritto anche a me ieri. stesso messaggio, stessa foto.",
  ["je la signale aussi. merci pour l'info 👍"] =
    "la segnalo anch'io. grazie della dritta 👍",
  ["Ce que tu ne sais pas encore : le même soir, « Clara » a écrit à d'autres personnes de ta ville, avec les mêmes mots. En parler autour de toi aide les autres à la repérer, eux aussi."] =
    "Quello che ancora non sai: quella stessa sera «Clara» ha scritto ad altre persone della tua città, con le stesse parole. Parlarne con chi ti sta intorno aiuta anche gli altri a riconoscerla.",
  ["Quelques jours plus tard, clara.vbs n'existe plus. D'autres profils prendront sa place, avec d'autres photos volées."] =
    "Qualche giorno dopo, clara.vbs non esiste più. Altri profili prenderanno il suo posto, con altre foto rubate.",
  ["Mais vérifier avant de faire confiance, tu sais maintenant comment faire."] =
    "Ma verificare prima di fidarti, adesso sai come si fa.",
  ["Payer n'a rien arrêté"] =
    "Pagare non ha fermato niente",
  ["Si je paie encore, il y en aura une autre. Maintenant, je le sais."] =
    "Se pago ancora, ce ne sarà un'altra. Adesso lo so.",
  ["Tu poses le téléphone. Cette fois, tu ne réponds pas."] =
    "Appoggi il telefono. Stavolta non rispondi.",
  ["Si tu as déjà payé, arrête maintenant : ce n'est pas grave. L'argent envoyé ne t'oblige à rien."] =
    "Se hai già pagato, fermati adesso: va bene così. I soldi che hai mandato non ti obbligano a niente.",
  ["Et il n'est pas trop tard : faire des captures, signaler le compte, passer ton compte en privé, en parler à quelqu'un, porter plainte. Tout ça marche encore aujourd'hui."] =
    "E non è troppo tardi: fare gli screenshot, segnalare l'account, rendere privato il tuo account, parlarne con qualcuno, fare denuncia. Tutto questo funziona ancora oggi.",
  ["Envoyer plus n'a rien effacé"] =
    "Mandare altro non ha cancellato niente",
  ["Tu as renvoyé des vidéos en espérant qu'ils effacent tout : chaque envoi leur a donné plus de prise et de nouvelles menaces. Ce n'est pas ta faute, c'est leur méthode. Ne plus rien envoyer, garder des preuves et demander de l'aide, c'est ce qui casse ce piège."] =
    "Hai rimandato dei video sperando che cancellassero tutto: ogni invio ha dato loro più potere e nuove minacce. Non è colpa tua, è il loro metodo. Non mandare più niente, conservare le prove e chiedere aiuto: è questo che spezza la trappola.",
  ["Tu envoies ce qu'ils demandent, encore une fois. En retour : une nouvelle somme, un nouveau délai, la menace d'envoyer tout à ta famille."] =
    "Mandi quello che chiedono, ancora una volta. In cambio: una nuova cifra, una nuova scadenza, la minaccia di mandare tutto alla tua famiglia.",
  ["Chaque fois que j'obéis, ils ont plus de prise sur moi."] =
    "Ogni volta che obbedisco, hanno più potere su di me.",
  ["Tu éteins la caméra. Tu n'enverras plus rien."] =
    "Spegni la videocamera. Non manderai più niente.",
  ["Tu n'es pas {seul|seule|seul·e} dans ce cas : des milliers de personnes ont reçu ces mêmes messages, et s'en sont sorties en arrêtant de répondre et en demandant de l'aide. Ce n'est pas trop tard pour toi non plus."] =
    "Non sei l'unica persona in questa situazione: migliaia di persone hanno ricevuto questi stessi messaggi, e ne sono uscite smettendo di rispondere e chiedendo aiuto. Non è troppo tardi nemmeno per te.",
  ["{Coupé|Coupée|Coupé·e} de tout, sans preuves"] =
    "Tagliat{o|a|ə} fuori da tutto, senza prove",
  ["Dans la panique, tu as bloqué et supprimé avant de garder des preuves : le groupe a continué avec d'autres comptes, et il ne te restait rien à montrer. Couper le contact protège ; garder des captures d'abord laisse aussi des moyens d'agir. Et on peut encore en parler, ou porter plainte, même sans captures."] =
    "Nel panico, hai bloccato e cancellato prima di conservare le prove: il gruppo ha continuato con altri account, e non ti restava niente da mostrare. Tagliare il contatto protegge; fare prima gli screenshot lascia anche dei modi per agire. E puoi ancora parlarne, o fare denuncia, anche senza screenshot.",
  ["Tu réponds que tout va bien. Robin n'insiste pas."] =
    "Rispondi che va tutto bene. Robin non insiste.",
  ["Les nouveaux comptes finissent par se taire. Un jour sans message, puis une semaine."] =
    "Alla fine i nuovi account tacciono. Un giorno senza messaggi, poi una settimana.",
  ["Mais tu portes ça {seul|seule|seul·e}. Et le jour où tu voudrais signaler, il ne reste ni pseudo, ni lien, ni message."] =
    "Ma ti porti questo peso da sol{o|a|ə}. E il giorno in cui vorresti segnalarlo, non resta né un nome utente, né un link, né un messaggio.",
  ["Rien n'est perdu pour autant : une plainte se dépose aussi avec ce dont on se souvient, et les outils de retrait marchent si une vidéo apparaît un jour."] =
    "Non è perso niente, comunque: la denuncia si può fare anche con quello che ricordi, e gli strumenti di rimozione funzionano se un giorno compare un video.",
  ["Et Robin a écrit « je suis là ». Ça tient toujours."] =
    "E Robin ha scritto «ci sono». Vale ancora.",
  ["{Seul|Seule|Seul·e} avec ça"] =
    "Da sol{o|a|ə} con questo peso",
  ["Tu as arrêté de répondre et de payer, mais tu es {resté|restée|resté·e} {seul|seule|seul·e} avec la peur : c'est exactement ce sur quoi comptent les maîtres-chanteurs. Ce n'est pas ta faute. En parler à quelqu'un de confiance, même plus tard, rend tout le reste plus léger."] =
    "Hai smesso di rispondere e di pagare, ma sei rimast{o|a|ə} da sol{o|a|ə} con la paura: è proprio quello su cui contano i ricattatori. Non è colpa tua. Parlarne con qualcuno di cui ti fidi, anche più avanti, rende tutto il resto più leggero.",
  ["Les messages finissent par s'espacer. Tu gardes tout pour toi : la peur au ventre, le cœur qui saute à chaque notification."] =
    "I messaggi arrivano sempre più di rado. Tieni tutto per te: il nodo allo stomaco, il sussulto a ogni notifica.",
  ["Ton dossier de captures est toujours là. Le jour où tu voudras signaler ou porter plainte, il servira."] =
    "La tua cartella di screenshot è sempre lì. Il giorno in cui vorrai segnalare o fare denuncia, servirà.",
  ["Il n'y a pas de date limite pour en parler. Robin l'a écrit : « je suis là ». C'est toujours vrai."] =
    "Non c'è una scadenza per parlarne. Robin l'ha scritto: «ci sono». È ancora vero.",
  ["Mettre fin au chantage, d'abord"] =
    "Prima di tutto, far finire il ricatto",
  ["Tu as arrêté de répondre et de payer, et tu t'es {protégé|protégée|protégé·e}. Tu n'as pas porté plainte : beaucoup de victimes font ce choix, par honte ou par fatigue, parce que leur priorité est que ça s'arrête. Une plainte aide pourtant à arrêter ces groupes, et elle reste possible plus tard."] =
    "Hai smesso di rispondere e di pagare, e ti sei protett{o|a|ə}. Non hai fatto denuncia: molte vittime fanno questa scelta, per vergogna o per stanchezza, perché la loro priorità è che finisca. Eppure la denuncia aiuta a fermare questi gruppi, e resta possibile anche più avanti.",
  ["Trois semaines plus tard"] =
    "Tre settimane dopo",
  ["Les messages se sont arrêtés. Pas d'un coup : un nouveau compte de temps en temps, que tu n'ouvres pas."] =
    "I messaggi si sono fermati. Non di colpo: ogni tanto un nuovo account, che non apri.",
  ["ça va, toi ?"] =
    "tu come stai?",
  ["ça va mieux. vraiment."] =
    "meglio. davvero.",
  ["si un jour tu veux aller au commissariat, je viens. même dans un an."] =
    "se un giorno vuoi andare alla polizia, vengo con te. anche tra un anno.",
  ["Tu n'en as parlé à personne. Ça pèse encore, certains soirs. Une ligne d'aide ou une personne de confiance peuvent prendre une partie de ce poids, quand tu voudras."] =
    "Non ne hai parlato con nessuno. Certe sere pesa ancora. Una linea di ascolto o una persona di fiducia possono prendersi una parte di quel peso, quando vorrai.",
  ["Personne ne peut promettre que cette vidéo ne ressortira jamais. Mais si elle réapparaît, tu sais quoi faire, et tu sais que ça marche."] =
    "Nessuno può promettere che quel video non salterà mai fuori. Ma se ricompare, sai cosa fare, e sai che funziona.",
  ["Tu as fait face"] =
    "Hai affrontato tutto",
  ["Tu as arrêté de répondre et de payer, puis tu es {allé|allée|allé·e} jusqu'au bout : plainte déposée, et quelqu'un à qui parler. Ce n'est pas ta faute : c'est un groupe organisé qui t'a {piégé|piégée|piégé·e}. Chaque étape t'a rendu un peu de prise."] =
    "Hai smesso di rispondere e di pagare, poi sei andat{o|a|ə} fino in fondo: denuncia fatta, e qualcuno con cui parlare. Non è colpa tua: un gruppo organizzato ti ha intrappolat{o|a|ə}. Ogni passo ti ha restituito un po' di controllo.",
  ["Dehors, il fait encore jour. Tu respires mieux qu'en entrant."] =
    "Fuori c'è ancora luce. Respiri meglio di quando sei entrat{o|a|ə}.",
  ["Tes captures sont entre les mains de la police."] =
    "I tuoi screenshot sono nelle mani della polizia.",
  ["Le compte clara.vbs a été fermé quelques jours après ton signalement."] =
    "L'account clara.vbs è stato chiuso qualche giorno dopo la tua segnalazione.",
  ["Sans les premiers messages, le dossier est plus mince. Mais il existe, et ce que tu as raconté compte."] =
    "Senza i primi messaggi, il fascicolo è più sottile. Ma esiste, e quello che hai raccontato conta.",
  ["À deux, c'est plus léger"] =
    "In due, è più leggero",
  ["Tu as appelé Robin dès la première nuit. Tu n'as plus payé, et chaque étape s'est faite à deux, jusqu'à la plainte. En parler tôt ne change pas ce qui s'est passé, mais tout ce qui vient après devient plus facile."] =
    "Hai chiamato Robin fin dalla prima notte. Non hai più pagato, e ogni passo l'avete fatto insieme, fino alla denuncia. Parlarne presto non cambia quello che è successo, ma rende più facile tutto quello che viene dopo.",
  ["Sur le trottoir, Robin te tend un café. Tu ris, pour la première fois depuis samedi."] =
    "Sul marciapiede Robin ti passa un caffè. Ridi, per la prima volta da sabato.",
  ["t'as été {courageux|courageuse|courageux·se}, tu sais."] =
    "sei stat{o|a|ə} coraggios{o|a|ə}, sai.",
  ["Indices possibles : publications toutes récentes, personne d'identifié, commentaires sans réponse, aucun ami commun. Aucun ne prouve rien à lui seul : un vrai compte peut être récent. Le but n'est pas de soupçonner tout le monde, mais de prendre son temps et de vérifier avant de faire confiance. Dans la source, des profils de jeunes femmes servent d'appât à des groupes organisés."] =
    "Indizi possibili: post tutti recenti, nessuno taggato, commenti senza risposta, nessun amico in comune. Nessuno di questi da solo prova niente: un profilo vero può essere nuovo. Lo scopo non è sospettare di tutti, ma prendersi il proprio tempo e verificare prima di fidarsi. Nella fonte, profili di giovani donne fanno da esca per gruppi organizzati.",
  ["{money 500} dans 30 minutes, sinon tout le monde reçoit la vidéo. famille, amis, collègues."] =
    "{money 500} entro 30 minuti, se no il video arriva a tutti. famiglia, amici, colleghi.",
  ["Le ton a changé d'un coup. Plus d'emojis, plus de petites fautes mignonnes : des phrases courtes, comme copiées-collées. Ce chantage a un nom : la sextorsion."] =
    "Il tono è cambiato di colpo. Niente più emoji, niente più errorini carini: frasi corte, come copiate e incollate. Questo ricatto ha un nome: sextortion.",
  ["{money 300} dans 30 minutes ou tout le monde reçoit la vidéo."] =
    "{money 300} entro 30 minuti o il video arriva a tutti.",
  ["ou tu paies {money 200} ce soir, le reste demain."] =
    "oppure paghi {money 200} stasera, il resto domani.",
  ["{money 800}. demain midi. et si tu bloques, on envoie."] =
    "{money 800}. domani a mezzogiorno. e se ci blocchi, mandiamo.",
  ["{money demand}. en {payment.giftcard} ou en {payment.prepaid}. tu envoies les codes ici."] =
    "{money demand}. in {payment.giftcard} o in {payment.prepaid}. manda i codici qui.",
  ["J'ai {money 320} sur mon compte. Et le loyer part le 5."] =
    "Ho {money 320} sul conto. E l'affitto parte il 5.",
  ["Payer {money 200}, pour gagner du temps"] =
    "Paga {money 200}, per guadagnare tempo",
  ["Il te faut une demi-heure pour trouver des {payment.prepaid} à cette heure-là : {money 200}. Tu envoies le code, les mains gelées."] =
    "Ti ci vuole mezz'ora per trovare {payment.prepaid} a quest'ora: {money 200}. Mandi il codice, con le mani gelate.",
  ["voilà {money 200}. c'est tout ce que j'ai. effacez tout."] =
    "ecco {money 200}. è tutto quello che ho. cancellate tutto.",
  ["maintenant {money 600}. demain midi."] =
    "adesso {money 600}. domani a mezzogiorno.",
  ["Tu écris à ta sœur qu'il te manque {money 300} pour le loyer. Elle te les vire sans poser de question. Tu les envoies."] =
    "Scrivi a tua sorella che ti mancano {money 300} per l'affitto. Te li manda senza fare domande. Tu li giri a loro.",
  ["le chef dit {money 1000} maintenant. sinon la vidéo part chez ta mère."] =
    "il capo dice {money 1000} adesso. se no il video va a tua madre.",
  ["Garder leur lien sans l'ouvrir, pour le montrer à Robin"] =
    "Tieni il loro link senza aprirlo, per farlo vedere a Robin",
  ["midi. {money demand}."] =
    "mezzogiorno. {money demand}.",
  ["midi. {money demand}. après, on envoie."] =
    "mezzogiorno. {money demand}. dopo, mandiamo.",
  ["J'ai déjà donné {money paid}. Et ils en veulent encore."] =
    "Ho già dato {money paid}. E ne vogliono ancora.",
  ["Une fiche officielle sur la sextorsion, sur un site du gouvernement. Tu la lis deux fois."] =
    "Una scheda ufficiale sulla sextortion, su un sito del governo. La leggi due volte.",
  ["Ne plus répondre. Ne pas payer. Garder des preuves. Signaler, bloquer. Protéger ses comptes. En parler. Porter plainte."] =
    "Non rispondere più. Non pagare. Conservare le prove. Segnalare, bloccare. Proteggere i propri account. Parlarne. Fare denuncia.",
  ["Il y a une fiche officielle. Je ne suis vraiment pas {le seul|la seule|la seule personne} à qui ça arrive."] =
    "C'è una scheda ufficiale. Non sono davvero l'unica persona a cui succede.",
  ["Signaler le lien et les comptes à {help.report-authority.name}"] =
    "Segnala il link e gli account al servizio {help.report-authority.name}",
  ["Tu fais ton signalement à {help.report-authority}."] =
    "Fai la tua segnalazione al servizio {help.report-authority}.",
  ["Ce signalement peut faire retirer une vidéo publiée, et aider à remonter jusqu'aux groupes derrière ces comptes."] =
    "Questa segnalazione può far rimuovere un video pubblicato, e aiutare a risalire ai gruppi dietro questi account.",
  ["Tu découvres StopNCII, pour les adultes : l'outil calcule sur ton téléphone une empreinte numérique des images qui y sont. Les images, elles, ne quittent pas ton appareil."] =
    "Scopri StopNCII, per gli adulti: lo strumento calcola sul tuo telefono un'impronta digitale delle immagini che ci sono. Le immagini invece non lasciano il tuo dispositivo.",
  ["Les plateformes qui y participent reconnaissent ensuite cette empreinte et bloquent les copies."] =
    "Le piattaforme che aderiscono poi riconoscono quell'impronta e bloccano le copie.",
  ["La vidéo qu'ils t'ont envoyée a disparu avec la conversation : sans copie, cet outil ne peut rien. Tu notes l'autre voie : si une copie réapparaît, la plateforme, {help.removal.name} ou la police peuvent la faire retirer."] =
    "Il video che ti hanno mandato è sparito con la conversazione: senza una copia, questo strumento non può niente. Ti segni l'altra strada: se una copia ricompare, la piattaforma, il servizio {help.removal.name} o la polizia possono farla rimuovere.",
  ["Tu as payé {money paid} pour gagner du temps, et chaque paiement a fait grossir la demande suivante : pour le groupe, quelqu'un qui paie peut payer encore. Ce n'est pas ta faute. Arrêter de payer, garder les preuves et en parler restent possibles à tout moment."] =
    "Hai pagato {money paid} per guadagnare tempo, e ogni pagamento ha fatto crescere la richiesta successiva: per il gruppo, chi paga può pagare ancora. Non è colpa tua. Smettere di pagare, conservare le prove e parlarne restano possibili in qualsiasi momento.",
  ["Tu as déjà envoyé {money paid}. La nouvelle demande est plus grosse que la première."] =
    "Hai già mandato {money paid}. La nuova richiesta è più alta della prima.",
  ["merci. maintenant {money 1500}."] =
    "grazie. adesso {money 1500}.",
  ["Personne ne peut te promettre que la vidéo ne ressortira jamais. Mais si elle réapparaît, tu sais quoi faire : {help.report-authority.name}, les signalements, StopNCII. Et tu n'es plus {seul|seule|seul·e} à le savoir."] =
    "Nessuno può prometterti che il video non salterà mai fuori. Ma se ricompare, sai cosa fare: il servizio {help.report-authority.name}, le segnalazioni, StopNCII. E non sei più l'unica persona a saperlo.",
  ["Personne ne peut te promettre que la vidéo ne ressortira jamais. Mais si elle réapparaît, tu sais quoi faire : {help.report-authority.name}, les signalements, StopNCII. Et tu ne seras pas {seul|seule|seul·e}."] =
    "Nessuno può prometterti che il video non salterà mai fuori. Ma se ricompare, sai cosa fare: il servizio {help.report-authority.name}, le segnalazioni, StopNCII. E non sarai da sol{o|a|ə}.",
  ["Garder leur lien comme preuve, sans l'ouvrir"] =
    "Tieni il loro link come prova, senza aprirlo",
  ["Connecte-toi pour voir cette vidéo"] =
    "Accedi per vedere questo video",
  ["Pas de vidéo. Une page qui te demande ton identifiant et ton mot de passe Instagram."] =
    "Nessun video. Una pagina che ti chiede nome utente e password di Instagram.",
  ["Me connecter là-dessus ? Sûrement pas."] =
    "Accedere lì sopra? Nemmeno per sogno.",
  ["Tu fermes la page sans rien taper. Ce genre de lien sert souvent à voler un compte ou à faire télécharger quelque chose. Le garder sans l'ouvrir, et le montrer à quelqu'un de confiance, à une ligne d'aide ou à la police, c'est plus sûr."] =
    "Chiudi la pagina senza scrivere niente. Link così servono spesso a rubare un account o a far scaricare qualcosa. Tenerlo senza aprirlo, e farlo vedere a qualcuno di cui ti fidi, a una linea di aiuto o alla polizia, è più sicuro.",
  ["Ce que montrent presque toujours ces liens : un envoi incomplet que personne ne peut voir, ou une page privée. Et si un jour une vidéo est en ligne, on peut la faire retirer."] =
    "Quello che mostrano quasi sempre questi link: un caricamento incompleto che nessuno può vedere, o una pagina privata. E se un giorno un video finisce online, si può farlo rimuovere.",
  ["Tu ne cliques pas. Capture du message et du lien : c'est une preuve."] =
    "Non clicchi. Screenshot del messaggio e del link: è una prova.",
  ["Ces liens mènent presque toujours à un envoi incomplet que personne ne peut voir, ou à une page privée. Et ils peuvent être un piège : une fausse page de connexion, un fichier à télécharger."] =
    "Questi link portano quasi sempre a un caricamento incompleto che nessuno può vedere, o a una pagina privata. E possono essere una trappola: una falsa pagina di accesso, un file da scaricare.",
  ["Quelqu'un de confiance, une ligne d'aide ou la police pourra le regarder à ta place. Et si un jour une vidéo est en ligne, on peut la faire retirer."] =
    "Qualcuno di cui ti fidi, una linea di aiuto o la polizia potrà guardarlo al posto tuo. E se un giorno un video finisce online, si può farlo rimuovere.",
  ["Si la peur devient trop lourde cette nuit, si tu penses à te faire du mal : tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ces nuits-là passent, et ça va mieux avec de l'aide."] =
    "Se stanotte la paura diventa troppo pesante, se pensi di farti del male: puoi chiamare adesso. Qualcuno ti ascolterà, senza giudicarti. Notti così passano, e con un aiuto va meglio.",
  ["Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide."] =
    "Se è troppo pesante da portare, anche di notte, puoi chiamare adesso. Qualcuno ti ascolterà, senza giudicarti. Con un aiuto va meglio.",
  ["Le profil de clara.vbs"] =
    "Il profilo di clara.vbs",
  ["00:03 : la vidéo enregistrée, et la menace"] =
    "00:03: il video registrato, e la minaccia",
  ["Tu as raccroché : ils ont quand même une capture"] =
    "Hai riattaccato: hanno comunque uno screenshot",
  ["Le téléphone vibre encore : ce que tu ressens"] =
    "Il telefono vibra ancora: che cosa provi",
  ["00:37 : tu as payé, ils en demandent plus"] =
    "00:37: hai pagato, ne chiedono di più",
  ["Tu poses le téléphone : une chose à la fois"] =
    "Metti giù il telefono: una cosa alla volta",
}
