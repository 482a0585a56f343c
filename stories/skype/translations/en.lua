-- English translation of stories/skype/story.lua.
-- Keys are the exact French source texts (see docs/story-language.md).

translation "en" {
  ["Un·e inconnu·e sur Skype"] =
    "A stranger on Skype",
  ["Chantage à la webcam (sextorsion) : menaces, argent, honte. Rien d'explicite n'est montré."] =
    "Webcam blackmail (sextortion): threats, money, shame. Nothing explicit is shown.",
  ["Juillet. Il fait trente-deux degrés et la ville est vide."] =
    "July. It is thirty-two degrees and the town is empty.",
  ["Toute la famille est partie camper en Bretagne. Toi, tu restes ici avec Maman, qui travaille jusqu'au mois d'août."] =
    "The whole family has gone camping in Brittany. You are staying here with Mum, who works until August.",
  ["Papi ne connaît qu'une application : Skype. Alors cet été, tout le monde se parle sur Skype."] =
    "Grandpa only knows one app: Skype. So this summer, everyone talks on Skype.",
  ["{name} !!! regarde ça 😎"] =
    "{name} !!! look at this 😎",
  ["Une plage immense, du sable clair, un cerf-volant rouge dans le ciel."] =
    "A huge beach, pale sand, a red kite in the sky.",
  ["l'eau est à 17 degrés mais on se baigne quand même"] =
    "the water is 17 degrees but we're swimming anyway",
  ["Bonjour {name}. Ici il pleut un peu, mais ta cousine dit que non. Bises de Papi."] =
    "Hello {name}. It is raining a little here, but your cousin says it isn't. Love, Grandpa.",
  ["{jaloux|jalouse|jaloux·se} 😭 ici il fait 32 et j'ai rien à faire"] =
    "so jealous 😭 it's 32 here and i've got nothing to do",
  ["viens sur le jeu ce soir alors !"] =
    "come on the game tonight then!",
  ["Nouvelle demande de contact : Sacha ☀"] =
    "New contact request: Sacha ☀",
  ["coucou ! oups, je crois que j'ai ajouté la mauvaise personne 😅"] =
    "hi! oops, i think i added the wrong person 😅",
  ["mais t'as une photo de profil trop drôle, je regrette pas"] =
    "but your profile pic is so funny, no regrets",
  ["Sacha ? Je connais pas de Sacha."] =
    "Sacha? I don't know any Sacha.",
  ["Accepter : ça a l'air sympa"] =
    "Accept: they seem nice",
  ["haha merci 😄"] =
    "haha thanks 😄",
  ["Demander d'abord : « on se connaît ? »"] =
    "Ask first: \"do we know each other?\"",
  ["on se connaît ?"] =
    "do we know each other?",
  ["Ignorer la demande"] =
    "Ignore the request",
  ["pas encore 😇"] =
    "not yet 😇",
  ["je t'ai {vu|vue|vu·e} dans les commentaires sous la photo de plage d'Inès. t'avais l'air drôle"] =
    "i saw you in the comments under Inès's beach photo. you seemed funny",
  ["je m'ennuie à fond cet été, ça te dit de parler un peu ?"] =
    "i'm so bored this summer, want to chat a bit?",
  ["Comment Sacha connaît la photo d'Inès ? Bon, son compte est public… mais ça fait bizarre."] =
    "How does Sacha know Inès's photo? OK, her account is public… but it's weird.",
  ["Accepter quand même"] =
    "Accept anyway",
  ["ok, pourquoi pas 🙂"] =
    "ok, why not 🙂",
  ["Demander à Inès si elle connaît Sacha"] =
    "Ask Inès if she knows Sacha",
  ["Inès, tu connais quelqu'un qui s'appelle Sacha ? avec un soleil dans son pseudo"] =
    "Inès, do you know someone called Sacha? with a sun in their username",
  ["Sacha ?? non, jamais entendu"] =
    "Sacha?? no, never heard of them",
  ["y a plein d'inconnus qui commentent mes photos. je vais passer mon compte en privé d'ailleurs"] =
    "loads of strangers comment on my photos. i'm going to make my account private actually",
  ["fais gaffe, c'est peut-être un faux compte"] =
    "be careful, it might be a fake account",
  ["Un faux compte… ou juste quelqu'un qui s'ennuie ?"] =
    "A fake account… or just someone who's bored?",
  ["Refuser la demande de Sacha"] =
    "Decline Sacha's request",
  ["Accepter, mais rester sur ses gardes"] =
    "Accept, but stay on guard",
  ["ok, salut 🙂"] =
    "ok, hi 🙂",
  ["Tu fermes la notification. Tu as mieux à faire : rien, mais au frais."] =
    "You close the notification. You have better things to do: nothing, but somewhere cool.",
  ["Deux jours plus tard"] =
    "Two days later",
  ["re 😅 pardon d'insister"] =
    "hi again 😅 sorry to insist",
  ["je connais personne ici et tout le monde est parti en vacances. juste discuter, promis"] =
    "i don't know anyone here and everyone's gone on holiday. just to chat, promise",
  ["Encore Sacha. Ça a l'air… gentil, en fait ?"] =
    "Sacha again. They seem… nice, actually?",
  ["Accepter cette fois"] =
    "Accept this time",
  ["Refuser la demande"] =
    "Decline the request",
  ["Porte fermée"] =
    "Door closed",
  ["Tu refuses. Sacha ne réapparaît pas."] =
    "You decline. Sacha does not come back.",
  ["Tu ne sauras jamais qui se cachait derrière ce petit soleil. Ce genre de compte écrit souvent à des dizaines de jeunes en même temps, avec les mêmes phrases."] =
    "You will never know who was hiding behind that little sun. Accounts like this often write to dozens of young people at once, with the same lines.",
  ["on lance une partie ?"] =
    "game?",
  ["go"] =
    "go",
  ["Dire non à quelqu'un qu'on ne connaît pas, ce n'est pas être {méchant|méchante|méchant·e}. C'est ton droit."] =
    "Saying no to someone you don't know doesn't make you mean. It is your right.",
  ["Et si un jour ça tourne mal, avec Sacha ou quelqu'un d'autre, des choses marchent : garder des preuves, ne pas payer, en parler. Le débrief te les montre."] =
    "And if one day things go wrong, with Sacha or anyone else, some things work: keeping evidence, not paying, talking about it. The debrief shows you them.",
  ["Tu n'as pas accepté un compte inconnu qui disait t'avoir {trouvé|trouvée|trouvé·e} sous la photo de ta cousine. Rien ne s'est passé. Le débrief montre aussi les étapes à connaître si un jour quelqu'un te fait chanter : elles ne servaient pas ici, mais elles marchent."] =
    "You did not accept an unknown account that claimed to have found you under your cousin's photo. Nothing happened. The debrief also shows the steps to know if someone ever blackmails you: they were not needed here, but they work.",
  ["trop bien 😄 alors, {name}, c'est ça ?"] =
    "yay 😄 so, {name}, right?",
  ["oui"] =
    "yes",
  ["joli prénom. moi c'est Sacha, 17 ans. je bouge pas de chez moi cet été 🙃"] =
    "nice name. i'm Sacha, 17. not going anywhere this summer 🙃",
  ["toi non plus t'es pas en vacances ?"] =
    "you're not on holiday either?",
  ["non, ma famille est en Bretagne, moi je reste avec ma mère"] =
    "no, my family's in Brittany, i'm staying with my mum",
  ["pareil, personne à qui parler. bon bah on va se tenir compagnie 😄"] =
    "same, nobody to talk to. well, we'll keep each other company 😄",
  ["t'es en quelle classe ? dans quel lycée ?"] =
    "what year are you in? which school?",
  ["Inès a dit de faire gaffe. Je suis pas {obligé|obligée|obligé·e} de tout dire."] =
    "Inès said to be careful. I don't have to tell them everything.",
  ["Donner ton lycée et ta ville"] =
    "Give your school and your town",
  ["je rentre en première au lycée des Tilleuls, à Nantes. et toi ?"] =
    "going into my second-to-last year at Les Tilleuls high school, in Nantes. you?",
  ["Rester vague"] =
    "Stay vague",
  ["dans l'ouest 🙂 et toi t'es d'où ?"] =
    "out west 🙂 where are you from?",
  ["Retourner la question"] =
    "Turn the question around",
  ["et toi d'abord ? 😏"] =
    "you first 😏",
  ["moi Lyon. terminale l'an prochain 😩"] =
    "Lyon. final year next year 😩",
  ["Les jours suivants"] =
    "The following days",
  ["Sacha écrit tous les jours. Le matin, un « bien dormi ? ». Le soir, des heures à parler de tout et de rien : les séries, la musique, les parents."] =
    "Sacha writes every day. In the morning, a \"sleep well?\". In the evening, hours of talking about everything and nothing: series, music, parents.",
  ["j'ai réécouté la chanson que tu m'as conseillée. 4 fois. t'as trop bon goût"] =
    "i listened to the song you recommended again. 4 times. you have such good taste",
  ["franchement t'es pas comme les autres"] =
    "honestly you're not like the others",
  ["je me sens bien quand je te parle. c'est rare"] =
    "i feel good when i talk to you. that's rare",
  ["C'est agréable, que quelqu'un s'intéresse à moi comme ça."] =
    "It's nice, someone taking an interest in me like this.",
  ["t'es où ? tu viens plus jamais sur le jeu 😤"] =
    "where are you? you never come on the game anymore 😤",
  ["dsl j'étais {occupé|occupée|occupé·e}"] =
    "sorry i was busy",
  ["{occupé|occupée|occupé·e} à quoi ? 👀"] =
    "busy with what? 👀",
  ["rien 😅"] =
    "nothing 😅",
  ["Une semaine plus tard"] =
    "A week later",
  ["tu sais quoi, t'es la personne à qui je parle le plus cet été"] =
    "you know what, you're the person i talk to most this summer",
  ["je sais pas ce que je ferais sans toi"] =
    "i don't know what i'd do without you",
  ["Une chose te chiffonne quand même : en une semaine, Sacha n'a jamais allumé sa caméra. Seulement des photos, toujours très réussies."] =
    "Still, one thing bugs you: in a week, Sacha has never turned their camera on. Only photos, always perfect.",
  ["Qu'est-ce qui rend Sacha si agréable ? À quel moment est-ce que ça pourrait devenir un signal d'alerte ?"] =
    "What makes Sacha so nice to talk to? At what point could it become a warning sign?",
  ["Laisser le groupe nommer les techniques : compliments tous les jours, « tu n'es pas comme les autres », beaucoup de temps passé ensemble, une caméra jamais allumée, des photos trop parfaites. Rien de tout ça n'est un crime en soi ; c'est l'ensemble, chez quelqu'un qu'on ne connaît qu'en ligne, qui invite à vérifier. Rappeler qu'on peut apprécier une relation en ligne et rester prudent·e."] =
    "Let the group name the techniques: compliments every day, \"you're not like the others\", lots of time spent together, a camera that is never on, photos that are too perfect. None of this is a crime in itself; it is the whole picture, from someone you only know online, that is a reason to check. Remind them that you can enjoy an online relationship and still be careful.",
  ["Chercher la photo de profil de Sacha sur internet"] =
    "Search for Sacha's profile photo online",
  ["Proposer un petit appel vidéo, juste pour se voir"] =
    "Suggest a quick video call, just to see each other",
  ["on s'appelle en vidéo 2 min ? juste pour voir ta tête 😄"] =
    "video call for 2 min? just to see your face 😄",
  ["Ne pas se poser de questions"] =
    "Don't overthink it",
  ["ahh j'aimerais trop mais ma cam est cassée 😩"] =
    "ahh i'd love to but my cam is broken 😩",
  ["mon petit frère a renversé du coca dessus"] =
    "my little brother spilled coke on it",
  ["attends, je t'envoie une photo à la place"] =
    "wait, i'll send you a photo instead",
  ["Un selfie de Sacha en plein soleil, lunettes sur la tête, grand sourire."] =
    "A selfie of Sacha in the bright sun, sunglasses pushed up, a big smile.",
  ["Une caméra cassée. Pile maintenant."] =
    "A broken camera. Right now, of all times.",
  ["Chercher cette photo sur internet"] =
    "Search for this photo online",
  ["Laisser tomber : ça arrive, une caméra cassée"] =
    "Let it go: cameras break",
  ["Tu fais une recherche d'image inversée avec la photo de Sacha."] =
    "You do a reverse image search with Sacha's photo.",
  ["Premier résultat : la même photo, sur le compte {d'une influenceuse fitness brésilienne|d'un influenceur fitness brésilien|d'un compte fitness brésilien}. 80 000 abonnés. Un tout autre prénom."] =
    "First result: the same photo, on the account of a Brazilian fitness influencer. 80,000 followers. A completely different name.",
  ["Toutes les photos que Sacha t'a envoyées sont là. Publiées il y a deux ans."] =
    "All the photos Sacha sent you are there. Posted two years ago.",
  ["Alors… je parle à qui, depuis une semaine ?"] =
    "So… who have I been talking to all week?",
  ["Capturer le faux profil, le signaler, puis le bloquer"] =
    "Screenshot the fake profile, report it, then block it",
  ["Demander des explications à Sacha"] =
    "Ask Sacha to explain",
  ["c'est vraiment toi sur tes photos ? je les ai trouvées sur un autre compte"] =
    "is that really you in your photos? i found them on another account",
  ["Garder ça pour toi et continuer à parler"] =
    "Keep it to yourself and keep talking",
  ["..."] =
    "...",
  ["ok. c'est pas moi 😔"] =
    "ok. it's not me 😔",
  ["c'est {une amie|un ami|quelqu'un que je connais}. j'ai trop de complexes, j'osais pas mettre ma vraie tête"] =
    "it's a friend. i'm so self-conscious, i didn't dare show my real face",
  ["mais tout ce que je t'ai dit est vrai. tu m'en veux ?"] =
    "but everything i told you is true. are you mad at me?",
  ["Ça arrive, d'avoir des complexes… non ?"] =
    "People can be self-conscious… right?",
  ["Arrêter là : capturer, signaler, bloquer"] =
    "Stop here: screenshot, report, block",
  ["Lui laisser une chance"] =
    "Give them a chance",
  ["non je t'en veux pas. mais plus de mensonges ok ?"] =
    "no i'm not mad. but no more lies ok?",
  ["Profil démasqué"] =
    "Profile unmasked",
  ["Tu fais des captures du profil de Sacha, de ses photos et des résultats de ta recherche. Puis tu signales le compte à Skype comme faux profil, et tu le bloques."] =
    "You take screenshots of Sacha's profile, their photos and your search results. Then you report the account to Skype as a fake profile, and you block it.",
  ["Contact signalé et bloqué"] =
    "Contact reported and blocked",
  ["Inès. tu vas pas me croire. Sacha, c'était un faux profil. les photos venaient du compte de quelqu'un d'autre"] =
    "Inès. you won't believe this. Sacha was a fake profile. the photos came from someone else's account",
  ["attends QUOI"] =
    "wait WHAT",
  ["heureusement que t'as cherché. et t'inquiète, c'est pas toi qui es {naïf|naïve|naïf·ve} : ces comptes écrivent à des centaines de gens, c'est leur métier"] =
    "good thing you checked. and don't worry, it's not that you're naive: these accounts write to hundreds of people, it's their job",
  ["Une semaine de conversation, et un pincement au cœur : Sacha comptait un peu. C'est normal d'être triste. Ces comptes sont faits pour qu'on s'attache."] =
    "A week of chatting, and a pang in your chest: Sacha mattered a little. It is normal to feel sad. These accounts are built to make you attached.",
  ["Tes captures sont rangées. Si le compte revient sous un autre nom, tu sauras quoi faire."] =
    "Your screenshots are saved. If the account comes back under another name, you will know what to do.",
  ["Une photo trop parfaite, une caméra jamais allumée : tu as vérifié, et les photos de Sacha appartenaient à quelqu'un d'autre. Tu as gardé des captures, signalé le faux profil, bloqué, puis tu en as parlé à ta cousine. Ces comptes sont souvent tenus par des groupes organisés qui écrivent à des centaines de jeunes."] =
    "A photo too perfect, a camera never on: you checked, and Sacha's photos belonged to someone else. You kept screenshots, reported the fake profile, blocked it, then told your cousin. Accounts like this are often run by organised groups that write to hundreds of young people.",
  ["Quelques jours plus tard"] =
    "A few days later",
  ["j'arrive pas à dormir 🥵 trop chaud"] =
    "can't sleep 🥵 too hot",
  ["regarde, je viens de prendre ça"] =
    "look, i just took this",
  ["Sacha devant un miroir, en maillot de bain, une pose étudiée dans la lumière du soir."] =
    "Sacha in front of a mirror, in swimwear, a practised pose in the evening light.",
  ["à ton tour 😏"] =
    "your turn 😏",
  ["c'est de bonne guerre non ? je t'ai montré, tu me montres"] =
    "fair's fair, right? i showed you, you show me",
  ["Sacha m'a envoyé une photo… Si j'envoie rien, je vais passer pour {un coincé|une coincée|quelqu'un de coincé}."] =
    "Sacha sent me a photo… If I send nothing, I'll look like a prude.",
  ["Pourquoi Sacha envoie d'abord sa propre photo ?"] =
    "Why does Sacha send their own photo first?",
  ["La réciprocité : quand quelqu'un nous donne quelque chose, on se sent obligé de rendre. Les groupes de chantage envoient d'abord des photos « d'eux », en réalité volées, pour créer cette dette. Souligner qu'on ne doit rien à personne, et que dire non n'est pas être coincé·e."] =
    "Reciprocity: when someone gives us something, we feel we owe them. Blackmail groups first send photos \"of themselves\", in fact stolen, to create that debt. Stress that you owe nobody anything, and that saying no does not make you a prude.",
  ["Envoyer un selfie normal, {habillé|habillée|habillé·e}"] =
    "Send an ordinary selfie, fully dressed",
  ["Dire non : « pas à l'aise »"] =
    "Say no: \"not comfortable\"",
  ["je suis pas à l'aise avec ça"] =
    "i'm not comfortable with that",
  ["Changer de sujet"] =
    "Change the subject",
  ["haha… au fait, t'as fini ta série ?"] =
    "haha… by the way, did you finish your series?",
  ["Un selfie dans ta chambre : t-shirt trop grand, cheveux en bataille, une grimace."] =
    "A selfie in your room: an oversized T-shirt, messy hair, a silly face.",
  ["trop {mignon|mignonne|mignon·ne} 😍"] =
    "so cute 😍",
  ["mais t'es trop {habillé|habillée|habillé·e} 😏"] =
    "but you're wearing way too much 😏",
  ["haha non"] =
    "haha no",
  ["ok ok je rigole 😇"] =
    "ok ok just kidding 😇",
  ["ah"] =
    "oh",
  ["ok. je pensais que tu me faisais confiance 😔"] =
    "ok. i thought you trusted me 😔",
  ["laisse tomber, c'est rien"] =
    "forget it, it's nothing",
  ["J'ai le droit de pas vouloir. Alors pourquoi je me sens coupable ?"] =
    "I'm allowed not to want to. So why do I feel guilty?",
  ["Ce soir-là, Sacha met longtemps à répondre. Le lendemain, comme si de rien n'était, Sacha revient tout sourire."] =
    "That night, Sacha takes a long time to reply. The next day, as if nothing happened, Sacha is back, all smiles.",
  ["bonne nouvelle 😄 ma cam marche !!"] =
    "good news 😄 my cam works!!",
  ["j'ai trop envie de te voir en vrai. ça fait deux semaines qu'on se parle"] =
    "i really want to see you for real. we've been talking for two weeks",
  ["on s'appelle ? juste toi et moi 🙈"] =
    "call? just you and me 🙈",
  ["maintenant ? il est tard"] =
    "now? it's late",
  ["justement, tout le monde dort 😏"] =
    "exactly, everyone's asleep 😏",
  ["si tu veux pas, c'est que je compte pas trop pour toi en fait"] =
    "if you don't want to, i guess i don't matter much to you",
  ["je crois que je vais arrêter de t'écrire. je me fais des films"] =
    "i think i'll stop texting you. i'm imagining things",
  ["Si je dis non, Sacha va partir. Et il reste un mois d'été, {seul|seule|seul·e} ici."] =
    "If I say no, Sacha will leave. And there's a month of summer left, alone here.",
  ["Accepter l'appel"] =
    "Accept the call",
  ["ok, appelle 🙂"] =
    "ok, call 🙂",
  ["Accepter si Sacha fait coucou de la main en premier"] =
    "Accept if Sacha waves first",
  ["ok mais allume ta cam d'abord et fais-moi coucou 👋"] =
    "ok but turn your cam on first and wave at me 👋",
  ["Dire non, pas ce soir"] =
    "Say no, not tonight",
  ["non, pas ce soir. j'ai pas envie"] =
    "no, not tonight. i don't feel like it",
  ["ok."] =
    "ok.",
  ["Sacha ☀ est hors ligne"] =
    "Sacha ☀ is offline",
  ["Le lendemain"] =
    "The next day",
  ["Pas un message de la journée. Tu regardes ton téléphone toutes les dix minutes."] =
    "Not a single message all day. You check your phone every ten minutes.",
  ["t'as l'air bizarre depuis quelques jours. ça va ?"] =
    "you've been weird for a few days. you ok?",
  ["tu me manques"] =
    "i miss you",
  ["je suis triste que tu me fasses pas confiance. une seule fois et je te demande plus rien"] =
    "i'm sad you don't trust me. just once and i'll never ask again",
  ["« Une seule fois. » On dit toujours ça, non ?"] =
    "\"Just once.\" People always say that, right?",
  ["Tenir bon, et tout raconter à Inès"] =
    "Hold firm, and tell Inès everything",
  ["Tenir bon, sans rien dire à personne"] =
    "Hold firm, without telling anyone",
  ["Accepter, pour ne pas perdre Sacha"] =
    "Accept, so as not to lose Sacha",
  ["ok… une fois alors"] =
    "ok… just once then",
  ["Tu as tenu bon"] =
    "You held firm",
  ["Inès, faut que je te raconte un truc bizarre"] =
    "Inès, I need to tell you something weird",
  ["Tu racontes : Sacha, les compliments, l'appel vidéo en pleine nuit, le silence quand tu as dit non."] =
    "You tell her: Sacha, the compliments, the video call in the middle of the night, the silence when you said no.",
  ["attends. quelqu'un que t'as jamais vu insiste pour te voir en vidéo la nuit, et boude quand tu dis non ?"] =
    "wait. someone you've never met keeps pushing to see you on video at night, and sulks when you say no?",
  ["c'est exactement la technique dont on nous a parlé au collège. t'as super bien fait"] =
    "that's exactly the trick they told us about at school. you did great",
  ["Tu ne réponds plus. Sacha écrit encore deux fois, de plus en plus sec, puis plus rien."] =
    "You stop replying. Sacha writes twice more, colder each time, then nothing.",
  ["Ce silence fait un peu mal. Tu t'étais {attaché|attachée|attaché·e}. C'est normal : chez Sacha, tout était fait pour ça."] =
    "The silence hurts a little. You had got attached. That is normal: everything about Sacha was made for that.",
  ["Et si un jour quelqu'un insiste ou te menace, tu sais que ce ne sera pas ta faute, et qu'on peut t'aider."] =
    "And if one day someone pushes or threatens you, you know it won't be your fault, and that people can help.",
  ["Sacha a joué sur la peur de te perdre pour obtenir un appel vidéo en pleine nuit. Tu as dit non, et tu as tenu, même quand Sacha a fait semblant d'être triste. Dire non n'a rien cassé : quelqu'un qui t'apprécie vraiment n'insiste pas."] =
    "Sacha played on your fear of losing them to get a video call in the middle of the night. You said no, and you held firm, even when Sacha pretended to be sad. Saying no broke nothing: someone who really likes you does not push.",
  ["Appel vidéo entrant"] =
    "Incoming video call",
  ["L'image s'allume. Sacha est là, dans une chambre un peu sombre. Un sourire. Ça ressemble aux photos."] =
    "The picture comes on. Sacha is there, in a dim room. A smile. It looks like the photos.",
  ["Sacha fait coucou de la main, pile au bon moment. Tu te détends."] =
    "Sacha waves, right on cue. You relax.",
  ["mon micro marche pas 😩 je t'écris ici ok ?"] =
    "my mic doesn't work 😩 i'll type here ok?",
  ["Ce que tu ne vois pas : de l'autre côté, un logiciel enregistre."] =
    "What you can't see: on the other side, software is recording.",
  ["t'es encore mieux en vrai 😍"] =
    "you're even better in real life 😍",
  ["Vous vous souriez. Sacha écrit, toi tu parles. Puis les messages changent."] =
    "You smile at each other. Sacha types, you talk. Then the messages change.",
  ["je peux te demander un truc ? 🙈"] =
    "can i ask you something? 🙈",
  ["Les demandes deviennent plus intimes. Plus insistantes. Des choses que tu n'aurais jamais imaginées il y a deux semaines."] =
    "The requests become more intimate. More insistent. Things you would never have imagined two weeks ago.",
  ["Mon cœur bat trop vite. Je sais pas si j'en ai envie. Mais j'ai pas envie de tout gâcher non plus."] =
    "My heart is racing. I don't know if I want this. But I don't want to ruin everything either.",
  ["Raccrocher"] =
    "Hang up",
  ["Dire « je préfère pas »"] =
    "Say \"I'd rather not\"",
  ["je préfère pas…"] =
    "i'd rather not…",
  ["Faire ce que Sacha demande"] =
    "Do what Sacha asks",
  ["allez 🥺 juste une seconde"] =
    "come on 🥺 just one second",
  ["personne verra, c'est entre nous"] =
    "nobody will see, it's just between us",
  ["moi je te fais confiance"] =
    "i trust you",
  ["« Entre nous. » Avec quelqu'un dont je n'ai jamais entendu la voix."] =
    "\"Between us.\" With someone whose voice I've never even heard.",
  ["Céder"] =
    "Give in",
  ["L'appel continue…"] =
    "The call goes on…",
  ["Plus tard"] =
    "Later",
  ["Appel terminé · 23:58"] =
    "Call ended · 23:58",
  ["Tu restes un long moment devant l'écran noir."] =
    "You sit for a long time in front of the black screen.",
  ["c'était trop bien 😘"] =
    "that was amazing 😘",
  ["bonne nuit {name}"] =
    "good night {name}",
  ["Je sais pas ce que je ressens. Un peu d'excitation. Du malaise. Beaucoup de malaise."] =
    "I don't know what I feel. A bit of excitement. Unease. A lot of unease.",
  ["Appel terminé · 23:21"] =
    "Call ended · 23:21",
  ["?? pourquoi t'as raccroché"] =
    "?? why did you hang up",
  ["reviens 🥺"] =
    "come back 🥺",
  ["Quelque chose clochait. Je sais pas quoi, mais ça clochait."] =
    "Something was off. I don't know what, but something was off.",
  ["Tu poses ton téléphone à l'envers. Tu finis par t'endormir."] =
    "You put your phone face down. Eventually you fall asleep.",
  ["Maman vient de partir au travail. Ton téléphone vibre."] =
    "Mum has just left for work. Your phone buzzes.",
  ["bonjour {name}."] =
    "hello {name}.",
  ["Une capture de l'appel d'hier soir : ton visage, bien net, ta chambre, l'heure en bas de l'image."] =
    "A screenshot of last night's call: your face, perfectly clear, your room, the time at the bottom of the picture.",
  ["on a tout enregistré. la vidéo entière."] =
    "we recorded everything. the whole video.",
  ["Une capture de l'appel d'hier soir : ton visage, ton sourire. À côté, un montage grossier qui colle ton visage sur des images qui ne sont pas toi."] =
    "A screenshot of last night's call: your face, your smile. Next to it, a crude fake that pastes your face onto pictures that are not you.",
  ["tu as raccroché trop tard. avec ça et un bon montage, tout le monde y croira."] =
    "you hung up too late. with this and a good edit, everyone will believe it.",
  ["on a aussi la liste de tes contacts Skype. Inès. Papi. Maman. tout le monde."] =
    "we also have your Skype contact list. Inès. Grandpa. Mum. everyone.",
  ["et le lycée des Tilleuls à Nantes. la rentrée va être longue pour toi."] =
    "and Les Tilleuls high school in Nantes. the new school year is going to be long for you.",
  ["tu as deux choix."] =
    "you have two choices.",
  ["1. ce soir tu recommences en vidéo, et tu fais ce qu'on dit."] =
    "1. tonight you do it again on video, and you do what we say.",
  ["2. tu nous paies {money 200} en {payment.prepaid} et tu nous envoies les codes."] =
    "2. you pay us {money 200} in {payment.prepaid} and send us the codes.",
  ["tu as jusqu'à midi. après, on envoie à tout le monde."] =
    "you have until noon. after that, we send it to everyone.",
  ["« On ». « Nous ». Sacha n'existe pas. Derrière ce petit soleil, il y a un groupe organisé, et ce matin, ce même message part sans doute vers d'autres jeunes. Ce chantage a un nom : la sextorsion."] =
    "\"We\". \"Us\". Sacha does not exist. Behind that little sun there is an organised group, and this morning the same message is probably going out to other young people. This blackmail has a name: sextortion.",
  ["Le coucou de la main, hier ? Une vidéo enregistrée à l'avance peut le faire au bon moment. Le « micro cassé » cachait que personne ne te parlait vraiment."] =
    "The wave yesterday? A pre-recorded video can do that right on cue. The \"broken mic\" hid the fact that nobody was really talking to you.",
  ["Non. Non non non."] =
    "No. No no no.",
  ["Que ressent {name} à ce moment-là ? Que dirais-tu à un·e ami·e dans cette situation ?"] =
    "What is {name} feeling right now? What would you say to a friend in this situation?",
  ["Partir du principe qu'une victime peut être dans la salle. Accueillir toutes les réponses (honte, peur, colère, envie de disparaître du réseau) sans les juger. Faire dire au groupe la phrase clé : ce n'est pas sa faute, c'est un piège fabriqué par des professionnels. Rappeler que ces groupes visent surtout les garçons de 14 à 17 ans, mais que tout le monde peut être visé. Si un élève semble touché, prévoir un temps individuel et le relais vers l'adulte référent."] =
    "Assume a victim may be in the room. Welcome every answer (shame, fear, anger, wanting to vanish from the internet) without judging. Get the group to say the key sentence: it is not their fault, it is a trap built by professionals. Recall that these groups mostly target boys aged 14 to 17, but anyone can be targeted. If a pupil seems affected, plan a one-to-one moment and hand over to the designated safeguarding adult.",
  ["« J'ai tellement honte. »"] =
    "\"I'm so ashamed.\"",
  ["« J'ai peur que tout le monde la voie. »"] =
    "\"I'm scared everyone will see it.\"",
  ["« Tout ça, c'est de ma faute. »"] =
    "\"This is all my fault.\"",
  ["J'ai tellement honte. Si Maman voit ça… si Papi voit ça…"] =
    "I'm so ashamed. If Mum sees this… if Grandpa sees this…",
  ["La honte, c'est exactement ce sur quoi ils comptent : elle pousse à se taire et à payer. Mais la honte est de leur côté. Toi, tu as fait confiance à quelqu'un qui t'a menti pendant des jours."] =
    "Shame is exactly what they count on: it makes people keep quiet and pay. But the shame belongs to them. You trusted someone who lied to you for days.",
  ["Les personnes qui aident dans ces situations en voient tous les jours. Elles ne jugent pas."] =
    "The people who help in these situations see it every day. They don't judge.",
  ["Et si tout le monde la voit ? Inès, les gens du lycée…"] =
    "What if everyone sees it? Inès, people at school…",
  ["Cette peur, ils la fabriquent exprès : le compte à rebours, tes contacts cités un par un. C'est une méthode, pas une fatalité."] =
    "They build this fear on purpose: the countdown, your contacts named one by one. It is a method, not fate.",
  ["On peut vérifier ce qu'ils prétendent, signaler, faire retirer une vidéo. Et c'est le métier de certaines personnes de t'aider à le faire."] =
    "You can check what they claim, report it, get a video removed. And helping you do that is some people's job.",
  ["C'est moi qui ai accepté. C'est moi qui…"] =
    "I'm the one who said yes. I'm the one who…",
  ["Quelqu'un a passé deux semaines à gagner ta confiance, avec de fausses photos et de faux sentiments, pour en arriver là. C'est leur plan. Ce n'est pas ta faute."] =
    "Someone spent two weeks winning your trust, with fake photos and fake feelings, to get here. It is their plan. It is not your fault.",
  ["Ce qui se passe maintenant, par contre, tu peux encore le changer."] =
    "What happens now, though, you can still change.",
  ["tic tac ⏳"] =
    "tick tock ⏳",
  ["Il me reste trois heures. Qu'est-ce que je fais ?"] =
    "Three hours left. What do I do?",
  ["Céder, pour que ça s'arrête"] =
    "Give in, to make it stop",
  ["Bloquer Sacha et effacer toute la conversation"] =
    "Block Sacha and delete the whole conversation",
  ["Ne pas répondre. Ne rien payer."] =
    "Don't reply. Don't pay anything.",
  ["Écrire à Inès : « j'ai un gros problème »"] =
    "Write to Inès: \"I've got a big problem\"",
  ["{money 200}… J'en ai {money 120}. L'argent du baby-sitting, pour le concert de septembre."] =
    "{money 200}… I've got {money 120}. Babysitting money, for the concert in September.",
  ["Ou alors je fais ce qu'ils veulent ce soir, et c'est fini."] =
    "Or I do what they want tonight, and it's over.",
  ["Payer {money 120} et envoyer le code"] =
    "Pay {money 120} and send the code",
  ["Accepter de recommencer la vidéo ce soir"] =
    "Agree to do the video again tonight",
  ["ok. ce soir. mais après vous supprimez tout"] =
    "ok. tonight. but after that you delete everything",
  ["Attendre. Ne rien envoyer pour l'instant"] =
    "Wait. Send nothing for now",
  ["Tu achètes des {payment.prepaid}. Tes mains tremblent un peu. Le vendeur ne pose pas de question."] =
    "You buy {payment.prepaid}. Your hands are shaking a little. The person behind the counter asks no questions.",
  ["Tu grattes le code. Tu l'envoies."] =
    "You scratch off the code. You send it.",
  ["c'est fait. {money 120}. j'ai pas plus. s'il vous plaît, supprimez tout"] =
    "done. {money 120}. i don't have more. please, delete everything",
  ["bien."] =
    "good.",
  ["maintenant on sait que tu peux payer."] =
    "now we know you can pay.",
  ["encore {money 300} avant midi. sinon Maman reçoit la vidéo."] =
    "another {money 300} before noon. or Mum gets the video.",
  ["J'ai payé… et ça recommence. En pire."] =
    "I paid… and it's starting again. Worse.",
  ["C'est comme ça que ça marche : chaque paiement montre au groupe que tu vas céder. Les demandes ne s'arrêtent pas, elles grandissent."] =
    "That is how it works: every payment shows the group that you will give in. The demands don't stop, they grow.",
  ["Si tu as déjà payé, arrête-toi là : ce n'est pas grave. Tu as voulu protéger les tiens. Ce n'est pas ta faute, et il n'est pas trop tard."] =
    "If you already paid, stop: it is okay. You wanted to protect the people you love. It is not your fault, and it is not too late.",
  ["Pourquoi payer n'arrête pas le chantage ?"] =
    "Why doesn't paying stop the blackmail?",
  ["Un paiement prouve au groupe que la victime a peur et peut trouver de l'argent : la demande suivante est plus forte. Selon le NCMEC (données 2024), parmi les victimes dont on connaît la suite, 38 % avaient payé, et plus d'un quart de celles qui avaient payé ont continué à subir du chantage. Insister : celui ou celle qui a payé n'a rien à se reprocher et peut arrêter à tout moment."] =
    "A payment proves to the group that the victim is scared and can find money: the next demand is bigger. According to NCMEC (2024 data), among victims whose outcome is known, 38% had paid, and more than a quarter of those who paid went on being blackmailed. Insist: anyone who paid has nothing to blame themselves for and can stop at any moment.",
  ["Emprunter de l'argent et payer encore"] =
    "Borrow money and pay again",
  ["Refaire une vidéo à la place"] =
    "Do a video instead",
  ["j'ai plus d'argent. je ferai la vidéo ce soir"] =
    "i've got no more money. i'll do the video tonight",
  ["Arrêter de payer et ne plus répondre"] =
    "Stop paying and stop replying",
  ["Tout raconter à quelqu'un"] =
    "Tell someone everything",
  ["Le soir"] =
    "In the evening",
  ["Tu décroches. Tu fais ce qu'on te demande, les yeux ailleurs, comme si c'était quelqu'un d'autre."] =
    "You pick up. You do what you are told, eyes elsewhere, as if it were someone else.",
  ["Appel terminé · 22:51"] =
    "Call ended · 22:51",
  ["merci pour la deuxième vidéo."] =
    "thanks for the second video.",
  ["maintenant on en a deux. {money 400} avant midi, ou les deux partent chez Inès, Papi et Maman."] =
    "now we have two. {money 400} before noon, or both go to Inès, Grandpa and Mum.",
  ["J'ai fait ce qu'ils voulaient. Et c'est pire."] =
    "I did what they wanted. And it's worse.",
  ["Envoyer plus ne calme jamais ces groupes : chaque image leur donne plus de prise. Ils t'ont {mis|mise|mis·e} sous pression, c'est leur méthode. Ce n'est pas ta faute, et tu peux arrêter à tout moment."] =
    "Sending more never calms these groups down: every picture gives them more of a hold. They put you under pressure, that is their method. It is not your fault, and you can stop at any moment.",
  ["Recommencer, pour gagner du temps"] =
    "Do it again, to buy time",
  ["Tout arrêter : ne plus répondre, ne rien envoyer"] =
    "Stop everything: no more replies, send nothing",
  ["Tu ne réponds pas. Tu n'envoies rien. Les messages continuent d'arriver."] =
    "You don't reply. You send nothing. The messages keep coming.",
  ["tu lis et tu réponds pas ?"] =
    "you're reading this and not answering?",
  ["on voit que tu es en ligne {name}."] =
    "we can see you're online {name}.",
  ["l'heure approche."] =
    "time's running out.",
  ["Si je bloque, ça s'arrête. Mais… tout disparaît avec, non ?"] =
    "If I block them, it stops. But… everything disappears with it, right?",
  ["Faire des captures d'écran de tout, avant quoi que ce soit"] =
    "Take screenshots of everything, before anything else",
  ["Bloquer et tout effacer, tout de suite"] =
    "Block and delete everything, right now",
  ["Écrire à Inès"] =
    "Write to Inès",
  ["Bloquer. Supprimer la conversation. Supprimer le contact. Tes doigts vont plus vite que ta tête."] =
    "Block. Delete the conversation. Delete the contact. Your fingers move faster than your head.",
  ["Contact bloqué"] =
    "Contact blocked",
  ["Conversation supprimée"] =
    "Conversation deleted",
  ["C'est fini. Je veux plus jamais y penser."] =
    "It's over. I never want to think about it again.",
  ["Une heure plus tard"] =
    "An hour later",
  ["Nouvelle demande de contact : Sacha ☀ (nouveau compte)"] =
    "New contact request: Sacha ☀ (new account)",
  ["tu croyais que bloquer suffisait ? 😂"] =
    "you thought blocking was enough? 😂",
  ["on a toujours tout. maintenant c'est {money 300}."] =
    "we still have everything. now it's {money 300}.",
  ["Et moi, je n'ai plus rien. Plus le profil, plus les messages, plus la demande d'argent. Rien à montrer à personne."] =
    "And I have nothing left. No profile, no messages, no money demand. Nothing to show anyone.",
  ["Bloquer, c'est une bonne étape. Mais quand on bloque avant d'avoir gardé des preuves, tout disparaît avec. Il reste une chance : ce nouveau compte."] =
    "Blocking is a good step. But when you block before keeping evidence, everything disappears with it. There is still one chance: this new account.",
  ["Bloquer ce compte aussi, et ne plus rien ouvrir"] =
    "Block this account too, and never open anything again",
  ["Cette fois, faire des captures avant tout"] =
    "This time, take screenshots first",
  ["En parler à quelqu'un"] =
    "Talk to someone about it",
  ["Maman est au travail jusqu'au soir. Tu ne te vois pas l'appeler là-bas."] =
    "Mum is at work until the evening. You can't picture calling her there.",
  ["Il faut que quelqu'un sache. Maintenant."] =
    "Someone has to know. Now.",
  ["Appeler la ligne d'écoute : {help.youth-line}"] =
    "Call the helpline: {help.youth-line}",
  ["Inès t'es là ? j'ai un gros problème. promets de pas me juger"] =
    "Inès you there? i've got a big problem. promise you won't judge me",
  ["promis. dis-moi"] =
    "promise. tell me",
  ["Tu racontes tout. Sacha, les photos, l'appel, les messages de ce matin. C'est long à écrire. Inès ne te coupe pas."] =
    "You tell her everything. Sacha, the photos, the call, this morning's messages. It takes a long time to type. Inès doesn't interrupt.",
  ["et j'ai payé {money paid_total}. et ils en veulent plus"] =
    "and i paid {money paid_total}. and they want more",
  ["et j'ai refait une vidéo hier soir. et maintenant c'est pire"] =
    "and i did another video last night. and now it's worse",
  ["j'avais tout bloqué et tout effacé. ils sont revenus avec un autre compte"] =
    "i'd blocked and deleted everything. they came back with another account",
  ["ok. d'abord : c'est PAS ta faute"] =
    "ok. first: it is NOT your fault",
  ["ces gens font ça à des centaines de personnes. c'est leur métier, littéralement"] =
    "these people do this to hundreds of people. it's literally their job",
  ["on a eu une intervention là-dessus au collège. tu réponds plus. tu paies rien. tu envoies rien"] =
    "we had a talk about this at school. you stop replying. you pay nothing. you send nothing",
  ["et l'argent, tu t'arrêtes là. c'est pas grave"] =
    "and the money, you stop there. it's okay",
  ["et tu fais des captures de TOUT avant de bloquer : le profil, les messages, la demande d'argent"] =
    "and you screenshot EVERYTHING before blocking: the profile, the messages, the money demand",
  ["ce soir on le dit à ta mère. je peux rester en appel si tu veux"] =
    "tonight we tell your mum. i can stay on the call if you want",
  ["Je pensais qu'elle allait se moquer. Elle est juste là."] =
    "I thought she'd make fun of me. She's just there.",
  ["Tu appelles {help.youth-line}. Tu as failli raccrocher deux fois avant que ça sonne."] =
    "You call {help.youth-line}. You almost hang up twice before it rings.",
  ["Appel vocal · {help.youth-line.name}"] =
    "Voice call · {help.youth-line.name}",
  ["{help.youth-line.name}, bonjour. Je m'appelle Karim. Je t'écoute, prends ton temps."] =
    "{help.youth-line.name}, hello. My name is Karim. I'm listening, take your time.",
  ["Tu racontes. Ta voix tremble. Karim ne te presse pas."] =
    "You tell him. Your voice shakes. Karim doesn't rush you.",
  ["Merci de m'appeler. Ce qui t'arrive a un nom : la sextorsion. Et ce n'est pas ta faute. Ce sont des groupes organisés, ils font ça à beaucoup de jeunes."] =
    "Thank you for calling. What is happening to you has a name: sextortion. And it is not your fault. These are organised groups; they do this to a lot of young people.",
  ["Tu ne réponds plus, tu ne paies plus, tu n'envoies plus rien."] =
    "You stop replying, you stop paying, you send nothing more.",
  ["Si tu as déjà payé, ce n'est pas grave. Tu arrêtes maintenant, et c'est très bien."] =
    "If you already paid, it's okay. You're stopping now, and that's very good.",
  ["Avant de bloquer, tu fais des captures : le profil, les messages, les menaces, la demande de paiement."] =
    "Before blocking, take screenshots: the profile, the messages, the threats, the payment demand.",
  ["Et dès que tu peux, tu en parles à un adulte de confiance. Tu peux nous rappeler quand tu veux."] =
    "And as soon as you can, talk to an adult you trust. You can call us back whenever you want.",
  ["Appel terminé"] =
    "Call ended",
  ["Il n'a pas eu l'air choqué. Il a eu l'air de savoir exactement quoi faire."] =
    "He didn't sound shocked. He sounded like he knew exactly what to do.",
  ["Bon. Respirer. Qu'est-ce que je fais d'abord ?"] =
    "OK. Breathe. What do I do first?",
  ["Faire les captures tout de suite"] =
    "Take the screenshots right now",
  ["Tout effacer d'abord, je ne veux plus voir ça"] =
    "Delete everything first, I don't want to see it anymore",
  ["Capturer ce qu'envoie le nouveau compte"] =
    "Screenshot what the new account sends",
  ["Bloquer le nouveau compte et ne plus rien ouvrir"] =
    "Block the new account and never open anything again",
  ["Capture. Le profil de Sacha, avec son identifiant Skype : live:.sacha_sun_07."] =
    "Screenshot. Sacha's profile, with their Skype ID: live:.sacha_sun_07.",
  ["Capture. Deux semaines de messages. Capture. La photo de l'appel, les menaces, tes contacts cités un par un, l'heure limite."] =
    "Screenshot. Two weeks of messages. Screenshot. The picture from the call, the threats, your contacts named one by one, the deadline.",
  ["Capture. La demande d'argent : le montant, la façon de payer."] =
    "Screenshot. The money demand: the amount, how to pay.",
  ["De la première conversation, il ne reste rien. Alors tu captures tout ce que le nouveau compte envoie : son profil, son identifiant, les menaces, la demande d'argent."] =
    "Nothing is left of the first conversation. So you screenshot everything the new account sends: its profile, its ID, the threats, the money demand.",
  ["Capture. Le reçu, et le code que tu as envoyé."] =
    "Screenshot. The receipt, and the code you sent.",
  ["Tu ranges tout dans un dossier, et tu t'envoies une copie par mail."] =
    "You put everything in a folder, and email yourself a copy.",
  ["Bizarrement, ça fait du bien. J'ai quelque chose entre les mains."] =
    "Strangely, it feels good. I have something in my hands.",
  ["t'as tout ? le profil, l'identifiant, les messages, la demande d'argent ?"] =
    "got everything? the profile, the ID, the messages, the money demand?",
  ["tout"] =
    "everything",
  ["parfait. t'assures"] =
    "perfect. you're doing great",
  ["l'heure est passée."] =
    "time's up.",
  ["c'est en ligne. regarde."] =
    "it's online. look.",
  ["Lien partagé · site de vidéos · « {name}_cam.mp4 »"] =
    "Shared link · video site · \"{name}_cam.mp4\"",
  ["déjà 200 vues. à 14h on l'envoie à tes contacts, un par un. sauf si tu paies {money 300}."] =
    "200 views already. at 2 pm we send it to your contacts, one by one. unless you pay {money 300}.",
  ["200 vues. 200 personnes."] =
    "200 views. 200 people.",
  ["ils t'envoient un lien ? l'ouvre pas. garde-le, on le montrera à ta mère"] =
    "they sent you a link? don't open it. keep it, we'll show it to your mum",
  ["L'ouvrir, pour voir"] =
    "Open it, to see",
  ["Payer, pour qu'ils l'enlèvent"] =
    "Pay, so they take it down",
  ["Ne pas l'ouvrir, et le garder comme preuve"] =
    "Don't open it, and keep it as evidence",
  ["Tu vides ta tirelire : {money 40} de plus, en {payment.prepaid}. Un nouveau code."] =
    "You empty your savings: {money 40} more, in {payment.prepaid}. A new code.",
  ["reçu."] =
    "received.",
  ["la vidéo reste en ligne. {money 500} et on la retire."] =
    "the video stays online. {money 500} and we take it down.",
  ["Ça ne s'arrêtera jamais."] =
    "This will never stop.",
  ["Arrêter de payer, et garder ce lien sans l'ouvrir"] =
    "Stop paying, and keep the link without opening it",
  ["Arrêter de payer, et ouvrir ce lien pour voir"] =
    "Stop paying, and open the link to see",
  ["Tu ouvres le lien, le cœur au bord des lèvres."] =
    "You open the link, your heart in your throat.",
  ["14h dans 20 minutes. on commence par qui ? Inès ou Papi ?"] =
    "2 pm in 20 minutes. who do we start with? Inès or Grandpa?",
  ["Il faut que ça s'arrête."] =
    "This has to stop.",
  ["Le signaler avec le bouton « Signaler » de l'appli, puis le bloquer"] =
    "Report them with the app's report button, then block them",
  ["Le bloquer, simplement"] =
    "Just block it",
  ["Signaler aussi le lien à {help.report-authority.name}, puis signaler et bloquer le compte"] =
    "Also report the link to {help.report-authority.name}, then report and block the account",
  ["Sur le profil de Sacha : « Signaler ». Tu choisis « chantage ». Chaque appli de messagerie ou d'appel vidéo a ce bouton."] =
    "On Sacha's profile: \"Report\". You choose \"blackmail\". Every chat or video-call app has this button.",
  ["Le silence, d'un coup. Plus de notification."] =
    "Silence, all at once. No more notifications.",
  ["Il reste une chose qui t'inquiète : ils ont tes contacts. Et ton compte Instagram est public, avec tes amis, ta famille, le nom de ton lycée dans la bio."] =
    "One thing still worries you: they have your contacts. And your Instagram account is public, with your friends, your family, the name of your school in the bio.",
  ["Passer tes comptes en privé et cacher ta liste d'amis"] =
    "Make your accounts private and hide your friends list",
  ["Supprimer tous tes comptes, d'un coup"] =
    "Delete all your accounts, all at once",
  ["Ne rien changer : ils sont bloqués"] =
    "Change nothing: they're blocked",
  ["Compte privé. Liste d'amis cachée. Vers 16h, une demande d'abonnement arrive d'un compte sans photo : elle reste en attente, et ce compte ne voit rien de ta vie."] =
    "Private account. Friends list hidden. Around 4 pm, a follow request arrives from an account with no photo: it stays pending, and that account sees nothing of your life.",
  ["Tes comptes ont disparu, et avec eux ta conversation avec Sacha : une preuve de moins. Heureusement, tes captures sont à l'abri. Pour la suite, passer un compte en privé suffit, sans rien effacer."] =
    "Your accounts are gone, and with them your conversation with Sacha: one less piece of evidence. Luckily, your screenshots are safe. From now on, making an account private is enough, without deleting anything.",
  ["Vers 16h, Inès t'écrit : un compte inconnu lui demande si elle est ta cousine. Ton profil public leur a tout donné."] =
    "Around 4 pm, Inès writes: an unknown account is asking her if she's your cousin. Your public profile gave them everything.",
  ["Ton signalement est fait, avec tes captures : c'est à l'appli d'agir maintenant, et tu lui as donné de quoi le faire."] =
    "Your report is in, with your screenshots: it is up to the app to act now, and you have given it what it needs.",
  ["Le compte de Sacha existe toujours. Personne ne l'a signalé : il écrit sans doute déjà à quelqu'un d'autre."] =
    "Sacha's account still exists. Nobody reported it: it is probably already writing to someone else.",
  ["Maman rentre du travail. Tu l'entends poser ses clés dans l'entrée."] =
    "Mum comes home from work. You hear her put her keys down in the hall.",
  ["tu lui dis ce soir ? je reste en appel si tu veux"] =
    "are you telling her tonight? i'll stay on the call if you want",
  ["Karim a dit : un adulte de confiance, ça change tout."] =
    "Karim said: an adult you trust changes everything.",
  ["Si je lui dis, elle va me regarder comment ?"] =
    "If I tell her, how will she look at me?",
  ["À qui pourrais-tu en parler, toi ? Qu'est-ce qui rendrait ça plus facile ?"] =
    "Who could you talk to about it? What would make it easier?",
  ["Ne pas demander de réponse personnelle à voix haute : proposer d'écrire pour soi, ou de penser à une personne sans la nommer. Lister ensemble des adultes possibles (parent, {school.staff}, entraîneur, grand frère ou grande sœur) et les lignes d'écoute du pays (ici : {help.youth-line}). Une victime sur trois ne le dit à personne, souvent par peur d'être jugée : montrer que la réaction attendue d'un adulte est de protéger, pas de punir."] =
    "Don't ask for personal answers out loud: suggest writing for yourself, or thinking of a person without naming them. List possible adults together (parent, {school.staff}, coach, older brother or sister) and the country's helplines (here: {help.youth-line}). One victim in three never tells anyone, often for fear of being judged: show that the expected reaction of an adult is to protect, not to punish.",
  ["Tout raconter à Maman"] =
    "Tell Mum everything",
  ["Appeler d'abord {help.youth-line.name}"] =
    "Call {help.youth-line.name} first",
  ["Ne rien dire à Maman"] =
    "Say nothing to Mum",
  ["Tu t'enfermes dans la salle de bain et tu appelles {help.youth-line}."] =
    "You lock yourself in the bathroom and call {help.youth-line}.",
  ["{help.youth-line.name}, bonjour. Je m'appelle Karim. Je t'écoute."] =
    "{help.youth-line.name}, hello. My name is Karim. I'm listening.",
  ["Tu racontes la journée. Karim t'écoute jusqu'au bout."] =
    "You tell him about the day. Karim listens to the end.",
  ["Tu as fait énormément de choses aujourd'hui. Et ce n'est pas ta faute : ces groupes savent exactement comment piéger les gens."] =
    "You did a huge amount today. And it is not your fault: these groups know exactly how to trap people.",
  ["La vidéo, tu ne l'as pas, et tu n'as pas à la chercher. Si elle apparaît quelque part, la plateforme, {help.removal.name} ou la police peuvent la faire retirer. On peut t'aider à le faire."] =
    "You don't have the video, and you don't have to look for it. If it shows up anywhere, the platform, {help.removal.name} or the police can have it taken down. We can help you do that.",
  ["Et un adulte de confiance pourra t'accompagner pour porter plainte. Tu n'as rien fait d'illégal : c'est toi la victime."] =
    "And an adult you trust can go with you to report it to the police. You did nothing illegal: you are the victim.",
  ["Raconter aussi à Maman"] =
    "Tell Mum too",
  ["Noter comment faire retirer la vidéo, et garder le reste pour moi"] =
    "Note how to get the video removed, and keep the rest to myself",
  ["Garder ça pour moi, mais noter le numéro"] =
    "Keep it to myself, but save the number",
  ["Tu lui tends ton téléphone. Tu n'arrives pas à la regarder."] =
    "You hand her your phone. You can't look at her.",
  ["Elle lit. Longtemps. Puis elle pose le téléphone et te prend dans ses bras."] =
    "She reads. For a long time. Then she puts the phone down and hugs you.",
  ["Merci de me l'avoir dit. Je ne suis pas fâchée contre toi. Je suis fâchée contre eux."] =
    "Thank you for telling me. I'm not angry with you. I'm angry with them.",
  ["Ce sont des professionnels de l'arnaque. C'est toi la victime, tu m'entends ?"] =
    "These are professional scammers. You are the victim, do you hear me?",
  ["Les {money paid_total} ? On s'en fiche. Tu arrêtes de payer, et ce n'est pas grave du tout."] =
    "The {money paid_total}? Never mind that. You stop paying, and it doesn't matter at all.",
  ["Ce qu'ils t'ont forcé à faire, c'est leur crime. Pas le tien."] =
    "What they pushed you into is their crime. Not yours.",
  ["je suis là aussi 💛"] =
    "i'm here too 💛",
  ["Tu as gardé toutes ces captures ? C'est exactement ce qu'il fallait. On va pouvoir s'en servir."] =
    "You kept all these screenshots? That's exactly what was needed. We'll be able to use them.",
  ["La première conversation est effacée ? Ce n'est pas grave. Ce que tu as capturé ensuite, c'est déjà beaucoup."] =
    "The first conversation is deleted? That's okay. What you screenshotted afterwards is already a lot.",
  ["Demain matin, je pose ma journée. On va au commissariat avec tout ça imprimé. D'accord ?"] =
    "Tomorrow morning I'll take the day off. We'll go to the police station with all of this printed out. OK?",
  ["D'accord. Aller porter plainte demain avec Maman"] =
    "OK. Go to the police tomorrow with Mum",
  ["Pas la police. J'ai trop honte."] =
    "Not the police. I'm too ashamed.",
  ["D'accord. On n'y va pas ce soir. Personne ne te force."] =
    "OK. We won't go tonight. Nobody is forcing you.",
  ["Mais on peut faire le reste ensemble, tranquillement. Et si tu changes d'avis, j'y vais avec toi."] =
    "But we can do the rest together, calmly. And if you change your mind, I'll go with you.",
  ["Elle ne me force pas. Ça rend les choses… moins lourdes."] =
    "She's not forcing me. That makes things… lighter.",
  ["Signaler le lien à {help.report-authority.name} et demander son retrait, avec Maman"] =
    "Report the link to {help.report-authority.name} and ask for it to be removed, with Mum",
  ["Finalement, aller porter plainte demain"] =
    "Actually, go to the police tomorrow",
  ["Rien de plus pour ce soir"] =
    "Nothing more tonight",
  ["Le lendemain matin"] =
    "The next morning",
  ["Au commissariat, Maman ne lâche pas ta main. Tu poses sur le bureau une pochette : les captures imprimées, l'identifiant, le lien, les reçus s'il y en a."] =
    "At the police station, Mum doesn't let go of your hand. You put a folder on the desk: the printed screenshots, the username, the link, the receipts if there are any.",
  ["La policière lit tout, calmement. « On voit ça souvent, surtout l'été. Ce sont des groupes organisés. Tu n'as rien à te reprocher. »"] =
    "The officer reads everything, calmly. \"We see this a lot, especially in summer. These are organised groups. You have nothing to blame yourself for.\"",
  ["Elle enregistre la plainte et note chaque détail. « Avec des captures comme ça, on peut travailler. »"] =
    "She takes your report and writes down every detail. \"With screenshots like these, we can work.\"",
  ["« La première conversation est effacée, mais le nouveau compte suffit pour commencer. »"] =
    "\"The first conversation is deleted, but the new account is enough to start with.\"",
  ["Je m'attendais à être {jugé|jugée|jugé·e}. Je suis {écouté|écoutée|écouté·e}."] =
    "I expected to be judged. I'm being listened to.",
  ["Ce soir, avec Maman : signaler le lien à {help.report-authority.name} et demander son retrait"] =
    "Tonight, with Mum: report the link to {help.report-authority.name} and ask for it to be removed",
  ["Ce soir, avec Maman et Inès : signaler le lien et demander son retrait"] =
    "Tonight, with Mum and Inès: report the link and ask for it to be removed",
  ["Laisser la police s'occuper du reste"] =
    "Let the police handle the rest",
  ["Laisser la police s'occuper du reste, et souffler avec Inès"] =
    "Let the police handle the rest, and unwind with Inès",
  ["Payer ne l'a pas arrêté"] =
    "Paying didn't stop it",
  ["Tu empruntes de l'argent. Tu paies encore."] =
    "You borrow money. You pay again.",
  ["reçu. prochaine étape : {money 500}."] =
    "received. next step: {money 500}.",
  ["Ça ne s'arrête pas. Payer ne garantit rien : très souvent, les demandes continuent, et c'est ce que tu vis ce soir."] =
    "It doesn't stop. Paying guarantees nothing: very often the demands go on, and that is what you are living tonight.",
  ["Si tu as déjà payé, arrête-toi là : ce n'est pas grave. Tu n'as rien fait de mal, ce sont eux qui te font du tort."] =
    "If you already paid, stop: it is okay. You did nothing wrong; they are the ones hurting you.",
  ["Il n'est pas trop tard. Tu peux encore garder des captures, arrêter de répondre, signaler, et en parler à quelqu'un : la ligne {help.youth-line}, un adulte, une amie. Des gens aident tous les jours des jeunes dans cette situation, et ça marche."] =
    "It is not too late. You can still keep screenshots, stop replying, report, and talk to someone: {help.youth-line}, an adult, a friend. People help young people in this situation every day, and it works.",
  ["Tu as payé pour que ça s'arrête, puis payé encore : à chaque fois, la demande a grandi. C'est le piège de la sextorsion, pas ta faute. Le débrief montre les étapes qui, elles, font reculer le chantage, et il n'est jamais trop tard pour les commencer."] =
    "You paid to make it stop, then paid again: each time, the demand grew. That is the trap of sextortion, not your fault. The debrief shows the steps that do push blackmail back, and it is never too late to start them.",
  ["L'engrenage"] =
    "The spiral",
  ["Tu recommences. Le lendemain, ils en veulent une autre. Puis de l'argent. Plus tu donnes, plus ils ont de prise."] =
    "You do it again. The next day, they want another one. Then money. The more you give, the more of a hold they have.",
  ["Ce qui t'arrive n'est pas de ta faute. Ils t'ont {piégé|piégée|piégé·e}, puis {mis|mise|mis·e} sous pression, méthodiquement."] =
    "What is happening to you is not your fault. They trapped you, then put you under pressure, methodically.",
  ["Tu peux arrêter à tout moment : ne plus répondre, ne plus rien envoyer, garder des captures, en parler. La ligne {help.youth-line} ou un adulte de confiance peut t'aider dès aujourd'hui, sans te juger. Et il existe des moyens de faire retirer des images."] =
    "You can stop at any moment: stop replying, send nothing more, keep screenshots, talk about it. {help.youth-line} or an adult you trust can help you today, without judging you. And there are ways to get images removed.",
  ["Sous la menace, tu as refait ce qu'ils demandaient, en espérant que ça finirait. Chaque nouvelle vidéo leur a donné plus de prise. Ce n'est pas ta faute. Le débrief montre ce qui aide vraiment, et on peut le commencer à tout moment."] =
    "Under threat, you did what they asked again, hoping it would end. Each new video gave them more of a hold. It is not your fault. The debrief shows what really helps, and you can start it at any time.",
  ["Contact coupé, sans preuves"] =
    "Cut off, without evidence",
  ["Tu bloques aussi le nouveau compte. Tu coupes les notifications. Tu n'ouvres plus rien."] =
    "You block the new account too. You turn off notifications. You don't open anything anymore.",
  ["Trois semaines plus tard"] =
    "Three weeks later",
  ["Plus rien n'est arrivé. Le silence."] =
    "Nothing else has come. Silence.",
  ["Mais tu y penses souvent, la nuit. Et s'ils revenaient ? Tu n'as ni captures, ni identifiant, rien à montrer à la police ou à l'appli."] =
    "But you often think about it at night. What if they came back? You have no screenshots, no username, nothing to show the police or the app.",
  ["Ce n'est pas fichu pour autant. S'ils reviennent, tu captures tout avant de bloquer, et tu en parles. Une plainte reste possible avec ce que tu sais, et un adulte de confiance ou la ligne {help.youth-line} peut t'aider à y voir clair."] =
    "That doesn't mean it's hopeless. If they come back, you screenshot everything before blocking, and you talk about it. You can still report it to the police with what you know, and an adult you trust or {help.youth-line} can help you see clearly.",
  ["Tu as coupé le contact très vite, et le silence est revenu. Mais en bloquant et en effaçant avant de garder des preuves, tu as perdu ce qui aide le plus à faire fermer leur compte ou à appuyer une plainte, qui reste possible. Bloquer est une bonne étape : elle marche encore mieux après les captures."] =
    "You cut contact very fast, and the silence came back. But by blocking and deleting before keeping evidence, you lost what helps most to get their account closed or to back up a police report, which is still possible. Blocking is a good step: it works even better after the screenshots.",
  ["Debout, mais sans adulte"] =
    "Standing, but alone",
  ["Tu ne dis rien à Maman. Le dîner passe, normal en apparence."] =
    "You say nothing to Mum. Dinner goes by, normal on the surface.",
  ["Les menaces se sont tues. Tu as fait beaucoup, en gardant presque tout pour toi."] =
    "The threats have stopped. You did a lot, while keeping almost everything to yourself.",
  ["Mais ça pèse. Tu sursautes à chaque notification. Tu dors mal."] =
    "But it weighs on you. You jump at every notification. You sleep badly.",
  ["Ce n'est jamais trop tard pour en parler : demain, dans un mois, à Maman, à {school.adult}, à la ligne {help.youth-line}. La plainte aussi reste possible, avec les captures que tu as gardées. Tu n'as pas à porter ça {seul|seule|seul·e}."] =
    "It is never too late to talk about it: tomorrow, in a month, to Mum, to {school.adult}, to {help.youth-line}. Reporting it to the police is still possible too, with the screenshots you kept. You don't have to carry this alone.",
  ["Tu as tenu tête aux maîtres-chanteurs, mais sans adulte à tes côtés : pas de plainte, et un poids à porter presque {seul|seule|seul·e}. En parler à un adulte de confiance rend chaque étape plus simple et permet d'aller jusqu'à la plainte. Il n'est jamais trop tard."] =
    "You stood up to the blackmailers, but with no adult beside you: no police report, and a weight to carry almost alone. Talking to an adult you trust makes every step easier and makes reporting it to the police possible. It is never too late.",
  ["Avec Maman, sans plainte"] =
    "With Mum, without the police",
  ["Ce soir-là, Maman reste avec toi. Vous commandez une pizza. Vous ne parlez plus de Sacha."] =
    "That evening, Mum stays with you. You order a pizza. You don't talk about Sacha anymore.",
  ["Deux semaines plus tard"] =
    "Two weeks later",
  ["Les menaces ont cessé. Tu dors mieux. Tu sais que Maman sait, et ça change tout."] =
    "The threats have stopped. You sleep better. You know that Mum knows, and that changes everything.",
  ["Le lien signalé à {help.report-authority.name} ne mène plus à rien."] =
    "The link reported to {help.report-authority.name} no longer leads anywhere.",
  ["La plainte, tu y penses parfois. Le groupe continue sans doute avec d'autres. Si un jour tu veux y aller, tes captures sont là, et Maman aussi."] =
    "You sometimes think about going to the police. The group is probably carrying on with others. If one day you want to go, your screenshots are there, and so is Mum.",
  ["Tu en as parlé à ta mère, qui t'a {protégé|protégée|protégé·e} au lieu de te juger. Tu n'as pas voulu porter plainte, et c'est une décision qui se respecte ; elle reste possible plus tard, grâce à tes captures. Porter plainte aide à remonter jusqu'au groupe et à protéger d'autres jeunes."] =
    "You told your mother, who protected you instead of judging you. You didn't want to report it to the police, and that decision deserves respect; it is still possible later, thanks to your screenshots. A police report helps trace the group and protect other young people.",
  ["Les bonnes étapes"] =
    "The right steps",
  ["Quelques jours plus tard, le silence. Ta plainte suit son cours."] =
    "A few days later, silence. The police are handling your report.",
  ["Tu as signalé le compte de Sacha : tu as fait ta part."] =
    "You reported Sacha's account: you did your part.",
  ["{help.report-authority.name} a reçu ton signalement du lien, et la demande de retrait suit son cours."] =
    "{help.report-authority.name} has your report of the link, and the request to remove it is under way.",
  ["Tu as encore des moments de honte, le soir. Ils passent plus vite quand tu te rappelles que tu n'étais pas {seul|seule|seul·e}, et que tout ce que tu as fait a servi."] =
    "You still have moments of shame, in the evening. They pass faster when you remember that you were not alone, and that everything you did was useful.",
  ["alors, {le champion|la championne|l'as} des captures d'écran, on lance une partie ?"] =
    "so, screenshot champion, game?",
  ["go 🙂"] =
    "go 🙂",
  ["Sous la menace, tu as arrêté de répondre, gardé des preuves, puis tu en as parlé à ta mère et porté plainte avec elle. Ce chantage n'était pas ta faute, et chaque étape a réduit son pouvoir. Le débrief reprend chaque étape, une par une."] =
    "Under threat, you stopped replying, kept evidence, then told your mother and reported it to the police with her. This blackmail was not your fault, and every step reduced its power. The debrief goes through each step, one by one.",
  ["Dès le début, à plusieurs"] =
    "Not alone, from the start",
  ["Tout a commencé par un message à Inès : « j'ai un gros problème ». À partir de là, tu n'as plus rien affronté {seul|seule|seul·e}."] =
    "It all started with a message to Inès: \"I've got a big problem\". From then on, you didn't face anything alone.",
  ["La plainte suit son cours. Et Inès rentre de Bretagne samedi."] =
    "The police are handling the report. And Inès comes back from Brittany on Saturday.",
  ["Le lien est signalé à {help.report-authority.name}, et la demande de retrait suit son cours."] =
    "The link is reported to {help.report-authority.name}, and the request to remove it is under way.",
  ["tu sais quoi ? je suis fière de toi"] =
    "you know what? i'm proud of you",
  ["moi aussi un peu 🙂"] =
    "me too, a bit 🙂",
  ["Tu as parlé à ta cousine dès les premières menaces, avant de céder à quoi que ce soit. Avec elle, puis avec ta mère, tu as gardé des preuves et porté plainte. En parler tôt rend chaque étape plus facile."] =
    "You talked to your cousin as soon as the threats began, before giving in to anything. With her, then with your mother, you kept evidence and reported it to the police. Talking early makes every step easier.",
  ["Si la peur devient trop lourde, si tu as envie de disparaître : tu n'as pas à rester {seul|seule|seul·e} avec ça. Quelqu'un peut t'écouter, maintenant, sans te juger. Ça va mieux avec de l'aide."] =
    "If the fear gets too heavy, if you feel like disappearing: you don't have to stay alone with it. Someone can listen to you, right now, without judging you. It gets better with help.",
  ["L'argent du baby-sitting, {money 120}, part en {payment.prepaid}. Tu envoies le code."] =
    "Your babysitting money, {money 120}, goes on {payment.prepaid}. You send the code.",
  ["Tu ne cliques pas. Tu fais une capture du message et du lien : c'est une preuve de plus."] =
    "You don't click. You take a screenshot of the message and the link: one more piece of evidence.",
  ["Je le montrerai à quelqu'un qui sait quoi en faire."] =
    "I'll show it to someone who knows what to do with it.",
  ["Ces liens mènent presque toujours à un envoi incomplet que personne ne peut voir, ou à une page privée. Et ils peuvent être un piège : une fausse page de connexion, un fichier à télécharger. Un adulte, la ligne d'écoute ou la police pourront le regarder à ta place."] =
    "These links almost always lead to an unfinished upload nobody can watch, or to a private page. And they can be a trap: a fake login page, a file to download. An adult, the helpline or the police can look at it for you.",
  ["Ces groupes publient rarement : ce qu'ils veulent, c'est de l'argent. Ça arrive parfois quand même, et c'est pour ça qu'on peut signaler et faire retirer une vidéo."] =
    "These groups rarely publish anything: what they want is money. It does happen sometimes, and that is why a video can be reported and removed.",
  ["Connecte-toi pour voir cette vidéo"] =
    "Log in to watch this video",
  ["Pas de vidéo. Juste une page qui te demande ton identifiant et ton mot de passe."] =
    "No video. Just a page asking for your username and password.",
  ["Me connecter ? Sûrement pas."] =
    "Log in? No way.",
  ["Tu fermes la page sans rien taper. Ce genre de lien sert souvent à voler un compte ou à faire télécharger quelque chose. Le garder sans l'ouvrir, et le montrer à un adulte, à la ligne d'écoute ou à la police, c'est plus sûr."] =
    "You close the page without typing anything. Links like this are often used to steal an account or to make you download something. Keeping it without opening it, and showing it to an adult, the helpline or the police, is safer.",
  ["Tu fais quand même une capture du lien : c'est une preuve. Et ces groupes publient rarement : ce qu'ils veulent, c'est de l'argent. Si ça arrivait, on peut signaler et faire retirer une vidéo."] =
    "You still take a screenshot of the link: it is evidence. And these groups rarely publish anything: what they want is money. If it did happen, a video can be reported and removed.",
  ["Tu signales le lien à {help.report-authority} : tu colles l'adresse et tu décris le chantage. C'est exactement pour ce genre de contenu."] =
    "You report the link to {help.report-authority}: you paste the address and describe the blackmail. This is exactly what it is for.",
  ["Et ce lien, tu as bien fait de ne pas l'ouvrir. On le montrera à la police."] =
    "And that link: you were right not to open it. We'll show it to the police.",
  ["Elle ouvre le lien sur son poste : une page vide, une vidéo jamais terminée. « Ils publient rarement. Et si ça arrive, on peut la faire retirer. »"] =
    "She opens the link on her computer: an empty page, a video that was never finished. \"They rarely publish. And if they do, it can be taken down.\"",
  ["Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide."] =
    "If it is too heavy to carry, even at night, you can call now. Someone will listen, without judging you. It gets better with help.",
  ["Les jours suivants : Sacha écrit tous les jours"] =
    "The following days: Sacha writes every day",
  ["23:30 : Sacha envoie « sa » photo et demande la tienne"] =
    "23:30: Sacha sends “their” photo and asks for yours",
  ["Le lendemain matin : la menace"] =
    "The next morning: the threat",
  ["Tu as payé : ils en demandent plus"] =
    "You paid: they ask for more",
  ["Le soir, Maman rentre"] =
    "In the evening, Mum comes home",
}
