-- « Quarante minutes » : scénario C de SCENARIOS.md (le chantage sexuel
-- financier qui vise surtout des garçons de 14 à 17 ans ; sources : les
-- alertes publiques du FBI et du NCMEC citées dans RESOURCES.md).
-- La carte des scènes, des temps C1-C7 et des fins : docs/stories/forty-minutes.md.
--
-- Règles : rien d'explicite (une image est décrite par ce qu'elle fait, jamais
-- par ce qu'elle montre) ; jamais de reproche au joueur ; les maîtres-chanteurs
-- n'ont ni nationalité ni origine (« un groupe organisé, loin d'ici ») ; le
-- compte à rebours s'affiche mais n'impose jamais un choix : on peut toujours
-- s'arrêter et demander de l'aide ; chaque fin laisse de l'espoir.
-- Tout ce que le joueur doit faire (services, sommes, moyens de paiement) vient
-- des données du pays : {help.*}, {money N}, {payment.*}.

story {
  id = "forty-minutes",
  title = "Quarante minutes",
  app = "snapchat", -- Flash, l'appli aux messages éphémères, où se joue l'essentiel
  language = "fr",
  translations = { "en", "it" },
  start = "start",
  minutes = 10,
  note = "Un soir, une « fille » de ton âge, une photo, puis un chantage avec un compte à rebours. Rien d'explicite n'est montré.",
  teaches = {
    "no-pay", "check-link", "evidence", "report-platform", "report-authority", "block",
    "lock-down", "complaint", "talk", "verify", "boundaries", "remove",
  },
  vars = {
    flash = true,   -- la conversation est passée sur Flash (messages éphémères)
    sent = false,   -- a envoyé une photo
    fake = false,   -- n'a rien envoyé : ils ont fabriqué une image (variante C6)
    paid = 0,       -- euros déjà payés
    lost = false,   -- a tout bloqué et effacé avant de garder des preuves
    posted = false, -- quelque chose a été envoyé à des abonnés à la fin du compte à rebours
  },
}

-- Les noms sont ceux des comptes : les mêmes dans toutes les langues.
local jade = character "jade" { name = "jade.lmn", color = "#e64980", initials = "J" }
local jade2 = character "jade2" { name = "j.lmn_2", color = "#495057", initials = "J" }
local theo = character "theo" { name = "Théo", color = "#1c7ed6", initials = "T" }
local maya = character "maya" { name = "Maya", color = "#2f9e44", initials = "M" }

----------------------------------------------------------------------------
-- C1 : un soir, dans ta chambre ; une « fille » de ton âge, des amis en commun.
----------------------------------------------------------------------------

scene "start" {
  chat = "jade", -- la soirée commence ici : ces lignes ne vont pas dans toutes les conversations
  clock "21:14",
  narrate "{name}, quinze ans. Mardi soir, dans ta chambre. Les maths attendent ; toi, tu es sur Pixo.",
  jade.request "jade.lmn a commencé à te suivre · 14 amis en commun",
  jade { "hey 😊", typing = 2 },
  jade "c'était toi au tournoi de hand samedi ? le n°7 ?",
  think "Jade ? Quatorze amis en commun… Elle doit être du coin.",
  choice "Lui répondre" { go = "chat", say = "oui c'était moi 😅 on se connaît ?" },
  choice "Regarder son profil d'abord" { go = "profile" },
}

scene "profile" {
  moment = "Le profil de Jade : quatorze amis en commun", -- the teacher's sheets name this moment (moment.h)
  narrate "Compte créé il y a douze jours. Six photos, toutes publiées le même soir : une fille de ton âge, à la plage, à un cours de danse, en selfie.",
  narrate "Les quatorze amis en commun : des gens {school.from}. Surtout ceux qui acceptent tout le monde.",
  think "Bon. Elle est peut-être juste nouvelle.",
  discuss {
    "Quatorze amis en commun : est-ce que ça prouve qu'on connaît quelqu'un ? Qu'est-ce qui pourrait mettre la puce à l'oreille ici ?",
    notes = "Des amis en commun se collectionnent en quelques jours : il suffit que des gens acceptent sans regarder. Indices possibles : un compte tout récent, toutes les photos publiées le même soir, personne qui la connaît vraiment. Aucun ne prouve rien à lui seul. Le but n'est pas de soupçonner tout le monde, mais de prendre le temps de vérifier avant de faire confiance.",
  },
  choice "Demander à Théo s'il la connaît" { go = "theo", did = "verify" },
  choice "Lui répondre" { go = "chat", say = "oui c'était moi 😅 on se connaît ?" },
}

scene "theo" {
  chat = "theo",
  me "tu connais une jade.lmn ?",
  theo { "jsp, elle m'a ajouté la semaine dernière", typing = 2 },
  theo "j'ai accepté, elle est jolie mdr",
  theo "pk ?",
  think "Quatorze amis en commun, et personne ne la connaît vraiment.",
  choice "Capturer son profil, la signaler comme faux compte, puis la bloquer" {
    go = "spotted", did = { "evidence", "report-platform", "block" },
  },
  choice "Lui répondre quand même : elle a l'air sympa" { go = "chat", say = "oui c'était moi 😅 on se connaît ?" },
}

