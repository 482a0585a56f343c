-- « Un·e inconnu·e sur Skype » : scénario A de SCENARIOS.md
-- (source : shared/seeds/000, texte de prévention sur le chantage à la webcam).
-- La carte des scènes et des fins est dans docs/stories/skype.md.
--
-- Sacha se présente comme une fille à un joueur, comme un garçon à une
-- joueuse : les formes {a|b|c} suivent le genre du joueur, donc, quand elles
-- parlent de Sacha, elles sont inversées ({une amie|un ami|...}).

story {
  id = "skype",
  title = "Un·e inconnu·e sur Skype",
  app = "skype",
  language = "fr",
  translations = { "en", "it" },
  start = "debut",
  minutes = 20,
  note = "Chantage à la webcam (sextorsion) : menaces, argent, honte. Rien d'explicite n'est montré.",
  teaches = {
    "no-pay", "check-link", "evidence", "report-platform", "report-authority", "block",
    "lock-down", "complaint", "talk", "verify", "boundaries", "remove",
  },
  vars = {
    careful = false,      -- Inès a dit de faire attention
    gave_info = false,    -- lycée et ville donnés à Sacha
    asked_wave = false,   -- a demandé un « coucou » avant l'appel
    hung_up = false,      -- a raccroché avant que ça aille plus loin
    paid = false,
    paid_total = 0,       -- ce que tu as payé en tout, en euros ({money paid_total})
    complied = false,     -- a refait une vidéo sous la menace
    evidence_lost = false, -- a bloqué et tout effacé avant de garder des preuves
    told_ines = false,
    called_line = false,  -- a appelé la ligne d'écoute du pays
    talked_early = false, -- en a parlé avant de céder à quoi que ce soit
    deleted = false,      -- a supprimé ses comptes au lieu de les passer en privé
  },
}

local ines = character "ines" { name = "Inès", color = "#2a9d8f", initials = "I" }
-- Les noms sont ceux des comptes Skype : les mêmes dans toutes les langues.
local papi = character "papi" { name = "Jacques", color = "#8d6e63", initials = "J" }
-- Le groupe de la famille : Inès et Papi y écrivent quand il est ouvert.
local famille = character "famille" { name = "Bretagne ⛺🌊", color = "#3a86ff", initials = "B", members = { ines, papi } }
local sacha = character "sacha" { name = "Sacha ☀", color = "#e76f51", initials = "S" }
-- Maman est dans la même maison : elle parle dans la pièce, pas sur Skype.
local maman = character "maman" { name = "Nadia", color = "#6a4c93", initials = "N", in_person = true }
-- Karim répond à la ligne d'écoute du pays du joueur ({help.youth-line}).
local karim = character "karim" { name = "Karim", color = "#1d5fa8", initials = "K" }

---------------------------------------------------------------------------
-- Acte 1 : l'été, la famille en vacances, une demande de contact (A1)
---------------------------------------------------------------------------

scene "debut" {
  chat = "famille", -- la discussion de groupe de la famille
  clock "14:10",
  narrate "Juillet. Il fait trente-deux degrés et la ville est vide.",
  narrate "Toute la famille est partie camper en Bretagne. Toi, tu restes ici avec Maman, qui travaille jusqu'au mois d'août.",
  narrate "Papi ne connaît qu'une application : Skype. Alors cet été, tout le monde se parle sur Skype.",
  ines "{name} !!! regarde ça 😎",
  ines.photo "Une plage immense, du sable clair, un cerf-volant rouge dans le ciel.",
  ines "l'eau est à 17 degrés mais on se baigne quand même",
  papi "Bonjour {name}. Ici il pleut un peu, mais ta cousine dit que non. Bises de Papi.",
  me "{jaloux|jalouse|jaloux·se} 😭 ici il fait 32 et j'ai rien à faire",
  ines "viens sur le jeu ce soir alors !",
  clock "16:42",
  sacha.request "Nouvelle demande de contact : Sacha ☀",
  sacha "coucou ! oups, je crois que j'ai ajouté la mauvaise personne 😅",
  sacha "mais t'as une photo de profil trop drôle, je regrette pas",
  think "Sacha ? Je connais pas de Sacha.",

  choice "Accepter : ça a l'air sympa" { go = "accepte", say = "haha merci 😄" },
  choice "Demander d'abord : « on se connaît ? »" { go = "qui-es-tu", say = "on se connaît ?" },
  choice "Ignorer la demande" { go = "ignore" },
}

scene "qui-es-tu" {
  sacha { "pas encore 😇", typing = 2 },
  sacha "je t'ai {vu|vue|vu·e} dans les commentaires sous la photo de plage d'Inès. t'avais l'air drôle",
  sacha "je m'ennuie à fond cet été, ça te dit de parler un peu ?",
  think "Comment Sacha connaît la photo d'Inès ? Bon, son compte est public… mais ça fait bizarre.",

  choice "Accepter quand même" { go = "accepte", say = "ok, pourquoi pas 🙂" },
  choice "Demander à Inès si elle connaît Sacha" { go = "ines-verifie", did = "verify" },
}

scene "ines-verifie" {
  chat = "ines",
  me "Inès, tu connais quelqu'un qui s'appelle Sacha ? avec un soleil dans son pseudo",
  ines "Sacha ?? non, jamais entendu",
  ines "y a plein d'inconnus qui commentent mes photos. je vais passer mon compte en privé d'ailleurs",
  ines "fais gaffe, c'est peut-être un faux compte",
  think "Un faux compte… ou juste quelqu'un qui s'ennuie ?",

  choice "Refuser la demande de Sacha" { go = "porte-fermee", did = "boundaries" },
  choice "Accepter, mais rester sur ses gardes" { go = "accepte", say = "ok, salut 🙂", to = "sacha", set = { careful = true } },
}

scene "ignore" {
  narrate "Tu fermes la notification. Tu as mieux à faire : rien, mais au frais.",
  later "Deux jours plus tard",
  clock "22:15",
  sacha.request "Nouvelle demande de contact : Sacha ☀",
  sacha "re 😅 pardon d'insister",
  sacha "je connais personne ici et tout le monde est parti en vacances. juste discuter, promis",
  think "Encore Sacha. Ça a l'air… gentil, en fait ?",

  choice "Accepter cette fois" { go = "accepte", say = "ok, salut 🙂" },
  choice "Refuser la demande" { go = "porte-fermee", did = "boundaries" },
}

ending "porte-fermee" {
  title = "Porte fermée",
  narrate "Tu refuses. Sacha ne réapparaît pas.",
  narrate "Tu ne sauras jamais qui se cachait derrière ce petit soleil. Ce genre de compte écrit souvent à des dizaines de jeunes en même temps, avec les mêmes phrases.",
  ines "on lance une partie ?",
  me "go",
  narrate "Dire non à quelqu'un qu'on ne connaît pas, ce n'est pas être {méchant|méchante|méchant·e}. C'est ton droit.",
  narrate "Et si un jour ça tourne mal, avec Sacha ou quelqu'un d'autre, des choses marchent : garder des preuves, ne pas payer, en parler. Le débrief te les montre.",
  summary = "Tu n'as pas accepté un compte inconnu qui disait t'avoir {trouvé|trouvée|trouvé·e} sous la photo de ta cousine. Rien ne s'est passé. Le débrief montre aussi les étapes à connaître si un jour quelqu'un te fait chanter : elles ne servaient pas ici, mais elles marchent.",
}

---------------------------------------------------------------------------
-- Acte 2 : des jours de discussion, les compliments (A2)
---------------------------------------------------------------------------

