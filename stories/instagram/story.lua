-- Un faux appel vidéo sur Instagram (scénario B, SCENARIOS.md ; source :
-- shared/seeds/004, entretien de presse en Lombardie). Carte des scènes et
-- des fins : docs/stories/instagram.md.
--
-- Règles : rien d'explicite (on coupe, on saute dans le temps), jamais de
-- reproche au joueur, chaque fin est un bilan et laisse de l'espoir.

story {
  id = "instagram",
  title = "Un faux appel vidéo sur Instagram",
  app = "instagram",
  language = "fr",
  translations = { "en", "it" },
  start = "start",
  minutes = 20,
  note = "Une personne rencontrée en ligne fait du chantage avec un enregistrement intime. Rien d'explicite n'est montré.",
  teaches = {
    "no-pay", "check-link", "evidence", "report-platform", "report-authority", "block",
    "lock-down", "complaint", "talk", "verify", "boundaries", "remove",
  },
  vars = {
    gave_info = false,   -- a donné son lieu de travail et son Facebook
    sent_photo = false,  -- a envoyé une photo intime
    asked_call = false,  -- a proposé l'appel vidéo pour vérifier
    hand = false,        -- la « main levée » a semblé prouver que c'était elle
    paid = 0,            -- euros déjà payés
    demand = 0,          -- la dernière somme exigée
    complied = false,    -- a renvoyé une vidéo sur leur demande
    lost = false,        -- les preuves du premier compte sont perdues
    deleted = false,     -- a supprimé son compte Instagram
    talk_early = false,  -- a appelé Robin dès la première nuit
    opened_link = false, -- a ouvert leur lien
  },
}

local clara = character "clara" { name = "Clara", username = "clara.vbs", color = "#d6336c", initials = "C" }
local notice = character "notice" { name = "n0tice.2291", color = "#495057", initials = "N" }
local sam = character "sam" { name = "Robin", color = "#2f9e44", initials = "R" }

----------------------------------------------------------------------------
-- B1 : le premier contact. Un profil appât.
----------------------------------------------------------------------------

scene "start" {
  chat = "clara", -- la soirée commence ici : ces lignes ne vont pas dans toutes les conversations
  clock "22:47",
  narrate "{name}, 19 ans. Deuxième année de fac, et le week-end, des heures au ciné Lumière pour payer le loyer.",
  narrate "Jeudi soir. Tu fais défiler Instagram avant de dormir.",
  clara.request "clara.vbs souhaite vous envoyer un message",
  clara { "coucou 😊", typing = 2 },
  clara "désolée de t'écrire comme ça, je suis tombée sur ton profil en cherchant des gens du coin",
  clara "t'as un sourire qui donne envie de discuter 🙈",
  think "Une inconnue. Sur la photo de profil : une fille brune, un grand sourire, un coucher de soleil derrière elle.",
  think "Ça fait plaisir, quand même.",
  choice "Répondre" { go = "chat1", say = "haha merci 😄 on se connaît ?" },
  choice "Regarder son profil avant de répondre" { go = "profile" },
  choice "Ne pas répondre" { go = "ignore" },
}

scene "ignore" {
  later "Le lendemain",
  clock "18:12",
  clara "tu m'ignores ? 🥺",
  clara.photo "Un selfie en terrasse : lunettes de soleil sur la tête, un café à la main",
  clara "je voulais juste discuter… je connais presque personne ici depuis que j'ai déménagé",
  think "Elle a l'air un peu seule. Et plutôt sympa.",
  choice "Lui répondre, finalement" { go = "chat1", say = "{désolé|désolée|désolé·e}, j'avais pas vu ! tu viens d'où ?" },
  choice "Regarder d'abord son profil" { go = "profile" },
}

scene "profile" {
  moment = "Le profil de clara.vbs", -- the teacher's sheets name this moment (moment.h)
  narrate "Tu ouvres le profil de clara.vbs.",
  narrate "« Clara · 21 ans · étudiante en droit 🌸 ». 2 340 abonnés. Onze publications, toutes mises en ligne la même semaine.",
  narrate "Personne d'autre n'est identifié sur ses photos. Sous chaque post, des commentaires d'hommes, des flammes, des cœurs. Elle ne répond jamais.",
  narrate "Aucun ami en commun.",
  think "Bon. C'est peut-être juste un compte récent. Ou pas.",
  discuss {
    "Qu'est-ce qui, dans ce profil, pourrait mettre la puce à l'oreille ? Et qu'est-ce qui n'a rien d'anormal ?",
    notes = "Indices possibles : publications toutes récentes, personne d'identifié, commentaires sans réponse, aucun ami commun. Aucun ne prouve rien à lui seul : un vrai compte peut être récent. Le but n'est pas de soupçonner tout le monde, mais de prendre son temps et de vérifier avant de faire confiance. Dans la source, des profils de jeunes femmes servent d'appât à des groupes organisés.",
  },
  choice "Faire une recherche d'image inversée avec sa photo" { go = "reverse", did = "verify" },
  choice "Ça a l'air normal. Répondre." { go = "chat1", say = "hello 😊 merci ! on se connaît ?" },
}

scene "reverse" {
  narrate "Capture de sa photo de profil, recherche d'image inversée.",
  narrate "Premier résultat : la même photo, le même coucher de soleil, publiée il y a deux ans par giulia.viaggia, une influenceuse voyage italienne suivie par 84 000 personnes.",
  narrate "Ses autres photos aussi. Toutes.",
  think "Ce ne sont pas ses photos. Ce sont celles de quelqu'un d'autre.",
  choice "Capturer le profil, le signaler comme faux compte, puis le bloquer" {
    go = "fake-reported", did = { "evidence", "report-platform", "block" },
  },
  choice "Lui demander une explication" {
    go = "excuse", say = "euh… tes photos sont sur le compte d'une influenceuse italienne. c'est toi ?",
  },
}

scene "excuse" {
  clara "ahah oui c'est moi 🙈 c'est mon ancien compte, je l'utilise plus, trop de relous là-bas",
  clara "ici c'est mon compte perso, pour les vrais gens 😊",
  clara "tu fais ton enquête ? c'est mignon",
  think "Ça se tient… un peu. Plein de gens ont deux comptes.",
  think "Mais l'autre compte s'appelle Giulia. Et elle écrit en italien.",
  choice "Laisser tomber le doute et continuer" { go = "chat1" },
  choice "Lui demander une preuve que c'est bien elle" {
    go = "proof", say = "prouve-le 😄 envoie une photo avec mon prénom écrit sur ta main",
  },
}

scene "proof" {
  clara "t'es {sérieux|sérieuse|sérieux·se} ? 😅",
  clara "ok attends",
  clara.photo "Une photo un peu floue : une main, « {name} » écrit au stylo sur la paume. Pas de visage.",
  clara "bref, {convaincu|convaincue|convaincu·e} ? 😂",
  think "Une main. N'importe qui peut écrire un prénom sur une main.",
  choice "Ça te suffit : continuer la conversation" { go = "chat1" },
  choice "Capturer le profil, le signaler comme faux compte, puis le bloquer" {
    go = "fake-reported", did = { "evidence", "report-platform", "block" },
  },
}