----------------------------------------------------------------------------
-- C2 : des compliments, très vite ; elle propose de passer sur une appli où
-- les messages s'effacent.
----------------------------------------------------------------------------

scene "chat" {
  clock "21:17",
  jade "non mais je t'ai {vu|vue|vu·e} sur les photos du club 🙈",
  jade "t'étais trop {fort|forte|fort·e}. et t'as un sourire qui tue",
  jade "je viens d'emménager, je connais presque personne ici",
  jade { "t'es {le seul|la seule|la seule personne} qui me répond gentiment 🥺", typing = 2 },
  think "Ça fait bizarre. Mais plutôt bizarre dans le bon sens.",
  clock "21:22",
  jade "ici ma mère regarde mes messages 🙄",
  jade "t'as Flash ? c'est mieux, les messages s'effacent",
  choice "L'ajouter sur Flash" { go = "flash", say = "ok je t'ajoute" },
  choice "Lui proposer un appel vidéo rapide, pour voir si c'est bien elle" {
    go = "videocheck", did = "verify", say = "on s'appelle 2 sec en vidéo ? pour se voir 😄",
  },
  choice "Lui dire que tu préfères rester ici" {
    go = "stay", did = "boundaries", say = "je préfère rester ici si ça te va",
  },
}

scene "videocheck" {
  jade "mdr maintenant ?? je suis en pyjama 🙈",
  jade "et ma caméra est cassée depuis une semaine",
  jade "viens sur Flash, on sera mieux 😘",
  think "Caméra cassée. Pas d'appel. Bon…",
  choice "Aller sur Flash quand même" { go = "flash", say = "ok ok je t'ajoute" },
  choice "Rester ici" { go = "stay", did = "boundaries", say = "je préfère rester ici" },
}

scene "stay" {
  set { flash = false },
  jade "t'es bizarre toi 😅",
  jade "bon ok. on reste ici",
  go "ask",
}

scene "flash" {
  system "Flash · Les messages disparaissent après lecture",
  jade "coucou toi 😏",
  jade "enfin tranquilles",
  go "ask",
}

----------------------------------------------------------------------------
-- C3 : « sa » photo (volée), la demande, le choix.
----------------------------------------------------------------------------

scene "ask" {
  clock "21:31",
  jade "j'ai jamais accroché aussi vite avec qqn",
  jade "tu me fais confiance ?",
  jade.photo "Une photo d'elle devant un miroir. Le genre de photo qu'on n'envoie qu'à quelqu'un de très proche.",
  when "flash" {
    system "La photo a disparu.",
  },
  jade "à toi maintenant 🙈",
  jade { "juste pour moi. ça s'efface de toute façon", typing = 2 },
  think "Vingt minutes qu'on se parle. Et elle m'envoie ça. Si je dis non, elle va partir.",
  choice "Envoyer une photo de toi" { go = "sent" },
  choice "Gagner du temps" { go = "stall", say = "pas ce soir 😅 on se connaît à peine" },
  choice "Dire non" { go = "refused", did = "boundaries", say = "non. je fais pas ça" },
  choice "Demander à Maya, ta grande sœur, ce qu'elle en pense" { go = "ask-maya", did = "talk" },
}

scene "stall" {
  jade "allez 🥺",
  jade "moi je t'ai fait confiance",
  jade "sinon je te bloque et tu me reverras plus jamais",
  think "Elle va vraiment partir ?",
  choice "Envoyer, pour ne pas la perdre" { go = "sent" },
  choice "Dire non quand même" { go = "refused", did = "boundaries", say = "non. {désolé|désolée|désolé·e}" },
  choice "Demander à Maya ce qu'elle en pense" { go = "ask-maya", did = "talk" },
}

scene "ask-maya" {
  chat = "maya",
  narrate "Maya, 19 ans, est rentrée de la fac pour la semaine. Elle révise dans la chambre d'à côté.",
  me "maya t'as 2 min ? question bizarre",
  maya { "vas-y", typing = 2 },
  narrate "Tu lui racontes : Jade, les amis en commun, Flash, la photo, ce qu'elle te demande.",
  maya "ok. une fille que tu connais depuis vingt minutes te demande ça ?",
  maya "non. tu envoies rien. un compte tout neuf qui va aussi vite, ça ressemble à une arnaque connue",
  maya "et si elle insiste ou qu'elle te menace : tu viens me voir. quoi qu'il arrive. t'auras pas d'ennuis avec moi",
  set { flash = false },
  did "boundaries",
  me "non, {désolé|désolée|désolé·e}. je fais pas ça",
  go "refused",
}

scene "sent" {
  me.photo "Une photo de toi. Le genre de photo que tu ne montrerais à personne d'autre.",
  set { sent = true },
  when "flash" {
    system "jade.lmn a fait une capture d'écran.",
    think "Une capture ? Mais… ça devait s'effacer.",
  },
  set { flash = false },
  go "flip",
}