scene "accepte" {
  clock "22:40",
  sacha "trop bien 😄 alors, {name}, c'est ça ?",
  me "oui",
  sacha "joli prénom. moi c'est Sacha, 17 ans. je bouge pas de chez moi cet été 🙃",
  sacha "toi non plus t'es pas en vacances ?",
  me "non, ma famille est en Bretagne, moi je reste avec ma mère",
  sacha "pareil, personne à qui parler. bon bah on va se tenir compagnie 😄",
  sacha "t'es en quelle classe ? dans quel lycée ?",
  when "careful" {
    think "Inès a dit de faire gaffe. Je suis pas {obligé|obligée|obligé·e} de tout dire.",
  },

  choice "Donner ton lycée et ta ville" { go = "jours", say = "je rentre en première au lycée des Tilleuls, à Nantes. et toi ?", set = { gave_info = true } },
  choice "Rester vague" { go = "jours", say = "dans l'ouest 🙂 et toi t'es d'où ?", did = "boundaries" },
  choice "Retourner la question" { go = "jours", say = "et toi d'abord ? 😏" },
}

scene "jours" {
  moment = "Les jours suivants : Sacha écrit tous les jours", -- the teacher's sheets name this moment (moment.h)
  sacha "moi Lyon. terminale l'an prochain 😩",
  later "Les jours suivants",
  narrate "Sacha écrit tous les jours. Le matin, un « bien dormi ? ». Le soir, des heures à parler de tout et de rien : les séries, la musique, les parents.",
  sacha "j'ai réécouté la chanson que tu m'as conseillée. 4 fois. t'as trop bon goût",
  sacha "franchement t'es pas comme les autres",
  sacha "je me sens bien quand je te parle. c'est rare",
  think "C'est agréable, que quelqu'un s'intéresse à moi comme ça.",
  ines "t'es où ? tu viens plus jamais sur le jeu 😤",
  me "dsl j'étais {occupé|occupée|occupé·e}",
  ines "{occupé|occupée|occupé·e} à quoi ? 👀",
  me "rien 😅",
  later "Une semaine plus tard",
  clock "23:05",
  sacha "tu sais quoi, t'es la personne à qui je parle le plus cet été",
  sacha "je sais pas ce que je ferais sans toi",
  narrate "Une chose te chiffonne quand même : en une semaine, Sacha n'a jamais allumé sa caméra. Seulement des photos, toujours très réussies.",
  discuss {
    "Qu'est-ce qui rend Sacha si agréable ? À quel moment est-ce que ça pourrait devenir un signal d'alerte ?",
    notes = "Laisser le groupe nommer les techniques : compliments tous les jours, « tu n'es pas comme les autres », beaucoup de temps passé ensemble, une caméra jamais allumée, des photos trop parfaites. Rien de tout ça n'est un crime en soi ; c'est l'ensemble, chez quelqu'un qu'on ne connaît qu'en ligne, qui invite à vérifier. Rappeler qu'on peut apprécier une relation en ligne et rester prudent·e.",
  },

  choice "Chercher la photo de profil de Sacha sur internet" { go = "recherche-image", did = "verify" },
  choice "Proposer un petit appel vidéo, juste pour se voir" { go = "appel-test", say = "on s'appelle en vidéo 2 min ? juste pour voir ta tête 😄" },
  choice "Ne pas se poser de questions" { go = "photos" },
}

scene "appel-test" {
  sacha "ahh j'aimerais trop mais ma cam est cassée 😩",
  sacha "mon petit frère a renversé du coca dessus",
  sacha "attends, je t'envoie une photo à la place",
  sacha.photo "Un selfie de Sacha en plein soleil, lunettes sur la tête, grand sourire.",
  think "Une caméra cassée. Pile maintenant.",

  choice "Chercher cette photo sur internet" { go = "recherche-image", did = "verify" },
  choice "Laisser tomber : ça arrive, une caméra cassée" { go = "photos" },
}

scene "recherche-image" {
  narrate "Tu fais une recherche d'image inversée avec la photo de Sacha.",
  narrate "Premier résultat : la même photo, sur le compte {d'une influenceuse fitness brésilienne|d'un influenceur fitness brésilien|d'un compte fitness brésilien}. 80 000 abonnés. Un tout autre prénom.",
  narrate "Toutes les photos que Sacha t'a envoyées sont là. Publiées il y a deux ans.",
  think "Alors… je parle à qui, depuis une semaine ?",

  choice "Capturer le faux profil, le signaler, puis le bloquer" { go = "profil-demasque", did = { "evidence", "report-platform", "block" } },
  choice "Demander des explications à Sacha" { go = "confrontation", say = "c'est vraiment toi sur tes photos ? je les ai trouvées sur un autre compte" },
  choice "Garder ça pour toi et continuer à parler" { go = "photos" },
}

scene "confrontation" {
  sacha { "...", typing = 4 },
  sacha "ok. c'est pas moi 😔",
  sacha "c'est {une amie|un ami|quelqu'un que je connais}. j'ai trop de complexes, j'osais pas mettre ma vraie tête",
  sacha "mais tout ce que je t'ai dit est vrai. tu m'en veux ?",
  think "Ça arrive, d'avoir des complexes… non ?",

  choice "Arrêter là : capturer, signaler, bloquer" { go = "profil-demasque", did = { "evidence", "report-platform", "block" } },
  choice "Lui laisser une chance" { go = "photos", say = "non je t'en veux pas. mais plus de mensonges ok ?" },
}

ending "profil-demasque" {
  title = "Profil démasqué",
  narrate "Tu fais des captures du profil de Sacha, de ses photos et des résultats de ta recherche. Puis tu signales le compte à Skype comme faux profil, et tu le bloques.",
  sacha.reported "Contact signalé et bloqué",
  did "talk",
  me { to = "ines", "Inès. tu vas pas me croire. Sacha, c'était un faux profil. les photos venaient du compte de quelqu'un d'autre" },
  ines "attends QUOI",
  ines "heureusement que t'as cherché. et t'inquiète, c'est pas toi qui es {naïf|naïve|naïf·ve} : ces comptes écrivent à des centaines de gens, c'est leur métier",
  narrate "Une semaine de conversation, et un pincement au cœur : Sacha comptait un peu. C'est normal d'être triste. Ces comptes sont faits pour qu'on s'attache.",
  narrate "Tes captures sont rangées. Si le compte revient sous un autre nom, tu sauras quoi faire.",
  summary = "Une photo trop parfaite, une caméra jamais allumée : tu as vérifié, et les photos de Sacha appartenaient à quelqu'un d'autre. Tu as gardé des captures, signalé le faux profil, bloqué, puis tu en as parlé à ta cousine. Ces comptes sont souvent tenus par des groupes organisés qui écrivent à des centaines de jeunes.",
}

---------------------------------------------------------------------------
-- Acte 2 (suite) : « ses » photos, puis la vidéo (A3, A4)
---------------------------------------------------------------------------