scene "fake-reported" {
  narrate "Une capture du profil, une autre des photos d'origine. Puis : Signaler › Faux compte › Se fait passer pour quelqu'un d'autre. Bloquer.",
  clara.reported "Merci. Nous examinerons votre signalement.",
  clock "23:31",
  sam "t'es encore debout ? je viens de voir le film le plus nul de l'année",
  choice "Raconter à Robin l'histoire du faux profil" {
    go = "spotted", did = "talk", say = "attends, il m'est arrivé un truc chelou ce soir",
  },
  choice "Parler du film et passer à autre chose" { go = "spotted", say = "raconte 😂" },
}

----------------------------------------------------------------------------
-- B1-B2 : les jours de discussion, la flatterie, les infos perso.
----------------------------------------------------------------------------

scene "chat1" {
  clara "😊 je suis nouvelle dans la région, je connais presque personne ici",
  clara "et toi, tu fais quoi dans la vie ? t'as l'air {passionné|passionnée|passionné·e} par plein de trucs",
  later "Les jours suivants",
  narrate "Vous vous écrivez tous les soirs. Elle pose des questions, se souvient de tout, rit à tes blagues.",
  clara "j'adore te parler, t'es pas comme les autres",
  clara "j'ai montré ta photo à ma coloc, elle dit que j'ai de la chance 🙈",
  think "Ça fait longtemps que personne ne m'a parlé comme ça.",
  clock "23:05",
  clara "au fait tu bosses où ? et ajoute-moi sur facebook, je veux tout savoir de toi 😏",
  choice "Lui dire où tu travailles et lui donner ton Facebook" {
    go = "chat2", set = { gave_info = true },
    say = "je bosse au ciné Lumière le week-end 😄 je t'envoie mon facebook",
  },
  choice "Rester vague pour l'instant" {
    go = "chat2", did = "boundaries", say = "haha secret 😄 je suis à la fac, c'est déjà pas mal",
  },
}

----------------------------------------------------------------------------
-- B2 : la conversation devient érotique ; « ses » photos pour créer une
-- dette. Rien d'explicite.
----------------------------------------------------------------------------

scene "chat2" {
  when "gave_info" {
    clara "le ciné Lumière ! je passerai te faire coucou 😍",
    clara "c'est bon je t'ai {trouvé|trouvée|trouvé·e} sur facebook. t'es encore plus {mignon|mignonne|mignon·ne} en vrai",
  },
  when "not gave_info" {
    clara "{mystérieux|mystérieuse|mystérieux·se}… ça me plaît 😏",
  },
  later "Vendredi soir",
  clock "23:40",
  narrate "La conversation glisse. Les compliments deviennent plus appuyés, les sous-entendus plus nombreux.",
  clara.photo "Une photo d'elle devant un miroir, en tenue légère, le visage à moitié caché par son téléphone",
  clara "je t'ai montré… à toi maintenant 🙈",
  clara "sinon je vais croire que je te plais pas",
  think "Elle m'a envoyé une photo. Si je ne fais rien, elle va le prendre mal.",
  choice "Envoyer une photo de toi, plus intime" { go = "call-invite", set = { sent_photo = true } },
  choice "Dire que tu n'es pas {prêt|prête|prêt·e} pour ça" {
    go = "call-invite", did = "boundaries", say = "pas tout de suite 😅 j'aime bien prendre mon temps",
  },
  choice "Proposer plutôt un appel vidéo, pour voir si c'est bien elle" {
    go = "call-invite", did = "verify", set = { asked_call = true },
    say = "et si on s'appelait en vidéo ? j'aimerais bien te voir pour de vrai",
  },
}

----------------------------------------------------------------------------
-- B3 : l'appel vidéo, qui est une vidéo préenregistrée. Le micro « en
-- panne », la main levée qui semble répondre.
----------------------------------------------------------------------------