scene "refused" {
  set { flash = false },
  jade "ok.",
  jade "t'es pas drôle",
  later "Dix minutes plus tard",
  go "flip-fake",
}

----------------------------------------------------------------------------
-- C4 : le retournement. Le montage avec tes abonnés, la somme, le moyen de
-- paiement du pays, le compte à rebours.
----------------------------------------------------------------------------

scene "flip" {
  clock "21:42",
  jade.photo "Un montage : ta photo, et juste à côté, la liste de tes abonnés. Ta mère. Maya. Ton coach. Théo. Le groupe de la classe.",
  jade "regarde bien.",
  jade "{money 500} ou tout le monde reçoit ça.",
  jade "en {payment.giftcard} ou par {payment.app}. t'as 40 minutes.",
  jade "⏳ 40:00",
  narrate "Plus d'emojis. Plus de « mdr ». Des phrases courtes, comme copiées-collées.",
  think "Non. Non, non, non.",
  go "panic",
}

----------------------------------------------------------------------------
-- C6 : la variante sans envoi. Une image fabriquée à partir de tes photos
-- publiques : c'est quand même du chantage, et les mêmes étapes marchent.
----------------------------------------------------------------------------

scene "flip-fake" {
  moment = "21:42 : l'image fabriquée (rien n'a été envoyé)", -- the teacher's sheets name this moment (moment.h)
  clock "21:42",
  jade "tu croyais qu'il fallait que t'envoies quelque chose ?",
  jade.photo "Une image : ton visage, pris sur la photo de l'équipe de hand, collé sur un corps qui n'est pas le tien. Une image fabriquée, du genre qu'on ne voudrait jamais voir circuler.",
  set { fake = true },
  jade.photo "Et à côté, la liste de tes abonnés. Ta mère. Maya. Ton coach. Théo. Le groupe de la classe.",
  jade "{money 500} ou tout le monde reçoit ça.",
  jade "en {payment.giftcard} ou par {payment.app}. t'as 40 minutes.",
  jade "⏳ 40:00",
  narrate "Plus d'emojis. Plus de « mdr ». Des phrases courtes, comme copiées-collées.",
  think "Mais c'est même pas moi. J'ai rien envoyé !",
  think "Au premier coup d'œil, pourtant… qui saura que c'est faux ?",
  discuss {
    "{name} n'a rien envoyé, et le chantage arrive quand même. Qu'est-ce que ça change ? Qu'est-ce que ça ne change pas ?",
    notes = "Avec quelques photos publiques, des outils peuvent fabriquer une fausse image intime en quelques minutes. Dire non n'était pas inutile : ce n'était pas une protection totale, parce que le problème, ce sont eux. Ce qui ne change pas : c'est du chantage, ce n'est pas la faute de la personne visée, et les mêmes étapes marchent (ne pas payer, garder les preuves, signaler, bloquer, en parler, faire retirer). Fabriquer ou faire circuler une telle image est un délit, même « pour rire ». Mettre ses comptes en privé réduit ce qu'ils peuvent prendre.",
  },
  go "panic",
}

----------------------------------------------------------------------------
-- C5 : la panique. Payer ou pas ; « personne ne te croira ». La carte de crise.
-- Le compte à rebours défile dans la conversation, mais aucun choix n'expire :
-- « Demander de l'aide » est toujours là.
----------------------------------------------------------------------------

scene "panic" {
  moment = "21:43 : le compte à rebours, la panique", -- the teacher's sheets name this moment (moment.h)
  clock "21:43",
  jade "⏳ 39:00",
  narrate "Ton cœur cogne. Tu as chaud, puis froid. Tu n'arrives plus à penser.",
  narrate "Ce qui t'arrive a un nom : la sextorsion. Un chantage avec une image, pour de l'argent.",
  crisis "Si c'est trop lourd, si tu penses à te faire du mal : parles-en tout de suite à quelqu'un. Il y a des gens pour t'écouter, jour et nuit. Ce moment va passer.",
  -- Sur le chemin de l'image fabriquée, sa propre question vient juste avant.
  when "not fake" {
    discuss {
      "Pourquoi un compte à rebours ? Qu'est-ce qu'il empêche de faire ?",
      notes = "Le minuteur est inventé : il sert à empêcher de réfléchir et de demander de l'aide. En vrai, on a le temps : le temps d'arrêter de répondre, d'aller voir quelqu'un, d'appeler une ligne d'écoute. Dans le jeu aussi, le minuteur défile mais aucun choix n'expire : on peut toujours s'arrêter et demander de l'aide. Faire remarquer que les mêmes groupes utilisent ce minuteur avec des centaines de personnes chaque soir.",
    },
  },
  choice "Payer, pour que ça s'arrête" { go = "pay1" },
  choice "Leur répondre, les supplier d'arrêter" {
    go = "beg", say = "s'il vous plaît arrêtez. j'ai quinze ans. j'ai pas cet argent",
  },
  choice "Tout bloquer et tout effacer, tout de suite" { go = "cut", did = "block" },
  choice "Poser le téléphone. Demander de l'aide." { go = "tell", did = "no-pay" },
}