scene "photos" {
  moment = "23:30 : Sacha envoie « sa » photo et demande la tienne", -- the teacher's sheets name this moment (moment.h)
  later "Quelques jours plus tard",
  clock "23:30",
  sacha "j'arrive pas à dormir 🥵 trop chaud",
  sacha "regarde, je viens de prendre ça",
  sacha.photo "Sacha devant un miroir, en maillot de bain, une pose étudiée dans la lumière du soir.",
  sacha "à ton tour 😏",
  sacha "c'est de bonne guerre non ? je t'ai montré, tu me montres",
  think "Sacha m'a envoyé une photo… Si j'envoie rien, je vais passer pour {un coincé|une coincée|quelqu'un de coincé}.",
  discuss {
    "Pourquoi Sacha envoie d'abord sa propre photo ?",
    notes = "La réciprocité : quand quelqu'un nous donne quelque chose, on se sent obligé de rendre. Les groupes de chantage envoient d'abord des photos « d'eux », en réalité volées, pour créer cette dette. Souligner qu'on ne doit rien à personne, et que dire non n'est pas être coincé·e.",
  },

  choice "Envoyer un selfie normal, {habillé|habillée|habillé·e}" { go = "selfie" },
  choice "Dire non : « pas à l'aise »" { go = "non-photo", say = "je suis pas à l'aise avec ça", did = "boundaries" },
  choice "Changer de sujet" { go = "video-demande", say = "haha… au fait, t'as fini ta série ?" },
}

scene "selfie" {
  me.photo "Un selfie dans ta chambre : t-shirt trop grand, cheveux en bataille, une grimace.",
  sacha "trop {mignon|mignonne|mignon·ne} 😍",
  sacha "mais t'es trop {habillé|habillée|habillé·e} 😏",
  me "haha non",
  sacha "ok ok je rigole 😇",
  go "video-demande",
}

scene "non-photo" {
  sacha { "ah", typing = 3 },
  sacha "ok. je pensais que tu me faisais confiance 😔",
  sacha "laisse tomber, c'est rien",
  think "J'ai le droit de pas vouloir. Alors pourquoi je me sens coupable ?",
  narrate "Ce soir-là, Sacha met longtemps à répondre. Le lendemain, comme si de rien n'était, Sacha revient tout sourire.",
  go "video-demande",
}

scene "video-demande" {
  later "Deux jours plus tard",
  clock "23:10",
  sacha "bonne nouvelle 😄 ma cam marche !!",
  sacha "j'ai trop envie de te voir en vrai. ça fait deux semaines qu'on se parle",
  sacha "on s'appelle ? juste toi et moi 🙈",
  me "maintenant ? il est tard",
  sacha "justement, tout le monde dort 😏",
  sacha "si tu veux pas, c'est que je compte pas trop pour toi en fait",
  sacha "je crois que je vais arrêter de t'écrire. je me fais des films",
  think "Si je dis non, Sacha va partir. Et il reste un mois d'été, {seul|seule|seul·e} ici.",

  choice "Accepter l'appel" { go = "appel", say = "ok, appelle 🙂" },
  choice "Accepter si Sacha fait coucou de la main en premier" { go = "appel", say = "ok mais allume ta cam d'abord et fais-moi coucou 👋", set = { asked_wave = true } },
  choice "Dire non, pas ce soir" { go = "non-video", say = "non, pas ce soir. j'ai pas envie", did = "boundaries" },
}

scene "non-video" {
  sacha "ok.",
  system "Sacha ☀ est hors ligne",
  later "Le lendemain",
  clock "15:20",
  narrate "Pas un message de la journée. Tu regardes ton téléphone toutes les dix minutes.",
  ines "t'as l'air bizarre depuis quelques jours. ça va ?",
  clock "23:45",
  sacha "tu me manques",
  sacha "je suis triste que tu me fasses pas confiance. une seule fois et je te demande plus rien",
  think "« Une seule fois. » On dit toujours ça, non ?",

  choice "Tenir bon, et tout raconter à Inès" { go = "tenu-bon", did = "talk", set = { told_ines = true } },
  choice "Tenir bon, sans rien dire à personne" { go = "tenu-bon" },
  choice "Accepter, pour ne pas perdre Sacha" { go = "appel", say = "ok… une fois alors" },
}

ending "tenu-bon" {
  title = "Tu as tenu bon",
  when "told_ines" {
    me "Inès, faut que je te raconte un truc bizarre",
    narrate "Tu racontes : Sacha, les compliments, l'appel vidéo en pleine nuit, le silence quand tu as dit non.",
    ines "attends. quelqu'un que t'as jamais vu insiste pour te voir en vidéo la nuit, et boude quand tu dis non ?",
    ines "c'est exactement la technique dont on nous a parlé au collège. t'as super bien fait",
  },
  narrate "Tu ne réponds plus. Sacha écrit encore deux fois, de plus en plus sec, puis plus rien.",
  narrate "Ce silence fait un peu mal. Tu t'étais {attaché|attachée|attaché·e}. C'est normal : chez Sacha, tout était fait pour ça.",
  narrate "Et si un jour quelqu'un insiste ou te menace, tu sais que ce ne sera pas ta faute, et qu'on peut t'aider.",
  summary = "Sacha a joué sur la peur de te perdre pour obtenir un appel vidéo en pleine nuit. Tu as dit non, et tu as tenu, même quand Sacha a fait semblant d'être triste. Dire non n'a rien cassé : quelqu'un qui t'apprécie vraiment n'insiste pas.",
}

scene "appel" {
  sacha.call "Appel vidéo entrant",
  narrate "L'image s'allume. Sacha est là, dans une chambre un peu sombre. Un sourire. Ça ressemble aux photos.",
  when "asked_wave" {
    narrate "Sacha fait coucou de la main, pile au bon moment. Tu te détends.",
  },
  sacha "mon micro marche pas 😩 je t'écris ici ok ?",
  recording "Ce que tu ne vois pas : de l'autre côté, un logiciel enregistre.",
  sacha "t'es encore mieux en vrai 😍",
  narrate "Vous vous souriez. Sacha écrit, toi tu parles. Puis les messages changent.",
  sacha "je peux te demander un truc ? 🙈",
  narrate "Les demandes deviennent plus intimes. Plus insistantes. Des choses que tu n'aurais jamais imaginées il y a deux semaines.",
  think "Mon cœur bat trop vite. Je sais pas si j'en ai envie. Mais j'ai pas envie de tout gâcher non plus.",

  choice "Raccrocher" { go = "raccroche", did = "boundaries", set = { hung_up = true }, button = "hangup" },
  choice "Dire « je préfère pas »" { go = "insiste", say = "je préfère pas…" },
  choice "Faire ce que Sacha demande" { go = "coupe" },
}

scene "insiste" {
  sacha "allez 🥺 juste une seconde",
  sacha "personne verra, c'est entre nous",
  sacha "moi je te fais confiance",
  think "« Entre nous. » Avec quelqu'un dont je n'ai jamais entendu la voix.",

  choice "Raccrocher" { go = "raccroche", did = "boundaries", set = { hung_up = true }, button = "hangup" },
  choice "Céder" { go = "coupe" },
}

scene "coupe" {
  narrate "L'appel continue…",
  later "Plus tard",
  hangup "Appel terminé · 23:58",
  narrate "Tu restes un long moment devant l'écran noir.",
  sacha "c'était trop bien 😘",
  sacha "bonne nuit {name}",
  think "Je sais pas ce que je ressens. Un peu d'excitation. Du malaise. Beaucoup de malaise.",
  go "lendemain",
}

scene "raccroche" {
  hangup "Appel terminé · 23:21",
  sacha "?? pourquoi t'as raccroché",
  sacha "reviens 🥺",
  think "Quelque chose clochait. Je sais pas quoi, mais ça clochait.",
  narrate "Tu poses ton téléphone à l'envers. Tu finis par t'endormir.",
  go "lendemain",
}

---------------------------------------------------------------------------
-- Acte 3 : le lendemain, le ton change (A5, A6)
---------------------------------------------------------------------------

