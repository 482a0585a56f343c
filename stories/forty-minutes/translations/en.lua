-- English translation of stories/forty-minutes/story.lua.
-- Keys are the exact French source texts (gettext-like).
translation "en" {
  ["Quarante minutes"] =
    "Forty minutes",
  ["Un soir, une « fille » de ton âge, une photo, puis un chantage avec un compte à rebours. Rien d'explicite n'est montré."] =
    "One evening, a \"girl\" your age, a photo, then blackmail with a countdown. Nothing explicit is shown.",
  ["{name}, quinze ans. Mardi soir, dans ta chambre. Les maths attendent ; toi, tu es sur Pixo."] =
    "{name}, fifteen. Tuesday evening, in your room. Maths homework is waiting; you are on Pixo.",
  ["jade.lmn a commencé à te suivre · 14 amis en commun"] =
    "jade.lmn started following you · 14 mutual friends",
  ["hey 😊"] =
    "hey 😊",
  ["c'était toi au tournoi de hand samedi ? le n°7 ?"] =
    "was that you at the handball tournament on saturday? number 7?",
  ["Jade ? Quatorze amis en commun… Elle doit être du coin."] =
    "Jade? Fourteen mutual friends… She must be from around here.",
  ["Lui répondre"] =
    "Reply to her",
  ["oui c'était moi 😅 on se connaît ?"] =
    "yeah that was me 😅 do we know each other?",
  ["Regarder son profil d'abord"] =
    "Look at her profile first",
  ["Compte créé il y a douze jours. Six photos, toutes publiées le même soir : une fille de ton âge, à la plage, à un cours de danse, en selfie."] =
    "Account created twelve days ago. Six photos, all posted on the same evening: a girl your age, at the beach, at a dance class, a selfie.",
  ["Les quatorze amis en commun : des gens {school.from}. Surtout ceux qui acceptent tout le monde."] =
    "The fourteen mutual friends: people {school.from}. Mostly the ones who accept everybody.",
  ["Bon. Elle est peut-être juste nouvelle."] =
    "OK. Maybe she's just new.",
  ["Quatorze amis en commun : est-ce que ça prouve qu'on connaît quelqu'un ? Qu'est-ce qui pourrait mettre la puce à l'oreille ici ?"] =
    "Fourteen mutual friends: does that prove you know someone? What here could make you suspicious?",
  ["Des amis en commun se collectionnent en quelques jours : il suffit que des gens acceptent sans regarder. Indices possibles : un compte tout récent, toutes les photos publiées le même soir, personne qui la connaît vraiment. Aucun ne prouve rien à lui seul. Le but n'est pas de soupçonner tout le monde, mais de prendre le temps de vérifier avant de faire confiance."] =
    "Mutual friends can be collected in a few days: people just have to accept without looking. Possible clues: a brand-new account, every photo posted on the same evening, nobody who really knows her. None of them proves anything on its own. The aim is not to suspect everyone, but to take the time to check before trusting.",
  ["Demander à Théo s'il la connaît"] =
    "Ask Théo if he knows her",
  ["tu connais une jade.lmn ?"] =
    "do you know a jade.lmn?",
  ["jsp, elle m'a ajouté la semaine dernière"] =
    "dunno, she added me last week",
  ["j'ai accepté, elle est jolie mdr"] =
    "i accepted, she's pretty lol",
  ["pk ?"] =
    "why?",
  ["Quatorze amis en commun, et personne ne la connaît vraiment."] =
    "Fourteen mutual friends, and nobody really knows her.",
  ["Capturer son profil, la signaler comme faux compte, puis la bloquer"] =
    "Screenshot her profile, report it as a fake account, then block it",
  ["Lui répondre quand même : elle a l'air sympa"] =
    "Reply anyway: she seems nice",
  ["non mais je t'ai {vu|vue|vu·e} sur les photos du club 🙈"] =
    "no but i saw you in the club photos 🙈",
  ["t'étais trop {fort|forte|fort·e}. et t'as un sourire qui tue"] =
    "you were so good. and your smile is a killer",
  ["je viens d'emménager, je connais presque personne ici"] =
    "i just moved here, i hardly know anyone",
  ["t'es {le seul|la seule|la seule personne} qui me répond gentiment 🥺"] =
    "you're the only one who's nice to me 🥺",
  ["Ça fait bizarre. Mais plutôt bizarre dans le bon sens."] =
    "That feels weird. But a good kind of weird.",
  ["ici ma mère regarde mes messages 🙄"] =
    "my mum reads my messages on here 🙄",
  ["t'as Flash ? c'est mieux, les messages s'effacent"] =
    "do you have Flash? it's better, messages disappear",
  ["L'ajouter sur Flash"] =
    "Add her on Flash",
  ["ok je t'ajoute"] =
    "ok adding you",
  ["Lui proposer un appel vidéo rapide, pour voir si c'est bien elle"] =
    "Suggest a quick video call, to see if it's really her",
  ["on s'appelle 2 sec en vidéo ? pour se voir 😄"] =
    "quick video call? just to see each other 😄",
  ["Lui dire que tu préfères rester ici"] =
    "Tell her you'd rather stay here",
  ["je préfère rester ici si ça te va"] =
    "i'd rather stay here if that's ok",
  ["mdr maintenant ?? je suis en pyjama 🙈"] =
    "lol now?? i'm in my pyjamas 🙈",
  ["et ma caméra est cassée depuis une semaine"] =
    "and my camera's been broken for a week",
  ["viens sur Flash, on sera mieux 😘"] =
    "come on Flash, it's better there 😘",
  ["Caméra cassée. Pas d'appel. Bon…"] =
    "Broken camera. No call. OK…",
  ["Aller sur Flash quand même"] =
    "Go on Flash anyway",
  ["ok ok je t'ajoute"] =
    "ok ok adding you",
  ["Rester ici"] =
    "Stay here",
  ["je préfère rester ici"] =
    "i'd rather stay here",
  ["t'es bizarre toi 😅"] =
    "you're weird 😅",
  ["bon ok. on reste ici"] =
    "fine. we stay here",
  ["Flash · Les messages disparaissent après lecture"] =
    "Flash · Messages disappear once read",
  ["coucou toi 😏"] =
    "hey you 😏",
  ["enfin tranquilles"] =
    "finally some privacy",
  ["j'ai jamais accroché aussi vite avec qqn"] =
    "i've never clicked with someone this fast",
  ["tu me fais confiance ?"] =
    "do you trust me?",
  ["Une photo d'elle devant un miroir. Le genre de photo qu'on n'envoie qu'à quelqu'un de très proche."] =
    "A photo of her in front of a mirror. The kind of photo you only send to someone very close.",
  ["La photo a disparu."] =
    "The photo has disappeared.",
  ["à toi maintenant 🙈"] =
    "your turn now 🙈",
  ["juste pour moi. ça s'efface de toute façon"] =
    "just for me. it disappears anyway",
  ["Vingt minutes qu'on se parle. Et elle m'envoie ça. Si je dis non, elle va partir."] =
    "We've been talking for twenty minutes. And she sends me that. If I say no, she'll leave.",
  ["Envoyer une photo de toi"] =
    "Send a photo of yourself",
  ["Gagner du temps"] =
    "Play for time",
  ["pas ce soir 😅 on se connaît à peine"] =
    "not tonight 😅 we barely know each other",
  ["Dire non"] =
    "Say no",
  ["non. je fais pas ça"] =
    "no. i don't do that",
  ["Demander à Maya, ta grande sœur, ce qu'elle en pense"] =
    "Ask Maya, your big sister, what she thinks",
  ["allez 🥺"] =
    "come on 🥺",
  ["moi je t'ai fait confiance"] =
    "i trusted you",
  ["sinon je te bloque et tu me reverras plus jamais"] =
    "or i block you and you'll never see me again",
  ["Elle va vraiment partir ?"] =
    "Will she really leave?",
  ["Envoyer, pour ne pas la perdre"] =
    "Send it, so you don't lose her",
  ["Dire non quand même"] =
    "Say no anyway",
  ["non. {désolé|désolée|désolé·e}"] =
    "no. sorry",
  ["Demander à Maya ce qu'elle en pense"] =
    "Ask Maya what she thinks",
  ["Maya, 19 ans, est rentrée de la fac pour la semaine. Elle révise dans la chambre d'à côté."] =
    "Maya, 19, is home from uni for the week. She is revising in the room next door.",
  ["maya t'as 2 min ? question bizarre"] =
    "maya got 2 mins? weird question",
  ["vas-y"] =
    "go on",
  ["Tu lui racontes : Jade, les amis en commun, Flash, la photo, ce qu'elle te demande."] =
    "You tell her: Jade, the mutual friends, Flash, the photo, what she's asking for.",
  ["ok. une fille que tu connais depuis vingt minutes te demande ça ?"] =
    "ok. a girl you've known for twenty minutes asks you for that?",
  ["non. tu envoies rien. un compte tout neuf qui va aussi vite, ça ressemble à une arnaque connue"] =
    "no. you send nothing. a brand-new account going that fast, that looks like a known scam",
  ["et si elle insiste ou qu'elle te menace : tu viens me voir. quoi qu'il arrive. t'auras pas d'ennuis avec moi"] =
    "and if she pushes or threatens you: you come to me. whatever happens. you won't be in trouble with me",
  ["non, {désolé|désolée|désolé·e}. je fais pas ça"] =
    "no, sorry. i don't do that",
  ["Une photo de toi. Le genre de photo que tu ne montrerais à personne d'autre."] =
    "A photo of you. The kind of photo you would never show anyone else.",
  ["jade.lmn a fait une capture d'écran."] =
    "jade.lmn took a screenshot.",
  ["Une capture ? Mais… ça devait s'effacer."] =
    "A screenshot? But… it was supposed to disappear.",
  ["ok."] =
    "ok.",
  ["t'es pas drôle"] =
    "you're no fun",
  ["Dix minutes plus tard"] =
    "Ten minutes later",
  ["Un montage : ta photo, et juste à côté, la liste de tes abonnés. Ta mère. Maya. Ton coach. Théo. Le groupe de la classe."] =
    "A collage: your photo, and right next to it, your list of followers. Your mum. Maya. Your coach. Théo. The class group chat.",
  ["regarde bien."] =
    "look carefully.",
  ["{money 500} ou tout le monde reçoit ça."] =
    "{money 500} or everyone gets this.",
  ["en {payment.giftcard} ou par {payment.app}. t'as 40 minutes."] =
    "in {payment.giftcard} or through {payment.app}. you have 40 minutes.",
  ["⏳ 40:00"] =
    "⏳ 40:00",
  ["Plus d'emojis. Plus de « mdr ». Des phrases courtes, comme copiées-collées."] =
    "No more emojis. No more \"lol\". Short sentences, as if copied and pasted.",
  ["Non. Non, non, non."] =
    "No. No, no, no.",
  ["tu croyais qu'il fallait que t'envoies quelque chose ?"] =
    "you thought you had to send us something?",
  ["Une image : ton visage, pris sur la photo de l'équipe de hand, collé sur un corps qui n'est pas le tien. Une image fabriquée, du genre qu'on ne voudrait jamais voir circuler."] =
    "A picture: your face, taken from the handball team photo, pasted onto a body that isn't yours. A made-up picture, the kind nobody would ever want going around.",
  ["Et à côté, la liste de tes abonnés. Ta mère. Maya. Ton coach. Théo. Le groupe de la classe."] =
    "And next to it, your list of followers. Your mum. Maya. Your coach. Théo. The class group chat.",
  ["Mais c'est même pas moi. J'ai rien envoyé !"] =
    "But that isn't even me. I didn't send anything!",
  ["Au premier coup d'œil, pourtant… qui saura que c'est faux ?"] =
    "At first glance, though… who will know it's fake?",
  ["{name} n'a rien envoyé, et le chantage arrive quand même. Qu'est-ce que ça change ? Qu'est-ce que ça ne change pas ?"] =
    "{name} sent nothing, and the blackmail comes anyway. What does that change? What doesn't it change?",
  ["Avec quelques photos publiques, des outils peuvent fabriquer une fausse image intime en quelques minutes. Dire non n'était pas inutile : ce n'était pas une protection totale, parce que le problème, ce sont eux. Ce qui ne change pas : c'est du chantage, ce n'est pas la faute de la personne visée, et les mêmes étapes marchent (ne pas payer, garder les preuves, signaler, bloquer, en parler, faire retirer). Fabriquer ou faire circuler une telle image est un délit, même « pour rire ». Mettre ses comptes en privé réduit ce qu'ils peuvent prendre."] =
    "With a few public photos, tools can make a fake intimate picture in minutes. Saying no was not pointless: it was just not a full protection, because the problem is them. What does not change: it is blackmail, it is not the fault of the person targeted, and the same steps work (don't pay, keep evidence, report, block, tell someone, get it removed). Making or sharing such a picture is a crime, even \"as a joke\". Making your accounts private limits what they can take.",
  ["⏳ 39:00"] =
    "⏳ 39:00",
  ["Ton cœur cogne. Tu as chaud, puis froid. Tu n'arrives plus à penser."] =
    "Your heart is pounding. You feel hot, then cold. You can't think any more.",
  ["Ce qui t'arrive a un nom : la sextorsion. Un chantage avec une image, pour de l'argent."] =
    "What is happening to you has a name: sextortion. Blackmail with a picture, for money.",
  ["Si c'est trop lourd, si tu penses à te faire du mal : parles-en tout de suite à quelqu'un. Il y a des gens pour t'écouter, jour et nuit. Ce moment va passer."] =
    "If it feels like too much, if you are thinking of hurting yourself: talk to someone right now. There are people to listen, day and night. This moment will pass.",
  ["Pourquoi un compte à rebours ? Qu'est-ce qu'il empêche de faire ?"] =
    "Why a countdown? What does it stop you from doing?",
  ["Le minuteur est inventé : il sert à empêcher de réfléchir et de demander de l'aide. En vrai, on a le temps : le temps d'arrêter de répondre, d'aller voir quelqu'un, d'appeler une ligne d'écoute. Dans le jeu aussi, le minuteur défile mais aucun choix n'expire : on peut toujours s'arrêter et demander de l'aide. Faire remarquer que les mêmes groupes utilisent ce minuteur avec des centaines de personnes chaque soir."] =
    "The timer is made up: it is there to stop you thinking and asking for help. In real life there is time: time to stop replying, to go and see someone, to call a helpline. In the game too, the timer runs but no choice ever expires: you can always stop and ask for help. Point out that the same groups use this timer on hundreds of people every evening.",
  ["Payer, pour que ça s'arrête"] =
    "Pay, to make it stop",
  ["Leur répondre, les supplier d'arrêter"] =
    "Answer them, beg them to stop",
  ["s'il vous plaît arrêtez. j'ai quinze ans. j'ai pas cet argent"] =
    "please stop. i'm fifteen. i don't have that money",
  ["Tout bloquer et tout effacer, tout de suite"] =
    "Block and delete everything, right now",
  ["Poser le téléphone. Demander de l'aide."] =
    "Put the phone down. Ask for help.",
  ["personne va te croire."] =
    "nobody will believe you.",
  ["c'est toi sur la photo. c'est toi qui l'as envoyée."] =
    "that's you in the photo. you're the one who sent it.",
  ["tu vas dire que c'est un montage ? personne va te croire."] =
    "you'll say it's fake? nobody will believe you.",
  ["tu vas voir la police ? c'est toi qu'ils vont arrêter."] =
    "going to the police? you're the one they'll arrest.",
  ["envoie ce que t'as. maintenant."] =
    "send what you have. now.",
  ["⏳ 35:00"] =
    "⏳ 35:00",
  ["Et s'ils avaient raison ? Qui va me croire, moi ?"] =
    "What if they're right? Who's going to believe me?",
  ["« Personne ne te croira. C'est toi que la police arrêtera. » Pourquoi le maître-chanteur dit-il ça ? Est-ce vrai ?"] =
    "\"Nobody will believe you. The police will arrest you.\" Why does the blackmailer say that? Is it true?",
  ["C'est faux, et c'est le cœur de la méthode : isoler la personne, pour qu'elle paie au lieu d'en parler. Les lignes d'écoute, les plateformes et la police voient ce chantage tous les jours : elles savent que c'est un groupe organisé, et c'est la personne visée qu'elles protègent. Un adulte de confiance qui connaît le sujet croit, et aide. Avec une image fabriquée, c'est encore plus net : ceux qui la reçoivent voient souvent le montage."] =
    "It is false, and it is the heart of the method: isolate the person, so that they pay instead of telling anyone. Helplines, platforms and the police see this blackmail every day: they know it is an organised group, and it is the person targeted that they protect. A trusted adult who knows about it believes you, and helps. With a made-up picture it is even clearer: the people who receive it often see that it is fake.",
  ["Payer ce que tu as, pour gagner du temps"] =
    "Pay what you have, to buy time",
  ["Ne plus répondre. Demander de l'aide."] =
    "Stop replying. Ask for help.",
  ["Sur ton compte, il y a tes économies de l'été. Pas {money 500}. Loin de là."] =
    "In your account: your savings from the summer. Not {money 500}. Nowhere near.",
  ["j'ai que {money 50}"] =
    "i only have {money 50}",
  ["envoie. maintenant."] =
    "send it. now.",
  ["Tu envoies {money 50} par {payment.app}. Tes mains tremblent."] =
    "You send {money 50} through {payment.app}. Your hands are shaking.",
  ["reçu 🙂"] =
    "received 🙂",
  ["tu vois que tu peux payer."] =
    "see, you can pay.",
  ["maintenant {money 300}. en {payment.giftcard}. ⏳ 25:00"] =
    "now {money 300}. in {payment.giftcard}. ⏳ 25:00",
  ["Payer n'a rien arrêté. Ça leur a juste montré que je paie."] =
    "Paying didn't stop anything. It just showed them I pay.",
  ["Si tu as déjà payé, tu peux t'arrêter maintenant. Ce n'est pas grave."] =
    "If you have already paid, you can stop now. It's okay.",
  ["Payer encore, avec l'argent de ton anniversaire"] =
    "Pay again, with your birthday money",
  ["Arrêter là. Demander de l'aide."] =
    "Stop there. Ask for help.",
  ["La supérette en bas est encore ouverte. Tu y cours avec l'argent de ton anniversaire, et tu envoies les codes de {payment.giftcard} pour {money 100}."] =
    "The little shop downstairs is still open. You run there with your birthday money, and you send the codes: {money 100} in {payment.giftcard}.",
  ["bien."] =
    "good.",
  ["le chef dit {money 800} maintenant. sinon ça part chez ta mère ce soir."] =
    "the boss says {money 800} now. or it goes to your mum tonight.",
  ["Bloquer. Supprimer la conversation. Confirmer."] =
    "Block. Delete the conversation. Confirm.",
  ["En trois gestes, tout a disparu : le pseudo, les messages, le montage, le compte à rebours."] =
    "Three taps and everything is gone: the username, the messages, the collage, the countdown.",
  ["Voilà. C'est fini. Non ?"] =
    "There. It's over. Isn't it?",
  ["Pixo · Nouveau message de j.lmn_2"] =
    "Pixo · New message from j.lmn_2",
  ["bloquer sert à rien. on est plusieurs."] =
    "blocking does nothing. there are lots of us.",
  ["on a ta liste. ⏳ 36:00"] =
    "we have your list. ⏳ 36:00",
  ["Et moi, je n'ai plus rien. Pas une capture. Même pas son pseudo exact."] =
    "And I've got nothing left. Not one screenshot. Not even the exact username.",
  ["Demander de l'aide"] =
    "Ask for help",
  ["Ne rien dire à personne, attendre que ça passe"] =
    "Tell nobody, wait for it to pass",
  ["Tu poses le téléphone, écran contre le lit. Il vibre encore."] =
    "You put the phone down, screen against the bed. It keeps buzzing.",
  ["Je ne sais plus quoi faire."] =
    "I don't know what to do any more.",
  ["Écrire à Maya, dans la chambre d'à côté"] =
    "Text Maya, in the room next door",
  ["Retourner voir Maya, comme promis"] =
    "Go back to Maya, like you promised",
  ["Demander de l'aide à {help.youth-line}"] =
    "Ask {help.youth-line} for help",
  ["Gérer ça {seul|seule|seul·e}"] =
    "Handle it on your own",
  ["Tu contactes {help.youth-line}. Quelques minutes d'attente, puis quelqu'un répond."] =
    "You contact {help.youth-line}. A few minutes' wait, then someone answers.",
  ["« Merci de nous contacter. Tu as bien fait. Ce qui t'arrive, on le voit souvent, et ce n'est pas ta faute. »"] =
    "\"Thank you for getting in touch. You did the right thing. What is happening to you, we see it often, and it is not your fault.\"",
  ["« Ne réponds plus, ne paie rien, n'envoie rien. Est-ce qu'il y a quelqu'un chez toi, ce soir, à qui tu peux le montrer ? »"] =
    "\"Don't reply any more, don't pay, don't send anything. Is there someone at home, tonight, you can show this to?\"",
  ["Maya. Dans la chambre d'à côté."] =
    "Maya. In the room next door.",
  ["maya t'es là ? j'ai un gros problème. viens stp"] =
    "maya you there? i've got a big problem. come pls",
  ["Trente secondes plus tard, Maya est assise au bord de ton lit, ton téléphone entre vous deux. Tu lui montres tout. Tu n'arrives pas à la regarder."] =
    "Thirty seconds later Maya is sitting on the edge of your bed, your phone between you. You show her everything. You can't look at her.",
  ["« Ok. Respire. D'abord : c'est pas ta faute. Ceux qui font ça, c'est un groupe organisé, loin d'ici. Ils le font à des centaines de gens, à la chaîne, avec les mêmes messages. »"] =
    "\"OK. Breathe. First: it's not your fault. The people who do this are an organised group, far away. They do it to hundreds of people, like a production line, with the same messages.\"",
  ["« On ne répond plus. On ne paie rien. On n'envoie rien. »"] =
    "\"We don't reply any more. We don't pay anything. We don't send anything.\"",
  ["« Tu as payé ? Ok. Tu t'arrêtes là, c'est tout. C'est pas grave. »"] =
    "\"You paid? OK. You stop there, that's all. It's okay.\"",
  ["Elle n'est pas fâchée. Elle est là."] =
    "She isn't angry. She's here.",
  ["« Qu'est-ce qui te fait le plus peur, là ? »"] =
    "\"What scares you most right now?\"",
  ["« J'ai trop honte. »"] =
    "\"I'm so ashamed.\"",
  ["« Personne va me croire. »"] =
    "\"Nobody's going to believe me.\"",
  ["« Ils vont l'envoyer à tout le monde. »"] =
    "\"They'll send it to everyone.\"",
  ["« La honte, elle est pour eux. Toi, tu as parlé à quelqu'un qui avait l'air sympa. Eux, ils font du chantage à {un|une|un·e} ado. »"] =
    "\"The shame is theirs. You talked to someone who seemed nice. They are blackmailing a teenager.\"",
  ["« Et je te vois pas différemment. Promis. »"] =
    "\"And I don't see you any differently. Promise.\"",
  ["« Moi je te crois. Et franchement, ce montage, ça se voit. »"] =
    "\"I believe you. And honestly, that collage, you can tell.\"",
  ["« Moi je te crois. »"] =
    "\"I believe you.\"",
  ["« C'est exactement ce qu'ils veulent que tu penses, pour que tu paies au lieu d'en parler. La police connaît ce chantage par cœur. C'est toi qu'elle protège, pas eux. »"] =
    "\"That's exactly what they want you to think, so you pay instead of telling someone. The police know this blackmail inside out. It's you they protect, not them.\"",
  ["« Je comprends. Je peux pas te promettre qu'ils n'enverront rien. Mais souvent, quand on ne paie pas, ils passent à quelqu'un d'autre. »"] =
    "\"I get it. I can't promise they won't send anything. But often, when people don't pay, they move on to someone else.\"",
  ["« Et s'ils envoient quelque chose, il y a des moyens de le faire retirer. Tu seras pas {seul|seule|seul·e}. »"] =
    "\"And if they do send something, there are ways to get it taken down. You won't be on your own.\"",
  ["⏳ 24:00"] =
    "⏳ 24:00",
  ["t'es où ? tic tac"] =
    "where are you? tick tock",
  ["Maya prend ton téléphone. « Bon. Par quoi on commence ? »"] =
    "Maya picks up your phone. \"Right. Where do we start?\"",
  ["Les bloquer tout de suite : tu ne veux plus les voir"] =
    "Block them right now: you don't want to see them any more",
  ["Tout capturer avant de toucher à quoi que ce soit"] =
    "Screenshot everything before touching anything",
  ["Capturer ce qui reste : le nouveau compte"] =
    "Screenshot what's left: the new account",
  ["Laisser tomber les captures"] =
    "Skip the screenshots",
  ["Bloquer. La conversation se vide d'un coup."] =
    "Block. The conversation empties in one go.",
  ["Maya grimace. « Aïe, la conversation est partie avec. C'est pas grave, ça arrive tout le temps. On fait avec ce qui reste. »"] =
    "Maya winces. \"Ouch, the conversation went with it. It's okay, it happens all the time. We work with what's left.\"",
  ["tu crois que bloquer suffit ? on a ta liste."] =
    "you think blocking is enough? we have your list.",
  ["« Tu vois : ils reviennent avec un autre compte. Celui-là, on le capture. »"] =
    "\"See: they come back with another account. This one, we screenshot.\"",
  ["Capture. Capture. Capture. Le profil jade.lmn, le pseudo exact, le montage, la somme, le moyen de paiement exigé, le compte à rebours."] =
    "Screenshot. Screenshot. Screenshot. The jade.lmn profile, the exact username, the collage, the amount, the payment method they want, the countdown.",
  ["Capture du nouveau compte j.lmn_2 : son pseudo, ses messages, l'heure de chacun. Le premier compte est perdu ; ce qui reste comptera quand même."] =
    "Screenshots of the new account j.lmn_2: its username, its messages, the time of each one. The first account is gone; what's left will still count.",
  ["Et le reçu de ton paiement : ça aide à remonter jusqu'à eux."] =
    "And the receipt for your payment: it helps trace them.",
  ["Maya photographie aussi l'écran avec son téléphone, au cas où. Tout va dans un dossier."] =
    "Maya also takes photos of the screen with her own phone, just in case. Everything goes into one folder.",
  ["Mes mains tremblent moins quand elles ont quelque chose à faire."] =
    "My hands shake less when they have something to do.",
  ["tu crois qu'on rigole ? c'est déjà en ligne :"] =
    "you think we're joking? it's already online:",
  ["Un lien"] =
    "A link",
  ["En ligne ? Déjà ?"] =
    "Online? Already?",
  ["Ouvrir le lien pour voir"] =
    "Open the link to see",
  ["Ne pas l'ouvrir : le garder pour le signalement"] =
    "Don't open it: keep it for the report",
  ["Une page s'ouvre : « Connecte-toi avec Pixo pour voir la vidéo »."] =
    "A page opens: \"Log in with Pixo to watch the video\".",
  ["Maya pose la main sur l'écran. « Non. On se connecte à rien, on télécharge rien. Ces pages servent à voler ton compte, ou à te faire paniquer. »"] =
    "Maya puts her hand over the screen. \"No. We don't log in to anything, we don't download anything. These pages are there to steal your account, or to make you panic.\"",
  ["« Le lien, on le garde pour le signalement, c'est tout. La prochaine fois, on ne l'ouvre même pas. »"] =
    "\"We keep the link for the report, that's all. Next time, we don't even open it.\"",
  ["Maya copie le lien dans le dossier, avec les captures."] =
    "Maya copies the link into the folder, with the screenshots.",
  ["« Ces liens mènent presque toujours à une page vide, privée, ou à un piège pour voler ton compte. C'est fait pour te faire paniquer. Ceux qui signalent sauront quoi en faire. »"] =
    "\"These links almost always lead to an empty page, a private one, or a trap to steal your account. It's there to make you panic. The people we report to will know what to do with it.\"",
  ["« Maintenant, on les signale. »"] =
    "\"Now we report them.\"",
  ["Signaler les comptes dans les applis, puis les bloquer"] =
    "Report the accounts in the apps, then block them",
  ["Les bloquer, sans signaler"] =
    "Block them, without reporting",
  ["Signaler les comptes dans les applis"] =
    "Report the accounts in the apps",
  ["Passer à la suite"] =
    "Move on",
  ["Merci. Nous examinerons ton signalement."] =
    "Thank you. We will review your report.",
  ["Ils ont vu la liste de mes abonnés. Ils ont les photos du club."] =
    "They've seen my list of followers. They've got the club photos.",
  ["« Et ton compte Pixo, il est public ? »"] =
    "\"And your Pixo account, is it public?\"",
  ["Supprimer ton compte Pixo, pour disparaître"] =
    "Delete your Pixo account, to disappear",
  ["Passer ton compte en privé et cacher tes abonnés"] =
    "Make your account private and hide your followers",
  ["Paramètres › Compte › Supprimer. Maya t'arrête avant la deuxième confirmation."] =
    "Settings › Account › Delete. Maya stops you before the second confirmation.",
  ["« Attends. Si tu le supprimes, tes messages partent avec : c'est des preuves. On le passe en privé, c'est tout. »"] =
    "\"Wait. If you delete it, your messages go with it: that's evidence. We make it private, that's all.\"",
  ["Paramètres › Confidentialité › Compte privé. Liste des abonnés : masquée. Tu retires les comptes que tu ne connais pas."] =
    "Settings › Privacy › Private account. Followers list: hidden. You remove the accounts you don't know.",
  ["Tu ne supprimes rien : ni le compte, ni les messages."] =
    "You delete nothing: not the account, not the messages.",
  ["L'heure de leur compte à rebours. Maya et toi, vous regardez le téléphone sans rien dire."] =
    "The time on their countdown. Maya and you stare at the phone without a word.",
  ["Trois minutes plus tard"] =
    "Three minutes later",
  ["eh"] =
    "hey",
  ["un compte bizarre vient d'envoyer une image de toi à des gens de la classe"] =
    "some weird account just sent a picture of you to people in our class",
  ["c'est un montage, ça se voit de loin. je l'ai signalé. on l'a tous signalé"] =
    "it's a fake, you can tell a mile off. i reported it. we all reported it",
  ["un compte bizarre vient d'envoyer un truc sur toi à des gens de la classe"] =
    "some weird account just sent something about you to people in our class",
  ["j'ai pas ouvert. je l'ai signalé. ça va ?"] =
    "i didn't open it. i reported it. you ok?",
  ["Ça y est. Ils l'ont fait. Alors que j'avais payé."] =
    "That's it. They did it. Even though I paid.",
  ["Maya te serre l'épaule. « Ok. On sait quoi faire. Il existe des moyens de faire retirer ça. Et regarde Théo : il est de ton côté. »"] =
    "Maya squeezes your shoulder. \"OK. We know what to do. There are ways to get this taken down. And look at Théo: he's on your side.\"",
  ["Rien. Pas de notification, pas de message de Théo. Juste le silence."] =
    "Nothing. No notification, no message from Théo. Just silence.",
  ["« Souvent, ça s'arrête comme ça : ils comptent sur la peur, et ils passent à quelqu'un d'autre. Personne ne peut le promettre. Mais si ça ressort un jour, on saura quoi faire. »"] =
    "\"Often it ends like this: they count on fear, and they move on to someone else. Nobody can promise it. But if it ever comes back, we'll know what to do.\"",
  ["« Maintenant, on va voir maman. »"] =
    "\"Now we go and see Mum.\"",
  ["Ta mère éteint la télé dès qu'elle voit vos têtes. Tu racontes. Maya complète."] =
    "Your mum turns off the TV as soon as she sees your faces. You tell her. Maya fills in the rest.",
  ["Elle ne crie pas. Elle te prend dans ses bras. « Je ne suis pas fâchée contre toi. Je suis fâchée contre eux. »"] =
    "She doesn't shout. She hugs you. \"I'm not angry with you. I'm angry with them.\"",
  ["« Qu'est-ce qu'on fait maintenant ? »"] =
    "\"What do we do now?\"",
  ["Signaler à {help.report-authority}"] =
    "Report it to {help.report-authority}",
  ["Chercher comment faire retirer une image"] =
    "Look up how to get a picture taken down",
  ["Aller porter plainte demain, avec ta mère"] =
    "Go to the police tomorrow, with your mum",
  ["Aller dormir. La police, on verra."] =
    "Go to bed. The police can wait.",
  ["Ta mère et toi signalez à {help.report-authority} les comptes, le lien et le montage, avec les captures."] =
    "Your mum and you report the accounts, the link and the collage to {help.report-authority}, with the screenshots.",
  ["C'est fait pour ça : faire retirer ce qui a été publié, et transmettre aux enquêteurs qui remontent jusqu'aux groupes derrière ces comptes."] =
    "That's what it is for: getting what was published taken down, and passing it to investigators who trace the groups behind these accounts.",
  ["La photo que tu as envoyée est encore dans ton téléphone."] =
    "The photo you sent is still on your phone.",
  ["L'image fabriquée est dans tes captures."] =
    "The made-up picture is in your screenshots.",
  ["{help.removal} sert exactement à ça : faire bloquer ou retirer une image intime d'un mineur, sur les plateformes qui participent, sans avoir à la montrer à tes proches."] =
    "That is exactly what {help.removal} is for: getting an intimate picture of someone under 18 blocked or taken down on the platforms that take part, without having to show it to the people around you.",
  ["Et si une image circule sans que tu en aies de copie, la plateforme ou la police peuvent aussi la faire retirer."] =
    "And if a picture is going round and you have no copy of it, the platform or the police can get it taken down too.",
  ["Il existe des outils. Ce n'est pas sans issue."] =
    "There are tools. There is a way out.",
  ["Le lendemain"] =
    "The next day",
  ["Au commissariat, ta mère s'assoit à côté de toi. Tu poses le dossier de captures sur le bureau."] =
    "At the police station, your mum sits next to you. You put the folder of screenshots on the desk.",
  ["L'agente les feuillette, recopie les pseudos, le lien, le moyen de paiement."] =
    "The officer leafs through them, copies down the usernames, the link, the payment method.",
  ["« Vous êtes la victime, ici. Personne ne va vous arrêter. Ce sont des groupes organisés, loin d'ici. Vous êtes la troisième personne de votre âge que je reçois pour ça ce mois-ci. »"] =
    "\"You are the victim here. Nobody is going to arrest you. These are organised groups, far away. You are the third person your age I've seen about this this month.\"",
  ["« Vous avez payé ? Ça arrive très souvent. Vous avez arrêté, c'est ce qui compte. »"] =
    "\"You paid? That happens a lot. You stopped, that's what counts.\"",
  ["Tu te couches. Maya laisse sa porte ouverte. Ta mère passe deux fois voir si tu dors."] =
    "You go to bed. Maya leaves her door open. Your mum comes twice to check whether you're asleep.",
  ["La plainte peut attendre demain, ou la semaine prochaine : la porte reste ouverte, et les captures sont dans leur dossier."] =
    "The police report can wait until tomorrow, or next week: the door stays open, and the screenshots are in their folder.",
  ["Quarante minutes. Ça m'a paru une nuit entière."] =
    "Forty minutes. It felt like a whole night.",
  ["Souffler, enfin"] =
    "Breathe out, at last",
  ["Tu ne réponds plus. Tu ne paies rien."] =
    "You don't reply any more. You don't pay anything.",
  ["Capturer la conversation, puis signaler et bloquer"] =
    "Screenshot the conversation, then report and block",
  ["Bloquer, tout de suite"] =
    "Block, right now",
  ["Capturer ce que le nouveau compte envoie, puis le signaler"] =
    "Screenshot what the new account sends, then report it",
  ["Ne plus rien toucher"] =
    "Don't touch anything else",
  ["La conversation a disparu avec le blocage. Il ne te reste rien à montrer."] =
    "The conversation disappeared when you blocked. You have nothing left to show.",
  ["L'heure de leur compte à rebours. Tu fixes le plafond. Rien ne se passe. Ou alors tu ne le vois pas."] =
    "The time on their countdown. You stare at the ceiling. Nothing happens. Or you don't see it.",
  ["On frappe. Maya passe la tête par la porte."] =
    "A knock. Maya puts her head round the door.",
  ["« T'as rien mangé ce soir. Ça va ? »"] =
    "\"You didn't eat anything tonight. You OK?\"",
  ["Tout lui raconter"] =
    "Tell her everything",
  ["« Ouais, ça va. Juste {fatigué|fatiguée|fatigué·e}. »"] =
    "\"Yeah, I'm fine. Just tired.\"",
  ["Le faux profil démasqué"] =
    "The fake profile, unmasked",
  ["Tu as vérifié avant de faire confiance : quatorze amis en commun, mais personne ne la connaissait. Tu as gardé une capture, signalé le faux compte, puis bloqué. Ces profils servent d'appât à des groupes organisés : les repérer tôt évite tout le reste."] =
    "You checked before trusting: fourteen mutual friends, but nobody knew her. You kept a screenshot, reported the fake account, then blocked it. Profiles like this are bait for organised groups: spotting them early avoids everything else.",
  ["non, personne la connaît. je l'ai signalée, c'est sûrement un faux compte"] =
    "no, nobody knows her. i reported her, it's probably a fake account",
  ["ah ouais ? je la bloque aussi alors 👍"] =
    "oh yeah? i'll block her too then 👍",
  ["Deux jours plus tard, jade.lmn n'existe plus. D'autres comptes prendront sa place, avec d'autres photos volées."] =
    "Two days later, jade.lmn no longer exists. Other accounts will take its place, with other stolen photos.",
  ["Mais vérifier avant de faire confiance, tu sais comment faire. Et si un jour l'un d'eux te menace, tu sais que tu peux en parler."] =
    "But checking before trusting, you know how to do it. And if one of them ever threatens you, you know you can tell someone.",
  ["Payer n'a rien arrêté"] =
    "Paying didn't stop anything",
  ["Tu as payé {money paid} pour que ça s'arrête, et chaque paiement a fait grossir la demande suivante : pour le groupe, quelqu'un qui paie peut payer encore. Ce n'est pas ta faute. Arrêter de payer, garder les preuves et en parler restent possibles à tout moment."] =
    "You paid {money paid} to make it stop, and each payment made the next demand bigger: to the group, someone who pays can pay again. It's not your fault. Stopping paying, keeping evidence and telling someone are possible at any time.",
  ["Tu as déjà envoyé {money paid}. La nouvelle demande est plus grosse que la première."] =
    "You've already sent {money paid}. The new demand is bigger than the first.",
  ["Si je paie encore, il y en aura une autre. Maintenant, je le sais."] =
    "If I pay again, there'll be another one. Now I know.",
  ["Tu poses le téléphone. Cette fois, tu ne réponds pas. Tu te lèves, et tu vas frapper à la porte de Maya."] =
    "You put the phone down. This time you don't reply. You get up and go and knock on Maya's door.",
  ["Si tu as déjà payé, arrête maintenant : ce n'est pas grave. L'argent envoyé ne t'oblige à rien."] =
    "If you have already paid, stop now: it's okay. The money you sent doesn't bind you to anything.",
  ["Et il n'est pas trop tard : faire des captures, signaler, bloquer, passer ton compte en privé, en parler, le signaler à la police. Tout ça marche encore."] =
    "And it isn't too late: taking screenshots, reporting, blocking, making your account private, telling someone, reporting it to the police. All of that still works.",
  ["{Seul|Seule|Seul·e} avec ça, pour l'instant"] =
    "Alone with it, for now",
  ["Tu as arrêté de répondre et de payer, mais tu es {resté|restée|resté·e} {seul|seule|seul·e} avec la peur : c'est exactement ce sur quoi comptent les maîtres-chanteurs. Ce n'est pas ta faute. En parler à quelqu'un de confiance, même plus tard, rend tout le reste plus léger."] =
    "You stopped replying and paying, but you stayed alone with the fear: that is exactly what blackmailers count on. It's not your fault. Telling someone you trust, even later, makes everything else lighter.",
  ["Maya referme la porte doucement. « Je suis à côté, hein. »"] =
    "Maya closes the door softly. \"I'm next door, yeah?\"",
  ["Les jours suivants, les messages s'espacent. Tu gardes tout pour toi : le cœur qui saute à chaque notification."] =
    "Over the next days the messages come less often. You keep it all to yourself: your heart jumps at every notification.",
  ["Tes captures sont toujours là. Le jour où tu voudras signaler, elles serviront."] =
    "Your screenshots are still there. The day you want to report it, they will help.",
  ["Si la peur prend toute la place, si tu penses à te faire du mal : il y a quelqu'un à qui parler, jour et nuit. Ça va passer, et tu n'as pas à porter ça {seul|seule|seul·e}."] =
    "If the fear takes up all the room, if you are thinking of hurting yourself: there is someone to talk to, day and night. It will pass, and you don't have to carry this on your own.",
  ["Il n'y a pas de date limite pour en parler. La porte de Maya est toujours à côté."] =
    "There is no deadline for telling someone. Maya's door is still next to yours.",
  ["Quarante minutes, et après"] =
    "Forty minutes, and after",
  ["Tu as arrêté de répondre, tu n'as rien payé ni rien envoyé de plus, et tu en as parlé. Avec Maya puis ta mère, tu as gardé les preuves, signalé, bloqué, protégé ton compte. Ce n'est pas ta faute : c'est un groupe organisé qui fait ça à des centaines d'ados. Le compte à rebours est arrivé à zéro, et rien ne s'est passé."] =
    "You stopped replying, you paid nothing and sent nothing more, and you told someone. With Maya and then your mum, you kept evidence, reported, blocked and protected your account. It's not your fault: an organised group does this to hundreds of teenagers. The countdown reached zero, and nothing happened.",
  ["Les jours suivants, {school.at}, tout est normal. Théo te parle du prochain match."] =
    "Over the next days, everything is normal {school.at}. Théo talks to you about the next match.",
  ["Trois jours plus tard, jade.lmn n'existe plus."] =
    "Three days later, jade.lmn no longer exists.",
  ["Personne ne peut promettre que rien ne ressortira jamais. Mais si ça arrive, tu sais quoi faire : signaler, faire retirer, en parler. Et tu n'es plus {seul|seule|seul·e} à le savoir."] =
    "Nobody can promise that nothing will ever come back. But if it does, you know what to do: report it, get it taken down, tell someone. And you are not the only one who knows any more.",
  ["Une image qui n'existe pas"] =
    "A picture that doesn't exist",
  ["Tu n'avais rien envoyé : ils ont fabriqué une image à partir de tes photos publiques. C'était quand même du chantage, et les mêmes étapes ont marché. Ce n'est pas ta faute. Le compte à rebours est arrivé à zéro, et rien ne s'est passé."] =
    "You hadn't sent anything: they made a picture from your public photos. It was still blackmail, and the same steps worked. It's not your fault. The countdown reached zero, and nothing happened.",
  ["À la récré, tu racontes tout à Théo. Il écarquille les yeux."] =
    "At break, you tell Théo everything. His eyes go wide.",
  ["attends. elle m'a fait le coup de la photo à moi aussi hier"] =
    "wait. she tried the photo thing on me too yesterday",
  ["j'ai rien répondu. je la signale aussi. merci de m'avoir dit"] =
    "i didn't answer. i'm reporting her too. thanks for telling me",
  ["« Personne ne te croira », disaient-ils. Maya t'a {cru|crue|cru·e}. Ta mère aussi. Et Théo."] =
    "\"Nobody will believe you,\" they said. Maya believed you. Your mum too. And Théo.",
  ["Personne ne peut promettre qu'une image pareille ne ressortira jamais. Mais si ça arrive : signaler, faire retirer, en parler. Ça marche."] =
    "Nobody can promise a picture like that will never come back. But if it does: report it, get it taken down, tell someone. It works.",
  ["Même après l'envoi, ça se répare"] =
    "Even after it was sent, it can be fixed",
  ["Tu avais payé {money paid}, et ils ont quand même envoyé quelque chose à quelques abonnés, pour réclamer plus : payer ne protège de rien. Ce n'est pas ta faute. Tu as arrêté de payer, tu en as parlé, et les signalements, le retrait et l'aide ont marché : le contenu a été retiré, et tes amis sont restés de ton côté."] =
    "You had paid {money paid}, and they still sent something to a few followers, to ask for more: paying protects you from nothing. It's not your fault. You stopped paying, you told someone, and the reports, the removal and the help worked: the content was taken down, and your friends stayed on your side.",
  ["Quatre jours plus tard"] =
    "Four days later",
  ["Le compte qui a envoyé le message a été fermé. Ce qu'il avait envoyé a été retiré."] =
    "The account that sent the message was closed. What it had sent was taken down.",
  ["Personne {school.at} n'a cru à l'image. Théo a juste dit : « un montage tout pourri, et du chantage. c'est eux les coupables »."] =
    "Nobody {school.at} believed the picture. Théo just said: \"a rubbish fake, and blackmail. they're the guilty ones.\"",
  ["« Personne ne te croira », disaient-ils. Tout le monde t'a {cru|crue|cru·e}."] =
    "\"Nobody will believe you,\" they said. Everybody believed you.",
  ["Théo a dit à ceux qui en parlaient {school.at} : « c'est du chantage, c'est eux les coupables ». Personne n'a insisté."] =
    "Théo told the people who talked about it {school.at}: \"it's blackmail, they're the guilty ones.\" Nobody went on about it.",
  ["on va au match samedi ? 🤾"] =
    "match on saturday? 🤾",
  ["Ça fait encore mal, certains soirs. Mais tu n'es pas {seul|seule|seul·e}, et ça s'est réparé plus vite que tu ne le croyais."] =
    "It still hurts, some evenings. But you are not alone, and it got fixed faster than you thought.",
  ["Si ça ressort un jour : signaler, faire retirer, en parler. Ça marche encore."] =
    "If it ever comes back: report it, get it taken down, tell someone. It still works.",
  ["Le profil de Jade : quatorze amis en commun"] =
    "Jade's profile: fourteen mutual friends",
  ["21:42 : l'image fabriquée (rien n'a été envoyé)"] =
    "21:42: the made-up picture (nothing was sent)",
  ["21:43 : le compte à rebours, la panique"] =
    "21:43: the countdown, the panic",
  ["« Personne va te croire »"] =
    "“Nobody will believe you”",
}