scene "beg" {
  moment = "« Personne va te croire »", -- the teacher's sheets name this moment (moment.h)
  when "not fake" {
    jade "personne va te croire.",
    jade "c'est toi sur la photo. c'est toi qui l'as envoyée.",
  },
  when "fake" {
    jade "tu vas dire que c'est un montage ? personne va te croire.",
  },
  jade "tu vas voir la police ? c'est toi qu'ils vont arrêter.",
  jade "envoie ce que t'as. maintenant.",
  jade "⏳ 35:00",
  think "Et s'ils avaient raison ? Qui va me croire, moi ?",
  discuss {
    "« Personne ne te croira. C'est toi que la police arrêtera. » Pourquoi le maître-chanteur dit-il ça ? Est-ce vrai ?",
    notes = "C'est faux, et c'est le cœur de la méthode : isoler la personne, pour qu'elle paie au lieu d'en parler. Les lignes d'écoute, les plateformes et la police voient ce chantage tous les jours : elles savent que c'est un groupe organisé, et c'est la personne visée qu'elles protègent. Un adulte de confiance qui connaît le sujet croit, et aide. Avec une image fabriquée, c'est encore plus net : ceux qui la reçoivent voient souvent le montage.",
  },
  choice "Payer ce que tu as, pour gagner du temps" { go = "pay1" },
  choice "Ne plus répondre. Demander de l'aide." { go = "tell", did = "no-pay" },
}

scene "pay1" {
  clock "21:51",
  narrate "Sur ton compte, il y a tes économies de l'été. Pas {money 500}. Loin de là.",
  me "j'ai que {money 50}",
  jade "envoie. maintenant.",
  narrate "Tu envoies {money 50} par {payment.app}. Tes mains tremblent.",
  add { paid = 50 },
  jade "reçu 🙂",
  jade "tu vois que tu peux payer.",
  jade "maintenant {money 300}. en {payment.giftcard}. ⏳ 25:00",
  think "Payer n'a rien arrêté. Ça leur a juste montré que je paie.",
  narrate "Si tu as déjà payé, tu peux t'arrêter maintenant. Ce n'est pas grave.",
  choice "Payer encore, avec l'argent de ton anniversaire" { go = "pay2" },
  choice "Arrêter là. Demander de l'aide." { go = "tell", did = "no-pay" },
}

scene "pay2" {
  clock "22:04",
  narrate "La supérette en bas est encore ouverte. Tu y cours avec l'argent de ton anniversaire, et tu envoies les codes de {payment.giftcard} pour {money 100}.",
  add { paid = 100 },
  jade "bien.",
  jade "le chef dit {money 800} maintenant. sinon ça part chez ta mère ce soir.",
  go "paid",
}

scene "cut" {
  narrate "Bloquer. Supprimer la conversation. Confirmer.",
  jade.blocked "",
  set { lost = true },
  narrate "En trois gestes, tout a disparu : le pseudo, les messages, le montage, le compte à rebours.",
  think "Voilà. C'est fini. Non ?",
  clock "21:46",
  jade2.request "Pixo · Nouveau message de j.lmn_2",
  jade2 "bloquer sert à rien. on est plusieurs.",
  jade2 "on a ta liste. ⏳ 36:00",
  think "Et moi, je n'ai plus rien. Pas une capture. Même pas son pseudo exact.",
  choice "Demander de l'aide" { go = "tell" },
  choice "Ne rien dire à personne, attendre que ça passe" { go = "solo-wait" },
}

----------------------------------------------------------------------------
-- C7 : quelqu'un aide. À qui en parler ?
----------------------------------------------------------------------------

scene "tell" {
  narrate "Tu poses le téléphone, écran contre le lit. Il vibre encore.",
  think "Je ne sais plus quoi faire.",
  choice "Écrire à Maya, dans la chambre d'à côté" { go = "maya", when = "not did('talk')" },
  choice "Retourner voir Maya, comme promis" { go = "maya", when = "did('talk')" },
  choice "Demander de l'aide à {help.youth-line}" { go = "line", when = "not did('talk')" },
  choice "Gérer ça {seul|seule|seul·e}" { go = "solo" },
}

scene "line" {
  narrate "Tu contactes {help.youth-line}. Quelques minutes d'attente, puis quelqu'un répond.",
  narrate "« Merci de nous contacter. Tu as bien fait. Ce qui t'arrive, on le voit souvent, et ce n'est pas ta faute. »",
  narrate "« Ne réponds plus, ne paie rien, n'envoie rien. Est-ce qu'il y a quelqu'un chez toi, ce soir, à qui tu peux le montrer ? »",
  think "Maya. Dans la chambre d'à côté.",
  go "maya",
}