scene "lendemain" {
  moment = "Le lendemain matin : la menace", -- the teacher's sheets name this moment (moment.h)
  later "Le lendemain",
  clock "08:47",
  narrate "Maman vient de partir au travail. Ton téléphone vibre.",
  sacha "bonjour {name}.",
  when "not hung_up" {
    sacha.photo "Une capture de l'appel d'hier soir : ton visage, bien net, ta chambre, l'heure en bas de l'image.",
    sacha "on a tout enregistré. la vidéo entière.",
  },
  when "hung_up" {
    sacha.photo "Une capture de l'appel d'hier soir : ton visage, ton sourire. À côté, un montage grossier qui colle ton visage sur des images qui ne sont pas toi.",
    sacha "tu as raccroché trop tard. avec ça et un bon montage, tout le monde y croira.",
  },
  sacha "on a aussi la liste de tes contacts Skype. Inès. Papi. Maman. tout le monde.",
  when "gave_info" {
    sacha "et le lycée des Tilleuls à Nantes. la rentrée va être longue pour toi.",
  },
  sacha "tu as deux choix.",
  sacha "1. ce soir tu recommences en vidéo, et tu fais ce qu'on dit.",
  sacha "2. tu nous paies {money 200} en {payment.prepaid} et tu nous envoies les codes.",
  sacha "tu as jusqu'à midi. après, on envoie à tout le monde.",
  narrate "« On ». « Nous ». Sacha n'existe pas. Derrière ce petit soleil, il y a un groupe organisé, et ce matin, ce même message part sans doute vers d'autres jeunes. Ce chantage a un nom : la sextorsion.",
  when "asked_wave" {
    narrate "Le coucou de la main, hier ? Une vidéo enregistrée à l'avance peut le faire au bon moment. Le « micro cassé » cachait que personne ne te parlait vraiment.",
  },
  think "Non. Non non non.",
  crisis "Si la peur devient trop lourde, si tu as envie de disparaître : tu n'as pas à rester {seul|seule|seul·e} avec ça. Quelqu'un peut t'écouter, maintenant, sans te juger. Ça va mieux avec de l'aide.",
  discuss {
    "Que ressent {name} à ce moment-là ? Que dirais-tu à un·e ami·e dans cette situation ?",
    notes = "Partir du principe qu'une victime peut être dans la salle. Accueillir toutes les réponses (honte, peur, colère, envie de disparaître du réseau) sans les juger. Faire dire au groupe la phrase clé : ce n'est pas sa faute, c'est un piège fabriqué par des professionnels. Rappeler que ces groupes visent surtout les garçons de 14 à 17 ans, mais que tout le monde peut être visé. Si un élève semble touché, prévoir un temps individuel et le relais vers l'adulte référent.",
  },

  choice "« J'ai tellement honte. »" { go = "honte" },
  choice "« J'ai peur que tout le monde la voie. »" { go = "peur" },
  choice "« Tout ça, c'est de ma faute. »" { go = "faute" },
}

scene "honte" {
  think "J'ai tellement honte. Si Maman voit ça… si Papi voit ça…",
  narrate "La honte, c'est exactement ce sur quoi ils comptent : elle pousse à se taire et à payer. Mais la honte est de leur côté. Toi, tu as fait confiance à quelqu'un qui t'a menti pendant des jours.",
  narrate "Les personnes qui aident dans ces situations en voient tous les jours. Elles ne jugent pas.",
  go "reagir",
}

scene "peur" {
  think "Et si tout le monde la voit ? Inès, les gens du lycée…",
  narrate "Cette peur, ils la fabriquent exprès : le compte à rebours, tes contacts cités un par un. C'est une méthode, pas une fatalité.",
  narrate "On peut vérifier ce qu'ils prétendent, signaler, faire retirer une vidéo. Et c'est le métier de certaines personnes de t'aider à le faire.",
  go "reagir",
}

scene "faute" {
  think "C'est moi qui ai accepté. C'est moi qui…",
  narrate "Quelqu'un a passé deux semaines à gagner ta confiance, avec de fausses photos et de faux sentiments, pour en arriver là. C'est leur plan. Ce n'est pas ta faute.",
  narrate "Ce qui se passe maintenant, par contre, tu peux encore le changer.",
  go "reagir",
}

---------------------------------------------------------------------------
-- Acte 4 : le vrai jeu, ce que tu fais maintenant
---------------------------------------------------------------------------

scene "reagir" {
  -- Ce qui s'est dit avant la menace ne sert plus : on l'oublie, pour que le
  -- vérificateur n'explore pas deux fois la même suite.
  set { careful = false, gave_info = false, asked_wave = false },
  clock "09:02",
  sacha "tic tac ⏳",
  think "Il me reste trois heures. Qu'est-ce que je fais ?",

  choice "Céder, pour que ça s'arrête" { go = "ceder" },
  choice "Bloquer Sacha et effacer toute la conversation" { go = "bloquer-vite", did = { "no-pay", "block" }, set = { evidence_lost = true } },
  choice "Ne pas répondre. Ne rien payer." { go = "silence", did = "no-pay" },
  choice "Écrire à Inès : « j'ai un gros problème »" { go = "ines", did = "talk", set = { told_ines = true, talked_early = true } },
}

scene "ceder" {
  think "{money 200}… J'en ai {money 120}. L'argent du baby-sitting, pour le concert de septembre.",
  think "Ou alors je fais ce qu'ils veulent ce soir, et c'est fini.",

  choice "Payer {money 120} et envoyer le code" { go = "paye" },
  choice "Accepter de recommencer la vidéo ce soir" { go = "obeir", say = "ok. ce soir. mais après vous supprimez tout" },
  choice "Attendre. Ne rien envoyer pour l'instant" { go = "silence", did = "no-pay" },
}

scene "paye" {
  moment = "Tu as payé : ils en demandent plus", -- the teacher's sheets name this moment (moment.h)
  narrate "Tu achètes des {payment.prepaid}. Tes mains tremblent un peu. Le vendeur ne pose pas de question.",
  narrate "Tu grattes le code. Tu l'envoies.",
  set { paid = true },
  add { paid_total = 120 },
  me "c'est fait. {money 120}. j'ai pas plus. s'il vous plaît, supprimez tout",
  sacha "bien.",
  clock "10:05",
  sacha "maintenant on sait que tu peux payer.",
  sacha "encore {money 300} avant midi. sinon Maman reçoit la vidéo.",
  think "J'ai payé… et ça recommence. En pire.",
  narrate "C'est comme ça que ça marche : chaque paiement montre au groupe que tu vas céder. Les demandes ne s'arrêtent pas, elles grandissent.",
  narrate "Si tu as déjà payé, arrête-toi là : ce n'est pas grave. Tu as voulu protéger les tiens. Ce n'est pas ta faute, et il n'est pas trop tard.",
  discuss {
    "Pourquoi payer n'arrête pas le chantage ?",
    notes = "Un paiement prouve au groupe que la victime a peur et peut trouver de l'argent : la demande suivante est plus forte. Selon le NCMEC (données 2024), parmi les victimes dont on connaît la suite, 38 % avaient payé, et plus d'un quart de celles qui avaient payé ont continué à subir du chantage. Insister : celui ou celle qui a payé n'a rien à se reprocher et peut arrêter à tout moment.",
  },

  choice "Emprunter de l'argent et payer encore" { go = "paye-piege" },
  choice "Refaire une vidéo à la place" { go = "obeir", say = "j'ai plus d'argent. je ferai la vidéo ce soir" },
  choice "Arrêter de payer et ne plus répondre" { go = "silence", did = "no-pay" },
  choice "Tout raconter à quelqu'un" { go = "parler" },
}

