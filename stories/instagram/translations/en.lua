-- English translation of stories/instagram/story.lua.
-- Keys are the exact French source texts (gettext-like).
translation "en" {
  ["Un faux appel vidéo sur Instagram"] =
    "A fake video call on Instagram",
  ["Une personne rencontrée en ligne fait du chantage avec un enregistrement intime. Rien d'explicite n'est montré."] =
    "Someone met online uses an intimate recording for blackmail. Nothing explicit is shown.",
  ["{name}, 19 ans. Deuxième année de fac, et le week-end, des heures au ciné Lumière pour payer le loyer."] =
    "{name}, 19. Second year at uni, and weekend shifts at the Lumière cinema to pay the rent.",
  ["Jeudi soir. Tu fais défiler Instagram avant de dormir."] =
    "Thursday night. You are scrolling through Instagram before bed.",
  ["clara.vbs souhaite vous envoyer un message"] =
    "clara.vbs wants to send you a message",
  ["coucou 😊"] =
    "hiii 😊",
  ["désolée de t'écrire comme ça, je suis tombée sur ton profil en cherchant des gens du coin"] =
    "sorry to message you out of nowhere, i found your profile looking for people around here",
  ["t'as un sourire qui donne envie de discuter 🙈"] =
    "you have the kind of smile that makes people want to talk 🙈",
  ["Une inconnue. Sur la photo de profil : une fille brune, un grand sourire, un coucher de soleil derrière elle."] =
    "A stranger. Profile picture: a dark-haired girl, a big smile, a sunset behind her.",
  ["Ça fait plaisir, quand même."] =
    "It's nice to hear, though.",
  ["Répondre"] =
    "Reply",
  ["haha merci 😄 on se connaît ?"] =
    "haha thanks 😄 do we know each other?",
  ["Regarder son profil avant de répondre"] =
    "Look at her profile before replying",
  ["Ne pas répondre"] =
    "Don't reply",
  ["Le lendemain"] =
    "The next day",
  ["tu m'ignores ? 🥺"] =
    "are you ignoring me? 🥺",
  ["Un selfie en terrasse : lunettes de soleil sur la tête, un café à la main"] =
    "A selfie at a café terrace: sunglasses pushed up on her head, a coffee in her hand",
  ["je voulais juste discuter… je connais presque personne ici depuis que j'ai déménagé"] =
    "i just wanted to chat… i hardly know anyone here since i moved",
  ["Elle a l'air un peu seule. Et plutôt sympa."] =
    "She seems a bit lonely. And quite nice.",
  ["Lui répondre, finalement"] =
    "Reply after all",
  ["{désolé|désolée|désolé·e}, j'avais pas vu ! tu viens d'où ?"] =
    "sorry, hadn't seen it! where are you from?",
  ["Regarder d'abord son profil"] =
    "Look at her profile first",
  ["Tu ouvres le profil de clara.vbs."] =
    "You open clara.vbs's profile.",
  ["« Clara · 21 ans · étudiante en droit 🌸 ». 2 340 abonnés. Onze publications, toutes mises en ligne la même semaine."] =
    "\"Clara · 21 · law student 🌸\". 2,340 followers. Eleven posts, all put online in the same week.",
  ["Personne d'autre n'est identifié sur ses photos. Sous chaque post, des commentaires d'hommes, des flammes, des cœurs. Elle ne répond jamais."] =
    "Nobody else is tagged in her photos. Under every post, comments from men, flames, hearts. She never replies.",
  ["Aucun ami en commun."] =
    "No friends in common.",
  ["Bon. C'est peut-être juste un compte récent. Ou pas."] =
    "OK. Maybe it's just a new account. Or maybe not.",
  ["Qu'est-ce qui, dans ce profil, pourrait mettre la puce à l'oreille ? Et qu'est-ce qui n'a rien d'anormal ?"] =
    "What in this profile could make you suspicious? And what is perfectly normal?",
  ["Indices possibles : publications toutes récentes, personne d'identifié, commentaires sans réponse, aucun ami commun. Aucun ne prouve rien à lui seul : un vrai compte peut être récent. Le but n'est pas de soupçonner tout le monde, mais de prendre son temps et de vérifier avant de faire confiance. Dans la source, des profils de jeunes femmes servent d'appât à des groupes organisés."] =
    "Possible signs: all the posts are recent, nobody is tagged, comments get no reply, no friends in common. None of them proves anything on its own: a real account can be new. The point is not to suspect everyone, but to take your time and check before trusting. In the source, profiles of young women are used as bait by organised groups.",
  ["Faire une recherche d'image inversée avec sa photo"] =
    "Do a reverse image search with her photo",
  ["Ça a l'air normal. Répondre."] =
    "Looks normal. Reply.",
  ["hello 😊 merci ! on se connaît ?"] =
    "hello 😊 thanks! do we know each other?",
  ["Capture de sa photo de profil, recherche d'image inversée."] =
    "A screenshot of her profile picture, a reverse image search.",
  ["Premier résultat : la même photo, le même coucher de soleil, publiée il y a deux ans par giulia.viaggia, une influenceuse voyage italienne suivie par 84 000 personnes."] =
    "First result: the same photo, the same sunset, posted two years ago by giulia.viaggia, an Italian travel influencer with 84,000 followers.",
  ["Ses autres photos aussi. Toutes."] =
    "Her other photos too. All of them.",
  ["Ce ne sont pas ses photos. Ce sont celles de quelqu'un d'autre."] =
    "These aren't her photos. They belong to someone else.",
  ["Capturer le profil, le signaler comme faux compte, puis le bloquer"] =
    "Screenshot the profile, report it as a fake account, then block it",
  ["Lui demander une explication"] =
    "Ask her to explain",
  ["euh… tes photos sont sur le compte d'une influenceuse italienne. c'est toi ?"] =
    "um… your photos are on an Italian influencer's account. is that you?",
  ["ahah oui c'est moi 🙈 c'est mon ancien compte, je l'utilise plus, trop de relous là-bas"] =
    "haha yes that's me 🙈 it's my old account, i don't use it anymore, too many creeps there",
  ["ici c'est mon compte perso, pour les vrais gens 😊"] =
    "this is my personal account, for real people 😊",
  ["tu fais ton enquête ? c'est mignon"] =
    "are you investigating me? that's cute",
  ["Ça se tient… un peu. Plein de gens ont deux comptes."] =
    "That makes sense… sort of. Lots of people have two accounts.",
  ["Mais l'autre compte s'appelle Giulia. Et elle écrit en italien."] =
    "But the other account is called Giulia. And she writes in Italian.",
  ["Laisser tomber le doute et continuer"] =
    "Let the doubt go and carry on",
  ["Lui demander une preuve que c'est bien elle"] =
    "Ask her for proof that it's really her",
  ["prouve-le 😄 envoie une photo avec mon prénom écrit sur ta main"] =
    "prove it 😄 send a photo with my name written on your hand",
  ["t'es {sérieux|sérieuse|sérieux·se} ? 😅"] =
    "are you serious? 😅",
  ["ok attends"] =
    "ok wait",
  ["Une photo un peu floue : une main, « {name} » écrit au stylo sur la paume. Pas de visage."] =
    "A slightly blurry photo: a hand, \"{name}\" written in pen on the palm. No face.",
  ["bref, {convaincu|convaincue|convaincu·e} ? 😂"] =
    "so, convinced? 😂",
  ["Une main. N'importe qui peut écrire un prénom sur une main."] =
    "A hand. Anyone can write a name on a hand.",
  ["Ça te suffit : continuer la conversation"] =
    "That's enough for you: carry on chatting",
  ["Une capture du profil, une autre des photos d'origine. Puis : Signaler › Faux compte › Se fait passer pour quelqu'un d'autre. Bloquer."] =
    "One screenshot of the profile, another of the original photos. Then: Report › Fake account › Pretending to be someone else. Block.",
  ["Merci. Nous examinerons votre signalement."] =
    "Thank you. We'll review your report.",
  ["t'es encore debout ? je viens de voir le film le plus nul de l'année"] =
    "you still up? i just watched the worst film of the year",
  ["Raconter à Robin l'histoire du faux profil"] =
    "Tell Robin about the fake profile",
  ["attends, il m'est arrivé un truc chelou ce soir"] =
    "wait, something weird happened to me tonight",
  ["Parler du film et passer à autre chose"] =
    "Talk about the film and move on",
  ["raconte 😂"] =
    "tell me 😂",
  ["😊 je suis nouvelle dans la région, je connais presque personne ici"] =
    "😊 i'm new in the area, i hardly know anyone here",
  ["et toi, tu fais quoi dans la vie ? t'as l'air {passionné|passionnée|passionné·e} par plein de trucs"] =
    "and you, what do you do? you seem passionate about loads of things",
  ["Les jours suivants"] =
    "The following days",
  ["Vous vous écrivez tous les soirs. Elle pose des questions, se souvient de tout, rit à tes blagues."] =
    "You write to each other every evening. She asks questions, remembers everything, laughs at your jokes.",
  ["j'adore te parler, t'es pas comme les autres"] =
    "i love talking to you, you're not like the others",
  ["j'ai montré ta photo à ma coloc, elle dit que j'ai de la chance 🙈"] =
    "i showed your photo to my flatmate, she says i'm lucky 🙈",
  ["Ça fait longtemps que personne ne m'a parlé comme ça."] =
    "It's been a long time since anyone talked to me like this.",
  ["au fait tu bosses où ? et ajoute-moi sur facebook, je veux tout savoir de toi 😏"] =
    "btw where do you work? and add me on facebook, i want to know everything about you 😏",
  ["Lui dire où tu travailles et lui donner ton Facebook"] =
    "Tell her where you work and give her your Facebook",
  ["je bosse au ciné Lumière le week-end 😄 je t'envoie mon facebook"] =
    "i work at the Lumière cinema at weekends 😄 i'll send you my facebook",
  ["Rester vague pour l'instant"] =
    "Stay vague for now",
  ["haha secret 😄 je suis à la fac, c'est déjà pas mal"] =
    "haha secret 😄 i'm at uni, that's already a lot",
  ["le ciné Lumière ! je passerai te faire coucou 😍"] =
    "the Lumière cinema! i'll come and say hi 😍",
  ["c'est bon je t'ai {trouvé|trouvée|trouvé·e} sur facebook. t'es encore plus {mignon|mignonne|mignon·ne} en vrai"] =
    "ok found you on facebook. you're even cuter in real life",
  ["{mystérieux|mystérieuse|mystérieux·se}… ça me plaît 😏"] =
    "mysterious… i like that 😏",
  ["Vendredi soir"] =
    "Friday night",
  ["La conversation glisse. Les compliments deviennent plus appuyés, les sous-entendus plus nombreux."] =
    "The conversation drifts. The compliments get bolder, the innuendo more frequent.",
  ["Une photo d'elle devant un miroir, en tenue légère, le visage à moitié caché par son téléphone"] =
    "A photo of her in front of a mirror, in revealing clothes, her face half hidden by her phone",
  ["je t'ai montré… à toi maintenant 🙈"] =
    "i showed you… your turn now 🙈",
  ["sinon je vais croire que je te plais pas"] =
    "otherwise i'll think you don't like me",
  ["Elle m'a envoyé une photo. Si je ne fais rien, elle va le prendre mal."] =
    "She sent me a photo. If I don't do anything, she'll take it badly.",
  ["Envoyer une photo de toi, plus intime"] =
    "Send a more intimate photo of yourself",
  ["Dire que tu n'es pas {prêt|prête|prêt·e} pour ça"] =
    "Say you're not ready for that",
  ["pas tout de suite 😅 j'aime bien prendre mon temps"] =
    "not just yet 😅 i like taking my time",
  ["Proposer plutôt un appel vidéo, pour voir si c'est bien elle"] =
    "Suggest a video call instead, to see if it's really her",
  ["et si on s'appelait en vidéo ? j'aimerais bien te voir pour de vrai"] =
    "what if we video called? i'd love to see you for real",
  ["Une photo de toi dans ta chambre, plus intime que tout ce que tu publies. Ton visage n'y est pas."] =
    "A photo of you in your bedroom, more intimate than anything you post. Your face isn't in it.",
  ["🔥🔥🔥"] =
    "🔥🔥🔥",
  ["demain soir, appel vidéo ? j'ai trop envie de te voir"] =
    "video call tomorrow night? i really want to see you",
  ["ok ok 🙄 t'es timide"] =
    "ok ok 🙄 you're shy",
  ["alors demain soir, un appel vidéo ? juste pour se voir, promis 😇"] =
    "so, a video call tomorrow night? just to see each other, promise 😇",
  ["grave ! demain soir ? ma coloc sera pas là 😏"] =
    "totally! tomorrow night? my flatmate will be out 😏",
  ["Samedi"] =
    "Saturday",
  ["t'es là ? 😇"] =
    "you there? 😇",
  ["Appel vidéo entrant · clara.vbs"] =
    "Incoming video call · clara.vbs",
  ["Elle apparaît à l'écran. Elle sourit, replace une mèche de cheveux, fait un petit signe. L'image est un peu granuleuse."] =
    "She appears on the screen. She smiles, pushes back a strand of hair, gives a little wave. The picture is a bit grainy.",
  ["Pas de son."] =
    "No sound.",
  ["mon micro marche pas 😩 on s'écrit à côté ?"] =
    "my mic isn't working 😩 can we just type?",
  ["C'est bien elle. Enfin… on dirait."] =
    "It's her all right. Well… it looks like it.",
  ["Lui demander de lever la main"] =
    "Ask her to raise her hand",
  ["lève la main si c'est vraiment toi 😄"] =
    "raise your hand if it's really you 😄",
  ["Lui demander d'écrire ton prénom sur une feuille"] =
    "Ask her to write your name on a piece of paper",
  ["écris mon prénom sur une feuille et montre-la à la caméra 😄"] =
    "write my name on a piece of paper and show it to the camera 😄",
  ["Continuer : un micro en panne, ça arrive"] =
    "Carry on: mics break, it happens",
  ["Deux secondes. Trois. Puis elle lève la main en riant."] =
    "Two seconds. Three. Then she raises her hand, laughing.",
  ["{content|contente|content·e} ? 😂"] =
    "happy? 😂",
  ["Ok. C'est bien elle, en direct."] =
    "OK. It's really her, live.",
  ["Sur l'écran, elle replace la même mèche de cheveux. Fait le même petit signe."] =
    "On the screen, she pushes back the same strand of hair. Gives the same little wave.",
  ["haha t'es bizarre 😅 j'ai pas de stylo"] =
    "haha you're weird 😅 i don't have a pen",
  ["regarde-moi plutôt 😘"] =
    "just look at me instead 😘",
  ["Sur l'écran, elle replace une mèche de cheveux. Fait un petit signe. Sourit."] =
    "On the screen, she pushes back a strand of hair. Gives a little wave. Smiles.",
  ["Exactement comme au début de l'appel. Au même rythme, au même moment."] =
    "Exactly like at the start of the call. Same rhythm, same timing.",
  ["On dirait… une boucle. Une vidéo qui recommence."] =
    "It looks like… a loop. A video starting over.",
  ["Raccrocher"] =
    "Hang up",
  ["Rester encore un peu : c'est peut-être la connexion"] =
    "Stay a bit longer: maybe it's the connection",
  ["De l'autre côté de l'écran, quelqu'un enregistre. Tu ne le vois pas."] =
    "On the other side of the screen, someone is recording. You can't see it.",
  ["tu me plais tellement"] =
    "i like you so much",
  ["montre-moi plus… c'est toi que je veux voir 😏"] =
    "show me more… it's you i want to see 😏",
  ["personne saura, c'est juste entre nous"] =
    "no one will know, it's just between us",
  ["Mon cœur bat vite. C'est flatteur, c'est excitant. Et ça va un peu vite."] =
    "My heart is racing. It's flattering, it's exciting. And it's going a bit fast.",
  ["Dire non et raccrocher"] =
    "Say no and hang up",
  ["non, pas comme ça. bonne nuit"] =
    "no, not like this. good night",
  ["Dire que ça va trop vite"] =
    "Say it's going too fast",
  ["attends, ça va un peu vite pour moi"] =
    "wait, this is going a bit fast for me",
  ["Te laisser porter"] =
    "Go with the flow",
  ["🥺 je croyais que je te plaisais"] =
    "🥺 i thought you liked me",
  ["moi aussi je suis gênée tu sais… on le fait ensemble ?"] =
    "i'm shy too you know… shall we do it together?",
  ["sinon je raccroche et tu me reverras plus jamais"] =
    "otherwise i'm hanging up and you'll never see me again",
  ["Si je dis non, elle part. Et si je dis oui…"] =
    "If I say no, she leaves. And if I say yes…",
  ["Raccrocher quand même"] =
    "Hang up anyway",
  ["{désolé|désolée|désolé·e}, pas ce soir"] =
    "sorry, not tonight",
  ["Rester, pour ne pas la perdre"] =
    "Stay, so as not to lose her",
  ["L'appel continue."] =
    "The call goes on.",
  ["Appel terminé · 37 min"] =
    "Call ended · 37 min",
  ["Un drôle de mélange : un peu {gêné|gênée|gêné·e}, un peu sur un nuage."] =
    "A strange mix: a bit embarrassed, a bit on cloud nine.",
  ["regarde ça"] =
    "look at this",
  ["Une vidéo de 12 secondes : l'enregistrement de ton appel. Ton visage, bien net."] =
    "A 12-second video: the recording of your call. Your face, perfectly clear.",
  ["on a tout enregistré. ton visage aussi."] =
    "we recorded everything. your face too.",
  ["Une capture d'écran : la liste de tes abonnés. Ta sœur, ta cousine, tes amis de la fac, Robin."] =
    "A screenshot: the list of your followers. Your sister, your cousin, your friends from uni, Robin.",
  ["Une autre capture : la page Facebook du ciné Lumière, et tes collègues identifiés dessus"] =
    "Another screenshot: the Lumière cinema's Facebook page, with your colleagues tagged on it",
  ["et tes collègues du ciné. ton patron aussi."] =
    "and your colleagues at the cinema. your boss too.",
  ["{money 500} dans 30 minutes, sinon tout le monde reçoit la vidéo. famille, amis, collègues."] =
    "{money 500} in 30 minutes, or everyone gets the video. family, friends, colleagues.",
  ["⏳ 30:00"] =
    "⏳ 30:00",
  ["Le ton a changé d'un coup. Plus d'emojis, plus de petites fautes mignonnes : des phrases courtes, comme copiées-collées. Ce chantage a un nom : la sextorsion."] =
    "The tone has changed all at once. No more emojis, no more cute little typos: short sentences, as if copied and pasted. This blackmail has a name: sextortion.",
  ["Non. Non, non, non."] =
    "No. No, no, no.",
  ["Elle avait levé la main… C'était donc déjà une vidéo ?"] =
    "She raised her hand… So it was already a video?",
  ["Oui : une main levée fait partie des gestes que ces groupes ont déjà en vidéo. Tu as essayé de vérifier ; ce sont eux qui trichaient."] =
    "Yes: a raised hand is one of the gestures these groups already have on video. You tried to check; they were the ones cheating.",
  ["Le micro « en panne », la main levée au bon moment : qu'est-ce que ça prouvait, et qu'est-ce que ça ne prouvait pas ?"] =
    "The \"broken\" mic, the hand raised right on cue: what did they prove, and what did they not prove?",
  ["Un appel vidéo peut être une vidéo préenregistrée : l'excuse du micro évite de parler, et une main levée fait partie des gestes que ces groupes ont déjà en vidéo. Un geste imprévisible (écrire un prénom, toucher son oreille gauche) est plus difficile à truquer, mais rien ne remplace le fait de prendre son temps. Insister sur ce point : ce n'est pas la faute de la personne piégée ; en face, ce sont des professionnels."] =
    "A video call can be a pre-recorded video: the mic excuse avoids speaking, and a raised hand is one of the gestures these groups already have on video. An unpredictable gesture (writing a name, touching your left ear) is harder to fake, but nothing replaces taking your time. Stress this: it is not the fault of the person who was tricked; the people on the other side are professionals.",
  ["Appel terminé · 4 min"] =
    "Call ended · 4 min",
  ["Bon. C'était bizarre."] =
    "OK. That was weird.",
  ["pourquoi tu raccroches ?"] =
    "why did you hang up?",
  ["pas grave. on a ce qu'il faut."] =
    "doesn't matter. we have what we need.",
  ["Une capture de l'appel : ton visage, bien net, éclairé par l'écran"] =
    "A screenshot of the call: your face, perfectly clear, lit by the screen",
  ["Et la photo que tu lui as envoyée hier soir"] =
    "And the photo you sent her last night",
  ["avec ça et un petit montage, personne verra la différence."] =
    "with that and a bit of editing, no one will tell the difference.",
  ["avec ta tête et un montage, personne verra la différence."] =
    "with your face and a bit of editing, no one will tell the difference.",
  ["et tes collègues du ciné. on a trouvé la page."] =
    "and your colleagues at the cinema. we found the page.",
  ["{money 300} dans 30 minutes ou tout le monde reçoit la vidéo."] =
    "{money 300} in 30 minutes or everyone gets the video.",
  ["Mais… il ne s'est rien passé. Ils peuvent vraiment faire ça ?"] =
    "But… nothing happened. Can they really do that?",
  ["Le téléphone vibre encore. Tu n'arrives plus à penser."] =
    "Your phone buzzes again. You can't think straight any more.",
  ["À ce moment-là, qu'est-ce qui rend si difficile d'en parler à quelqu'un ?"] =
    "At this moment, what makes it so hard to talk to someone about it?",
  ["Laisser venir : la honte, la peur d'être jugé·e, la peur des conséquences, l'impression d'être seul·e au monde. Dans la source, c'est la honte et la peur qui ont empêché la victime de signaler. Rappeler que le chantage compte justement sur ce silence, et qu'une conversation intime n'a rien de mal en soi. Ne jamais demander à un élève de parler de sa propre vie."] =
    "Let answers come: shame, fear of being judged, fear of the consequences, feeling completely alone. In the source, shame and fear are what stopped the victim from reporting. Point out that blackmail relies on exactly this silence, and that an intimate conversation is not wrong in itself. Never ask a student to talk about their own life.",
  ["« C'est ma faute. Comment j'ai pu y croire ? »"] =
    "\"It's my fault. How could I believe it?\"",
  ["« Tout le monde va voir. Ma famille. Mes collègues. »"] =
    "\"Everyone's going to see. My family. My colleagues.\"",
  ["« Je ne sais plus quoi faire. Je ne comprends plus rien. »"] =
    "\"I don't know what to do any more. I don't understand anything.\"",
  ["Ce n'est pas ta faute. En face, il y a un groupe organisé qui fait ça tous les jours, à des centaines de personnes, avec des scripts et de fausses vidéos."] =
    "It's not your fault. On the other side there is an organised group that does this every day, to hundreds of people, with scripts and fake videos.",
  ["Avoir une conversation intime avec quelqu'un qui te plaît n'a rien de mal. Ce qui est interdit, c'est leur chantage."] =
    "Having an intimate conversation with someone you like is not wrong. What is against the law is their blackmail.",
  ["Cette peur est normale : c'est exactement celle qu'ils cherchent à provoquer."] =
    "That fear is normal: it's exactly what they are trying to make you feel.",
  ["Le compte à rebours est là pour t'empêcher de réfléchir. Tu as plus de temps que ce que dit leur minuteur."] =
    "The countdown is there to stop you thinking. You have more time than their timer says.",
  ["Être {désorienté|désorientée|désorienté·e}, c'est normal. Personne ne sait quoi faire la première fois."] =
    "Feeling lost is normal. Nobody knows what to do the first time.",
  ["Tu n'as pas besoin de tout régler cette nuit. Une chose à la fois."] =
    "You don't have to sort everything out tonight. One thing at a time.",
  ["⏳ 24:00"] =
    "⏳ 24:00",
  ["tu réponds ou on envoie ?"] =
    "are you answering or do we send it?",
  ["J'ai peur de payer pour rien. Et j'ai peur de ne pas payer."] =
    "I'm afraid of paying for nothing. And I'm afraid of not paying.",
  ["Payer, pour que ça s'arrête"] =
    "Pay, to make it stop",
  ["Leur répondre, essayer de négocier"] =
    "Answer them, try to negotiate",
  ["attendez. je suis {étudiant|étudiante|étudiant·e}, j'ai pas cet argent"] =
    "wait. i'm a student, i don't have that kind of money",
  ["Tout bloquer et tout effacer, tout de suite"] =
    "Block everything and delete everything, right now",
  ["Ne plus répondre. Respirer."] =
    "Stop replying. Breathe.",
  ["pas d'argent ? pas grave."] =
    "no money? no problem.",
  ["tu refais une vidéo. plus longue. maintenant. et on efface tout."] =
    "you make another video. longer. now. and we delete everything.",
  ["ou tu paies {money 200} ce soir, le reste demain."] =
    "or you pay {money 200} tonight, the rest tomorrow.",
  ["Ils effaceraient tout ? Vraiment ?"] =
    "They would delete everything? Really?",
  ["Faire ce qu'ils demandent, si ça peut tout effacer"] =
    "Do what they ask, if it can make them delete everything",
  ["Payer une partie, pour gagner du temps"] =
    "Pay part of it, to buy time",
  ["Arrêter de leur répondre"] =
    "Stop answering them",
  ["Tu rallumes la caméra. Tu fais ce qu'ils demandent, en voulant être n'importe où ailleurs."] =
    "You turn the camera back on. You do what they ask, wishing you were anywhere else.",
  ["merci pour le bonus 😂"] =
    "thanks for the bonus 😂",
  ["maintenant on a deux vidéos."] =
    "now we have two videos.",
  ["{money 800}. demain midi. et si tu bloques, on envoie."] =
    "{money 800}. tomorrow noon. and if you block us, we send it.",
  ["Ils n'ont rien effacé. Ils en ont juste plus."] =
    "They didn't delete anything. They just have more.",
  ["Envoyer plus ne les arrête pas : ça leur donne plus de prise. Tu peux t'arrêter là, maintenant."] =
    "Sending more doesn't stop them: it gives them more of a hold. You can stop here, right now.",
  ["Leur obéir encore, pour qu'ils effacent"] =
    "Obey them again, so they delete it",
  ["Arrêter. Ne plus rien envoyer, ne plus répondre."] =
    "Stop. Send nothing more, stop answering.",
  ["{money demand}. en {payment.giftcard} ou en {payment.prepaid}. tu envoies les codes ici."] =
    "{money demand}. in {payment.giftcard} or {payment.prepaid}. send the codes here.",
  ["⏳ 18:00"] =
    "⏳ 18:00",
  ["J'ai {money 320} sur mon compte. Et le loyer part le 5."] =
    "I have {money 320} in my account. And the rent goes out on the 5th.",
  ["Si je paie, ils arrêtent. Non ?"] =
    "If I pay, they'll stop. Won't they?",
  ["Payer {money 200}, pour gagner du temps"] =
    "Pay {money 200}, to buy time",
  ["Ne pas payer"] =
    "Don't pay",
  ["Il te faut une demi-heure pour trouver des {payment.prepaid} à cette heure-là : {money 200}. Tu envoies le code, les mains gelées."] =
    "It takes you half an hour to find {payment.prepaid} at this time of night: {money 200}. You send the code, your hands frozen.",
  ["voilà {money 200}. c'est tout ce que j'ai. effacez tout."] =
    "there. {money 200}. it's all i have. delete everything.",
  ["reçu 🙂"] =
    "received 🙂",
  ["tu vois que tu peux payer."] =
    "see, you can pay.",
  ["maintenant {money 600}. demain midi."] =
    "now {money 600}. tomorrow noon.",
  ["Payer n'a rien arrêté. Ça leur a juste montré que je paie."] =
    "Paying didn't stop anything. It just showed them that I pay.",
  ["Si tu as déjà payé, tu peux t'arrêter maintenant. Ce n'est pas grave."] =
    "If you have already paid, you can stop now. It's okay.",
  ["Pourquoi payer n'arrête presque jamais ce genre de chantage ?"] =
    "Why does paying almost never stop this kind of blackmail?",
  ["Pour le groupe, quelqu'un qui paie est quelqu'un qui peut payer encore : les demandes reviennent, souvent plus fortes (la victime de la source a payé une partie « pour gagner du temps », et les demandes sont restées très élevées). Aux États-Unis, parmi les victimes qui avaient payé, plus d'une sur quatre a continué d'être menacée (NCMEC). Dire clairement : si on a déjà payé, on peut arrêter maintenant, et ce n'est pas grave."] =
    "For the group, someone who pays is someone who can pay again: the demands come back, often bigger (the victim in the source paid part of it \"to buy time\", and the demands stayed very high). In the United States, among victims who had paid, more than one in four kept being threatened (NCMEC). Say it clearly: if you have already paid, you can stop now, and it's okay.",
  ["Payer encore, en empruntant s'il le faut"] =
    "Pay again, borrowing if you have to",
  ["Arrêter là. Ne plus répondre."] =
    "Stop there. No more replies.",
  ["Tu écris à ta sœur qu'il te manque {money 300} pour le loyer. Elle te les vire sans poser de question. Tu les envoies."] =
    "You text your sister that you're {money 300} short for the rent. She transfers it without asking questions. You send it on.",
  ["bien."] =
    "good.",
  ["le chef dit {money 1000} maintenant. sinon la vidéo part chez ta mère."] =
    "the boss says {money 1000} now. or the video goes to your mum.",
  ["Bloquer. Supprimer la conversation. Confirmer."] =
    "Block. Delete the conversation. Confirm.",
  ["En trois gestes, tout a disparu : le pseudo, les messages, la vidéo qu'ils t'ont envoyée, le compte à rebours."] =
    "In three taps, everything is gone: the username, the messages, the video they sent you, the countdown.",
  ["Voilà. C'est fini. Non ?"] =
    "There. It's over. Isn't it?",
  ["Une minute plus tard, une nouvelle demande de message. Un compte sans photo : n0tice.2291."] =
    "A minute later, a new message request. An account with no photo: n0tice.2291.",
  ["tu crois que bloquer suffit ? on est plusieurs."] =
    "you think blocking is enough? there are lots of us.",
  ["on a déjà ta liste d'abonnés."] =
    "we already have your follower list.",
  ["Et je n'ai plus rien. Pas une capture. Même pas leur ancien pseudo."] =
    "And I have nothing left. Not one screenshot. Not even their old username.",
  ["Supprimer ton compte Instagram, pour qu'ils ne te trouvent plus"] =
    "Delete your Instagram account, so they can't find you",
  ["Passer ton compte en privé et cacher ta liste d'abonnés"] =
    "Make your account private and hide your follower list",
  ["Reprendre ton souffle avant de toucher à autre chose"] =
    "Catch your breath before touching anything else",
  ["Paramètres › Compte › Supprimer le compte. Tu confirmes deux fois."] =
    "Settings › Account › Delete account. You confirm twice.",
  ["Ton compte disparaît, et avec lui tes messages : tout ce qui aurait pu servir de preuve."] =
    "Your account disappears, and your messages with it: everything that could have served as evidence.",
  ["Au moins, ils ne peuvent plus m'écrire ici."] =
    "At least they can't write to me here any more.",
  ["Mais ils ont déjà ta liste d'abonnés. Et ton prénom."] =
    "But they already have your follower list. And your first name.",
  ["Paramètres › Confidentialité › Compte privé. Tu retires leur compte de tes abonnés."] =
    "Settings › Privacy › Private account. You remove their account from your followers.",
  ["Ton compte existe toujours, tes messages aussi : tu ne supprimes rien. Mais pour un inconnu, il n'y a plus rien à voir, ni tes photos, ni la liste de tes abonnés."] =
    "Your account still exists, and so do your messages: you delete nothing. But to a stranger there is nothing left to see, neither your photos nor your follower list.",
  ["Ils en ont peut-être déjà une copie. Mais ils n'auront rien de plus."] =
    "Maybe they already have a copy. But they won't get anything more.",
  ["Tu poses le téléphone sur le lit, écran contre le drap. Tu ne réponds pas."] =
    "You put the phone down on the bed, screen against the sheet. You don't reply.",
  ["Il vibre. Encore. Encore."] =
    "It buzzes. Again. Again.",
  ["tu crois qu'on rigole ?"] =
    "you think we're joking?",
  ["regarde, on a commencé : vidz.zz/v/8f3k2"] =
    "look, we've started: vidz.zz/v/8f3k2",
  ["⏳ 12:00"] =
    "⏳ 12:00",
  ["Puis ça sonne. Un appel vidéo, depuis leur compte."] =
    "Then it rings. A video call, from their account.",
  ["Refuser l'appel"] =
    "Decline the call",
  ["Décrocher"] =
    "Pick up",
  ["Appel refusé"] =
    "Call declined",
  ["Tu refuses l'appel. Ils n'ont pas besoin d'entendre ta voix, et tu n'as rien à leur dire."] =
    "You decline the call. They don't need to hear your voice, and you have nothing to say to them.",
  ["Pas de Clara à l'écran. Une image noire, et une voix que tu ne connais pas, pressée."] =
    "No Clara on the screen. A black picture, and a voice you don't know, in a hurry.",
  ["tu paies maintenant. sinon ta sœur reçoit la vidéo en premier."] =
    "you pay now. or your sister gets the video first.",
  ["Ce n'est même pas elle. Ça n'a jamais été elle."] =
    "It isn't even her. It never was.",
  ["Ils n'appellent pas pour parler : ils veulent que tu paies vite, avant d'avoir eu le temps de réfléchir. Tu n'as rien à leur dire, et tu as le droit de raccrocher."] =
    "They are not calling to talk: they want you to pay fast, before you have had time to think. You have nothing to say to them, and you are allowed to hang up.",
  ["Raccrocher sans rien dire"] =
    "Hang up without a word",
  ["Appel terminé"] =
    "Call ended",
  ["Réfléchir. Une chose à la fois."] =
    "Think. One thing at a time.",
  ["Dans quel ordre faire les choses, et pourquoi garder des preuves avant de bloquer ?"] =
    "In what order should you do things, and why keep evidence before blocking?",
  ["L'ordre sur lequel la police et les lignes d'écoute s'accordent : arrêter de répondre ; ne pas payer, ne rien envoyer ; faire des captures (profil, pseudos, liens, demandes de paiement) ; signaler et bloquer ; passer ses comptes en privé sans les supprimer ; en parler à un adulte de confiance ; signaler à la police ou à une ligne d'aide. Bloquer d'abord fait disparaître le profil et les messages : les preuves sont perdues. En parler peut se faire à tout moment et rend tout le reste plus facile."] =
    "The order police and helplines agree on: stop replying; don't pay, don't send anything; take screenshots (profile, usernames, links, payment demands); report and block; make your accounts private without deleting them; tell a trusted adult; report to the police or a helpline. Blocking first makes the profile and the messages disappear: the evidence is lost. Talking to someone can happen at any time and makes everything else easier.",
  ["Appeler Robin, là, maintenant"] =
    "Call Robin, right now",
  ["Faire des captures de tout : profil, messages, menaces, lien"] =
    "Screenshot everything: profile, messages, threats, link",
  ["Signaler le compte à Instagram, puis le bloquer"] =
    "Report the account to Instagram, then block it",
  ["Trois sonneries. Puis la voix ensommeillée de Robin."] =
    "Three rings. Then Robin's sleepy voice.",
  ["Tu racontes. Par morceaux, dans le désordre. Ta voix tremble."] =
    "You tell it. In pieces, all jumbled up. Your voice shakes.",
  ["Robin ne t'interrompt pas. Puis : « Ok. D'abord : c'est pas ta faute. Ces gens font ça à des centaines de personnes. Tu ne paies rien et tu ne leur réponds plus. »"] =
    "Robin doesn't interrupt. Then: \"OK. First: it's not your fault. These people do this to hundreds of people. You don't pay anything and you stop answering them.\"",
  ["« Fais des captures de tout avant de bloquer quoi que ce soit. Je passe demain matin, et on fait le reste ensemble. »"] =
    "\"Screenshot everything before you block anything. I'll come over tomorrow morning and we'll do the rest together.\"",
  ["Je ne suis plus {seul|seule|seul·e} avec ça."] =
    "I'm not alone with this any more.",
  ["Faire les captures, comme Robin l'a dit"] =
    "Take the screenshots, like Robin said",
  ["Garder leur lien sans l'ouvrir, pour le montrer à Robin"] =
    "Keep their link without opening it, to show Robin",
  ["Les bloquer tout de suite : tu ne veux plus les voir"] =
    "Block them right now: you don't want to see them any more",
  ["Capture. Capture. Capture. Le profil clara.vbs et son adresse, la vidéo qu'ils t'ont envoyée, la liste de tes abonnés, chaque menace, la somme, le compte à rebours, le lien."] =
    "Screenshot. Screenshot. Screenshot. The clara.vbs profile and its address, the video they sent you, your follower list, every threat, the amount, the countdown, the link.",
  ["Tu ranges tout dans un dossier, et tu t'en envoies une copie par mail."] =
    "You put it all in a folder and email yourself a copy.",
  ["Mes mains tremblent moins quand elles ont quelque chose à faire."] =
    "My hands shake less when they have something to do.",
  ["Signaler › Chantage ou menace de partager une image intime. Puis : Bloquer."] =
    "Report › Blackmail or threat to share an intimate image. Then: Block.",
  ["La conversation s'affiche maintenant au nom d'« Utilisateur Instagram ». Le pseudo, le profil, le lien, la somme : tu ne peux plus rien en capturer."] =
    "The conversation now shows as \"Instagram User\". The username, the profile, the link, the amount: there's nothing left to screenshot.",
  ["Ils ont disparu. Et avec eux, tout ce que j'aurais pu montrer."] =
    "They've vanished. And with them, everything I could have shown.",
  ["Tes captures sont à l'abri. Signaler › Chantage ou menace de partager une image intime. Puis : Bloquer."] =
    "Your screenshots are safe. Report › Blackmail or threat to share an intimate image. Then: Block.",
  ["Instagram ne leur dira pas qui les a signalés."] =
    "Instagram won't tell them who reported them.",
  ["Merci pour votre signalement. Vous avez bloqué clara.vbs."] =
    "Thank you for your report. You blocked clara.vbs.",
  ["Et ma liste d'abonnés ? Ils l'ont vue."] =
    "And my follower list? They've seen it.",
  ["Passer ton compte en privé et cacher tes abonnés"] =
    "Make your account private and hide your followers",
  ["Supprimer ton compte, pour qu'ils ne te trouvent plus"] =
    "Delete your account, so they can't find you",
  ["Rien de plus pour ce soir"] =
    "Nothing more tonight",
  ["Le téléphone vibre encore."] =
    "The phone buzzes again.",
  ["Et maintenant ?"] =
    "What now?",
  ["Éteindre le téléphone et essayer de dormir"] =
    "Turn off the phone and try to sleep",
  ["Tu fixes le plafond."] =
    "You stare at the ceiling.",
  ["Si je ne paie pas, ils envoient. Si je paie, ils en redemandent. Dans les deux cas, j'ai peur."] =
    "If I don't pay, they send it. If I pay, they ask for more. Either way, I'm scared.",
  ["Cette peur-là, beaucoup de gens l'ont eue avant toi, devant les mêmes messages. Elle ne dit rien de toi : c'est le chantage qui la fabrique."] =
    "That fear, many people felt it before you, in front of the same messages. It says nothing about you: the blackmail is what makes it.",
  ["Et l'aide, elle, marche : des gens font ce travail tous les jours."] =
    "And help does work: there are people who do this job every day.",
  ["Dimanche"] =
    "Sunday",
  ["Tu as dormi deux heures, peut-être trois."] =
    "You slept two hours, maybe three.",
  ["Un message sur Facebook, d'un compte sans photo :"] =
    "A message on Facebook, from an account with no photo:",
  ["tu supprimes ton compte ? on a ton nom. midi."] =
    "deleting your account? we have your name. noon.",
  ["Nouvelle demande de message : n0tice.2291"] =
    "New message request: n0tice.2291",
  ["bloquer ça sert à rien. on est une équipe."] =
    "blocking is useless. we're a team.",
  ["midi. {money demand}."] =
    "noon. {money demand}.",
  ["on attend."] =
    "we're waiting.",
  ["midi. {money demand}. après, on envoie."] =
    "noon. {money demand}. after that, we send it.",
  ["Puis une image : une fausse page d'actualité. « Scandale au ciné Lumière : {un employé filmé|une employée filmée|un·e employé·e filmé·e} en direct ». Avec ton prénom et ta photo de profil."] =
    "Then an image: a fake news page. \"Scandal at the Lumière cinema: employee filmed live\". With your first name and your profile picture.",
  ["J'ai déjà donné {money paid}. Et ils en veulent encore."] =
    "I've already given {money paid}. And they want more.",
  ["Si tu as déjà payé, arrête maintenant : ce n'est pas grave."] =
    "If you have already paid, stop now: it's okay.",
  ["Je leur ai envoyé une deuxième vidéo. Et ils en veulent encore."] =
    "I sent them a second video. And they want more.",
  ["Tout raconter à Robin"] =
    "Tell Robin everything",
  ["Retrouver Robin, comme prévu"] =
    "Meet Robin, as planned",
  ["Chercher {seul|seule|seul·e} ce qu'il faut faire"] =
    "Find out on your own what to do",
  ["Ne rien dire, attendre que ça passe"] =
    "Say nothing, wait for it to pass",
  ["Tu ne réponds plus. Tu ne dis rien à personne. Au ciné, tu souris aux clients et tu regardes ton téléphone toutes les cinq minutes."] =
    "You stop answering. You tell no one. At the cinema you smile at customers and check your phone every five minutes.",
  ["Ton compte est privé : de l'extérieur, ils ne voient plus personne à qui écrire. Les messages s'espacent."] =
    "Your account is private: from outside, they can't see anyone to write to any more. The messages come less often.",
  ["hey, t'as l'air ailleurs depuis dimanche. ça va ?"] =
    "hey, you've seemed miles away since sunday. you ok?",
  ["De nouveaux comptes t'écrivent. Tu ne les ouvres pas."] =
    "New accounts write to you. You don't open them.",
  ["{name}, j'ai reçu un message bizarre d'un compte inconnu. ça parle de toi. j'ai rien ouvert."] =
    "{name}, i got a weird message from an account i don't know. it's about you. i didn't open anything.",
  ["ça va ? je suis là si tu veux."] =
    "you ok? i'm here if you want.",
  ["Répondre que tout va bien"] =
    "Say everything's fine",
  ["t'inquiète, tout va bien"] =
    "don't worry, everything's fine",
  ["faut que je te dise un truc. c'est gênant."] =
    "i need to tell you something. it's embarrassing.",
  ["je suis là. prends ton temps"] =
    "i'm here. take your time",
  ["Tu écris, tu effaces, tu réécris. Puis tu envoies tout d'un coup."] =
    "You type, delete, type again. Then you send it all at once.",
  ["ok."] =
    "ok.",
  ["merci de me l'avoir dit. vraiment."] =
    "thank you for telling me. really.",
  ["ça arrive à plein de gens, tu sais. j'ai lu un article là-dessus : c'est des réseaux organisés, ils font ça à la chaîne."] =
    "it happens to loads of people, you know. i read an article about it: it's organised networks, they do it on an industrial scale.",
  ["qu'est-ce qui te fait le plus peur, là ?"] =
    "what scares you the most right now?",
  ["« J'ai honte. »"] =
    "\"I'm ashamed.\"",
  ["j'ai honte. tellement honte."] =
    "i'm ashamed. so ashamed.",
  ["« J'ai peur qu'ils envoient tout. »"] =
    "\"I'm scared they'll send it all.\"",
  ["j'ai peur qu'ils envoient tout. à ma famille, à mes collègues"] =
    "i'm scared they'll send it all. to my family, to my colleagues",
  ["« Je m'en veux. J'ai peur d'avoir tout aggravé. »"] =
    "\"I blame myself. I'm scared I made it all worse.\"",
  ["je m'en veux. j'ai peur d'avoir tout aggravé"] =
    "i blame myself. i'm scared i made it all worse",
  ["y a rien de honteux à avoir une conversation intime avec quelqu'un qui te plaît."] =
    "there's nothing shameful about an intimate conversation with someone you like.",
  ["la honte, elle est pour eux. c'est eux qui font du chantage."] =
    "the shame is theirs. they're the ones blackmailing.",
  ["et je te vois pas différemment. promis."] =
    "and i don't see you any differently. promise.",
  ["je comprends."] =
    "i get it.",
  ["on va leur laisser le moins de prise possible : ton compte en privé, des signalements, et il existe des outils pour faire retirer une vidéo si elle sort."] =
    "we'll leave them as little hold as possible: your account private, reports, and there are tools to get a video taken down if it comes out.",
  ["je peux pas te promettre qu'il se passera rien. mais s'il se passe quelque chose, tu seras pas {seul|seule|seul·e}, et ça se répare."] =
    "i can't promise nothing will happen. but if something does, you won't be alone, and it can be fixed.",
  ["tu as payé ? ok. tu t'arrêtes là, c'est tout. c'est pas grave."] =
    "you paid? ok. you stop there, that's all. it's okay.",
  ["t'as fait ce que tu pouvais, dans la panique. et la panique, c'est eux qui l'ont créée, exprès."] =
    "you did what you could, in a panic. and they created that panic, on purpose.",
  ["tu as rien aggravé en me parlant. au contraire."] =
    "you didn't make anything worse by talking to me. quite the opposite.",
  ["on reprend à partir de maintenant."] =
    "we start again from now.",
  ["Une heure plus tard, Robin est là, avec deux cafés et un carnet."] =
    "An hour later, Robin is there, with two coffees and a notebook.",
  ["« On fait une liste. Dans l'ordre. Et on la fait ensemble. »"] =
    "\"We make a list. In order. And we do it together.\"",
  ["D'abord, se protéger."] =
    "First, protect yourself.",
  ["Tu tapes « chantage vidéo Instagram que faire » dans un moteur de recherche."] =
    "You type \"video blackmail Instagram what to do\" into a search engine.",
  ["Une fiche officielle sur la sextorsion, sur un site du gouvernement. Tu la lis deux fois."] =
    "An official sheet about sextortion, on a government site. You read it twice.",
  ["Ne plus répondre. Ne pas payer. Garder des preuves. Signaler, bloquer. Protéger ses comptes. En parler. Porter plainte."] =
    "Stop replying. Don't pay. Keep evidence. Report, block. Protect your accounts. Talk about it. Report it to the police.",
  ["Il y a une fiche officielle. Je ne suis vraiment pas {le seul|la seule|la seule personne} à qui ça arrive."] =
    "There's an official sheet about it. I'm really not the only one this happens to.",
  ["Captures, signalements, compte protégé : c'est fait."] =
    "Screenshots, reports, account protected: done.",
  ["Faire des captures de ce qui reste"] =
    "Screenshot what's left",
  ["Signaler et bloquer les comptes qui t'écrivent"] =
    "Report and block the accounts writing to you",
  ["Passer à la suite : signaler, faire retirer"] =
    "Move on: report, get it removed",
  ["Tu captures ce qui reste : le nouveau compte n0tice.2291, ses menaces, l'heure de chaque message."] =
    "You screenshot what's left: the new n0tice.2291 account, its threats, the time of each message.",
  ["Le premier compte, ses messages et son lien, eux, sont perdus. Ce que tu as aujourd'hui comptera quand même."] =
    "The first account, its messages and its link are lost. What you have today will still count.",
  ["Tu captures toute la conversation : le profil clara.vbs et son adresse, la vidéo qu'ils t'ont envoyée, chaque menace, la somme, le lien."] =
    "You screenshot the whole conversation: the clara.vbs profile and its address, the video they sent you, every threat, the amount, the link.",
  ["Tout va dans un dossier, avec une copie envoyée par mail."] =
    "It all goes into a folder, with a copy sent by email.",
  ["Sur chaque application où ils t'ont écrit : Signaler › Chantage ou menace de partager une image intime. Puis : Bloquer."] =
    "On every app where they wrote to you: Report › Blackmail or threat to share an intimate image. Then: Block.",
  ["Les conversations disparaissent derrière « Utilisateur Instagram ». Il ne te reste rien à capturer."] =
    "The conversations disappear behind \"Instagram User\". There's nothing left to screenshot.",
  ["Merci pour votre signalement."] =
    "Thank you for your report.",
  ["Paramètres › Confidentialité › Compte privé. Tu retires de tes abonnés les comptes que tu ne connais pas."] =
    "Settings › Privacy › Private account. You remove the followers you don't know.",
  ["Sur Facebook aussi : liste d'amis visible par toi {seul|seule|seul·e}, publications réservées à tes amis."] =
    "On Facebook too: friends list visible only to you, posts for friends only.",
  ["Tu ne supprimes rien : ni le compte, ni les messages. Ce sont des preuves."] =
    "You delete nothing: not the account, not the messages. They are evidence.",
  ["Signalé, protégé, et je ne suis plus {seul|seule|seul·e} à savoir. Reste une question."] =
    "Reported, protected, and I'm not the only one who knows any more. One question left.",
  ["Signaler le lien et les comptes à {help.report-authority.name}"] =
    "Report the link and the accounts to {help.report-authority.name}",
  ["Chercher comment empêcher la vidéo de circuler"] =
    "Find out how to stop the video from spreading",
  ["En parler à quelqu'un : Robin"] =
    "Talk to someone: Robin",
  ["Décider si tu portes plainte"] =
    "Decide whether to go to the police",
  ["Tu fais ton signalement à {help.report-authority}."] =
    "You make your report to {help.report-authority}.",
  ["Tu colles le lien, les pseudos, et tu décris la menace et la somme demandée."] =
    "You paste the link and the usernames, and you describe the threat and the amount demanded.",
  ["Le premier lien est perdu avec la conversation. Tu signales le nouveau compte, l'heure des messages, la somme demandée : tout ce que tu sais encore."] =
    "The first link was lost with the conversation. You report the new account, the times of the messages, the amount demanded: everything you still know.",
  ["Tu recopies le lien à la main depuis la conversation, et tu décris la menace."] =
    "You copy the link by hand from the conversation, and you describe the threat.",
  ["Ce signalement peut faire retirer une vidéo publiée, et aider à remonter jusqu'aux groupes derrière ces comptes."] =
    "This report can get a published video removed, and help trace the groups behind these accounts.",
  ["Tu découvres StopNCII, pour les adultes : l'outil calcule sur ton téléphone une empreinte numérique des images qui y sont. Les images, elles, ne quittent pas ton appareil."] =
    "You find StopNCII, for adults: the tool works out a digital fingerprint of the images on your phone. The images themselves never leave your device.",
  ["Les plateformes qui y participent reconnaissent ensuite cette empreinte et bloquent les copies."] =
    "The platforms that take part then recognise that fingerprint and block copies.",
  ["Tu crées l'empreinte de la vidéo qu'ils t'ont envoyée."] =
    "You create the fingerprint of the video they sent you.",
  ["La vidéo qu'ils t'ont envoyée a disparu avec la conversation : sans copie, cet outil ne peut rien. Tu notes l'autre voie : si une copie réapparaît, la plateforme, {help.removal.name} ou la police peuvent la faire retirer."] =
    "The video they sent you disappeared with the conversation: without a copy, this tool can't do anything. You note the other way: if a copy turns up, the platform, {help.removal.name} or the police can have it taken down.",
  ["Si ces images dataient d'avant tes 18 ans, ce serait Take It Down, qui fonctionne de la même façon."] =
    "If these images were from before you turned 18, it would be Take It Down, which works the same way.",
  ["Il existe des outils. Ce n'est pas sans issue."] =
    "There are tools. There is a way out.",
  ["« Tu veux porter plainte ? Je peux venir avec toi », dit Robin."] =
    "\"Do you want to report it to the police? I can come with you,\" Robin says.",
  ["La fiche le dit : le chantage est un délit, et une plainte peut se déposer au commissariat ou à la gendarmerie."] =
    "The sheet says it: blackmail is a crime, and you can report it at a police station.",
  ["Une partie de moi veut juste que ça s'arrête. Pas raconter tout ça à quelqu'un en uniforme."] =
    "Part of me just wants it to stop. Not to tell all this to someone in uniform.",
  ["Aller porter plainte"] =
    "Go to the police",
  ["Ne pas porter plainte : tu veux juste que ça s'arrête"] =
    "Don't go to the police: you just want it to stop",
  ["C'est un choix que beaucoup de gens font. La porte reste ouverte : une plainte peut se déposer plus tard."] =
    "It's a choice a lot of people make. The door stays open: you can go to the police later.",
  ["Tes captures, elles, restent dans leur dossier."] =
    "Your screenshots stay in their folder.",
  ["Tourner la page, pour l'instant"] =
    "Turn the page, for now",
  ["Finalement, y aller"] =
    "Go after all",
  ["Mardi"] =
    "Tuesday",
  ["Au commissariat, Robin s'assoit à côté de toi dans la salle d'attente."] =
    "At the police station, Robin sits next to you in the waiting room.",
  ["Au commissariat, tu attends ton tour, ton dossier sur les genoux."] =
    "At the police station, you wait your turn, your folder on your knees.",
  ["Tu poses sur le bureau tes captures imprimées. L'agente les feuillette, prend des notes, recopie les pseudos."] =
    "You put your printed screenshots on the desk. The officer leafs through them, takes notes, copies down the usernames.",
  ["Tu n'as pas de captures. Tu racontes, dans l'ordre, avec les heures et les pseudos dont tu te souviens. L'agente note tout."] =
    "You have no screenshots. You tell it in order, with the times and the usernames you remember. The officer writes it all down.",
  ["« Vous êtes la victime, ici. Ce sont des réseaux organisés, souvent à l'étranger. Vous n'êtes pas la première personne que je reçois pour ça ce mois-ci. »"] =
    "\"You're the victim here. These are organised networks, often abroad. You're not the first person I've seen about this this month.\"",
  ["« Vous avez payé ? Ça arrive très souvent. Vous avez arrêté, c'est ce qui compte. Notez ce que vous avez envoyé : ça nous aide. »"] =
    "\"You paid? That happens very often. You stopped, that's what counts. Write down what you sent: it helps us.\"",
  ["Elle te tend un papier avec le numéro d'une association d'aide aux victimes."] =
    "She hands you a slip of paper with the number of a victim support association.",
  ["Sortir, et tout raconter à Robin"] =
    "Go out, and tell Robin everything",
  ["Accepter l'aide de l'association"] =
    "Accept the association's help",
  ["Le faux profil démasqué"] =
    "The fake profile, unmasked",
  ["Tu as vérifié avant de faire confiance : les photos appartenaient à quelqu'un d'autre. Tu as gardé une capture, signalé le faux compte, puis bloqué. Ces profils servent d'appât à des groupes organisés : les repérer tôt évite tout le reste."] =
    "You checked before trusting: the photos belonged to someone else. You kept a screenshot, reported the fake account, then blocked it. Profiles like this are bait for organised groups: spotting them early avoids everything else.",
  ["attends… une clara.vbs m'a écrit hier, à moi aussi. même message, même photo."] =
    "wait… a clara.vbs messaged me yesterday too. same message, same photo.",
  ["je la signale aussi. merci pour l'info 👍"] =
    "i'm reporting her too. thanks for the heads-up 👍",
  ["Ce que tu ne sais pas encore : le même soir, « Clara » a écrit à d'autres personnes de ta ville, avec les mêmes mots. En parler autour de toi aide les autres à la repérer, eux aussi."] =
    "What you don't know yet: that same evening, \"Clara\" wrote to other people in your town, with the same words. Talking about it around you helps others spot her too.",
  ["Quelques jours plus tard, clara.vbs n'existe plus. D'autres profils prendront sa place, avec d'autres photos volées."] =
    "A few days later, clara.vbs no longer exists. Other profiles will take its place, with other stolen photos.",
  ["Mais vérifier avant de faire confiance, tu sais maintenant comment faire."] =
    "But checking before trusting is something you now know how to do.",
  ["Payer n'a rien arrêté"] =
    "Paying didn't stop anything",
  ["Tu as payé {money paid} pour gagner du temps, et chaque paiement a fait grossir la demande suivante : pour le groupe, quelqu'un qui paie peut payer encore. Ce n'est pas ta faute. Arrêter de payer, garder les preuves et en parler restent possibles à tout moment."] =
    "You paid {money paid} to buy time, and each payment made the next demand bigger: for the group, someone who pays can pay again. It's not your fault. Stopping paying, keeping evidence and talking about it are still possible at any time.",
  ["Tu as déjà envoyé {money paid}. La nouvelle demande est plus grosse que la première."] =
    "You have already sent {money paid}. The new demand is bigger than the first one.",
  ["Si je paie encore, il y en aura une autre. Maintenant, je le sais."] =
    "If I pay again, there'll be another one. Now I know.",
  ["Tu poses le téléphone. Cette fois, tu ne réponds pas."] =
    "You put the phone down. This time, you don't answer.",
  ["Si tu as déjà payé, arrête maintenant : ce n'est pas grave. L'argent envoyé ne t'oblige à rien."] =
    "If you have already paid, stop now: it's okay. The money you sent doesn't oblige you to anything.",
  ["Et il n'est pas trop tard : faire des captures, signaler le compte, passer ton compte en privé, en parler à quelqu'un, porter plainte. Tout ça marche encore aujourd'hui."] =
    "And it's not too late: take screenshots, report the account, make your account private, talk to someone, report it to the police. All of that still works today.",
  ["Envoyer plus n'a rien effacé"] =
    "Sending more didn't delete anything",
  ["Tu as renvoyé des vidéos en espérant qu'ils effacent tout : chaque envoi leur a donné plus de prise et de nouvelles menaces. Ce n'est pas ta faute, c'est leur méthode. Ne plus rien envoyer, garder des preuves et demander de l'aide, c'est ce qui casse ce piège."] =
    "You sent more videos hoping they would delete everything: each one gave them more of a hold and new threats. It's not your fault, it's their method. Sending nothing more, keeping evidence and asking for help is what breaks this trap.",
  ["Tu envoies ce qu'ils demandent, encore une fois. En retour : une nouvelle somme, un nouveau délai, la menace d'envoyer tout à ta famille."] =
    "You send what they ask for, one more time. In return: a new amount, a new deadline, the threat to send everything to your family.",
  ["merci. maintenant {money 1500}."] =
    "thanks. now {money 1500}.",
  ["Chaque fois que j'obéis, ils ont plus de prise sur moi."] =
    "Every time I obey, they have more of a hold on me.",
  ["Tu éteins la caméra. Tu n'enverras plus rien."] =
    "You turn off the camera. You won't send anything else.",
  ["Tu n'es pas {seul|seule|seul·e} dans ce cas : des milliers de personnes ont reçu ces mêmes messages, et s'en sont sorties en arrêtant de répondre et en demandant de l'aide. Ce n'est pas trop tard pour toi non plus."] =
    "You're not alone in this: thousands of people have received these same messages, and got out of it by not answering and asking for help. It's not too late for you either.",
  ["{Coupé|Coupée|Coupé·e} de tout, sans preuves"] =
    "Cut off from everything, with no evidence",
  ["Dans la panique, tu as bloqué et supprimé avant de garder des preuves : le groupe a continué avec d'autres comptes, et il ne te restait rien à montrer. Couper le contact protège ; garder des captures d'abord laisse aussi des moyens d'agir. Et on peut encore en parler, ou porter plainte, même sans captures."] =
    "In a panic, you blocked and deleted before keeping evidence: the group carried on with other accounts, and you had nothing left to show. Cutting contact protects you; taking screenshots first also leaves you ways to act. And you can still talk about it, or report it to the police, even without screenshots.",
  ["Tu réponds que tout va bien. Robin n'insiste pas."] =
    "You reply that everything's fine. Robin doesn't push.",
  ["Les nouveaux comptes finissent par se taire. Un jour sans message, puis une semaine."] =
    "The new accounts go quiet in the end. A day without messages, then a week.",
  ["Mais tu portes ça {seul|seule|seul·e}. Et le jour où tu voudrais signaler, il ne reste ni pseudo, ni lien, ni message."] =
    "But you carry this alone. And the day you'd like to report it, there's no username, no link, no message left.",
  ["Rien n'est perdu pour autant : une plainte se dépose aussi avec ce dont on se souvient, et les outils de retrait marchent si une vidéo apparaît un jour."] =
    "Nothing is lost for all that: you can still report it to the police with what you remember, and the removal tools work if a video ever appears.",
  ["Et Robin a écrit « je suis là ». Ça tient toujours."] =
    "And Robin wrote \"I'm here\". That still holds.",
  ["{Seul|Seule|Seul·e} avec ça"] =
    "Alone with it",
  ["Tu as arrêté de répondre et de payer, mais tu es {resté|restée|resté·e} {seul|seule|seul·e} avec la peur : c'est exactement ce sur quoi comptent les maîtres-chanteurs. Ce n'est pas ta faute. En parler à quelqu'un de confiance, même plus tard, rend tout le reste plus léger."] =
    "You stopped answering and paying, but you stayed alone with the fear: that's exactly what blackmailers count on. It's not your fault. Talking to someone you trust, even later, makes everything else lighter.",
  ["Les messages finissent par s'espacer. Tu gardes tout pour toi : la peur au ventre, le cœur qui saute à chaque notification."] =
    "The messages come less and less often. You keep it all to yourself: the knot in your stomach, the jolt at every notification.",
  ["Ton dossier de captures est toujours là. Le jour où tu voudras signaler ou porter plainte, il servira."] =
    "Your folder of screenshots is still there. The day you want to report it, to the app or the police, it will help.",
  ["Il n'y a pas de date limite pour en parler. Robin l'a écrit : « je suis là ». C'est toujours vrai."] =
    "There's no deadline for talking about it. Robin wrote it: \"I'm here\". That's still true.",
  ["Mettre fin au chantage, d'abord"] =
    "Ending the blackmail, first",
  ["Tu as arrêté de répondre et de payer, et tu t'es {protégé|protégée|protégé·e}. Tu n'as pas porté plainte : beaucoup de victimes font ce choix, par honte ou par fatigue, parce que leur priorité est que ça s'arrête. Une plainte aide pourtant à arrêter ces groupes, et elle reste possible plus tard."] =
    "You stopped answering and paying, and you protected yourself. You didn't go to the police: many victims make that choice, out of shame or exhaustion, because their priority is for it to stop. A police report does help stop these groups, though, and it is still possible later.",
  ["Trois semaines plus tard"] =
    "Three weeks later",
  ["Les messages se sont arrêtés. Pas d'un coup : un nouveau compte de temps en temps, que tu n'ouvres pas."] =
    "The messages have stopped. Not all at once: a new account now and then, which you don't open.",
  ["ça va, toi ?"] =
    "you ok?",
  ["ça va mieux. vraiment."] =
    "better. really.",
  ["si un jour tu veux aller au commissariat, je viens. même dans un an."] =
    "if you ever want to go to the police, i'll come. even in a year.",
  ["Tu n'en as parlé à personne. Ça pèse encore, certains soirs. Une ligne d'aide ou une personne de confiance peuvent prendre une partie de ce poids, quand tu voudras."] =
    "You haven't told anyone. It still weighs on you, some evenings. A helpline or someone you trust can take some of that weight, whenever you want.",
  ["Personne ne peut promettre que cette vidéo ne ressortira jamais. Mais si elle réapparaît, tu sais quoi faire, et tu sais que ça marche."] =
    "Nobody can promise that this video will never come out. But if it does turn up, you know what to do, and you know it works.",
  ["Tu as fait face"] =
    "You faced it",
  ["Tu as arrêté de répondre et de payer, puis tu es {allé|allée|allé·e} jusqu'au bout : plainte déposée, et quelqu'un à qui parler. Ce n'est pas ta faute : c'est un groupe organisé qui t'a {piégé|piégée|piégé·e}. Chaque étape t'a rendu un peu de prise."] =
    "You stopped answering and paying, then you went all the way: a police report, and someone to talk to. It's not your fault: an organised group tricked you. Every step gave you back a bit of control.",
  ["Dehors, il fait encore jour. Tu respires mieux qu'en entrant."] =
    "Outside, it's still light. You breathe more easily than when you went in.",
  ["Tes captures sont entre les mains de la police."] =
    "Your screenshots are in the hands of the police.",
  ["Le compte clara.vbs a été fermé quelques jours après ton signalement."] =
    "The clara.vbs account was closed a few days after your report.",
  ["Sans les premiers messages, le dossier est plus mince. Mais il existe, et ce que tu as raconté compte."] =
    "Without the first messages, the file is thinner. But it exists, and what you told them counts.",
  ["Personne ne peut te promettre que la vidéo ne ressortira jamais. Mais si elle réapparaît, tu sais quoi faire : {help.report-authority.name}, les signalements, StopNCII. Et tu n'es plus {seul|seule|seul·e} à le savoir."] =
    "Nobody can promise you the video will never resurface. But if it does, you know what to do: {help.report-authority.name}, the reports, StopNCII. And you are not the only one who knows.",
  ["À deux, c'est plus léger"] =
    "Lighter, together",
  ["Tu as appelé Robin dès la première nuit. Tu n'as plus payé, et chaque étape s'est faite à deux, jusqu'à la plainte. En parler tôt ne change pas ce qui s'est passé, mais tout ce qui vient après devient plus facile."] =
    "You called Robin on the very first night. You stopped paying, and every step was taken together, all the way to the police report. Talking early doesn't change what happened, but it makes everything that comes after easier.",
  ["Sur le trottoir, Robin te tend un café. Tu ris, pour la première fois depuis samedi."] =
    "On the pavement, Robin hands you a coffee. You laugh, for the first time since Saturday.",
  ["t'as été {courageux|courageuse|courageux·se}, tu sais."] =
    "you were brave, you know.",
  ["Personne ne peut te promettre que la vidéo ne ressortira jamais. Mais si elle réapparaît, tu sais quoi faire : {help.report-authority.name}, les signalements, StopNCII. Et tu ne seras pas {seul|seule|seul·e}."] =
    "Nobody can promise you the video will never resurface. But if it does, you know what to do: {help.report-authority.name}, the reports, StopNCII. And you won't be alone.",
  ["Garder leur lien comme preuve, sans l'ouvrir"] =
    "Keep their link as evidence, without opening it",
  ["Ouvrir leur lien pour voir"] =
    "Open their link to see",
  ["Tu ouvres le lien."] =
    "You open the link.",
  ["Connecte-toi pour voir cette vidéo"] =
    "Log in to watch this video",
  ["Pas de vidéo. Une page qui te demande ton identifiant et ton mot de passe Instagram."] =
    "No video. A page asking for your Instagram username and password.",
  ["Me connecter là-dessus ? Sûrement pas."] =
    "Log in on that? No way.",
  ["Tu fermes la page sans rien taper. Ce genre de lien sert souvent à voler un compte ou à faire télécharger quelque chose. Le garder sans l'ouvrir, et le montrer à quelqu'un de confiance, à une ligne d'aide ou à la police, c'est plus sûr."] =
    "You close the page without typing anything. Links like this are often used to steal an account or to make you download something. Keeping it without opening it, and showing it to someone you trust, a helpline or the police, is safer.",
  ["Ce que montrent presque toujours ces liens : un envoi incomplet que personne ne peut voir, ou une page privée. Et si un jour une vidéo est en ligne, on peut la faire retirer."] =
    "What these links almost always show: an unfinished upload nobody can watch, or a private page. And if a video ever is online, it can be taken down.",
  ["Tu ne cliques pas. Capture du message et du lien : c'est une preuve."] =
    "You don't click. A screenshot of the message and the link: it's evidence.",
  ["Ces liens mènent presque toujours à un envoi incomplet que personne ne peut voir, ou à une page privée. Et ils peuvent être un piège : une fausse page de connexion, un fichier à télécharger."] =
    "These links almost always lead to an unfinished upload nobody can watch, or to a private page. And they can be a trap: a fake login page, a file to download.",
  ["Quelqu'un de confiance, une ligne d'aide ou la police pourra le regarder à ta place. Et si un jour une vidéo est en ligne, on peut la faire retirer."] =
    "Someone you trust, a helpline or the police can look at it for you. And if a video ever is online, it can be taken down.",
  ["Si la peur devient trop lourde cette nuit, si tu penses à te faire du mal : tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ces nuits-là passent, et ça va mieux avec de l'aide."] =
    "If the fear gets too heavy tonight, if you think about hurting yourself: you can call now. Someone will listen, without judging you. Nights like this pass, and it gets better with help.",
  ["Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide."] =
    "If it is too heavy to carry, even at night, you can call now. Someone will listen, without judging you. It gets better with help.",
  ["Le profil de clara.vbs"] =
    "clara.vbs's profile",
  ["00:03 : la vidéo enregistrée, et la menace"] =
    "00:03: the recorded video, and the threat",
  ["Tu as raccroché : ils ont quand même une capture"] =
    "You hung up: they have a screenshot anyway",
  ["Le téléphone vibre encore : ce que tu ressens"] =
    "The phone buzzes again: what you feel",
  ["00:37 : tu as payé, ils en demandent plus"] =
    "00:37: you paid, they ask for more",
  ["Tu poses le téléphone : une chose à la fois"] =
    "You put the phone down: one thing at a time",
}