scene "maya" {
  chat = "maya",
  did "talk",
  me "maya t'es là ? j'ai un gros problème. viens stp",
  narrate "Trente secondes plus tard, Maya est assise au bord de ton lit, ton téléphone entre vous deux. Tu lui montres tout. Tu n'arrives pas à la regarder.",
  narrate "« Ok. Respire. D'abord : c'est pas ta faute. Ceux qui font ça, c'est un groupe organisé, loin d'ici. Ils le font à des centaines de gens, à la chaîne, avec les mêmes messages. »",
  narrate "« On ne répond plus. On ne paie rien. On n'envoie rien. »",
  did "no-pay",
  when "paid > 0" {
    narrate "« Tu as payé ? Ok. Tu t'arrêtes là, c'est tout. C'est pas grave. »",
  },
  think "Elle n'est pas fâchée. Elle est là.",
  narrate "« Qu'est-ce qui te fait le plus peur, là ? »",
  choice "« J'ai trop honte. »" { go = "maya-shame" },
  choice "« Personne va me croire. »" { go = "maya-believe" },
  choice "« Ils vont l'envoyer à tout le monde. »" { go = "maya-fear" },
}

scene "maya-shame" {
  narrate "« La honte, elle est pour eux. Toi, tu as parlé à quelqu'un qui avait l'air sympa. Eux, ils font du chantage à {un|une|un·e} ado. »",
  narrate "« Et je te vois pas différemment. Promis. »",
  go "first",
}

scene "maya-believe" {
  when "fake" {
    narrate "« Moi je te crois. Et franchement, ce montage, ça se voit. »",
  },
  when "not fake" {
    narrate "« Moi je te crois. »",
  },
  narrate "« C'est exactement ce qu'ils veulent que tu penses, pour que tu paies au lieu d'en parler. La police connaît ce chantage par cœur. C'est toi qu'elle protège, pas eux. »",
  go "first",
}

scene "maya-fear" {
  narrate "« Je comprends. Je peux pas te promettre qu'ils n'enverront rien. Mais souvent, quand on ne paie pas, ils passent à quelqu'un d'autre. »",
  narrate "« Et s'ils envoient quelque chose, il y a des moyens de le faire retirer. Tu seras pas {seul|seule|seul·e}. »",
  go "first",
}

----------------------------------------------------------------------------
-- Les étapes, dans l'ordre : preuves, lien, signalement et blocage, comptes.
----------------------------------------------------------------------------

scene "first" {
  clock "21:58",
  when "not did('block')" {
    jade "⏳ 24:00",
    jade "t'es où ? tic tac",
  },
  when "did('block')" {
    jade2 "⏳ 24:00",
  },
  narrate "Maya prend ton téléphone. « Bon. Par quoi on commence ? »",
  choice "Les bloquer tout de suite : tu ne veux plus les voir" {
    go = "block-first", did = "block", when = "not did('block')",
  },
  choice "Tout capturer avant de toucher à quoi que ce soit" {
    go = "shots", did = "evidence", when = "not did('block')",
  },
  choice "Capturer ce qui reste : le nouveau compte" { go = "shots", did = "evidence", when = "did('block')" },
  choice "Laisser tomber les captures" { go = "link", when = "did('block')" },
}

scene "block-first" {
  narrate "Bloquer. La conversation se vide d'un coup.",
  jade.blocked "",
  set { lost = true },
  narrate "Maya grimace. « Aïe, la conversation est partie avec. C'est pas grave, ça arrive tout le temps. On fait avec ce qui reste. »",
  jade2.request "Pixo · Nouveau message de j.lmn_2",
  jade2 "tu crois que bloquer suffit ? on a ta liste.",
  narrate "« Tu vois : ils reviennent avec un autre compte. Celui-là, on le capture. »",
  did "evidence",
  go "shots",
}

scene "shots" {
  when "not lost" {
    narrate "Capture. Capture. Capture. Le profil jade.lmn, le pseudo exact, le montage, la somme, le moyen de paiement exigé, le compte à rebours.",
  },
  when "lost" {
    narrate "Capture du nouveau compte j.lmn_2 : son pseudo, ses messages, l'heure de chacun. Le premier compte est perdu ; ce qui reste comptera quand même.",
  },
  when "paid > 0" {
    narrate "Et le reçu de ton paiement : ça aide à remonter jusqu'à eux.",
  },
  narrate "Maya photographie aussi l'écran avec son téléphone, au cas où. Tout va dans un dossier.",
  think "Mes mains tremblent moins quand elles ont quelque chose à faire.",
  go "link",
}

scene "link" {
  clock "22:06",
  when "not did('block')" {
    jade "tu crois qu'on rigole ? c'est déjà en ligne :",
  },
  when "did('block')" {
    jade2 "tu crois qu'on rigole ? c'est déjà en ligne :",
  },
  system "Un lien",
  think "En ligne ? Déjà ?",
  choice "Ouvrir le lien pour voir" { go = "link-open" },
  choice "Ne pas l'ouvrir : le garder pour le signalement" { go = "link-kept", did = "check-link" },
}

scene "link-open" {
  narrate "Une page s'ouvre : « Connecte-toi avec Pixo pour voir la vidéo ».",
  narrate "Maya pose la main sur l'écran. « Non. On se connecte à rien, on télécharge rien. Ces pages servent à voler ton compte, ou à te faire paniquer. »",
  narrate "« Le lien, on le garde pour le signalement, c'est tout. La prochaine fois, on ne l'ouvre même pas. »",
  go "report",
}