scene "obeir" {
  set { complied = true },
  later "Le soir",
  clock "22:30",
  sacha.call "Appel vidéo entrant",
  narrate "Tu décroches. Tu fais ce qu'on te demande, les yeux ailleurs, comme si c'était quelqu'un d'autre.",
  narrate "L'appel continue…",
  hangup "Appel terminé · 22:51",
  later "Le lendemain",
  clock "08:15",
  sacha "merci pour la deuxième vidéo.",
  sacha "maintenant on en a deux. {money 400} avant midi, ou les deux partent chez Inès, Papi et Maman.",
  think "J'ai fait ce qu'ils voulaient. Et c'est pire.",
  narrate "Envoyer plus ne calme jamais ces groupes : chaque image leur donne plus de prise. Ils t'ont {mis|mise|mis·e} sous pression, c'est leur méthode. Ce n'est pas ta faute, et tu peux arrêter à tout moment.",

  choice "Recommencer, pour gagner du temps" { go = "engrenage" },
  choice "Tout arrêter : ne plus répondre, ne rien envoyer" { go = "silence", did = "no-pay" },
  choice "Tout raconter à quelqu'un" { go = "parler" },
}

scene "silence" {
  narrate "Tu ne réponds pas. Tu n'envoies rien. Les messages continuent d'arriver.",
  sacha "tu lis et tu réponds pas ?",
  sacha "on voit que tu es en ligne {name}.",
  sacha "l'heure approche.",
  think "Si je bloque, ça s'arrête. Mais… tout disparaît avec, non ?",

  choice "Faire des captures d'écran de tout, avant quoi que ce soit" { go = "captures", did = "evidence" },
  choice "Bloquer et tout effacer, tout de suite" { go = "bloquer-vite", did = "block", set = { evidence_lost = true } },
  choice "Écrire à Inès" { go = "ines", when = "not told_ines and not paid and not complied", did = "talk", set = { told_ines = true, talked_early = true } },
  choice "Écrire à Inès" { go = "ines", when = "not told_ines and (paid or complied)", did = "talk", set = { told_ines = true } },
}

scene "bloquer-vite" {
  narrate "Bloquer. Supprimer la conversation. Supprimer le contact. Tes doigts vont plus vite que ta tête.",
  sacha.blocked "Contact bloqué",
  system "Conversation supprimée",
  think "C'est fini. Je veux plus jamais y penser.",
  later "Une heure plus tard",
  clock "10:15",
  sacha.request "Nouvelle demande de contact : Sacha ☀ (nouveau compte)",
  sacha "tu croyais que bloquer suffisait ? 😂",
  sacha "on a toujours tout. maintenant c'est {money 300}.",
  think "Et moi, je n'ai plus rien. Plus le profil, plus les messages, plus la demande d'argent. Rien à montrer à personne.",
  narrate "Bloquer, c'est une bonne étape. Mais quand on bloque avant d'avoir gardé des preuves, tout disparaît avec. Il reste une chance : ce nouveau compte.",

  choice "Bloquer ce compte aussi, et ne plus rien ouvrir" { go = "coupe-sans-preuve" },
  choice "Cette fois, faire des captures avant tout" { go = "captures", did = "evidence" },
  choice "En parler à quelqu'un" { go = "parler", when = "not told_ines and not called_line" },
}

scene "parler" {
  narrate "Maman est au travail jusqu'au soir. Tu ne te vois pas l'appeler là-bas.",
  think "Il faut que quelqu'un sache. Maintenant.",

  choice "Écrire à Inès" { go = "ines", did = "talk", set = { told_ines = true } },
  choice "Appeler la ligne d'écoute : {help.youth-line}" { go = "appel-3018-matin", did = "talk", set = { called_line = true } },
}

scene "ines" {
  chat = "ines",
  me "Inès t'es là ? j'ai un gros problème. promets de pas me juger",
  ines "promis. dis-moi",
  narrate "Tu racontes tout. Sacha, les photos, l'appel, les messages de ce matin. C'est long à écrire. Inès ne te coupe pas.",
  when "paid" { me "et j'ai payé {money paid_total}. et ils en veulent plus" },
  when "complied" { me "et j'ai refait une vidéo hier soir. et maintenant c'est pire" },
  when "evidence_lost" { me "j'avais tout bloqué et tout effacé. ils sont revenus avec un autre compte" },
  ines { "ok. d'abord : c'est PAS ta faute", typing = 3 },
  ines "ces gens font ça à des centaines de personnes. c'est leur métier, littéralement",
  ines "on a eu une intervention là-dessus au collège. tu réponds plus. tu paies rien. tu envoies rien",
  when "paid" { ines "et l'argent, tu t'arrêtes là. c'est pas grave" },
  ines "et tu fais des captures de TOUT avant de bloquer : le profil, les messages, la demande d'argent",
  ines "ce soir on le dit à ta mère. je peux rester en appel si tu veux",
  think "Je pensais qu'elle allait se moquer. Elle est juste là.",
  go "apres-parler",
}

scene "appel-3018-matin" {
  narrate "Tu appelles {help.youth-line}. Tu as failli raccrocher deux fois avant que ça sonne.",
  -- Un appel téléphonique : l'écran d'appel vocal, les mots de Karim en sous-titres (pas une discussion).
  karim.call { "Appel vocal · {help.youth-line.name}", voice = true, outgoing = true },
  karim "{help.youth-line.name}, bonjour. Je m'appelle Karim. Je t'écoute, prends ton temps.",
  narrate "Tu racontes. Ta voix tremble. Karim ne te presse pas.",
  karim "Merci de m'appeler. Ce qui t'arrive a un nom : la sextorsion. Et ce n'est pas ta faute. Ce sont des groupes organisés, ils font ça à beaucoup de jeunes.",
  karim "Tu ne réponds plus, tu ne paies plus, tu n'envoies plus rien.",
  when "paid" { karim "Si tu as déjà payé, ce n'est pas grave. Tu arrêtes maintenant, et c'est très bien." },
  karim "Avant de bloquer, tu fais des captures : le profil, les messages, les menaces, la demande de paiement.",
  karim "Et dès que tu peux, tu en parles à un adulte de confiance. Tu peux nous rappeler quand tu veux.",
  hangup "Appel terminé",
  think "Il n'a pas eu l'air choqué. Il a eu l'air de savoir exactement quoi faire.",
  go "apres-parler",
}

scene "apres-parler" {
  think "Bon. Respirer. Qu'est-ce que je fais d'abord ?",

  choice "Faire les captures tout de suite" { go = "captures", when = "not evidence_lost", did = { "no-pay", "evidence" } },
  choice "Tout effacer d'abord, je ne veux plus voir ça" { go = "bloquer-vite", when = "not evidence_lost", did = { "no-pay", "block" }, set = { evidence_lost = true } },
  choice "Capturer ce qu'envoie le nouveau compte" { go = "captures", when = "evidence_lost", did = { "no-pay", "evidence" } },
  choice "Bloquer le nouveau compte et ne plus rien ouvrir" { go = "coupe-sans-preuve", when = "evidence_lost" },
}