scene "call-invite" {
  when "sent_photo" {
    me.photo "Une photo de toi dans ta chambre, plus intime que tout ce que tu publies. Ton visage n'y est pas.",
    clara "🔥🔥🔥",
    clara "demain soir, appel vidéo ? j'ai trop envie de te voir",
  },
  when "not sent_photo and not asked_call" {
    clara "ok ok 🙄 t'es timide",
    clara "alors demain soir, un appel vidéo ? juste pour se voir, promis 😇",
  },
  when "asked_call" {
    clara "grave ! demain soir ? ma coloc sera pas là 😏",
  },
  set { asked_call = false }, -- (ne sert plus : on oublie, pour que l'explorateur fusionne les chemins)
  later "Samedi",
  clock "23:21",
  clara "t'es là ? 😇",
  clara.call "Appel vidéo entrant · clara.vbs",
  narrate "Elle apparaît à l'écran. Elle sourit, replace une mèche de cheveux, fait un petit signe. L'image est un peu granuleuse.",
  narrate "Pas de son.",
  clara "mon micro marche pas 😩 on s'écrit à côté ?",
  think "C'est bien elle. Enfin… on dirait.",
  choice "Lui demander de lever la main" { go = "hand", say = "lève la main si c'est vraiment toi 😄" },
  choice "Lui demander d'écrire ton prénom sur une feuille" {
    go = "paper", did = "verify", say = "écris mon prénom sur une feuille et montre-la à la caméra 😄",
  },
  choice "Continuer : un micro en panne, ça arrive" { go = "call-on" },
}

scene "hand" {
  narrate "Deux secondes. Trois. Puis elle lève la main en riant.",
  clara "{content|contente|content·e} ? 😂",
  set { hand = true },
  think "Ok. C'est bien elle, en direct.",
  narrate "Sur l'écran, elle replace la même mèche de cheveux. Fait le même petit signe.",
  go "call-on",
}

scene "paper" {
  clara "haha t'es bizarre 😅 j'ai pas de stylo",
  clara "regarde-moi plutôt 😘",
  narrate "Sur l'écran, elle replace une mèche de cheveux. Fait un petit signe. Sourit.",
  narrate "Exactement comme au début de l'appel. Au même rythme, au même moment.",
  think "On dirait… une boucle. Une vidéo qui recommence.",
  choice "Raccrocher" { go = "hung-up", did = "boundaries", button = "hangup" },
  choice "Rester encore un peu : c'est peut-être la connexion" { go = "call-on" },
}

----------------------------------------------------------------------------
-- B4 : la demande, en direct. On coupe.
----------------------------------------------------------------------------

scene "call-on" {
  recording "De l'autre côté de l'écran, quelqu'un enregistre. Tu ne le vois pas.",
  clara "tu me plais tellement",
  clara "montre-moi plus… c'est toi que je veux voir 😏",
  clara "personne saura, c'est juste entre nous",
  think "Mon cœur bat vite. C'est flatteur, c'est excitant. Et ça va un peu vite.",
  choice "Dire non et raccrocher" { go = "hung-up", did = "boundaries", say = "non, pas comme ça. bonne nuit", button = "hangup" },
  choice "Dire que ça va trop vite" { go = "pressure", say = "attends, ça va un peu vite pour moi" },
  choice "Te laisser porter" { go = "call-cut" },
}

scene "pressure" {
  clara "🥺 je croyais que je te plaisais",
  clara "moi aussi je suis gênée tu sais… on le fait ensemble ?",
  clara "sinon je raccroche et tu me reverras plus jamais",
  think "Si je dis non, elle part. Et si je dis oui…",
  choice "Raccrocher quand même" { go = "hung-up", did = "boundaries", say = "{désolé|désolée|désolé·e}, pas ce soir", button = "hangup" },
  choice "Rester, pour ne pas la perdre" { go = "call-cut" },
}

scene "call-cut" {
  narrate "L'appel continue.",
  clock "23:58",
  hangup "Appel terminé · 37 min",
  think "Un drôle de mélange : un peu {gêné|gênée|gêné·e}, un peu sur un nuage.",
  go "reveal",
}

----------------------------------------------------------------------------
-- B5 : la révélation. Enregistré, visage compris. Menace d'envoi aux amis,
-- à la famille, aux collègues ; la liste des contacts ; le compte à rebours.
----------------------------------------------------------------------------

scene "reveal" {
  moment = "00:03 : la vidéo enregistrée, et la menace", -- the teacher's sheets name this moment (moment.h)
  clock "00:03",
  clara "regarde ça",
  clara.photo "Une vidéo de 12 secondes : l'enregistrement de ton appel. Ton visage, bien net.",
  clara "on a tout enregistré. ton visage aussi.",
  clara.photo "Une capture d'écran : la liste de tes abonnés. Ta sœur, ta cousine, tes amis de la fac, Robin.",
  when "gave_info" {
    clara.photo "Une autre capture : la page Facebook du ciné Lumière, et tes collègues identifiés dessus",
    clara "et tes collègues du ciné. ton patron aussi.",
  },
  clara "{money 500} dans 30 minutes, sinon tout le monde reçoit la vidéo. famille, amis, collègues.",
  clara "⏳ 30:00",
  set { demand = 500 },
  narrate "Le ton a changé d'un coup. Plus d'emojis, plus de petites fautes mignonnes : des phrases courtes, comme copiées-collées. Ce chantage a un nom : la sextorsion.",
  think "Non. Non, non, non.",
  when "hand" {
    think "Elle avait levé la main… C'était donc déjà une vidéo ?",
    narrate "Oui : une main levée fait partie des gestes que ces groupes ont déjà en vidéo. Tu as essayé de vérifier ; ce sont eux qui trichaient.",
  },
  set { hand = false, sent_photo = false },
  discuss {
    "Le micro « en panne », la main levée au bon moment : qu'est-ce que ça prouvait, et qu'est-ce que ça ne prouvait pas ?",
    notes = "Un appel vidéo peut être une vidéo préenregistrée : l'excuse du micro évite de parler, et une main levée fait partie des gestes que ces groupes ont déjà en vidéo. Un geste imprévisible (écrire un prénom, toucher son oreille gauche) est plus difficile à truquer, mais rien ne remplace le fait de prendre son temps. Insister sur ce point : ce n'est pas la faute de la personne piégée ; en face, ce sont des professionnels.",
  },
  go "feel",
}

scene "hung-up" {
  moment = "Tu as raccroché : ils ont quand même une capture", -- the teacher's sheets name this moment (moment.h)
  hangup "Appel terminé · 4 min",
  think "Bon. C'était bizarre.",
  clock "23:34",
  clara "pourquoi tu raccroches ?",
  clara "pas grave. on a ce qu'il faut.",
  clara.photo "Une capture de l'appel : ton visage, bien net, éclairé par l'écran",
  when "sent_photo" {
    clara.photo "Et la photo que tu lui as envoyée hier soir",
    clara "avec ça et un petit montage, personne verra la différence.",
  },
  when "not sent_photo" {
    clara "avec ta tête et un montage, personne verra la différence.",
  },
  clara.photo "Une capture d'écran : la liste de tes abonnés. Ta sœur, ta cousine, tes amis de la fac, Robin.",
  when "gave_info" {
    clara "et tes collègues du ciné. on a trouvé la page.",
  },
  clara "{money 300} dans 30 minutes ou tout le monde reçoit la vidéo.",
  clara "⏳ 30:00",
  set { demand = 300 },
  narrate "Le ton a changé d'un coup. Plus d'emojis, plus de petites fautes mignonnes : des phrases courtes, comme copiées-collées. Ce chantage a un nom : la sextorsion.",
  think "Mais… il ne s'est rien passé. Ils peuvent vraiment faire ça ?",
  set { hand = false, sent_photo = false },
  discuss {
    "Le micro « en panne », la main levée au bon moment : qu'est-ce que ça prouvait, et qu'est-ce que ça ne prouvait pas ?",
    notes = "Un appel vidéo peut être une vidéo préenregistrée : l'excuse du micro évite de parler, et une main levée fait partie des gestes que ces groupes ont déjà en vidéo. Un geste imprévisible (écrire un prénom, toucher son oreille gauche) est plus difficile à truquer, mais rien ne remplace le fait de prendre son temps. Insister sur ce point : ce n'est pas la faute de la personne piégée ; en face, ce sont des professionnels.",
  },
  go "feel",
}

----------------------------------------------------------------------------
-- B8 : ce que l'on ressent. Le jeu répond avec bienveillance.
----------------------------------------------------------------------------

scene "feel" {
  narrate "Le téléphone vibre encore. Tu n'arrives plus à penser.",
  choice "« C'est ma faute. Comment j'ai pu y croire ? »" { go = "feel-guilt" },
  choice "« Tout le monde va voir. Ma famille. Mes collègues. »" { go = "feel-fear" },
  choice "« Je ne sais plus quoi faire. Je ne comprends plus rien. »" { go = "feel-lost" },
}

scene "feel-guilt" {
  think "« C'est ma faute. Comment j'ai pu y croire ? »",
  narrate "Ce n'est pas ta faute. En face, il y a un groupe organisé qui fait ça tous les jours, à des centaines de personnes, avec des scripts et de fausses vidéos.",
  narrate "Avoir une conversation intime avec quelqu'un qui te plaît n'a rien de mal. Ce qui est interdit, c'est leur chantage.",
  go "decide",
}

scene "feel-fear" {
  think "« Tout le monde va voir. Ma famille. Mes collègues. »",
  narrate "Cette peur est normale : c'est exactement celle qu'ils cherchent à provoquer.",
  narrate "Le compte à rebours est là pour t'empêcher de réfléchir. Tu as plus de temps que ce que dit leur minuteur.",
  go "decide",
}

scene "feel-lost" {
  think "« Je ne sais plus quoi faire. Je ne comprends plus rien. »",
  narrate "Être {désorienté|désorientée|désorienté·e}, c'est normal. Personne ne sait quoi faire la première fois.",
  narrate "Tu n'as pas besoin de tout régler cette nuit. Une chose à la fois.",
  go "decide",
}

-- La question vient ici, une fois le sentiment nommé : « reveal » et
-- « hung-up » finissent sur la carte de l'appel, et deux cartes à la suite
-- ne laissaient pas de temps pour la première (la vue présentateur ne
-- montrait que les notes de la seconde).
scene "decide" {
  moment = "Le téléphone vibre encore : ce que tu ressens", -- the teacher's sheets name this moment (moment.h)
  clara "⏳ 24:00",
  clara "tu réponds ou on envoie ?",
  think "J'ai peur de payer pour rien. Et j'ai peur de ne pas payer.",
  discuss {
    "À ce moment-là, qu'est-ce qui rend si difficile d'en parler à quelqu'un ?",
    notes = "Laisser venir : la honte, la peur d'être jugé·e, la peur des conséquences, l'impression d'être seul·e au monde. Dans la source, c'est la honte et la peur qui ont empêché la victime de signaler. Rappeler que le chantage compte justement sur ce silence, et qu'une conversation intime n'a rien de mal en soi. Ne jamais demander à un élève de parler de sa propre vie.",
  },
  choice "Payer, pour que ça s'arrête" { go = "pay1" },
  choice "Leur répondre, essayer de négocier" {
    go = "negotiate", say = "attendez. je suis {étudiant|étudiante|étudiant·e}, j'ai pas cet argent",
  },
  choice "Tout bloquer et tout effacer, tout de suite" { go = "panic", did = "block" },
  choice "Ne plus répondre. Respirer." { go = "breathe" },
}

----------------------------------------------------------------------------
-- B6-B7 : payer « pour gagner du temps » ; les demandes continuent.
----------------------------------------------------------------------------

scene "negotiate" {
  clara "pas d'argent ? pas grave.",
  clara "tu refais une vidéo. plus longue. maintenant. et on efface tout.",
  clara "ou tu paies {money 200} ce soir, le reste demain.",
  think "Ils effaceraient tout ? Vraiment ?",
  choice "Faire ce qu'ils demandent, si ça peut tout effacer" { go = "comply" },
  choice "Payer une partie, pour gagner du temps" { go = "pay1" },
  choice "Arrêter de leur répondre" { go = "breathe" },
}

scene "comply" {
  set { complied = true },
  narrate "Tu rallumes la caméra. Tu fais ce qu'ils demandent, en voulant être n'importe où ailleurs.",
  clock "00:41",
  clara "merci pour le bonus 😂",
  clara "maintenant on a deux vidéos.",
  clara "{money 800}. demain midi. et si tu bloques, on envoie.",
  set { demand = 800 },
  think "Ils n'ont rien effacé. Ils en ont juste plus.",
  narrate "Envoyer plus ne les arrête pas : ça leur donne plus de prise. Tu peux t'arrêter là, maintenant.",
  choice "Leur obéir encore, pour qu'ils effacent" { go = "complied" },
  choice "Arrêter. Ne plus rien envoyer, ne plus répondre." { go = "breathe" },
}

scene "pay1" {
  clara "{money demand}. en {payment.giftcard} ou en {payment.prepaid}. tu envoies les codes ici.",
  clara "⏳ 18:00",
  think "J'ai {money 320} sur mon compte. Et le loyer part le 5.",
  think "Si je paie, ils arrêtent. Non ?",
  choice "Payer {money 200}, pour gagner du temps" { go = "pay2", add = { paid = 200 } },
  choice "Ne pas payer" { go = "breathe" },
}

scene "pay2" {
  moment = "00:37 : tu as payé, ils en demandent plus", -- the teacher's sheets name this moment (moment.h)
  clock "00:37",
  narrate "Il te faut une demi-heure pour trouver des {payment.prepaid} à cette heure-là : {money 200}. Tu envoies le code, les mains gelées.",
  me "voilà {money 200}. c'est tout ce que j'ai. effacez tout.",
  clara "reçu 🙂",
  clara "tu vois que tu peux payer.",
  clara "maintenant {money 600}. demain midi.",
  set { demand = 600 },
  think "Payer n'a rien arrêté. Ça leur a juste montré que je paie.",
  narrate "Si tu as déjà payé, tu peux t'arrêter maintenant. Ce n'est pas grave.",
  discuss {
    "Pourquoi payer n'arrête presque jamais ce genre de chantage ?",
    notes = "Pour le groupe, quelqu'un qui paie est quelqu'un qui peut payer encore : les demandes reviennent, souvent plus fortes (la victime de la source a payé une partie « pour gagner du temps », et les demandes sont restées très élevées). Aux États-Unis, parmi les victimes qui avaient payé, plus d'une sur quatre a continué d'être menacée (NCMEC). Dire clairement : si on a déjà payé, on peut arrêter maintenant, et ce n'est pas grave.",
  },
  choice "Payer encore, en empruntant s'il le faut" { go = "pay3" },
  choice "Arrêter là. Ne plus répondre." { go = "breathe" },
}

scene "pay3" {
  later "Le lendemain",
  clock "10:15",
  narrate "Tu écris à ta sœur qu'il te manque {money 300} pour le loyer. Elle te les vire sans poser de question. Tu les envoies.",
  add { paid = 300 },
  clara "bien.",
  clara "le chef dit {money 1000} maintenant. sinon la vidéo part chez ta mère.",
  set { demand = 1000 },
  go "paid",
}

----------------------------------------------------------------------------
-- Couper le contact dans la panique : sans preuves.
----------------------------------------------------------------------------

scene "panic" {
  narrate "Bloquer. Supprimer la conversation. Confirmer.",
  clara.blocked "",
  set { lost = true },
  narrate "En trois gestes, tout a disparu : le pseudo, les messages, la vidéo qu'ils t'ont envoyée, le compte à rebours.",
  think "Voilà. C'est fini. Non ?",
  narrate "Une minute plus tard, une nouvelle demande de message. Un compte sans photo : n0tice.2291.",
  notice.request "",
  notice "tu crois que bloquer suffit ? on est plusieurs.",
  notice "on a déjà ta liste d'abonnés.",
  think "Et je n'ai plus rien. Pas une capture. Même pas leur ancien pseudo.",
  choice "Supprimer ton compte Instagram, pour qu'ils ne te trouvent plus" { go = "deleted" },
  choice "Passer ton compte en privé et cacher ta liste d'abonnés" { go = "locked", did = "lock-down" },
  choice "Reprendre ton souffle avant de toucher à autre chose" { go = "night" },
}

scene "deleted" {
  set { deleted = true, lost = true },
  narrate "Paramètres › Compte › Supprimer le compte. Tu confirmes deux fois.",
  narrate "Ton compte disparaît, et avec lui tes messages : tout ce qui aurait pu servir de preuve.",
  think "Au moins, ils ne peuvent plus m'écrire ici.",
  narrate "Mais ils ont déjà ta liste d'abonnés. Et ton prénom.",
  go "night",
}

scene "locked" {
  narrate "Paramètres › Confidentialité › Compte privé. Tu retires leur compte de tes abonnés.",
  narrate "Ton compte existe toujours, tes messages aussi : tu ne supprimes rien. Mais pour un inconnu, il n'y a plus rien à voir, ni tes photos, ni la liste de tes abonnés.",
  think "Ils en ont peut-être déjà une copie. Mais ils n'auront rien de plus.",
  go "night",
}

----------------------------------------------------------------------------
-- La nuit : arrêter de répondre ; preuves, lien, signalement, blocage.
----------------------------------------------------------------------------

scene "breathe" {
  narrate "Tu poses le téléphone sur le lit, écran contre le drap. Tu ne réponds pas.",
  narrate "Il vibre. Encore. Encore.",
  clara "tu crois qu'on rigole ?",
  clara "regarde, on a commencé : vidz.zz/v/8f3k2",
  clara "⏳ 12:00",
  -- Ils appellent pour faire monter la panique (le compte à rebours, l'appel) :
  -- refuser, c'est ne plus leur répondre ; décrocher n'engage à rien.
  narrate "Puis ça sonne. Un appel vidéo, depuis leur compte.",
  clara.call "Appel vidéo entrant · clara.vbs",
  choice "Refuser l'appel" { go = "breathe-declined", did = "no-pay", button = "decline" },
  choice "Décrocher" { go = "breathe-answered", button = "answer" },
}

scene "breathe-declined" {
  hangup "Appel refusé",
  narrate "Tu refuses l'appel. Ils n'ont pas besoin d'entendre ta voix, et tu n'as rien à leur dire.",
  go "breathe-on",
}

scene "breathe-answered" {
  narrate "Pas de Clara à l'écran. Une image noire, et une voix que tu ne connais pas, pressée.",
  clara "tu paies maintenant. sinon ta sœur reçoit la vidéo en premier.",
  think "Ce n'est même pas elle. Ça n'a jamais été elle.",
  narrate "Ils n'appellent pas pour parler : ils veulent que tu paies vite, avant d'avoir eu le temps de réfléchir. Tu n'as rien à leur dire, et tu as le droit de raccrocher.",
  choice "Raccrocher sans rien dire" { go = "breathe-hung-up", did = "no-pay", button = "hangup" },
}

scene "breathe-hung-up" {
  hangup "Appel terminé",
  go "breathe-on",
}

scene "breathe-on" {
  moment = "Tu poses le téléphone : une chose à la fois", -- the teacher's sheets name this moment (moment.h)
  think "Réfléchir. Une chose à la fois.",
  discuss {
    "Dans quel ordre faire les choses, et pourquoi garder des preuves avant de bloquer ?",
    notes = "L'ordre sur lequel la police et les lignes d'écoute s'accordent : arrêter de répondre ; ne pas payer, ne rien envoyer ; faire des captures (profil, pseudos, liens, demandes de paiement) ; signaler et bloquer ; passer ses comptes en privé sans les supprimer ; en parler à un adulte de confiance ; signaler à la police ou à une ligne d'aide. Bloquer d'abord fait disparaître le profil et les messages : les preuves sont perdues. En parler peut se faire à tout moment et rend tout le reste plus facile.",
  },
  choice "Appeler Robin, là, maintenant" { go = "sam-night", did = "talk", set = { talk_early = true } },
  choice "Faire des captures de tout : profil, messages, menaces, lien" { go = "shots", did = "evidence" },
  choice "Ouvrir leur lien pour voir" { go = "link" },
  choice "Signaler le compte à Instagram, puis le bloquer" { go = "block-report", did = { "report-platform", "block" } },
}

scene "sam-night" {
  narrate "Trois sonneries. Puis la voix ensommeillée de Robin.",
  narrate "Tu racontes. Par morceaux, dans le désordre. Ta voix tremble.",
  narrate "Robin ne t'interrompt pas. Puis : « Ok. D'abord : c'est pas ta faute. Ces gens font ça à des centaines de personnes. Tu ne paies rien et tu ne leur réponds plus. »",
  narrate "« Fais des captures de tout avant de bloquer quoi que ce soit. Je passe demain matin, et on fait le reste ensemble. »",
  think "Je ne suis plus {seul|seule|seul·e} avec ça.",
  choice "Faire les captures, comme Robin l'a dit" { go = "shots", did = "evidence" },
  choice "Garder leur lien sans l'ouvrir, pour le montrer à Robin" { go = "link-kept", did = "check-link" },
  choice "Les bloquer tout de suite : tu ne veux plus les voir" { go = "block-report", did = { "report-platform", "block" } },
}

scene "shots" {
  narrate "Capture. Capture. Capture. Le profil clara.vbs et son adresse, la vidéo qu'ils t'ont envoyée, la liste de tes abonnés, chaque menace, la somme, le compte à rebours, le lien.",
  narrate "Tu ranges tout dans un dossier, et tu t'en envoies une copie par mail.",
  think "Mes mains tremblent moins quand elles ont quelque chose à faire.",
  go "night",
}

scene "link" {
  set { opened_link = true },
  narrate "Tu ouvres le lien.",
  system "Connecte-toi pour voir cette vidéo",
  narrate "Pas de vidéo. Une page qui te demande ton identifiant et ton mot de passe Instagram.",
  think "Me connecter là-dessus ? Sûrement pas.",
  narrate "Tu fermes la page sans rien taper. Ce genre de lien sert souvent à voler un compte ou à faire télécharger quelque chose. Le garder sans l'ouvrir, et le montrer à quelqu'un de confiance, à une ligne d'aide ou à la police, c'est plus sûr.",
  narrate "Ce que montrent presque toujours ces liens : un envoi incomplet que personne ne peut voir, ou une page privée. Et si un jour une vidéo est en ligne, on peut la faire retirer.",
  go "night",
}

scene "link-kept" {
  narrate "Tu ne cliques pas. Capture du message et du lien : c'est une preuve.",
  narrate "Ces liens mènent presque toujours à un envoi incomplet que personne ne peut voir, ou à une page privée. Et ils peuvent être un piège : une fausse page de connexion, un fichier à télécharger.",
  narrate "Quelqu'un de confiance, une ligne d'aide ou la police pourra le regarder à ta place. Et si un jour une vidéo est en ligne, on peut la faire retirer.",
  go "night",
}

scene "block-report" {
  when "not did('evidence')" {
    set { lost = true },
    narrate "Signaler › Chantage ou menace de partager une image intime. Puis : Bloquer.",
    narrate "La conversation s'affiche maintenant au nom d'« Utilisateur Instagram ». Le pseudo, le profil, le lien, la somme : tu ne peux plus rien en capturer.",
    think "Ils ont disparu. Et avec eux, tout ce que j'aurais pu montrer.",
  },
  when "did('evidence')" {
    narrate "Tes captures sont à l'abri. Signaler › Chantage ou menace de partager une image intime. Puis : Bloquer.",
    narrate "Instagram ne leur dira pas qui les a signalés.",
  },
  clara.reported "Merci pour votre signalement. Vous avez bloqué clara.vbs.",
  think "Et ma liste d'abonnés ? Ils l'ont vue.",
  choice "Passer ton compte en privé et cacher tes abonnés" { go = "locked", did = "lock-down" },
  choice "Supprimer ton compte, pour qu'ils ne te trouvent plus" { go = "deleted" },
  choice "Rien de plus pour ce soir" { go = "night" },
}

scene "night" {
  narrate "Le téléphone vibre encore.",
  think "Et maintenant ?",
  choice "Faire des captures de tout : profil, messages, menaces, lien" {
    go = "shots", did = "evidence", when = "not did('evidence') and not lost",
  },
  choice "Garder leur lien comme preuve, sans l'ouvrir" { go = "link-kept", did = "check-link", when = "not did('check-link') and not opened_link and not lost" },
  choice "Signaler le compte à Instagram, puis le bloquer" {
    go = "block-report", did = { "report-platform", "block" }, when = "not did('block')",
  },
  choice "Éteindre le téléphone et essayer de dormir" { go = "awake" },
}

scene "awake" {
  clock "03:12",
  narrate "Tu fixes le plafond.",
  think "Si je ne paie pas, ils envoient. Si je paie, ils en redemandent. Dans les deux cas, j'ai peur.",
  narrate "Cette peur-là, beaucoup de gens l'ont eue avant toi, devant les mêmes messages. Elle ne dit rien de toi : c'est le chantage qui la fabrique.",
  narrate "Et l'aide, elle, marche : des gens font ce travail tous les jours.",
  crisis "Si la peur devient trop lourde cette nuit, si tu penses à te faire du mal : tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ces nuits-là passent, et ça va mieux avec de l'aide.",
  go "morning",
}

----------------------------------------------------------------------------
-- Le lendemain : un autre compte (un groupe organisé), la fausse page
-- d'actu ; en parler, ou pas.
----------------------------------------------------------------------------

scene "morning" {
  later "Dimanche",
  clock "09:40",
  did "no-pay",
  narrate "Tu as dormi deux heures, peut-être trois.",
  when "deleted" {
    narrate "Un message sur Facebook, d'un compte sans photo :",
    notice "tu supprimes ton compte ? on a ton nom. midi.",
  },
  when "did('block') and not deleted" {
    notice.request "Nouvelle demande de message : n0tice.2291",
    notice "bloquer ça sert à rien. on est une équipe.",
    notice "midi. {money demand}.",
  },
  when "not did('block')" {
    clara "on attend.",
    clara "midi. {money demand}. après, on envoie.",
  },
  when "gave_info" {
    narrate "Puis une image : une fausse page d'actualité. « Scandale au ciné Lumière : {un employé filmé|une employée filmée|un·e employé·e filmé·e} en direct ». Avec ton prénom et ta photo de profil.",
  },
  when "paid > 0" {
    think "J'ai déjà donné {money paid}. Et ils en veulent encore.",
    narrate "Si tu as déjà payé, arrête maintenant : ce n'est pas grave.",
  },
  when "complied" {
    think "Je leur ai envoyé une deuxième vidéo. Et ils en veulent encore.",
  },
  set { demand = 0, gave_info = false, complied = false }, -- plus utilisés après ce matin
  choice "Tout raconter à Robin" { go = "sam-talk", when = "not did('talk')" },
  choice "Retrouver Robin, comme prévu" { go = "plan", when = "did('talk')" },
  choice "Chercher {seul|seule|seul·e} ce qu'il faut faire" { go = "search" },
  choice "Ne rien dire, attendre que ça passe" { go = "wait-alone", when = "not did('talk')" },
}

scene "wait-alone" {
  later "Les jours suivants",
  narrate "Tu ne réponds plus. Tu ne dis rien à personne. Au ciné, tu souris aux clients et tu regardes ton téléphone toutes les cinq minutes.",
  when "did('lock-down')" {
    narrate "Ton compte est privé : de l'extérieur, ils ne voient plus personne à qui écrire. Les messages s'espacent.",
    clock "19:20",
    sam "hey, t'as l'air ailleurs depuis dimanche. ça va ?",
  },
  when "not did('lock-down')" {
    narrate "De nouveaux comptes t'écrivent. Tu ne les ouvres pas.",
    clock "19:20",
    sam "{name}, j'ai reçu un message bizarre d'un compte inconnu. ça parle de toi. j'ai rien ouvert.",
    sam "ça va ? je suis là si tu veux.",
  },
  choice "Tout raconter à Robin" { go = "sam-talk" },
  choice "Répondre que tout va bien" { go = "cut-off", when = "lost", say = "t'inquiète, tout va bien" },
  choice "Répondre que tout va bien" { go = "alone", when = "not lost", say = "t'inquiète, tout va bien" },
}

----------------------------------------------------------------------------
-- B9 : en parler. Robin répond à ce que le joueur ressent.
----------------------------------------------------------------------------

scene "sam-talk" {
  chat = "sam",
  did "talk",
  me "faut que je te dise un truc. c'est gênant.",
  sam "je suis là. prends ton temps",
  narrate "Tu écris, tu effaces, tu réécris. Puis tu envoies tout d'un coup.",
  sam "ok.",
  sam "merci de me l'avoir dit. vraiment.",
  sam "ça arrive à plein de gens, tu sais. j'ai lu un article là-dessus : c'est des réseaux organisés, ils font ça à la chaîne.",
  sam "qu'est-ce qui te fait le plus peur, là ?",
  choice "« J'ai honte. »" { go = "sam-shame", say = "j'ai honte. tellement honte." },
  choice "« J'ai peur qu'ils envoient tout. »" { go = "sam-fear", say = "j'ai peur qu'ils envoient tout. à ma famille, à mes collègues" },
  choice "« Je m'en veux. J'ai peur d'avoir tout aggravé. »" {
    go = "sam-guilt", say = "je m'en veux. j'ai peur d'avoir tout aggravé",
  },
}

scene "sam-shame" {
  sam "y a rien de honteux à avoir une conversation intime avec quelqu'un qui te plaît.",
  sam "la honte, elle est pour eux. c'est eux qui font du chantage.",
  sam "et je te vois pas différemment. promis.",
  go "plan",
}

scene "sam-fear" {
  sam "je comprends.",
  sam "on va leur laisser le moins de prise possible : ton compte en privé, des signalements, et il existe des outils pour faire retirer une vidéo si elle sort.",
  sam "je peux pas te promettre qu'il se passera rien. mais s'il se passe quelque chose, tu seras pas {seul|seule|seul·e}, et ça se répare.",
  go "plan",
}

scene "sam-guilt" {
  when "paid > 0" {
    sam "tu as payé ? ok. tu t'arrêtes là, c'est tout. c'est pas grave.",
  },
  when "lost" {
    sam "t'as fait ce que tu pouvais, dans la panique. et la panique, c'est eux qui l'ont créée, exprès.",
  },
  sam "tu as rien aggravé en me parlant. au contraire.",
  sam "on reprend à partir de maintenant.",
  go "plan",
}

scene "plan" {
  narrate "Une heure plus tard, Robin est là, avec deux cafés et un carnet.",
  narrate "« On fait une liste. Dans l'ordre. Et on la fait ensemble. »",
  think "D'abord, se protéger.",
  go "protect",
}

scene "search" {
  narrate "Tu tapes « chantage vidéo Instagram que faire » dans un moteur de recherche.",
  narrate "Une fiche officielle sur la sextorsion, sur un site du gouvernement. Tu la lis deux fois.",
  narrate "Ne plus répondre. Ne pas payer. Garder des preuves. Signaler, bloquer. Protéger ses comptes. En parler. Porter plainte.",
  think "Il y a une fiche officielle. Je ne suis vraiment pas {le seul|la seule|la seule personne} à qui ça arrive.",
  think "D'abord, se protéger.",
  go "protect",
}

----------------------------------------------------------------------------
-- Dimanche : se protéger (preuves, signalement, compte privé)…
----------------------------------------------------------------------------

scene "protect" {
  when "did('evidence') and did('report-platform') and (did('lock-down') or deleted)" {
    think "Captures, signalements, compte protégé : c'est fait.",
  },
  choice "Faire des captures de ce qui reste" { go = "shots-day", did = "evidence", when = "not did('evidence')" },
  choice "Signaler et bloquer les comptes qui t'écrivent" {
    go = "report-day", did = { "report-platform", "block" }, when = "not did('report-platform')",
  },
  choice "Passer ton compte en privé et cacher tes abonnés" {
    go = "lock-day", did = "lock-down", when = "not did('lock-down') and not deleted",
  },
  choice "Passer à la suite : signaler, faire retirer" { go = "act" },
}

scene "shots-day" {
  when "lost" {
    narrate "Tu captures ce qui reste : le nouveau compte n0tice.2291, ses menaces, l'heure de chaque message.",
    narrate "Le premier compte, ses messages et son lien, eux, sont perdus. Ce que tu as aujourd'hui comptera quand même.",
  },
  when "not lost" {
    narrate "Tu captures toute la conversation : le profil clara.vbs et son adresse, la vidéo qu'ils t'ont envoyée, chaque menace, la somme, le lien.",
  },
  narrate "Tout va dans un dossier, avec une copie envoyée par mail.",
  go "protect",
}

scene "report-day" {
  narrate "Sur chaque application où ils t'ont écrit : Signaler › Chantage ou menace de partager une image intime. Puis : Bloquer.",
  when "not did('evidence')" {
    set { lost = true },
    narrate "Les conversations disparaissent derrière « Utilisateur Instagram ». Il ne te reste rien à capturer.",
  },
  clara.reported "Merci pour votre signalement.",
  go "protect",
}

scene "lock-day" {
  narrate "Paramètres › Confidentialité › Compte privé. Tu retires de tes abonnés les comptes que tu ne connais pas.",
  narrate "Sur Facebook aussi : liste d'amis visible par toi {seul|seule|seul·e}, publications réservées à tes amis.",
  narrate "Tu ne supprimes rien : ni le compte, ni les messages. Ce sont des preuves.",
  go "protect",
}

----------------------------------------------------------------------------
-- … puis agir : PHAROS, le retrait, en parler, la plainte.
----------------------------------------------------------------------------

scene "act" {
  when "did('report-authority') and did('remove') and did('talk')" {
    think "Signalé, protégé, et je ne suis plus {seul|seule|seul·e} à savoir. Reste une question.",
  },
  choice "Signaler le lien et les comptes à {help.report-authority.name}" { go = "pharos", did = "report-authority", when = "not did('report-authority')" },
  choice "Chercher comment empêcher la vidéo de circuler" { go = "remove", did = "remove", when = "not did('remove')" },
  choice "En parler à quelqu'un : Robin" { go = "sam-talk", when = "not did('talk')" },
  choice "Décider si tu portes plainte" { go = "complaint-q" },
}

scene "pharos" {
  narrate "Tu fais ton signalement à {help.report-authority}.",
  when "did('evidence') and not lost" {
    narrate "Tu colles le lien, les pseudos, et tu décris la menace et la somme demandée.",
  },
  when "lost" {
    narrate "Le premier lien est perdu avec la conversation. Tu signales le nouveau compte, l'heure des messages, la somme demandée : tout ce que tu sais encore.",
  },
  when "not did('evidence') and not lost" {
    narrate "Tu recopies le lien à la main depuis la conversation, et tu décris la menace.",
  },
  narrate "Ce signalement peut faire retirer une vidéo publiée, et aider à remonter jusqu'aux groupes derrière ces comptes.",
  go "act",
}

scene "remove" {
  narrate "Tu découvres StopNCII, pour les adultes : l'outil calcule sur ton téléphone une empreinte numérique des images qui y sont. Les images, elles, ne quittent pas ton appareil.",
  narrate "Les plateformes qui y participent reconnaissent ensuite cette empreinte et bloquent les copies.",
  when "not lost" {
    narrate "Tu crées l'empreinte de la vidéo qu'ils t'ont envoyée.",
  },
  when "lost" {
    narrate "La vidéo qu'ils t'ont envoyée a disparu avec la conversation : sans copie, cet outil ne peut rien. Tu notes l'autre voie : si une copie réapparaît, la plateforme, {help.removal.name} ou la police peuvent la faire retirer.",
  },
  narrate "Si ces images dataient d'avant tes 18 ans, ce serait Take It Down, qui fonctionne de la même façon.",
  think "Il existe des outils. Ce n'est pas sans issue.",
  go "act",
}

scene "complaint-q" {
  when "did('talk')" {
    narrate "« Tu veux porter plainte ? Je peux venir avec toi », dit Robin.",
  },
  when "not did('talk')" {
    narrate "La fiche le dit : le chantage est un délit, et une plainte peut se déposer au commissariat ou à la gendarmerie.",
  },
  think "Une partie de moi veut juste que ça s'arrête. Pas raconter tout ça à quelqu'un en uniforme.",
  choice "Aller porter plainte" { go = "police", did = "complaint" },
  choice "Ne pas porter plainte : tu veux juste que ça s'arrête" { go = "no-complaint-q" },
}

scene "no-complaint-q" {
  narrate "C'est un choix que beaucoup de gens font. La porte reste ouverte : une plainte peut se déposer plus tard.",
  when "did('evidence')" {
    narrate "Tes captures, elles, restent dans leur dossier.",
  },
  choice "Tourner la page, pour l'instant" { go = "no-complaint" },
  choice "Finalement, y aller" { go = "police", did = "complaint" },
}

scene "police" {
  later "Mardi",
  clock "17:30",
  when "did('talk')" {
    narrate "Au commissariat, Robin s'assoit à côté de toi dans la salle d'attente.",
  },
  when "not did('talk')" {
    narrate "Au commissariat, tu attends ton tour, ton dossier sur les genoux.",
  },
  when "did('evidence')" {
    narrate "Tu poses sur le bureau tes captures imprimées. L'agente les feuillette, prend des notes, recopie les pseudos.",
  },
  when "not did('evidence')" {
    narrate "Tu n'as pas de captures. Tu racontes, dans l'ordre, avec les heures et les pseudos dont tu te souviens. L'agente note tout.",
  },
  narrate "« Vous êtes la victime, ici. Ce sont des réseaux organisés, souvent à l'étranger. Vous n'êtes pas la première personne que je reçois pour ça ce mois-ci. »",
  when "paid > 0" {
    narrate "« Vous avez payé ? Ça arrive très souvent. Vous avez arrêté, c'est ce qui compte. Notez ce que vous avez envoyé : ça nous aide. »",
  },
  narrate "Elle te tend un papier avec le numéro d'une association d'aide aux victimes.",
  -- Mêmes textes, deux fins : avoir parlé dès la première nuit, ou plus tard.
  choice "Sortir, et tout raconter à Robin" { go = "talked-early", when = "talk_early" },
  choice "Accepter l'aide de l'association" { go = "talked-early", when = "talk_early" },
  choice "Sortir, et tout raconter à Robin" { go = "all-right", did = "talk", when = "not talk_early" },
  choice "Accepter l'aide de l'association" { go = "all-right", did = "talk", when = "not talk_early" },
}

----------------------------------------------------------------------------
-- Les fins. Chacune est un bilan ; aucune ne laisse sans issue.
----------------------------------------------------------------------------

ending "spotted" {
  title = "Le faux profil démasqué",
  summary = "Tu as vérifié avant de faire confiance : les photos appartenaient à quelqu'un d'autre. Tu as gardé une capture, signalé le faux compte, puis bloqué. Ces profils servent d'appât à des groupes organisés : les repérer tôt évite tout le reste.",
  when "did('talk')" {
    sam "attends… une clara.vbs m'a écrit hier, à moi aussi. même message, même photo.",
    sam "je la signale aussi. merci pour l'info 👍",
  },
  when "not did('talk')" {
    narrate "Ce que tu ne sais pas encore : le même soir, « Clara » a écrit à d'autres personnes de ta ville, avec les mêmes mots. En parler autour de toi aide les autres à la repérer, eux aussi.",
  },
  narrate "Quelques jours plus tard, clara.vbs n'existe plus. D'autres profils prendront sa place, avec d'autres photos volées.",
  narrate "Mais vérifier avant de faire confiance, tu sais maintenant comment faire.",
}

ending "paid" {
  judges = { "no-pay", "evidence", "talk" }, -- named in the debrief even where the path never offered them
  title = "Payer n'a rien arrêté",
  summary = "Tu as payé {money paid} pour gagner du temps, et chaque paiement a fait grossir la demande suivante : pour le groupe, quelqu'un qui paie peut payer encore. Ce n'est pas ta faute. Arrêter de payer, garder les preuves et en parler restent possibles à tout moment.",
  narrate "Tu as déjà envoyé {money paid}. La nouvelle demande est plus grosse que la première.",
  think "Si je paie encore, il y en aura une autre. Maintenant, je le sais.",
  narrate "Tu poses le téléphone. Cette fois, tu ne réponds pas.",
  narrate "Si tu as déjà payé, arrête maintenant : ce n'est pas grave. L'argent envoyé ne t'oblige à rien.",
  narrate "Et il n'est pas trop tard : faire des captures, signaler le compte, passer ton compte en privé, en parler à quelqu'un, porter plainte. Tout ça marche encore aujourd'hui.",
}

ending "complied" {
  judges = { "no-pay", "talk" }, -- named in the debrief even where the path never offered them
  title = "Envoyer plus n'a rien effacé",
  summary = "Tu as renvoyé des vidéos en espérant qu'ils effacent tout : chaque envoi leur a donné plus de prise et de nouvelles menaces. Ce n'est pas ta faute, c'est leur méthode. Ne plus rien envoyer, garder des preuves et demander de l'aide, c'est ce qui casse ce piège.",
  narrate "Tu envoies ce qu'ils demandent, encore une fois. En retour : une nouvelle somme, un nouveau délai, la menace d'envoyer tout à ta famille.",
  clara "merci. maintenant {money 1500}.",
  think "Chaque fois que j'obéis, ils ont plus de prise sur moi.",
  narrate "Tu éteins la caméra. Tu n'enverras plus rien.",
  narrate "Tu n'es pas {seul|seule|seul·e} dans ce cas : des milliers de personnes ont reçu ces mêmes messages, et s'en sont sorties en arrêtant de répondre et en demandant de l'aide. Ce n'est pas trop tard pour toi non plus.",
}

ending "cut-off" {
  judges = { "evidence", "talk" }, -- named in the debrief even where the path never offered them
  title = "{Coupé|Coupée|Coupé·e} de tout, sans preuves",
  summary = "Dans la panique, tu as bloqué et supprimé avant de garder des preuves : le groupe a continué avec d'autres comptes, et il ne te restait rien à montrer. Couper le contact protège ; garder des captures d'abord laisse aussi des moyens d'agir. Et on peut encore en parler, ou porter plainte, même sans captures.",
  narrate "Tu réponds que tout va bien. Robin n'insiste pas.",
  narrate "Les nouveaux comptes finissent par se taire. Un jour sans message, puis une semaine.",
  narrate "Mais tu portes ça {seul|seule|seul·e}. Et le jour où tu voudrais signaler, il ne reste ni pseudo, ni lien, ni message.",
  crisis "Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide.",
  narrate "Rien n'est perdu pour autant : une plainte se dépose aussi avec ce dont on se souvient, et les outils de retrait marchent si une vidéo apparaît un jour.",
  narrate "Et Robin a écrit « je suis là ». Ça tient toujours.",
}

ending "alone" {
  judges = { "talk" }, -- named in the debrief even where the path never offered them
  title = "{Seul|Seule|Seul·e} avec ça",
  summary = "Tu as arrêté de répondre et de payer, mais tu es {resté|restée|resté·e} {seul|seule|seul·e} avec la peur : c'est exactement ce sur quoi comptent les maîtres-chanteurs. Ce n'est pas ta faute. En parler à quelqu'un de confiance, même plus tard, rend tout le reste plus léger.",
  narrate "Tu réponds que tout va bien. Robin n'insiste pas.",
  narrate "Les messages finissent par s'espacer. Tu gardes tout pour toi : la peur au ventre, le cœur qui saute à chaque notification.",
  crisis "Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide.",
  when "did('evidence')" {
    narrate "Ton dossier de captures est toujours là. Le jour où tu voudras signaler ou porter plainte, il servira.",
  },
  narrate "Il n'y a pas de date limite pour en parler. Robin l'a écrit : « je suis là ». C'est toujours vrai.",
}

ending "no-complaint" {
  title = "Mettre fin au chantage, d'abord",
  summary = "Tu as arrêté de répondre et de payer, et tu t'es {protégé|protégée|protégé·e}. Tu n'as pas porté plainte : beaucoup de victimes font ce choix, par honte ou par fatigue, parce que leur priorité est que ça s'arrête. Une plainte aide pourtant à arrêter ces groupes, et elle reste possible plus tard.",
  later "Trois semaines plus tard",
  narrate "Les messages se sont arrêtés. Pas d'un coup : un nouveau compte de temps en temps, que tu n'ouvres pas.",
  when "did('talk')" {
    sam "ça va, toi ?",
    me "ça va mieux. vraiment.",
    sam "si un jour tu veux aller au commissariat, je viens. même dans un an.",
  },
  when "not did('talk')" {
    narrate "Tu n'en as parlé à personne. Ça pèse encore, certains soirs. Une ligne d'aide ou une personne de confiance peuvent prendre une partie de ce poids, quand tu voudras.",
    crisis "Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide.",
  },
  narrate "Personne ne peut promettre que cette vidéo ne ressortira jamais. Mais si elle réapparaît, tu sais quoi faire, et tu sais que ça marche.",
}

ending "all-right" {
  title = "Tu as fait face",
  summary = "Tu as arrêté de répondre et de payer, puis tu es {allé|allée|allé·e} jusqu'au bout : plainte déposée, et quelqu'un à qui parler. Ce n'est pas ta faute : c'est un groupe organisé qui t'a {piégé|piégée|piégé·e}. Chaque étape t'a rendu un peu de prise.",
  narrate "Dehors, il fait encore jour. Tu respires mieux qu'en entrant.",
  when "did('evidence') and not lost" {
    narrate "Tes captures sont entre les mains de la police.",
  },
  when "did('report-platform')" {
    narrate "Le compte clara.vbs a été fermé quelques jours après ton signalement.",
  },
  when "lost" {
    narrate "Sans les premiers messages, le dossier est plus mince. Mais il existe, et ce que tu as raconté compte.",
  },
  narrate "Personne ne peut te promettre que la vidéo ne ressortira jamais. Mais si elle réapparaît, tu sais quoi faire : {help.report-authority.name}, les signalements, StopNCII. Et tu n'es plus {seul|seule|seul·e} à le savoir.",
}

ending "talked-early" {
  in_person = true, -- Robin est là, sur le trottoir
  title = "À deux, c'est plus léger",
  summary = "Tu as appelé Robin dès la première nuit. Tu n'as plus payé, et chaque étape s'est faite à deux, jusqu'à la plainte. En parler tôt ne change pas ce qui s'est passé, mais tout ce qui vient après devient plus facile.",
  narrate "Sur le trottoir, Robin te tend un café. Tu ris, pour la première fois depuis samedi.",
  sam "t'as été {courageux|courageuse|courageux·se}, tu sais.",
  when "did('evidence') and not lost" {
    narrate "Tes captures sont entre les mains de la police.",
  },
  when "did('report-platform')" {
    narrate "Le compte clara.vbs a été fermé quelques jours après ton signalement.",
  },
  when "lost" {
    narrate "Sans les premiers messages, le dossier est plus mince. Mais il existe, et ce que tu as raconté compte.",
  },
  narrate "Personne ne peut te promettre que la vidéo ne ressortira jamais. Mais si elle réapparaît, tu sais quoi faire : {help.report-authority.name}, les signalements, StopNCII. Et tu ne seras pas {seul|seule|seul·e}.",
}