scene "link-kept" {
  narrate "Maya copie le lien dans le dossier, avec les captures.",
  narrate "« Ces liens mènent presque toujours à une page vide, privée, ou à un piège pour voler ton compte. C'est fait pour te faire paniquer. Ceux qui signalent sauront quoi en faire. »",
  go "report",
}

scene "report" {
  narrate "« Maintenant, on les signale. »",
  choice "Signaler les comptes dans les applis, puis les bloquer" {
    go = "lockdown", did = { "report-platform", "block" }, when = "not did('block')",
  },
  choice "Les bloquer, sans signaler" { go = "lockdown", did = "block", when = "not did('block')" },
  choice "Signaler les comptes dans les applis" { go = "lockdown", did = "report-platform", when = "did('block')" },
  choice "Passer à la suite" { go = "lockdown", when = "did('block')" },
}

scene "lockdown" {
  when "did('report-platform')" {
    jade.reported "Merci. Nous examinerons ton signalement.",
  },
  -- bloqués sans signalement, ici (pas avant, dans la panique : lost)
  when "did('block') and not did('report-platform') and not lost" { jade.blocked "" },
  think "Ils ont vu la liste de mes abonnés. Ils ont les photos du club.",
  narrate "« Et ton compte Pixo, il est public ? »",
  choice "Supprimer ton compte Pixo, pour disparaître" { go = "delete-stop" },
  choice "Passer ton compte en privé et cacher tes abonnés" { go = "private", did = "lock-down" },
}

scene "delete-stop" {
  narrate "Paramètres › Compte › Supprimer. Maya t'arrête avant la deuxième confirmation.",
  narrate "« Attends. Si tu le supprimes, tes messages partent avec : c'est des preuves. On le passe en privé, c'est tout. »",
  go "private",
}

scene "private" {
  did "lock-down",
  narrate "Paramètres › Confidentialité › Compte privé. Liste des abonnés : masquée. Tu retires les comptes que tu ne connais pas.",
  narrate "Tu ne supprimes rien : ni le compte, ni les messages.",
  go "deadline",
}

----------------------------------------------------------------------------
-- C7 : le compte à rebours arrive à zéro. Rien — ou quelque chose part, et
-- le retrait et l'aide marchent quand même.
----------------------------------------------------------------------------

scene "deadline" {
  clock "22:22",
  narrate "L'heure de leur compte à rebours. Maya et toi, vous regardez le téléphone sans rien dire.",
  when "paid > 0" {
    set { posted = true },
    later "Trois minutes plus tard",
    clock "22:25",
    theo "eh",
    when "fake" {
      theo "un compte bizarre vient d'envoyer une image de toi à des gens de la classe",
      theo "c'est un montage, ça se voit de loin. je l'ai signalé. on l'a tous signalé",
    },
    when "not fake" {
      theo "un compte bizarre vient d'envoyer un truc sur toi à des gens de la classe",
      theo "j'ai pas ouvert. je l'ai signalé. ça va ?",
    },
    think "Ça y est. Ils l'ont fait. Alors que j'avais payé.",
    narrate "Maya te serre l'épaule. « Ok. On sait quoi faire. Il existe des moyens de faire retirer ça. Et regarde Théo : il est de ton côté. »",
  },
  when "not posted" {
    narrate "Rien. Pas de notification, pas de message de Théo. Juste le silence.",
    narrate "« Souvent, ça s'arrête comme ça : ils comptent sur la peur, et ils passent à quelqu'un d'autre. Personne ne peut le promettre. Mais si ça ressort un jour, on saura quoi faire. »",
  },
  narrate "« Maintenant, on va voir maman. »",
  go "mum",
}

scene "mum" {
  narrate "Ta mère éteint la télé dès qu'elle voit vos têtes. Tu racontes. Maya complète.",
  narrate "Elle ne crie pas. Elle te prend dans ses bras. « Je ne suis pas fâchée contre toi. Je suis fâchée contre eux. »",
  go "act",
}

scene "act" {
  narrate "« Qu'est-ce qu'on fait maintenant ? »",
  choice "Signaler à {help.report-authority}" { go = "authority", did = "report-authority", when = "not did('report-authority')" },
  choice "Chercher comment faire retirer une image" { go = "removal", did = "remove", when = "not did('remove')" },
  choice "Aller porter plainte demain, avec ta mère" { go = "police", did = "complaint" },
  choice "Aller dormir. La police, on verra." { go = "bed" },
}

scene "authority" {
  narrate "Ta mère et toi signalez à {help.report-authority} les comptes, le lien et le montage, avec les captures.",
  narrate "C'est fait pour ça : faire retirer ce qui a été publié, et transmettre aux enquêteurs qui remontent jusqu'aux groupes derrière ces comptes.",
  go "act",
}