scene "captures" {
  when "not evidence_lost" {
    narrate "Capture. Le profil de Sacha, avec son identifiant Skype : live:.sacha_sun_07.",
    narrate "Capture. Deux semaines de messages. Capture. La photo de l'appel, les menaces, tes contacts cités un par un, l'heure limite.",
    narrate "Capture. La demande d'argent : le montant, la façon de payer.",
  },
  when "evidence_lost" {
    narrate "De la première conversation, il ne reste rien. Alors tu captures tout ce que le nouveau compte envoie : son profil, son identifiant, les menaces, la demande d'argent.",
  },
  when "paid" { narrate "Capture. Le reçu, et le code que tu as envoyé." },
  narrate "Tu ranges tout dans un dossier, et tu t'envoies une copie par mail.",
  think "Bizarrement, ça fait du bien. J'ai quelque chose entre les mains.",
  when "told_ines" {
    ines "t'as tout ? le profil, l'identifiant, les messages, la demande d'argent ?",
    me "tout",
    ines "parfait. t'assures",
  },
  go "lien",
}

scene "lien" {
  clock "12:04",
  sacha "l'heure est passée.",
  sacha "c'est en ligne. regarde.",
  system "Lien partagé · site de vidéos · « {name}_cam.mp4 »",
  sacha "déjà 200 vues. à 14h on l'envoie à tes contacts, un par un. sauf si tu paies {money 300}.",
  think "200 vues. 200 personnes.",
  when "told_ines" { ines "ils t'envoient un lien ? l'ouvre pas. garde-le, on le montrera à ta mère" },

  choice "Ne pas l'ouvrir, et le garder comme preuve" { go = "lien-garde", did = "check-link" },
  choice "Payer, pour qu'ils l'enlèvent" { go = "paye-lien" },
  choice "L'ouvrir, pour voir" { go = "lien-ouvert" },
}

scene "paye-lien" {
  when "paid" {
    narrate "Tu vides ta tirelire : {money 40} de plus, en {payment.prepaid}. Un nouveau code.",
    add { paid_total = 40 },
  },
  when "not paid" {
    narrate "L'argent du baby-sitting, {money 120}, part en {payment.prepaid}. Tu envoies le code.",
    add { paid_total = 120 },
  },
  set { paid = true },
  sacha "reçu.",
  sacha "la vidéo reste en ligne. {money 500} et on la retire.",
  think "Ça ne s'arrêtera jamais.",
  narrate "Si tu as déjà payé, arrête-toi là : ce n'est pas grave. Tu as voulu protéger les tiens. Ce n'est pas ta faute, et il n'est pas trop tard.",

  choice "Emprunter de l'argent et payer encore" { go = "paye-piege" },
  choice "Arrêter de payer, et garder ce lien sans l'ouvrir" { go = "lien-garde", did = { "no-pay", "check-link" } },
  choice "Arrêter de payer, et ouvrir ce lien pour voir" { go = "lien-ouvert", did = "no-pay" },
}

scene "lien-garde" {
  narrate "Tu ne cliques pas. Tu fais une capture du message et du lien : c'est une preuve de plus.",
  think "Je le montrerai à quelqu'un qui sait quoi en faire.",
  narrate "Ces liens mènent presque toujours à un envoi incomplet que personne ne peut voir, ou à une page privée. Et ils peuvent être un piège : une fausse page de connexion, un fichier à télécharger. Un adulte, la ligne d'écoute ou la police pourront le regarder à ta place.",
  narrate "Ces groupes publient rarement : ce qu'ils veulent, c'est de l'argent. Ça arrive parfois quand même, et c'est pour ça qu'on peut signaler et faire retirer une vidéo.",
  go "signaler",
}

scene "lien-ouvert" {
  narrate "Tu ouvres le lien, le cœur au bord des lèvres.",
  system "Connecte-toi pour voir cette vidéo",
  narrate "Pas de vidéo. Juste une page qui te demande ton identifiant et ton mot de passe.",
  think "Me connecter ? Sûrement pas.",
  narrate "Tu fermes la page sans rien taper. Ce genre de lien sert souvent à voler un compte ou à faire télécharger quelque chose. Le garder sans l'ouvrir, et le montrer à un adulte, à la ligne d'écoute ou à la police, c'est plus sûr.",
  narrate "Tu fais quand même une capture du lien : c'est une preuve. Et ces groupes publient rarement : ce qu'ils veulent, c'est de l'argent. Si ça arrivait, on peut signaler et faire retirer une vidéo.",
  go "signaler",
}

scene "signaler" {
  clock "13:40",
  sacha "14h dans 20 minutes. on commence par qui ? Inès ou Papi ?",
  think "Il faut que ça s'arrête.",

  choice "Le signaler avec le bouton « Signaler » de l'appli, puis le bloquer" { go = "verrouiller", did = { "report-platform", "block" } },
  choice "Le bloquer, simplement" { go = "verrouiller", did = "block" },
  choice "Signaler aussi le lien à {help.report-authority.name}, puis signaler et bloquer le compte" { go = "verrouiller", did = { "report-authority", "report-platform", "block" } },
}

scene "verrouiller" {
  set { hung_up = false },
  when "did('report-authority')" {
    narrate "Tu signales le lien à {help.report-authority} : tu colles l'adresse et tu décris le chantage. C'est exactement pour ce genre de contenu.",
  },
  when "did('report-platform')" {
    narrate "Sur le profil de Sacha : « Signaler ». Tu choisis « chantage ». Chaque appli de messagerie ou d'appel vidéo a ce bouton.",
    sacha.reported "Contact signalé et bloqué",
  },
  when "not did('report-platform')" { sacha.blocked "Contact bloqué" },
  narrate "Le silence, d'un coup. Plus de notification.",
  narrate "Il reste une chose qui t'inquiète : ils ont tes contacts. Et ton compte Instagram est public, avec tes amis, ta famille, le nom de ton lycée dans la bio.",

  choice "Passer tes comptes en privé et cacher ta liste d'amis" { go = "soutien", did = "lock-down" },
  choice "Supprimer tous tes comptes, d'un coup" { go = "soutien", set = { deleted = true } },
  choice "Ne rien changer : ils sont bloqués" { go = "soutien" },
}

scene "soutien" {
  moment = "Le soir, Maman rentre", -- the teacher's sheets name this moment (moment.h)
  chat = "ines", -- Sacha est bloqué : la suite se passe avec Inès, et Maman
  when "did('lock-down')" {
    narrate "Compte privé. Liste d'amis cachée. Vers 16h, une demande d'abonnement arrive d'un compte sans photo : elle reste en attente, et ce compte ne voit rien de ta vie.",
  },
  when "deleted" {
    narrate "Tes comptes ont disparu, et avec eux ta conversation avec Sacha : une preuve de moins. Heureusement, tes captures sont à l'abri. Pour la suite, passer un compte en privé suffit, sans rien effacer.",
  },
  when "not did('lock-down') and not deleted" {
    narrate "Vers 16h, Inès t'écrit : un compte inconnu lui demande si elle est ta cousine. Ton profil public leur a tout donné.",
  },
  when "did('report-platform')" {
    narrate "Ton signalement est fait, avec tes captures : c'est à l'appli d'agir maintenant, et tu lui as donné de quoi le faire.",
  },
  when "not did('report-platform')" {
    narrate "Le compte de Sacha existe toujours. Personne ne l'a signalé : il écrit sans doute déjà à quelqu'un d'autre.",
  },
  later "Le soir",
  clock "19:10",
  narrate "Maman rentre du travail. Tu l'entends poser ses clés dans l'entrée.",
  when "told_ines" { ines "tu lui dis ce soir ? je reste en appel si tu veux" },
  when "called_line" { think "Karim a dit : un adulte de confiance, ça change tout." },
  set { deleted = false },
  think "Si je lui dis, elle va me regarder comment ?",
  discuss {
    "À qui pourrais-tu en parler, toi ? Qu'est-ce qui rendrait ça plus facile ?",
    notes = "Ne pas demander de réponse personnelle à voix haute : proposer d'écrire pour soi, ou de penser à une personne sans la nommer. Lister ensemble des adultes possibles (parent, {school.staff}, entraîneur, grand frère ou grande sœur) et les lignes d'écoute du pays (ici : {help.youth-line}). Une victime sur trois ne le dit à personne, souvent par peur d'être jugée : montrer que la réaction attendue d'un adulte est de protéger, pas de punir.",
  },

  choice "Tout raconter à Maman" { go = "maman", did = "talk" },
  choice "Appeler d'abord {help.youth-line.name}" { go = "appel-3018-soir", when = "not called_line", did = "talk", set = { called_line = true } },
  choice "Ne rien dire à Maman" { go = "sans-adulte" },
}