scene "removal" {
  when "sent" {
    narrate "La photo que tu as envoyée est encore dans ton téléphone.",
  },
  when "fake" {
    narrate "L'image fabriquée est dans tes captures.",
  },
  narrate "{help.removal} sert exactement à ça : faire bloquer ou retirer une image intime d'un mineur, sur les plateformes qui participent, sans avoir à la montrer à tes proches.",
  narrate "Et si une image circule sans que tu en aies de copie, la plateforme ou la police peuvent aussi la faire retirer.",
  think "Il existe des outils. Ce n'est pas sans issue.",
  go "act",
}

scene "police" {
  later "Le lendemain",
  clock "17:30",
  narrate "Au commissariat, ta mère s'assoit à côté de toi. Tu poses le dossier de captures sur le bureau.",
  narrate "L'agente les feuillette, recopie les pseudos, le lien, le moyen de paiement.",
  narrate "« Vous êtes la victime, ici. Personne ne va vous arrêter. Ce sont des groupes organisés, loin d'ici. Vous êtes la troisième personne de votre âge que je reçois pour ça ce mois-ci. »",
  when "paid > 0" {
    narrate "« Vous avez payé ? Ça arrive très souvent. Vous avez arrêté, c'est ce qui compte. »",
  },
  go "home",
}

scene "bed" {
  narrate "Tu te couches. Maya laisse sa porte ouverte. Ta mère passe deux fois voir si tu dors.",
  narrate "La plainte peut attendre demain, ou la semaine prochaine : la porte reste ouverte, et les captures sont dans leur dossier.",
  go "home",
}

-- Trois fins possibles selon ce qui s'est passé à la fin du compte à rebours.
-- Le même texte de choix, des conditions complémentaires : un seul est montré.
scene "home" {
  think "Quarante minutes. Ça m'a paru une nuit entière.",
  choice "Souffler, enfin" { go = "all-right", when = "not posted and not fake" },
  choice "Souffler, enfin" { go = "fake", when = "not posted and fake" },
  choice "Souffler, enfin" { go = "posted", when = "posted" },
}

----------------------------------------------------------------------------
-- Seul·e : arrêter de répondre, sans en parler. Une porte reste ouverte.
----------------------------------------------------------------------------

scene "solo" {
  did "no-pay",
  narrate "Tu ne réponds plus. Tu ne paies rien.",
  choice "Capturer la conversation, puis signaler et bloquer" {
    go = "solo-wait", did = { "evidence", "report-platform", "block" },
    when = "not lost",
  },
  choice "Bloquer, tout de suite" { go = "solo-wait", did = "block", when = "not lost" },
  choice "Capturer ce que le nouveau compte envoie, puis le signaler" {
    go = "solo-wait", did = { "evidence", "report-platform" }, when = "lost",
  },
  choice "Ne plus rien toucher" { go = "solo-wait", when = "lost" },
}

scene "solo-wait" {
  did "no-pay", -- plus de réponse, plus de paiement
  when "not lost and did('block') and not did('evidence')" {
    set { lost = true },
    narrate "La conversation a disparu avec le blocage. Il ne te reste rien à montrer.",
  },
  clock "22:22",
  narrate "L'heure de leur compte à rebours. Tu fixes le plafond. Rien ne se passe. Ou alors tu ne le vois pas.",
  narrate "On frappe. Maya passe la tête par la porte.",
  narrate "« T'as rien mangé ce soir. Ça va ? »",
  choice "Tout lui raconter" { go = "maya", did = "talk" },
  choice "« Ouais, ça va. Juste {fatigué|fatiguée|fatigué·e}. »" { go = "alone" },
}

----------------------------------------------------------------------------
-- Les fins. Chacune est un bilan ; aucune ne laisse sans issue.
----------------------------------------------------------------------------

ending "spotted" {
  chat = "theo",
  title = "Le faux profil démasqué",
  judges = { "verify", "evidence", "report-platform", "block" },
  summary = "Tu as vérifié avant de faire confiance : quatorze amis en commun, mais personne ne la connaissait. Tu as gardé une capture, signalé le faux compte, puis bloqué. Ces profils servent d'appât à des groupes organisés : les repérer tôt évite tout le reste.",
  me "non, personne la connaît. je l'ai signalée, c'est sûrement un faux compte",
  theo "ah ouais ? je la bloque aussi alors 👍",
  narrate "Deux jours plus tard, jade.lmn n'existe plus. D'autres comptes prendront sa place, avec d'autres photos volées.",
  narrate "Mais vérifier avant de faire confiance, tu sais comment faire. Et si un jour l'un d'eux te menace, tu sais que tu peux en parler.",
}

ending "paid" {
  title = "Payer n'a rien arrêté",
  judges = { "no-pay", "talk", "verify", "boundaries" },
  summary = "Tu as payé {money paid} pour que ça s'arrête, et chaque paiement a fait grossir la demande suivante : pour le groupe, quelqu'un qui paie peut payer encore. Ce n'est pas ta faute. Arrêter de payer, garder les preuves et en parler restent possibles à tout moment.",
  narrate "Tu as déjà envoyé {money paid}. La nouvelle demande est plus grosse que la première.",
  think "Si je paie encore, il y en aura une autre. Maintenant, je le sais.",
  narrate "Tu poses le téléphone. Cette fois, tu ne réponds pas. Tu te lèves, et tu vas frapper à la porte de Maya.",
  narrate "Si tu as déjà payé, arrête maintenant : ce n'est pas grave. L'argent envoyé ne t'oblige à rien.",
  narrate "Et il n'est pas trop tard : faire des captures, signaler, bloquer, passer ton compte en privé, en parler, le signaler à la police. Tout ça marche encore.",
}

ending "alone" {
  title = "{Seul|Seule|Seul·e} avec ça, pour l'instant",
  judges = { "no-pay", "evidence", "report-platform", "block", "talk", "verify", "boundaries" },
  summary = "Tu as arrêté de répondre et de payer, mais tu es {resté|restée|resté·e} {seul|seule|seul·e} avec la peur : c'est exactement ce sur quoi comptent les maîtres-chanteurs. Ce n'est pas ta faute. En parler à quelqu'un de confiance, même plus tard, rend tout le reste plus léger.",
  narrate "Maya referme la porte doucement. « Je suis à côté, hein. »",
  narrate "Les jours suivants, les messages s'espacent. Tu gardes tout pour toi : le cœur qui saute à chaque notification.",
  when "did('evidence')" {
    narrate "Tes captures sont toujours là. Le jour où tu voudras signaler, elles serviront.",
  },
  crisis "Si la peur prend toute la place, si tu penses à te faire du mal : il y a quelqu'un à qui parler, jour et nuit. Ça va passer, et tu n'as pas à porter ça {seul|seule|seul·e}.",
  narrate "Il n'y a pas de date limite pour en parler. La porte de Maya est toujours à côté.",
}

ending "all-right" {
  title = "Quarante minutes, et après",
  summary = "Tu as arrêté de répondre, tu n'as rien payé ni rien envoyé de plus, et tu en as parlé. Avec Maya puis ta mère, tu as gardé les preuves, signalé, bloqué, protégé ton compte. Ce n'est pas ta faute : c'est un groupe organisé qui fait ça à des centaines d'ados. Le compte à rebours est arrivé à zéro, et rien ne s'est passé.",
  narrate "Les jours suivants, {school.at}, tout est normal. Théo te parle du prochain match.",
  when "did('report-platform')" {
    narrate "Trois jours plus tard, jade.lmn n'existe plus.",
  },
  narrate "Personne ne peut promettre que rien ne ressortira jamais. Mais si ça arrive, tu sais quoi faire : signaler, faire retirer, en parler. Et tu n'es plus {seul|seule|seul·e} à le savoir.",
}

ending "fake" {
  title = "Une image qui n'existe pas",
  summary = "Tu n'avais rien envoyé : ils ont fabriqué une image à partir de tes photos publiques. C'était quand même du chantage, et les mêmes étapes ont marché. Ce n'est pas ta faute. Le compte à rebours est arrivé à zéro, et rien ne s'est passé.",
  later "Le lendemain",
  narrate "À la récré, tu racontes tout à Théo. Il écarquille les yeux.",
  theo "attends. elle m'a fait le coup de la photo à moi aussi hier",
  theo "j'ai rien répondu. je la signale aussi. merci de m'avoir dit",
  narrate "« Personne ne te croira », disaient-ils. Maya t'a {cru|crue|cru·e}. Ta mère aussi. Et Théo.",
  narrate "Personne ne peut promettre qu'une image pareille ne ressortira jamais. Mais si ça arrive : signaler, faire retirer, en parler. Ça marche.",
}

ending "posted" {
  title = "Même après l'envoi, ça se répare",
  summary = "Tu avais payé {money paid}, et ils ont quand même envoyé quelque chose à quelques abonnés, pour réclamer plus : payer ne protège de rien. Ce n'est pas ta faute. Tu as arrêté de payer, tu en as parlé, et les signalements, le retrait et l'aide ont marché : le contenu a été retiré, et tes amis sont restés de ton côté.",
  later "Quatre jours plus tard",
  narrate "Le compte qui a envoyé le message a été fermé. Ce qu'il avait envoyé a été retiré.",
  when "fake" {
    narrate "Personne {school.at} n'a cru à l'image. Théo a juste dit : « un montage tout pourri, et du chantage. c'est eux les coupables ».",
    narrate "« Personne ne te croira », disaient-ils. Tout le monde t'a {cru|crue|cru·e}.",
  },
  when "not fake" {
    narrate "Théo a dit à ceux qui en parlaient {school.at} : « c'est du chantage, c'est eux les coupables ». Personne n'a insisté.",
  },
  theo "on va au match samedi ? 🤾",
  narrate "Ça fait encore mal, certains soirs. Mais tu n'es pas {seul|seule|seul·e}, et ça s'est réparé plus vite que tu ne le croyais.",
  narrate "Si ça ressort un jour : signaler, faire retirer, en parler. Ça marche encore.",
}