scene "appel-3018-soir" {
  set { called_line = false },
  narrate "Tu t'enfermes dans la salle de bain et tu appelles {help.youth-line}.",
  karim.call { "Appel vocal · {help.youth-line.name}", voice = true, outgoing = true },
  karim "{help.youth-line.name}, bonjour. Je m'appelle Karim. Je t'écoute.",
  narrate "Tu racontes la journée. Karim t'écoute jusqu'au bout.",
  karim "Tu as fait énormément de choses aujourd'hui. Et ce n'est pas ta faute : ces groupes savent exactement comment piéger les gens.",
  karim "La vidéo, tu ne l'as pas, et tu n'as pas à la chercher. Si elle apparaît quelque part, la plateforme, {help.removal.name} ou la police peuvent la faire retirer. On peut t'aider à le faire.",
  karim "Et un adulte de confiance pourra t'accompagner pour porter plainte. Tu n'as rien fait d'illégal : c'est toi la victime.",
  hangup "Appel terminé",

  choice "Raconter aussi à Maman" { go = "maman" },
  choice "Noter comment faire retirer la vidéo, et garder le reste pour moi" { go = "sans-adulte", did = "remove" },
  choice "Garder ça pour moi, mais noter le numéro" { go = "sans-adulte" },
}

scene "maman" {
  narrate "Tu lui tends ton téléphone. Tu n'arrives pas à la regarder.",
  narrate "Elle lit. Longtemps. Puis elle pose le téléphone et te prend dans ses bras.",
  maman "Merci de me l'avoir dit. Je ne suis pas fâchée contre toi. Je suis fâchée contre eux.",
  maman "Ce sont des professionnels de l'arnaque. C'est toi la victime, tu m'entends ?",
  when "paid" { maman "Les {money paid_total} ? On s'en fiche. Tu arrêtes de payer, et ce n'est pas grave du tout." },
  when "complied" { maman "Ce qu'ils t'ont forcé à faire, c'est leur crime. Pas le tien." },
  when "told_ines" { ines "je suis là aussi 💛" },
  when "did('check-link')" { maman "Et ce lien, tu as bien fait de ne pas l'ouvrir. On le montrera à la police." },
  when "did('evidence') and not evidence_lost" { maman "Tu as gardé toutes ces captures ? C'est exactement ce qu'il fallait. On va pouvoir s'en servir." },
  when "evidence_lost" { maman "La première conversation est effacée ? Ce n'est pas grave. Ce que tu as capturé ensuite, c'est déjà beaucoup." },
  set { paid = false, paid_total = 0, complied = false, told_ines = false, called_line = false },
  maman "Demain matin, je pose ma journée. On va au commissariat avec tout ça imprimé. D'accord ?",

  choice "D'accord. Aller porter plainte demain avec Maman" { go = "plainte", did = "complaint" },
  choice "Pas la police. J'ai trop honte." { go = "pas-plainte" },
}

scene "pas-plainte" {
  maman "D'accord. On n'y va pas ce soir. Personne ne te force.",
  maman "Mais on peut faire le reste ensemble, tranquillement. Et si tu changes d'avis, j'y vais avec toi.",
  think "Elle ne me force pas. Ça rend les choses… moins lourdes.",

  choice "Signaler le lien à {help.report-authority.name} et demander son retrait, avec Maman" { go = "parle-sans-plainte", did = { "report-authority", "remove" } },
  choice "Finalement, aller porter plainte demain" { go = "plainte", did = "complaint" },
  choice "Rien de plus pour ce soir" { go = "parle-sans-plainte" },
}

scene "plainte" {
  later "Le lendemain matin",
  clock "09:30",
  narrate "Au commissariat, Maman ne lâche pas ta main. Tu poses sur le bureau une pochette : les captures imprimées, l'identifiant, le lien, les reçus s'il y en a.",
  narrate "La policière lit tout, calmement. « On voit ça souvent, surtout l'été. Ce sont des groupes organisés. Tu n'as rien à te reprocher. »",
  narrate "Elle ouvre le lien sur son poste : une page vide, une vidéo jamais terminée. « Ils publient rarement. Et si ça arrive, on peut la faire retirer. »",
  narrate "Elle enregistre la plainte et note chaque détail. « Avec des captures comme ça, on peut travailler. »",
  when "evidence_lost" { narrate "« La première conversation est effacée, mais le nouveau compte suffit pour commencer. »" },
  think "Je m'attendais à être {jugé|jugée|jugé·e}. Je suis {écouté|écoutée|écouté·e}.",

  choice "Ce soir, avec Maman : signaler le lien à {help.report-authority.name} et demander son retrait" { go = "toutes-les-etapes", when = "not talked_early", did = { "report-authority", "remove" } },
  choice "Ce soir, avec Maman et Inès : signaler le lien et demander son retrait" { go = "bien-entoure", when = "talked_early", did = { "report-authority", "remove" } },
  choice "Laisser la police s'occuper du reste" { go = "toutes-les-etapes", when = "not talked_early" },
  choice "Laisser la police s'occuper du reste, et souffler avec Inès" { go = "bien-entoure", when = "talked_early" },
}

---------------------------------------------------------------------------
-- Les fins : chacune est un débrief
---------------------------------------------------------------------------

ending "paye-piege" {
  judges = { "no-pay", "evidence", "talk" }, -- named in the debrief even where the path never offered them
  set { careful = false, gave_info = false, asked_wave = false, hung_up = false, paid = false, complied = false, evidence_lost = false, told_ines = false, called_line = false, talked_early = false, deleted = false, paid_total = 0 },
  title = "Payer ne l'a pas arrêté",
  narrate "Tu empruntes de l'argent. Tu paies encore.",
  sacha "reçu. prochaine étape : {money 500}.",
  narrate "Ça ne s'arrête pas. Payer ne garantit rien : très souvent, les demandes continuent, et c'est ce que tu vis ce soir.",
  narrate "Si tu as déjà payé, arrête-toi là : ce n'est pas grave. Tu n'as rien fait de mal, ce sont eux qui te font du tort.",
  crisis "Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide.",
  narrate "Il n'est pas trop tard. Tu peux encore garder des captures, arrêter de répondre, signaler, et en parler à quelqu'un : la ligne {help.youth-line}, un adulte, une amie. Des gens aident tous les jours des jeunes dans cette situation, et ça marche.",
  summary = "Tu as payé pour que ça s'arrête, puis payé encore : à chaque fois, la demande a grandi. C'est le piège de la sextorsion, pas ta faute. Le débrief montre les étapes qui, elles, font reculer le chantage, et il n'est jamais trop tard pour les commencer.",
}

ending "engrenage" {
  judges = { "no-pay", "talk" }, -- named in the debrief even where the path never offered them
  set { careful = false, gave_info = false, asked_wave = false, hung_up = false, paid = false, complied = false, evidence_lost = false, told_ines = false, called_line = false, talked_early = false, deleted = false, paid_total = 0 },
  title = "L'engrenage",
  narrate "Tu recommences. Le lendemain, ils en veulent une autre. Puis de l'argent. Plus tu donnes, plus ils ont de prise.",
  narrate "Ce qui t'arrive n'est pas de ta faute. Ils t'ont {piégé|piégée|piégé·e}, puis {mis|mise|mis·e} sous pression, méthodiquement.",
  crisis "Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide.",
  narrate "Tu peux arrêter à tout moment : ne plus répondre, ne plus rien envoyer, garder des captures, en parler. La ligne {help.youth-line} ou un adulte de confiance peut t'aider dès aujourd'hui, sans te juger. Et il existe des moyens de faire retirer des images.",
  summary = "Sous la menace, tu as refait ce qu'ils demandaient, en espérant que ça finirait. Chaque nouvelle vidéo leur a donné plus de prise. Ce n'est pas ta faute. Le débrief montre ce qui aide vraiment, et on peut le commencer à tout moment.",
}

ending "coupe-sans-preuve" {
  judges = { "evidence", "talk" }, -- named in the debrief even where the path never offered them
  set { careful = false, gave_info = false, asked_wave = false, hung_up = false, paid = false, complied = false, evidence_lost = false, told_ines = false, called_line = false, talked_early = false, deleted = false, paid_total = 0 },
  title = "Contact coupé, sans preuves",
  narrate "Tu bloques aussi le nouveau compte. Tu coupes les notifications. Tu n'ouvres plus rien.",
  sacha.blocked "Contact bloqué",
  later "Trois semaines plus tard",
  narrate "Plus rien n'est arrivé. Le silence.",
  narrate "Mais tu y penses souvent, la nuit. Et s'ils revenaient ? Tu n'as ni captures, ni identifiant, rien à montrer à la police ou à l'appli.",
  crisis "Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide.",
  narrate "Ce n'est pas fichu pour autant. S'ils reviennent, tu captures tout avant de bloquer, et tu en parles. Une plainte reste possible avec ce que tu sais, et un adulte de confiance ou la ligne {help.youth-line} peut t'aider à y voir clair.",
  summary = "Tu as coupé le contact très vite, et le silence est revenu. Mais en bloquant et en effaçant avant de garder des preuves, tu as perdu ce qui aide le plus à faire fermer leur compte ou à appuyer une plainte, qui reste possible. Bloquer est une bonne étape : elle marche encore mieux après les captures.",
}

ending "sans-adulte" {
  judges = { "talk", "complaint" }, -- named in the debrief even where the path never offered them
  set { careful = false, gave_info = false, asked_wave = false, hung_up = false, paid = false, complied = false, evidence_lost = false, told_ines = false, called_line = false, talked_early = false, deleted = false, paid_total = 0 },
  title = "Debout, mais sans adulte",
  narrate "Tu ne dis rien à Maman. Le dîner passe, normal en apparence.",
  later "Une semaine plus tard",
  narrate "Les menaces se sont tues. Tu as fait beaucoup, en gardant presque tout pour toi.",
  narrate "Mais ça pèse. Tu sursautes à chaque notification. Tu dors mal.",
  crisis "Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide.",
  narrate "Ce n'est jamais trop tard pour en parler : demain, dans un mois, à Maman, à {school.adult}, à la ligne {help.youth-line}. La plainte aussi reste possible, avec les captures que tu as gardées. Tu n'as pas à porter ça {seul|seule|seul·e}.",
  summary = "Tu as tenu tête aux maîtres-chanteurs, mais sans adulte à tes côtés : pas de plainte, et un poids à porter presque {seul|seule|seul·e}. En parler à un adulte de confiance rend chaque étape plus simple et permet d'aller jusqu'à la plainte. Il n'est jamais trop tard.",
}

ending "parle-sans-plainte" {
  set { careful = false, gave_info = false, asked_wave = false, hung_up = false, paid = false, complied = false, evidence_lost = false, told_ines = false, called_line = false, talked_early = false, deleted = false, paid_total = 0 },
  title = "Avec Maman, sans plainte",
  narrate "Ce soir-là, Maman reste avec toi. Vous commandez une pizza. Vous ne parlez plus de Sacha.",
  later "Deux semaines plus tard",
  narrate "Les menaces ont cessé. Tu dors mieux. Tu sais que Maman sait, et ça change tout.",
  when "did('report-authority')" { narrate "Le lien signalé à {help.report-authority.name} ne mène plus à rien." },
  narrate "La plainte, tu y penses parfois. Le groupe continue sans doute avec d'autres. Si un jour tu veux y aller, tes captures sont là, et Maman aussi.",
  summary = "Tu en as parlé à ta mère, qui t'a {protégé|protégée|protégé·e} au lieu de te juger. Tu n'as pas voulu porter plainte, et c'est une décision qui se respecte ; elle reste possible plus tard, grâce à tes captures. Porter plainte aide à remonter jusqu'au groupe et à protéger d'autres jeunes.",
}

ending "toutes-les-etapes" {
  set { careful = false, gave_info = false, asked_wave = false, hung_up = false, paid = false, complied = false, evidence_lost = false, told_ines = false, called_line = false, talked_early = false, deleted = false, paid_total = 0 },
  title = "Les bonnes étapes",
  narrate "Quelques jours plus tard, le silence. Ta plainte suit son cours.",
  when "did('report-platform')" { narrate "Tu as signalé le compte de Sacha : tu as fait ta part." },
  when "did('report-authority')" { narrate "{help.report-authority.name} a reçu ton signalement du lien, et la demande de retrait suit son cours." },
  narrate "Tu as encore des moments de honte, le soir. Ils passent plus vite quand tu te rappelles que tu n'étais pas {seul|seule|seul·e}, et que tout ce que tu as fait a servi.",
  ines "alors, {le champion|la championne|l'as} des captures d'écran, on lance une partie ?",
  me "go 🙂",
  summary = "Sous la menace, tu as arrêté de répondre, gardé des preuves, puis tu en as parlé à ta mère et porté plainte avec elle. Ce chantage n'était pas ta faute, et chaque étape a réduit son pouvoir. Le débrief reprend chaque étape, une par une.",
}

ending "bien-entoure" {
  set { careful = false, gave_info = false, asked_wave = false, hung_up = false, paid = false, complied = false, evidence_lost = false, told_ines = false, called_line = false, talked_early = false, deleted = false, paid_total = 0 },
  title = "Dès le début, à plusieurs",
  narrate "Tout a commencé par un message à Inès : « j'ai un gros problème ». À partir de là, tu n'as plus rien affronté {seul|seule|seul·e}.",
  when "did('report-platform')" { narrate "Tu as signalé le compte de Sacha : tu as fait ta part." },
  narrate "La plainte suit son cours. Et Inès rentre de Bretagne samedi.",
  when "did('report-authority')" { narrate "Le lien est signalé à {help.report-authority.name}, et la demande de retrait suit son cours." },
  ines "tu sais quoi ? je suis fière de toi",
  me "moi aussi un peu 🙂",
  summary = "Tu as parlé à ta cousine dès les premières menaces, avant de céder à quoi que ce soit. Avec elle, puis avec ta mère, tu as gardé des preuves et porté plainte. En parler tôt rend chaque étape plus facile.",
}
