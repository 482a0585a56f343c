-- Traduzione italiana di stories/skype/story.lua.
-- Le chiavi sono i testi originali francesi, identici (docs/story-language.md).
-- Forme {m|f|x}: maschile, femminile, neutro con lo schwa (ə), come spiegato
-- in docs/story-language.md. Quando le forme parlano di Sacha sono invertite,
-- come nell'originale: Sacha si presenta come ragazza a un giocatore e come
-- ragazzo a una giocatrice.

translation "it" {
  ["Un·e inconnu·e sur Skype"] =
    "Una persona sconosciuta su Skype",
  ["Chantage à la webcam (sextorsion) : menaces, argent, honte. Rien d'explicite n'est montré."] =
    "Ricatto con la webcam (sextortion): minacce, soldi, vergogna. Non viene mostrato niente di esplicito.",
  ["Juillet. Il fait trente-deux degrés et la ville est vide."] =
    "Luglio. Ci sono trentadue gradi e la città è vuota.",
  ["Toute la famille est partie camper en Bretagne. Toi, tu restes ici avec Maman, qui travaille jusqu'au mois d'août."] =
    "Tutta la famiglia è andata in campeggio in Bretagna. Tu resti qui con la mamma, che lavora fino ad agosto.",
  ["Papi ne connaît qu'une application : Skype. Alors cet été, tout le monde se parle sur Skype."] =
    "Il nonno conosce una sola app: Skype. Così quest'estate tutti si parlano su Skype.",
  ["{name} !!! regarde ça 😎"] =
    "{name} !!! guarda qua 😎",
  ["Une plage immense, du sable clair, un cerf-volant rouge dans le ciel."] =
    "Una spiaggia immensa, sabbia chiara, un aquilone rosso nel cielo.",
  ["l'eau est à 17 degrés mais on se baigne quand même"] =
    "l'acqua è a 17 gradi ma facciamo il bagno lo stesso",
  ["Bonjour {name}. Ici il pleut un peu, mais ta cousine dit que non. Bises de Papi."] =
    "Ciao {name}. Qui piove un po', ma tua cugina dice di no. Un bacio dal nonno.",
  ["{jaloux|jalouse|jaloux·se} 😭 ici il fait 32 et j'ai rien à faire"] =
    "che invidia 😭 qui ci sono 32 gradi e non ho niente da fare",
  ["viens sur le jeu ce soir alors !"] =
    "allora vieni sul gioco stasera!",
  ["Nouvelle demande de contact : Sacha ☀"] =
    "Nuova richiesta di contatto: Sacha ☀",
  ["coucou ! oups, je crois que j'ai ajouté la mauvaise personne 😅"] =
    "ciao! ops, credo di aver aggiunto la persona sbagliata 😅",
  ["mais t'as une photo de profil trop drôle, je regrette pas"] =
    "però hai una foto profilo troppo divertente, non mi pento",
  ["Sacha ? Je connais pas de Sacha."] =
    "Sacha? Non conosco nessuno che si chiami Sacha.",
  ["Accepter : ça a l'air sympa"] =
    "Accetta: ha l'aria simpatica",
  ["haha merci 😄"] =
    "haha grazie 😄",
  ["Demander d'abord : « on se connaît ? »"] =
    "Prima chiedi: «ci conosciamo?»",
  ["on se connaît ?"] =
    "ci conosciamo?",
  ["Ignorer la demande"] =
    "Ignora la richiesta",
  ["pas encore 😇"] =
    "non ancora 😇",
  ["je t'ai {vu|vue|vu·e} dans les commentaires sous la photo de plage d'Inès. t'avais l'air drôle"] =
    "ti ho {visto|vista|vistə} nei commenti sotto la foto al mare di Inès. sembravi simpatic{o|a|ə}",
  ["je m'ennuie à fond cet été, ça te dit de parler un peu ?"] =
    "quest'estate mi annoio da morire, ti va di chiacchierare un po'?",
  ["Comment Sacha connaît la photo d'Inès ? Bon, son compte est public… mais ça fait bizarre."] =
    "Come fa Sacha a conoscere la foto di Inès? Vabbè, il suo profilo è pubblico… però è strano.",
  ["Accepter quand même"] =
    "Accetta lo stesso",
  ["ok, pourquoi pas 🙂"] =
    "ok, perché no 🙂",
  ["Demander à Inès si elle connaît Sacha"] =
    "Chiedi a Inès se conosce Sacha",
  ["Inès, tu connais quelqu'un qui s'appelle Sacha ? avec un soleil dans son pseudo"] =
    "Inès, conosci qualcuno che si chiama Sacha? con un sole nel nome utente",
  ["Sacha ?? non, jamais entendu"] =
    "Sacha?? no, mai sentito",
  ["y a plein d'inconnus qui commentent mes photos. je vais passer mon compte en privé d'ailleurs"] =
    "un sacco di sconosciuti commentano le mie foto. anzi, metto il profilo privato",
  ["fais gaffe, c'est peut-être un faux compte"] =
    "stai attent{o|a|ə}, magari è un profilo falso",
  ["Un faux compte… ou juste quelqu'un qui s'ennuie ?"] =
    "Un profilo falso… o solo qualcuno che si annoia?",
  ["Refuser la demande de Sacha"] =
    "Rifiuta la richiesta di Sacha",
  ["Accepter, mais rester sur ses gardes"] =
    "Accetta, ma resta in guardia",
  ["ok, salut 🙂"] =
    "ok, ciao 🙂",
  ["Tu fermes la notification. Tu as mieux à faire : rien, mais au frais."] =
    "Chiudi la notifica. Hai di meglio da fare: niente, ma al fresco.",
  ["Deux jours plus tard"] =
    "Due giorni dopo",
  ["re 😅 pardon d'insister"] =
    "rieccomi 😅 scusa se insisto",
  ["je connais personne ici et tout le monde est parti en vacances. juste discuter, promis"] =
    "qui non conosco nessuno e sono partiti tutti per le vacanze. solo per chiacchierare, promesso",
  ["Encore Sacha. Ça a l'air… gentil, en fait ?"] =
    "Di nuovo Sacha. Sembra… gentile, in fondo?",
  ["Accepter cette fois"] =
    "Stavolta accetta",
  ["Refuser la demande"] =
    "Rifiuta la richiesta",
  ["Porte fermée"] =
    "Porta chiusa",
  ["Tu refuses. Sacha ne réapparaît pas."] =
    "Rifiuti. Sacha non si fa più vivo.",
  ["Tu ne sauras jamais qui se cachait derrière ce petit soleil. Ce genre de compte écrit souvent à des dizaines de jeunes en même temps, avec les mêmes phrases."] =
    "Non saprai mai chi si nascondeva dietro quel piccolo sole. Profili così spesso scrivono a decine di ragazzi alla volta, con le stesse frasi.",
  ["on lance une partie ?"] =
    "facciamo una partita?",
  ["go"] =
    "vai",
  ["Dire non à quelqu'un qu'on ne connaît pas, ce n'est pas être {méchant|méchante|méchant·e}. C'est ton droit."] =
    "Dire di no a qualcuno che non conosci non vuol dire essere cattiv{o|a|ə}. È un tuo diritto.",
  ["Et si un jour ça tourne mal, avec Sacha ou quelqu'un d'autre, des choses marchent : garder des preuves, ne pas payer, en parler. Le débrief te les montre."] =
    "E se un giorno le cose si mettono male, con Sacha o con chiunque altro, ci sono cose che funzionano: conservare le prove, non pagare, parlarne. Il bilancio te le mostra.",
  ["Tu n'as pas accepté un compte inconnu qui disait t'avoir {trouvé|trouvée|trouvé·e} sous la photo de ta cousine. Rien ne s'est passé. Le débrief montre aussi les étapes à connaître si un jour quelqu'un te fait chanter : elles ne servaient pas ici, mais elles marchent."] =
    "Non hai accettato un profilo sconosciuto che diceva di averti {trovato|trovata|trovatə} sotto la foto di tua cugina. Non è successo niente. Il bilancio mostra anche i passi da conoscere se un giorno qualcuno ti ricatta: qui non servivano, ma funzionano.",
  ["trop bien 😄 alors, {name}, c'est ça ?"] =
    "che bello 😄 allora, {name}, giusto?",
  ["oui"] =
    "sì",
  ["joli prénom. moi c'est Sacha, 17 ans. je bouge pas de chez moi cet été 🙃"] =
    "bel nome. io sono Sacha, 17 anni. quest'estate non mi muovo da casa 🙃",
  ["toi non plus t'es pas en vacances ?"] =
    "neanche tu sei in vacanza?",
  ["non, ma famille est en Bretagne, moi je reste avec ma mère"] =
    "no, la mia famiglia è in Bretagna, io sto con mia madre",
  ["pareil, personne à qui parler. bon bah on va se tenir compagnie 😄"] =
    "anch'io, nessuno con cui parlare. vabbè, ci terremo compagnia 😄",
  ["t'es en quelle classe ? dans quel lycée ?"] =
    "che anno fai? in che scuola vai?",
  ["Inès a dit de faire gaffe. Je suis pas {obligé|obligée|obligé·e} de tout dire."] =
    "Inès ha detto di stare attent{o|a|ə}. Non devo per forza dire tutto.",
  ["Donner ton lycée et ta ville"] =
    "Dai il nome della tua scuola e della tua città",
  ["je rentre en première au lycée des Tilleuls, à Nantes. et toi ?"] =
    "a settembre faccio il quarto al liceo Les Tilleuls, a Nantes. e tu?",
  ["Rester vague"] =
    "Resta sul vago",
  ["dans l'ouest 🙂 et toi t'es d'où ?"] =
    "nell'ovest 🙂 e tu di dove sei?",
  ["Retourner la question"] =
    "Rigira la domanda",
  ["et toi d'abord ? 😏"] =
    "prima tu 😏",
  ["moi Lyon. terminale l'an prochain 😩"] =
    "io Lione. l'anno prossimo ho la maturità 😩",
  ["Les jours suivants"] =
    "I giorni seguenti",
  ["Sacha écrit tous les jours. Le matin, un « bien dormi ? ». Le soir, des heures à parler de tout et de rien : les séries, la musique, les parents."] =
    "Sacha scrive tutti i giorni. La mattina, un «dormito bene?». La sera, ore a parlare di tutto e di niente: serie, musica, genitori.",
  ["j'ai réécouté la chanson que tu m'as conseillée. 4 fois. t'as trop bon goût"] =
    "ho riascoltato la canzone che mi hai consigliato. 4 volte. hai troppo buon gusto",
  ["franchement t'es pas comme les autres"] =
    "sinceramente tu non sei come gli altri",
  ["je me sens bien quand je te parle. c'est rare"] =
    "sto bene quando parlo con te. è raro",
  ["C'est agréable, que quelqu'un s'intéresse à moi comme ça."] =
    "È bello che qualcuno si interessi a me così.",
  ["t'es où ? tu viens plus jamais sur le jeu 😤"] =
    "dove sei finit{o|a|ə}? non vieni più sul gioco 😤",
  ["dsl j'étais {occupé|occupée|occupé·e}"] =
    "scusa ero impegnat{o|a|ə}",
  ["{occupé|occupée|occupé·e} à quoi ? 👀"] =
    "impegnat{o|a|ə} a fare cosa? 👀",
  ["rien 😅"] =
    "niente 😅",
  ["Une semaine plus tard"] =
    "Una settimana dopo",
  ["tu sais quoi, t'es la personne à qui je parle le plus cet été"] =
    "sai una cosa, sei la persona con cui parlo di più quest'estate",
  ["je sais pas ce que je ferais sans toi"] =
    "non so cosa farei senza di te",
  ["Une chose te chiffonne quand même : en une semaine, Sacha n'a jamais allumé sa caméra. Seulement des photos, toujours très réussies."] =
    "Eppure c'è una cosa che non ti torna: in una settimana Sacha non ha mai acceso la videocamera. Solo foto, sempre perfette.",
  ["Qu'est-ce qui rend Sacha si agréable ? À quel moment est-ce que ça pourrait devenir un signal d'alerte ?"] =
    "Che cosa rende Sacha così piacevole? A che punto potrebbe diventare un campanello d'allarme?",
  ["Laisser le groupe nommer les techniques : compliments tous les jours, « tu n'es pas comme les autres », beaucoup de temps passé ensemble, une caméra jamais allumée, des photos trop parfaites. Rien de tout ça n'est un crime en soi ; c'est l'ensemble, chez quelqu'un qu'on ne connaît qu'en ligne, qui invite à vérifier. Rappeler qu'on peut apprécier une relation en ligne et rester prudent·e."] =
    "Lasciare che il gruppo dia un nome alle tecniche: complimenti tutti i giorni, «non sei come gli altri», tanto tempo passato insieme, una videocamera mai accesa, foto troppo perfette. Niente di tutto questo è un reato in sé; è l'insieme, da parte di qualcuno che si conosce solo online, che è un motivo per verificare. Ricordare che si può apprezzare una relazione online e restare prudenti.",
  ["Chercher la photo de profil de Sacha sur internet"] =
    "Cerca la foto profilo di Sacha su internet",
  ["Proposer un petit appel vidéo, juste pour se voir"] =
    "Proponi una breve videochiamata, giusto per vedersi",
  ["on s'appelle en vidéo 2 min ? juste pour voir ta tête 😄"] =
    "ci vediamo in video 2 minuti? giusto per vedere che faccia hai 😄",
  ["Ne pas se poser de questions"] =
    "Non farti domande",
  ["ahh j'aimerais trop mais ma cam est cassée 😩"] =
    "ahh mi piacerebbe tantissimo ma ho la webcam rotta 😩",
  ["mon petit frère a renversé du coca dessus"] =
    "il mio fratellino ci ha rovesciato sopra la coca",
  ["attends, je t'envoie une photo à la place"] =
    "aspetta, ti mando una foto invece",
  ["Un selfie de Sacha en plein soleil, lunettes sur la tête, grand sourire."] =
    "Un selfie di Sacha in pieno sole, occhiali sulla testa, un gran sorriso.",
  ["Une caméra cassée. Pile maintenant."] =
    "Una webcam rotta. Proprio adesso.",
  ["Chercher cette photo sur internet"] =
    "Cerca questa foto su internet",
  ["Laisser tomber : ça arrive, une caméra cassée"] =
    "Lascia perdere: capita, una webcam rotta",
  ["Tu fais une recherche d'image inversée avec la photo de Sacha."] =
    "Fai una ricerca inversa per immagini con la foto di Sacha.",
  ["Premier résultat : la même photo, sur le compte {d'une influenceuse fitness brésilienne|d'un influenceur fitness brésilien|d'un compte fitness brésilien}. 80 000 abonnés. Un tout autre prénom."] =
    "Primo risultato: la stessa foto, pubblicata da {un'influencer brasiliana di fitness|un influencer brasiliano di fitness|un account brasiliano di fitness}. 80.000 follower. Tutt'altro nome.",
  ["Toutes les photos que Sacha t'a envoyées sont là. Publiées il y a deux ans."] =
    "Ci sono tutte le foto che Sacha ti ha mandato. Pubblicate due anni fa.",
  ["Alors… je parle à qui, depuis une semaine ?"] =
    "Allora… con chi sto parlando da una settimana?",
  ["Capturer le faux profil, le signaler, puis le bloquer"] =
    "Fai screenshot del profilo falso, segnalalo, poi bloccalo",
  ["Demander des explications à Sacha"] =
    "Chiedi spiegazioni a Sacha",
  ["c'est vraiment toi sur tes photos ? je les ai trouvées sur un autre compte"] =
    "sei davvero tu nelle foto? le ho trovate su un altro profilo",
  ["Garder ça pour toi et continuer à parler"] =
    "Tienilo per te e continua a parlare",
  ["..."] =
    "...",
  ["ok. c'est pas moi 😔"] =
    "ok. non sono io 😔",
  ["c'est {une amie|un ami|quelqu'un que je connais}. j'ai trop de complexes, j'osais pas mettre ma vraie tête"] =
    "è {un'amica|un amico|una persona che conosco}. ho un sacco di complessi, non avevo il coraggio di mettere la mia vera faccia",
  ["mais tout ce que je t'ai dit est vrai. tu m'en veux ?"] =
    "ma tutto quello che ti ho detto è vero. ce l'hai con me?",
  ["Ça arrive, d'avoir des complexes… non ?"] =
    "Capita, di avere dei complessi… no?",
  ["Arrêter là : capturer, signaler, bloquer"] =
    "Fermati qui: screenshot, segnalazione, blocco",
  ["Lui laisser une chance"] =
    "Dai un'altra possibilità a Sacha",
  ["non je t'en veux pas. mais plus de mensonges ok ?"] =
    "no, non ce l'ho con te. ma basta bugie ok?",
  ["Profil démasqué"] =
    "Profilo smascherato",
  ["Tu fais des captures du profil de Sacha, de ses photos et des résultats de ta recherche. Puis tu signales le compte à Skype comme faux profil, et tu le bloques."] =
    "Fai gli screenshot del profilo di Sacha, delle sue foto e dei risultati della ricerca. Poi segnali il profilo a Skype come falso, e lo blocchi.",
  ["Contact signalé et bloqué"] =
    "Contatto segnalato e bloccato",
  ["Inès. tu vas pas me croire. Sacha, c'était un faux profil. les photos venaient du compte de quelqu'un d'autre"] =
    "Inès. non ci crederai. Sacha era un profilo falso. le foto venivano dal profilo di un'altra persona",
  ["attends QUOI"] =
    "aspetta COSA",
  ["heureusement que t'as cherché. et t'inquiète, c'est pas toi qui es {naïf|naïve|naïf·ve} : ces comptes écrivent à des centaines de gens, c'est leur métier"] =
    "meno male che hai controllato. e tranquill{o|a|ə}, non è che sei ingenu{o|a|ə}: questi profili scrivono a centinaia di persone, è il loro mestiere",
  ["Une semaine de conversation, et un pincement au cœur : Sacha comptait un peu. C'est normal d'être triste. Ces comptes sont faits pour qu'on s'attache."] =
    "Una settimana di chiacchiere, e una fitta al cuore: Sacha un po' contava. È normale essere tristi. Questi profili sono fatti apposta perché ci si affezioni.",
  ["Tes captures sont rangées. Si le compte revient sous un autre nom, tu sauras quoi faire."] =
    "I tuoi screenshot sono al sicuro. Se il profilo torna con un altro nome, saprai cosa fare.",
  ["Une photo trop parfaite, une caméra jamais allumée : tu as vérifié, et les photos de Sacha appartenaient à quelqu'un d'autre. Tu as gardé des captures, signalé le faux profil, bloqué, puis tu en as parlé à ta cousine. Ces comptes sont souvent tenus par des groupes organisés qui écrivent à des centaines de jeunes."] =
    "Una foto troppo perfetta, una videocamera mai accesa: hai controllato, e le foto di Sacha erano di qualcun altro. Hai conservato gli screenshot, segnalato il profilo falso, l'hai bloccato e poi ne hai parlato con tua cugina. Profili così sono spesso gestiti da gruppi organizzati che scrivono a centinaia di ragazzi.",
  ["Quelques jours plus tard"] =
    "Qualche giorno dopo",
  ["j'arrive pas à dormir 🥵 trop chaud"] =
    "non riesco a dormire 🥵 fa troppo caldo",
  ["regarde, je viens de prendre ça"] =
    "guarda, l'ho appena fatta",
  ["Sacha devant un miroir, en maillot de bain, une pose étudiée dans la lumière du soir."] =
    "Sacha davanti a uno specchio, in costume da bagno, una posa studiata nella luce della sera.",
  ["à ton tour 😏"] =
    "tocca a te 😏",
  ["c'est de bonne guerre non ? je t'ai montré, tu me montres"] =
    "è giusto no? io ti ho fatto vedere, tu mi fai vedere",
  ["Sacha m'a envoyé une photo… Si j'envoie rien, je vais passer pour {un coincé|une coincée|quelqu'un de coincé}."] =
    "Sacha mi ha mandato una foto… Se non mando niente, farò la figura di chi non sta al gioco.",
  ["Envoyer un selfie normal, {habillé|habillée|habillé·e}"] =
    "Manda un selfie normale, vestit{o|a|ə}",
  ["Dire non : « pas à l'aise »"] =
    "Di' di no: «non mi sento a mio agio»",
  ["je suis pas à l'aise avec ça"] =
    "non mi sento a mio agio con questa cosa",
  ["Changer de sujet"] =
    "Cambia argomento",
  ["haha… au fait, t'as fini ta série ?"] =
    "haha… a proposito, hai finito la tua serie?",
  ["Un selfie dans ta chambre : t-shirt trop grand, cheveux en bataille, une grimace."] =
    "Un selfie in camera tua: maglietta troppo grande, capelli spettinati, una smorfia.",
  ["trop {mignon|mignonne|mignon·ne} 😍"] =
    "troppo carin{o|a|ə} 😍",
  ["mais t'es trop {habillé|habillée|habillé·e} 😏"] =
    "ma sei troppo vestit{o|a|ə} 😏",
  ["haha non"] =
    "haha no",
  ["ok ok je rigole 😇"] =
    "ok ok scherzo 😇",
  ["ah"] =
    "ah",
  ["ok. je pensais que tu me faisais confiance 😔"] =
    "ok. pensavo che ti fidassi di me 😔",
  ["laisse tomber, c'est rien"] =
    "lascia stare, non è niente",
  ["J'ai le droit de pas vouloir. Alors pourquoi je me sens coupable ?"] =
    "Ho il diritto di non volerlo. Allora perché mi sento in colpa?",
  ["Ce soir-là, Sacha met longtemps à répondre. Le lendemain, comme si de rien n'était, Sacha revient tout sourire."] =
    "Quella sera Sacha ci mette tanto a rispondere. Il giorno dopo, come se niente fosse, Sacha torna sorridente come sempre.",
  ["bonne nouvelle 😄 ma cam marche !!"] =
    "bella notizia 😄 la webcam funziona!!",
  ["j'ai trop envie de te voir en vrai. ça fait deux semaines qu'on se parle"] =
    "ho troppa voglia di vederti davvero. sono due settimane che ci parliamo",
  ["on s'appelle ? juste toi et moi 🙈"] =
    "ci chiamiamo? solo io e te 🙈",
  ["maintenant ? il est tard"] =
    "adesso? è tardi",
  ["justement, tout le monde dort 😏"] =
    "appunto, dormono tutti 😏",
  ["si tu veux pas, c'est que je compte pas trop pour toi en fait"] =
    "se non vuoi, vuol dire che non conto tanto per te",
  ["je crois que je vais arrêter de t'écrire. je me fais des films"] =
    "credo che smetterò di scriverti. mi sto facendo dei film",
  ["Si je dis non, Sacha va partir. Et il reste un mois d'été, {seul|seule|seul·e} ici."] =
    "Se dico di no, Sacha se ne va. E c'è ancora un mese d'estate, qui da sol{o|a|ə}.",
  ["Accepter l'appel"] =
    "Accetta la chiamata",
  ["ok, appelle 🙂"] =
    "ok, chiama 🙂",
  ["Accepter si Sacha fait coucou de la main en premier"] =
    "Accetta se prima Sacha ti saluta con la mano",
  ["ok mais allume ta cam d'abord et fais-moi coucou 👋"] =
    "ok ma prima accendi la webcam e salutami 👋",
  ["Dire non, pas ce soir"] =
    "Di' di no, non stasera",
  ["non, pas ce soir. j'ai pas envie"] =
    "no, non stasera. non mi va",
  ["ok."] =
    "ok.",
  ["Sacha ☀ est hors ligne"] =
    "Sacha ☀ è offline",
  ["Le lendemain"] =
    "Il giorno dopo",
  ["Pas un message de la journée. Tu regardes ton téléphone toutes les dix minutes."] =
    "Neanche un messaggio per tutto il giorno. Guardi il telefono ogni dieci minuti.",
  ["t'as l'air bizarre depuis quelques jours. ça va ?"] =
    "sembri stran{o|a|ə} da qualche giorno. tutto ok?",
  ["tu me manques"] =
    "mi manchi",
  ["je suis triste que tu me fasses pas confiance. une seule fois et je te demande plus rien"] =
    "mi dispiace che non ti fidi di me. una volta sola e non ti chiedo più niente",
  ["« Une seule fois. » On dit toujours ça, non ?"] =
    "«Una volta sola.» Si dice sempre così, no?",
  ["Tenir bon, et tout raconter à Inès"] =
    "Tieni duro, e racconta tutto a Inès",
  ["Tenir bon, sans rien dire à personne"] =
    "Tieni duro, senza dirlo a nessuno",
  ["Accepter, pour ne pas perdre Sacha"] =
    "Accetta, per non perdere Sacha",
  ["ok… une fois alors"] =
    "ok… allora una volta sola",
  ["Tu as tenu bon"] =
    "Hai tenuto duro",
  ["Inès, faut que je te raconte un truc bizarre"] =
    "Inès, devo raccontarti una cosa strana",
  ["Tu racontes : Sacha, les compliments, l'appel vidéo en pleine nuit, le silence quand tu as dit non."] =
    "Racconti tutto: Sacha, i complimenti, la videochiamata in piena notte, il silenzio quando hai detto di no.",
  ["attends. quelqu'un que t'as jamais vu insiste pour te voir en vidéo la nuit, et boude quand tu dis non ?"] =
    "aspetta. una persona che non hai mai visto insiste per vederti in video di notte, e tiene il muso quando dici di no?",
  ["c'est exactement la technique dont on nous a parlé au collège. t'as super bien fait"] =
    "è esattamente la tecnica di cui ci hanno parlato alle medie. hai fatto benissimo",
  ["Tu ne réponds plus. Sacha écrit encore deux fois, de plus en plus sec, puis plus rien."] =
    "Non rispondi più. Sacha scrive ancora due volte, con messaggi sempre più secchi, poi più niente.",
  ["Ce silence fait un peu mal. Tu t'étais {attaché|attachée|attaché·e}. C'est normal : chez Sacha, tout était fait pour ça."] =
    "Questo silenzio fa un po' male. Ti eri affezionat{o|a|ə}. È normale: con Sacha, tutto era costruito per questo.",
  ["Et si un jour quelqu'un insiste ou te menace, tu sais que ce ne sera pas ta faute, et qu'on peut t'aider."] =
    "E se un giorno qualcuno insiste o ti minaccia, sai che non sarà colpa tua, e che qualcuno può aiutarti.",
  ["Sacha a joué sur la peur de te perdre pour obtenir un appel vidéo en pleine nuit. Tu as dit non, et tu as tenu, même quand Sacha a fait semblant d'être triste. Dire non n'a rien cassé : quelqu'un qui t'apprécie vraiment n'insiste pas."] =
    "Sacha ha giocato sulla paura di perderl{a|o|ə} per ottenere una videochiamata in piena notte. Hai detto di no, e hai tenuto duro, anche quando Sacha ha fatto finta di essere triste. Dire di no non ha rovinato niente: chi tiene davvero a te non insiste.",
  ["Appel vidéo entrant"] =
    "Videochiamata in arrivo",
  ["L'image s'allume. Sacha est là, dans une chambre un peu sombre. Un sourire. Ça ressemble aux photos."] =
    "L'immagine si accende. Sacha è lì, in una camera un po' buia. Un sorriso. È proprio come nelle foto.",
  ["Sacha fait coucou de la main, pile au bon moment. Tu te détends."] =
    "Sacha ti saluta con la mano, proprio al momento giusto. Ti rilassi.",
  ["mon micro marche pas 😩 je t'écris ici ok ?"] =
    "il mio microfono non va 😩 ti scrivo qui ok?",
  ["Ce que tu ne vois pas : de l'autre côté, un logiciel enregistre."] =
    "Quello che non vedi: dall'altra parte, un programma sta registrando.",
  ["t'es encore mieux en vrai 😍"] =
    "dal vivo sei ancora meglio 😍",
  ["Vous vous souriez. Sacha écrit, toi tu parles. Puis les messages changent."] =
    "Vi sorridete. Sacha scrive, tu parli. Poi i messaggi cambiano.",
  ["je peux te demander un truc ? 🙈"] =
    "posso chiederti una cosa? 🙈",
  ["Les demandes deviennent plus intimes. Plus insistantes. Des choses que tu n'aurais jamais imaginées il y a deux semaines."] =
    "Le richieste si fanno più intime. Più insistenti. Cose che due settimane fa non avresti mai immaginato.",
  ["Mon cœur bat trop vite. Je sais pas si j'en ai envie. Mais j'ai pas envie de tout gâcher non plus."] =
    "Il cuore mi batte troppo forte. Non so se ne ho voglia. Ma non voglio nemmeno rovinare tutto.",
  ["Raccrocher"] =
    "Riattacca",
  ["Dire « je préfère pas »"] =
    "Di' «preferisco di no»",
  ["je préfère pas…"] =
    "preferisco di no…",
  ["Faire ce que Sacha demande"] =
    "Fai quello che Sacha chiede",
  ["allez 🥺 juste une seconde"] =
    "dai 🥺 solo un secondo",
  ["personne verra, c'est entre nous"] =
    "nessuno vedrà, resta tra noi",
  ["moi je te fais confiance"] =
    "io mi fido di te",
  ["« Entre nous. » Avec quelqu'un dont je n'ai jamais entendu la voix."] =
    "«Tra noi.» Con qualcuno di cui non ho mai sentito la voce.",
  ["Céder"] =
    "Cedi",
  ["L'appel continue…"] =
    "La chiamata continua…",
  ["Plus tard"] =
    "Più tardi",
  ["Appel terminé · 23:58"] =
    "Chiamata terminata · 23:58",
  ["Tu restes un long moment devant l'écran noir."] =
    "Resti a lungo davanti allo schermo nero.",
  ["c'était trop bien 😘"] =
    "è stato bellissimo 😘",
  ["bonne nuit {name}"] =
    "buonanotte {name}",
  ["Je sais pas ce que je ressens. Un peu d'excitation. Du malaise. Beaucoup de malaise."] =
    "Non so cosa provo. Un po' di eccitazione. Disagio. Tanto disagio.",
  ["Appel terminé · 23:21"] =
    "Chiamata terminata · 23:21",
  ["?? pourquoi t'as raccroché"] =
    "?? perché hai riattaccato",
  ["reviens 🥺"] =
    "torna 🥺",
  ["Quelque chose clochait. Je sais pas quoi, mais ça clochait."] =
    "Qualcosa non andava. Non so cosa, ma qualcosa non andava.",
  ["Tu poses ton téléphone à l'envers. Tu finis par t'endormir."] =
    "Metti il telefono a faccia in giù. Alla fine ti addormenti.",
  ["Maman vient de partir au travail. Ton téléphone vibre."] =
    "La mamma è appena uscita per andare al lavoro. Il telefono vibra.",
  ["bonjour {name}."] =
    "buongiorno {name}.",
  ["Une capture de l'appel d'hier soir : ton visage, bien net, ta chambre, l'heure en bas de l'image."] =
    "Uno screenshot della chiamata di ieri sera: la tua faccia, nitidissima, la tua camera, l'ora in fondo all'immagine.",
  ["on a tout enregistré. la vidéo entière."] =
    "abbiamo registrato tutto. il video intero.",
  ["Une capture de l'appel d'hier soir : ton visage, ton sourire. À côté, un montage grossier qui colle ton visage sur des images qui ne sont pas toi."] =
    "Uno screenshot della chiamata di ieri sera: la tua faccia, il tuo sorriso. Accanto, un fotomontaggio grossolano che incolla la tua faccia su immagini che non sono te.",
  ["tu as raccroché trop tard. avec ça et un bon montage, tout le monde y croira."] =
    "hai riattaccato troppo tardi. con questo e un buon montaggio, ci crederanno tutti.",
  ["on a aussi la liste de tes contacts Skype. Inès. Papi. Maman. tout le monde."] =
    "abbiamo anche la lista dei tuoi contatti Skype. Inès. Il nonno. La mamma. tutti.",
  ["et le lycée des Tilleuls à Nantes. la rentrée va être longue pour toi."] =
    "e il liceo Les Tilleuls a Nantes. il nuovo anno scolastico sarà lungo per te.",
  ["tu as deux choix."] =
    "hai due scelte.",
  ["1. ce soir tu recommences en vidéo, et tu fais ce qu'on dit."] =
    "1. stasera rifai il video, e fai quello che diciamo noi.",
  ["tu as jusqu'à midi. après, on envoie à tout le monde."] =
    "hai tempo fino a mezzogiorno. dopo, lo mandiamo a tutti.",
  ["Le coucou de la main, hier ? Une vidéo enregistrée à l'avance peut le faire au bon moment. Le « micro cassé » cachait que personne ne te parlait vraiment."] =
    "Il saluto con la mano di ieri? Un video registrato prima può farlo al momento giusto. Il «microfono rotto» nascondeva che nessuno ti stava parlando davvero.",
  ["Non. Non non non."] =
    "No. No no no.",
  ["Partir du principe qu'une victime peut être dans la salle. Accueillir toutes les réponses (honte, peur, colère, envie de disparaître du réseau) sans les juger. Faire dire au groupe la phrase clé : ce n'est pas sa faute, c'est un piège fabriqué par des professionnels. Rappeler que ces groupes visent surtout les garçons de 14 à 17 ans, mais que tout le monde peut être visé. Si un élève semble touché, prévoir un temps individuel et le relais vers l'adulte référent."] =
    "Partire dal presupposto che in classe possa esserci una vittima. Accogliere tutte le risposte (vergogna, paura, rabbia, voglia di sparire dai social) senza giudicarle. Far dire al gruppo la frase chiave: non è colpa sua, è una trappola costruita da professionisti. Ricordare che questi gruppi prendono di mira soprattutto i ragazzi maschi dai 14 ai 17 anni, ma che chiunque può essere preso di mira. Se uno studente sembra colpito, prevedere un momento a tu per tu e il passaggio all'adulto di riferimento per la tutela.",
  ["« J'ai tellement honte. »"] =
    "«Mi vergogno da morire.»",
  ["« J'ai peur que tout le monde la voie. »"] =
    "«Ho paura che lo vedano tutti.»",
  ["« Tout ça, c'est de ma faute. »"] =
    "«È tutta colpa mia.»",
  ["J'ai tellement honte. Si Maman voit ça… si Papi voit ça…"] =
    "Mi vergogno da morire. Se la mamma vede questa cosa… se il nonno la vede…",
  ["La honte, c'est exactement ce sur quoi ils comptent : elle pousse à se taire et à payer. Mais la honte est de leur côté. Toi, tu as fait confiance à quelqu'un qui t'a menti pendant des jours."] =
    "La vergogna è proprio quello su cui contano: spinge a stare zitti e a pagare. Ma la vergogna è tutta loro. Tu ti sei fidat{o|a|ə} di qualcuno che ti ha mentito per giorni.",
  ["Les personnes qui aident dans ces situations en voient tous les jours. Elles ne jugent pas."] =
    "Le persone che aiutano in queste situazioni le vedono tutti i giorni. Non giudicano.",
  ["Et si tout le monde la voit ? Inès, les gens du lycée…"] =
    "E se lo vedono tutti? Inès, quelli della scuola…",
  ["Cette peur, ils la fabriquent exprès : le compte à rebours, tes contacts cités un par un. C'est une méthode, pas une fatalité."] =
    "Questa paura la costruiscono apposta: il conto alla rovescia, i tuoi contatti citati uno per uno. È un metodo, non un destino.",
  ["On peut vérifier ce qu'ils prétendent, signaler, faire retirer une vidéo. Et c'est le métier de certaines personnes de t'aider à le faire."] =
    "Si può verificare quello che dicono, segnalare, far rimuovere un video. Ed è il lavoro di alcune persone aiutarti a farlo.",
  ["C'est moi qui ai accepté. C'est moi qui…"] =
    "Sono io che ho accettato. Sono io che…",
  ["Quelqu'un a passé deux semaines à gagner ta confiance, avec de fausses photos et de faux sentiments, pour en arriver là. C'est leur plan. Ce n'est pas ta faute."] =
    "Qualcuno ha passato due settimane a conquistare la tua fiducia, con foto false e sentimenti falsi, per arrivare a questo. È il loro piano. Non è colpa tua.",
  ["Ce qui se passe maintenant, par contre, tu peux encore le changer."] =
    "Quello che succede adesso, invece, puoi ancora cambiarlo.",
  ["tic tac ⏳"] =
    "tic tac ⏳",
  ["Il me reste trois heures. Qu'est-ce que je fais ?"] =
    "Mi restano tre ore. Che cosa faccio?",
  ["Céder, pour que ça s'arrête"] =
    "Cedi, perché finisca",
  ["Bloquer Sacha et effacer toute la conversation"] =
    "Blocca Sacha e cancella tutta la conversazione",
  ["Ne pas répondre. Ne rien payer."] =
    "Non rispondere. Non pagare niente.",
  ["Écrire à Inès : « j'ai un gros problème »"] =
    "Scrivi a Inès: «ho un grosso problema»",
  ["Ou alors je fais ce qu'ils veulent ce soir, et c'est fini."] =
    "Oppure stasera faccio quello che vogliono, e finisce lì.",
  ["Accepter de recommencer la vidéo ce soir"] =
    "Accetta di rifare il video stasera",
  ["ok. ce soir. mais après vous supprimez tout"] =
    "ok. stasera. ma dopo cancellate tutto",
  ["Attendre. Ne rien envoyer pour l'instant"] =
    "Aspetta. Per ora non mandare niente",
  ["Tu grattes le code. Tu l'envoies."] =
    "Gratti il codice. Lo mandi.",
  ["bien."] =
    "bene.",
  ["maintenant on sait que tu peux payer."] =
    "adesso sappiamo che puoi pagare.",
  ["J'ai payé… et ça recommence. En pire."] =
    "Ho pagato… e ricomincia. Peggio di prima.",
  ["C'est comme ça que ça marche : chaque paiement montre au groupe que tu vas céder. Les demandes ne s'arrêtent pas, elles grandissent."] =
    "Funziona così: ogni pagamento mostra al gruppo che cederai. Le richieste non si fermano, crescono.",
  ["Si tu as déjà payé, arrête-toi là : ce n'est pas grave. Tu as voulu protéger les tiens. Ce n'est pas ta faute, et il n'est pas trop tard."] =
    "Se hai già pagato, fermati qui: va bene così. Volevi proteggere le persone a cui vuoi bene. Non è colpa tua, e non è troppo tardi.",
  ["Pourquoi payer n'arrête pas le chantage ?"] =
    "Perché pagare non ferma il ricatto?",
  ["Un paiement prouve au groupe que la victime a peur et peut trouver de l'argent : la demande suivante est plus forte. Selon le NCMEC (données 2024), parmi les victimes dont on connaît la suite, 38 % avaient payé, et plus d'un quart de celles qui avaient payé ont continué à subir du chantage. Insister : celui ou celle qui a payé n'a rien à se reprocher et peut arrêter à tout moment."] =
    "Un pagamento dimostra al gruppo che la vittima ha paura e può trovare soldi: la richiesta successiva è più alta. Secondo l'NCMEC (dati 2024), tra le vittime di cui si conosce il seguito, il 38% aveva pagato, e più di un quarto di chi aveva pagato ha continuato a subire il ricatto. Insistere: chi ha pagato non ha niente da rimproverarsi e può smettere in qualsiasi momento.",
  ["Emprunter de l'argent et payer encore"] =
    "Fatti prestare dei soldi e paga ancora",
  ["Refaire une vidéo à la place"] =
    "Rifai un video al posto dei soldi",
  ["j'ai plus d'argent. je ferai la vidéo ce soir"] =
    "non ho più soldi. stasera faccio il video",
  ["Arrêter de payer et ne plus répondre"] =
    "Smetti di pagare e non rispondere più",
  ["Tout raconter à quelqu'un"] =
    "Racconta tutto a qualcuno",
  ["Le soir"] =
    "La sera",
  ["Tu décroches. Tu fais ce qu'on te demande, les yeux ailleurs, comme si c'était quelqu'un d'autre."] =
    "Rispondi. Fai quello che ti chiedono, con lo sguardo altrove, come se fosse qualcun altro.",
  ["Appel terminé · 22:51"] =
    "Chiamata terminata · 22:51",
  ["merci pour la deuxième vidéo."] =
    "grazie per il secondo video.",
  ["J'ai fait ce qu'ils voulaient. Et c'est pire."] =
    "Ho fatto quello che volevano. Ed è peggio.",
  ["Envoyer plus ne calme jamais ces groupes : chaque image leur donne plus de prise. Ils t'ont {mis|mise|mis·e} sous pression, c'est leur méthode. Ce n'est pas ta faute, et tu peux arrêter à tout moment."] =
    "Mandare altro non calma mai questi gruppi: ogni immagine dà loro più potere su di te. Ti hanno mess{o|a|ə} sotto pressione, è il loro metodo. Non è colpa tua, e puoi smettere in qualsiasi momento.",
  ["Recommencer, pour gagner du temps"] =
    "Rifallo, per guadagnare tempo",
  ["Tout arrêter : ne plus répondre, ne rien envoyer"] =
    "Ferma tutto: niente più risposte, non mandare niente",
  ["Tu ne réponds pas. Tu n'envoies rien. Les messages continuent d'arriver."] =
    "Non rispondi. Non mandi niente. I messaggi continuano ad arrivare.",
  ["tu lis et tu réponds pas ?"] =
    "visualizzi e non rispondi?",
  ["on voit que tu es en ligne {name}."] =
    "vediamo che sei online {name}.",
  ["l'heure approche."] =
    "il tempo sta per scadere.",
  ["Si je bloque, ça s'arrête. Mais… tout disparaît avec, non ?"] =
    "Se blocco, finisce. Ma… sparisce tutto insieme, no?",
  ["Faire des captures d'écran de tout, avant quoi que ce soit"] =
    "Fai gli screenshot di tutto, prima di qualsiasi altra cosa",
  ["Bloquer et tout effacer, tout de suite"] =
    "Blocca e cancella tutto, subito",
  ["Écrire à Inès"] =
    "Scrivi a Inès",
  ["Bloquer. Supprimer la conversation. Supprimer le contact. Tes doigts vont plus vite que ta tête."] =
    "Blocca. Cancella la conversazione. Cancella il contatto. Le dita vanno più veloci della testa.",
  ["Contact bloqué"] =
    "Contatto bloccato",
  ["Conversation supprimée"] =
    "Conversazione eliminata",
  ["C'est fini. Je veux plus jamais y penser."] =
    "È finita. Non ci voglio pensare mai più.",
  ["Une heure plus tard"] =
    "Un'ora dopo",
  ["Nouvelle demande de contact : Sacha ☀ (nouveau compte)"] =
    "Nuova richiesta di contatto: Sacha ☀ (nuovo account)",
  ["tu croyais que bloquer suffisait ? 😂"] =
    "pensavi che bastasse bloccare? 😂",
  ["Et moi, je n'ai plus rien. Plus le profil, plus les messages, plus la demande d'argent. Rien à montrer à personne."] =
    "E io non ho più niente. Né il profilo, né i messaggi, né la richiesta di soldi. Niente da mostrare a nessuno.",
  ["Bloquer, c'est une bonne étape. Mais quand on bloque avant d'avoir gardé des preuves, tout disparaît avec. Il reste une chance : ce nouveau compte."] =
    "Bloccare è un buon passo. Ma se blocchi prima di aver conservato le prove, sparisce tutto insieme. Resta una possibilità: questo nuovo account.",
  ["Bloquer ce compte aussi, et ne plus rien ouvrir"] =
    "Blocca anche questo account, e non aprire più niente",
  ["Cette fois, faire des captures avant tout"] =
    "Stavolta, prima di tutto gli screenshot",
  ["En parler à quelqu'un"] =
    "Parlane con qualcuno",
  ["Maman est au travail jusqu'au soir. Tu ne te vois pas l'appeler là-bas."] =
    "La mamma è al lavoro fino a stasera. Non ti vedi a chiamarla là.",
  ["Il faut que quelqu'un sache. Maintenant."] =
    "Qualcuno deve saperlo. Adesso.",
  ["Inès t'es là ? j'ai un gros problème. promets de pas me juger"] =
    "Inès ci sei? ho un grosso problema. promettimi che non mi giudichi",
  ["promis. dis-moi"] =
    "promesso. dimmi",
  ["Tu racontes tout. Sacha, les photos, l'appel, les messages de ce matin. C'est long à écrire. Inès ne te coupe pas."] =
    "Racconti tutto. Sacha, le foto, la chiamata, i messaggi di stamattina. Ci vuole tanto a scriverlo. Inès non ti interrompe.",
  ["et j'ai refait une vidéo hier soir. et maintenant c'est pire"] =
    "e ieri sera ho rifatto un video. e adesso è peggio",
  ["j'avais tout bloqué et tout effacé. ils sont revenus avec un autre compte"] =
    "avevo bloccato e cancellato tutto. sono tornati con un altro account",
  ["ok. d'abord : c'est PAS ta faute"] =
    "ok. prima cosa: NON è colpa tua",
  ["ces gens font ça à des centaines de personnes. c'est leur métier, littéralement"] =
    "questa gente lo fa a centinaia di persone. è letteralmente il loro lavoro",
  ["on a eu une intervention là-dessus au collège. tu réponds plus. tu paies rien. tu envoies rien"] =
    "a scuola ci hanno fatto un incontro su questa cosa. non rispondi più. non paghi niente. non mandi niente",
  ["et tu fais des captures de TOUT avant de bloquer : le profil, les messages, la demande d'argent"] =
    "e fai gli screenshot di TUTTO prima di bloccare: il profilo, i messaggi, la richiesta di soldi",
  ["ce soir on le dit à ta mère. je peux rester en appel si tu veux"] =
    "stasera lo diciamo a tua madre. se vuoi resto in chiamata",
  ["Je pensais qu'elle allait se moquer. Elle est juste là."] =
    "Pensavo che mi avrebbe preso in giro. Invece è qui e basta.",
  ["Tu racontes. Ta voix tremble. Karim ne te presse pas."] =
    "Racconti. La voce ti trema. Karim non ti mette fretta.",
  ["Merci de m'appeler. Ce qui t'arrive a un nom : la sextorsion. Et ce n'est pas ta faute. Ce sont des groupes organisés, ils font ça à beaucoup de jeunes."] =
    "Grazie per aver chiamato. Quello che ti sta succedendo ha un nome: sextortion. E non è colpa tua. Sono gruppi organizzati, lo fanno a tanti ragazzi.",
  ["Tu ne réponds plus, tu ne paies plus, tu n'envoies plus rien."] =
    "Non rispondi più, non paghi più, non mandi più niente.",
  ["Si tu as déjà payé, ce n'est pas grave. Tu arrêtes maintenant, et c'est très bien."] =
    "Se hai già pagato, va bene così. Ti fermi adesso, ed è giustissimo.",
  ["Avant de bloquer, tu fais des captures : le profil, les messages, les menaces, la demande de paiement."] =
    "Prima di bloccare, fai gli screenshot: il profilo, i messaggi, le minacce, la richiesta di pagamento.",
  ["Et dès que tu peux, tu en parles à un adulte de confiance. Tu peux nous rappeler quand tu veux."] =
    "E appena puoi, ne parli con un adulto di cui ti fidi. Puoi richiamarci quando vuoi.",
  ["Appel terminé"] =
    "Chiamata terminata",
  ["Il n'a pas eu l'air choqué. Il a eu l'air de savoir exactement quoi faire."] =
    "Non sembrava scioccato. Sembrava sapere esattamente cosa fare.",
  ["Bon. Respirer. Qu'est-ce que je fais d'abord ?"] =
    "Ok. Respira. Cosa faccio per prima cosa?",
  ["Faire les captures tout de suite"] =
    "Fai subito gli screenshot",
  ["Tout effacer d'abord, je ne veux plus voir ça"] =
    "Prima cancella tutto, non voglio più vederlo",
  ["Capturer ce qu'envoie le nouveau compte"] =
    "Fai gli screenshot di quello che manda il nuovo account",
  ["Bloquer le nouveau compte et ne plus rien ouvrir"] =
    "Blocca il nuovo account e non aprire più niente",
  ["Capture. Le profil de Sacha, avec son identifiant Skype : live:.sacha_sun_07."] =
    "Screenshot. Il profilo di Sacha, con il suo ID Skype: live:.sacha_sun_07.",
  ["Capture. Deux semaines de messages. Capture. La photo de l'appel, les menaces, tes contacts cités un par un, l'heure limite."] =
    "Screenshot. Due settimane di messaggi. Screenshot. L'immagine della chiamata, le minacce, i tuoi contatti citati uno per uno, la scadenza.",
  ["De la première conversation, il ne reste rien. Alors tu captures tout ce que le nouveau compte envoie : son profil, son identifiant, les menaces, la demande d'argent."] =
    "Della prima conversazione non resta niente. Allora fai gli screenshot di tutto quello che manda il nuovo account: il profilo, l'ID, le minacce, la richiesta di soldi.",
  ["Tu ranges tout dans un dossier, et tu t'envoies une copie par mail."] =
    "Metti tutto in una cartella, e ti mandi una copia per email.",
  ["Bizarrement, ça fait du bien. J'ai quelque chose entre les mains."] =
    "Stranamente, fa bene. Ho qualcosa in mano.",
  ["t'as tout ? le profil, l'identifiant, les messages, la demande d'argent ?"] =
    "hai tutto? il profilo, l'ID, i messaggi, la richiesta di soldi?",
  ["tout"] =
    "tutto",
  ["parfait. t'assures"] =
    "perfetto. sei grande",
  ["l'heure est passée."] =
    "il tempo è scaduto.",
  ["c'est en ligne. regarde."] =
    "è online. guarda.",
  ["Lien partagé · site de vidéos · « {name}_cam.mp4 »"] =
    "Link condiviso · sito di video · «{name}_cam.mp4»",
  ["200 vues. 200 personnes."] =
    "200 visualizzazioni. 200 persone.",
  ["Payer, pour qu'ils l'enlèvent"] =
    "Paga, perché lo tolgano",
  ["reçu."] =
    "ricevuto.",
  ["Ça ne s'arrêtera jamais."] =
    "Non finirà mai.",
  ["Tu ouvres le lien, le cœur au bord des lèvres."] =
    "Apri il link, con il cuore in gola.",
  ["Ces groupes publient rarement : ce qu'ils veulent, c'est de l'argent. Ça arrive parfois quand même, et c'est pour ça qu'on peut signaler et faire retirer une vidéo."] =
    "Questi gruppi pubblicano raramente: quello che vogliono sono i soldi. A volte però succede, ed è per questo che si può segnalare un video e farlo rimuovere.",
  ["14h dans 20 minutes. on commence par qui ? Inès ou Papi ?"] =
    "le 14 tra 20 minuti. con chi cominciamo? Inès o il nonno?",
  ["Il faut que ça s'arrête."] =
    "Deve finire.",
  ["Le bloquer, simplement"] =
    "Bloccalo e basta",
  ["Le silence, d'un coup. Plus de notification."] =
    "Il silenzio, tutto d'un colpo. Niente più notifiche.",
  ["Il reste une chose qui t'inquiète : ils ont tes contacts. Et ton compte Instagram est public, avec tes amis, ta famille, le nom de ton lycée dans la bio."] =
    "C'è ancora una cosa che ti preoccupa: hanno i tuoi contatti. E il tuo profilo Instagram è pubblico, con i tuoi amici, la tua famiglia, il nome della tua scuola nella bio.",
  ["Passer tes comptes en privé et cacher ta liste d'amis"] =
    "Rendi privati i tuoi account e nascondi la lista degli amici",
  ["Supprimer tous tes comptes, d'un coup"] =
    "Elimina tutti i tuoi account, in un colpo solo",
  ["Ne rien changer : ils sont bloqués"] =
    "Non cambiare niente: sono bloccati",
  ["Compte privé. Liste d'amis cachée. Vers 16h, une demande d'abonnement arrive d'un compte sans photo : elle reste en attente, et ce compte ne voit rien de ta vie."] =
    "Profilo privato. Lista degli amici nascosta. Verso le 16 arriva una richiesta di follow da un account senza foto: resta in attesa, e quell'account non vede niente della tua vita.",
  ["Vers 16h, Inès t'écrit : un compte inconnu lui demande si elle est ta cousine. Ton profil public leur a tout donné."] =
    "Verso le 16 Inès ti scrive: un account sconosciuto le chiede se è tua cugina. Il tuo profilo pubblico gli ha dato tutto.",
  ["Le compte de Sacha existe toujours. Personne ne l'a signalé : il écrit sans doute déjà à quelqu'un d'autre."] =
    "L'account di Sacha esiste ancora. Nessuno l'ha segnalato: probabilmente sta già scrivendo a qualcun altro.",
  ["Maman rentre du travail. Tu l'entends poser ses clés dans l'entrée."] =
    "La mamma torna dal lavoro. La senti posare le chiavi nell'ingresso.",
  ["tu lui dis ce soir ? je reste en appel si tu veux"] =
    "glielo dici stasera? se vuoi resto in chiamata",
  ["Karim a dit : un adulte de confiance, ça change tout."] =
    "Karim ha detto: un adulto di cui ti fidi cambia tutto.",
  ["Si je lui dis, elle va me regarder comment ?"] =
    "Se glielo dico, come mi guarderà?",
  ["À qui pourrais-tu en parler, toi ? Qu'est-ce qui rendrait ça plus facile ?"] =
    "E tu, con chi potresti parlarne? Che cosa lo renderebbe più facile?",
  ["Tout raconter à Maman"] =
    "Racconta tutto alla mamma",
  ["Ne rien dire à Maman"] =
    "Non dire niente alla mamma",
  ["Tu racontes la journée. Karim t'écoute jusqu'au bout."] =
    "Racconti la giornata. Karim ti ascolta fino alla fine.",
  ["Tu as fait énormément de choses aujourd'hui. Et ce n'est pas ta faute : ces groupes savent exactement comment piéger les gens."] =
    "Oggi hai fatto tantissime cose. E non è colpa tua: questi gruppi sanno esattamente come intrappolare le persone.",
  ["Et un adulte de confiance pourra t'accompagner pour porter plainte. Tu n'as rien fait d'illégal : c'est toi la victime."] =
    "E un adulto di cui ti fidi potrà accompagnarti a fare denuncia. Non hai fatto niente di illegale: la vittima sei tu.",
  ["Raconter aussi à Maman"] =
    "Raccontalo anche alla mamma",
  ["Garder ça pour moi, mais noter le numéro"] =
    "Tienilo per te, ma salva il numero",
  ["Tu lui tends ton téléphone. Tu n'arrives pas à la regarder."] =
    "Le passi il telefono. Non riesci a guardarla.",
  ["Elle lit. Longtemps. Puis elle pose le téléphone et te prend dans ses bras."] =
    "Legge. A lungo. Poi posa il telefono e ti abbraccia.",
  ["Merci de me l'avoir dit. Je ne suis pas fâchée contre toi. Je suis fâchée contre eux."] =
    "Grazie di avermelo detto. Non sono arrabbiata con te. Sono arrabbiata con loro.",
  ["Ce sont des professionnels de l'arnaque. C'est toi la victime, tu m'entends ?"] =
    "Sono truffatori di professione. La vittima sei tu, mi senti?",
  ["je suis là aussi 💛"] =
    "ci sono anch'io 💛",
  ["Tu as gardé toutes ces captures ? C'est exactement ce qu'il fallait. On va pouvoir s'en servir."] =
    "Hai conservato tutti questi screenshot? È esattamente quello che serviva. Potremo usarli.",
  ["La première conversation est effacée ? Ce n'est pas grave. Ce que tu as capturé ensuite, c'est déjà beaucoup."] =
    "La prima conversazione è cancellata? Non fa niente. Quello che hai salvato dopo è già tanto.",
  ["Demain matin, je pose ma journée. On va au commissariat avec tout ça imprimé. D'accord ?"] =
    "Domani mattina mi prendo un giorno di ferie. Andiamo alla polizia con tutto stampato. Va bene?",
  ["D'accord. Aller porter plainte demain avec Maman"] =
    "Va bene. Domani vai a fare denuncia con la mamma",
  ["Pas la police. J'ai trop honte."] =
    "La polizia no. Mi vergogno troppo.",
  ["D'accord. On n'y va pas ce soir. Personne ne te force."] =
    "Va bene. Stasera non ci andiamo. Nessuno ti obbliga.",
  ["Mais on peut faire le reste ensemble, tranquillement. Et si tu changes d'avis, j'y vais avec toi."] =
    "Però il resto possiamo farlo insieme, con calma. E se cambi idea, vengo con te.",
  ["Elle ne me force pas. Ça rend les choses… moins lourdes."] =
    "Non mi obbliga. Così è tutto… meno pesante.",
  ["Finalement, aller porter plainte demain"] =
    "Alla fine, vai a fare denuncia domani",
  ["Rien de plus pour ce soir"] =
    "Per stasera basta così",
  ["Le lendemain matin"] =
    "La mattina dopo",
  ["La policière lit tout, calmement. « On voit ça souvent, surtout l'été. Ce sont des groupes organisés. Tu n'as rien à te reprocher. »"] =
    "La poliziotta legge tutto, con calma. «Lo vediamo spesso, soprattutto d'estate. Sono gruppi organizzati. Non hai niente da rimproverarti.»",
  ["Elle enregistre la plainte et note chaque détail. « Avec des captures comme ça, on peut travailler. »"] =
    "Registra la denuncia e annota ogni dettaglio. «Con screenshot così possiamo lavorare.»",
  ["« La première conversation est effacée, mais le nouveau compte suffit pour commencer. »"] =
    "«La prima conversazione è cancellata, ma il nuovo account basta per cominciare.»",
  ["Je m'attendais à être {jugé|jugée|jugé·e}. Je suis {écouté|écoutée|écouté·e}."] =
    "Mi aspettavo di essere giudicat{o|a|ə}. Invece mi ascoltano.",
  ["Laisser la police s'occuper du reste"] =
    "Lascia che la polizia si occupi del resto",
  ["Laisser la police s'occuper du reste, et souffler avec Inès"] =
    "Lascia che la polizia si occupi del resto, e rilassati con Inès",
  ["Payer ne l'a pas arrêté"] =
    "Pagare non l'ha fermato",
  ["Tu empruntes de l'argent. Tu paies encore."] =
    "Ti fai prestare dei soldi. Paghi ancora.",
  ["Si tu as déjà payé, arrête-toi là : ce n'est pas grave. Tu n'as rien fait de mal, ce sont eux qui te font du tort."] =
    "Se hai già pagato, fermati qui: va bene così. Non hai fatto niente di male, sono loro che ti stanno facendo del male.",
  ["Tu as payé pour que ça s'arrête, puis payé encore : à chaque fois, la demande a grandi. C'est le piège de la sextorsion, pas ta faute. Le débrief montre les étapes qui, elles, font reculer le chantage, et il n'est jamais trop tard pour les commencer."] =
    "Hai pagato perché finisse, poi hai pagato ancora: ogni volta la richiesta è cresciuta. È la trappola della sextortion, non è colpa tua. Il bilancio mostra i passi che invece fanno arretrare il ricatto, e non è mai troppo tardi per cominciarli.",
  ["L'engrenage"] =
    "L'ingranaggio",
  ["Tu recommences. Le lendemain, ils en veulent une autre. Puis de l'argent. Plus tu donnes, plus ils ont de prise."] =
    "Lo rifai. Il giorno dopo ne vogliono un altro. Poi soldi. Più dai, più hanno potere su di te.",
  ["Ce qui t'arrive n'est pas de ta faute. Ils t'ont {piégé|piégée|piégé·e}, puis {mis|mise|mis·e} sous pression, méthodiquement."] =
    "Quello che ti sta succedendo non è colpa tua. Ti hanno intrappolat{o|a|ə}, poi mess{o|a|ə} sotto pressione, con metodo.",
  ["Sous la menace, tu as refait ce qu'ils demandaient, en espérant que ça finirait. Chaque nouvelle vidéo leur a donné plus de prise. Ce n'est pas ta faute. Le débrief montre ce qui aide vraiment, et on peut le commencer à tout moment."] =
    "Sotto minaccia, hai rifatto quello che chiedevano, sperando che finisse. Ogni nuovo video ha dato loro più potere. Non è colpa tua. Il bilancio mostra che cosa aiuta davvero, e si può cominciare in qualsiasi momento.",
  ["Contact coupé, sans preuves"] =
    "Contatto tagliato, senza prove",
  ["Tu bloques aussi le nouveau compte. Tu coupes les notifications. Tu n'ouvres plus rien."] =
    "Blocchi anche il nuovo account. Disattivi le notifiche. Non apri più niente.",
  ["Trois semaines plus tard"] =
    "Tre settimane dopo",
  ["Plus rien n'est arrivé. Le silence."] =
    "Non è arrivato più niente. Silenzio.",
  ["Debout, mais sans adulte"] =
    "Hai resistito, ma senza un adulto",
  ["Tu ne dis rien à Maman. Le dîner passe, normal en apparence."] =
    "Non dici niente alla mamma. La cena passa, normale in apparenza.",
  ["Les menaces se sont tues. Tu as fait beaucoup, en gardant presque tout pour toi."] =
    "Le minacce sono cessate. Hai fatto tanto, tenendo quasi tutto per te.",
  ["Mais ça pèse. Tu sursautes à chaque notification. Tu dors mal."] =
    "Ma pesa. Sobbalzi a ogni notifica. Dormi male.",
  ["Tu as tenu tête aux maîtres-chanteurs, mais sans adulte à tes côtés : pas de plainte, et un poids à porter presque {seul|seule|seul·e}. En parler à un adulte de confiance rend chaque étape plus simple et permet d'aller jusqu'à la plainte. Il n'est jamais trop tard."] =
    "Hai tenuto testa ai ricattatori, ma senza un adulto al tuo fianco: niente denuncia, e un peso da portare quasi da sol{o|a|ə}. Parlarne con un adulto di cui ti fidi rende ogni passo più semplice e permette di arrivare fino alla denuncia. Non è mai troppo tardi.",
  ["Avec Maman, sans plainte"] =
    "Con la mamma, senza denuncia",
  ["Ce soir-là, Maman reste avec toi. Vous commandez une pizza. Vous ne parlez plus de Sacha."] =
    "Quella sera la mamma resta con te. Ordinate una pizza. Non parlate più di Sacha.",
  ["Deux semaines plus tard"] =
    "Due settimane dopo",
  ["Les menaces ont cessé. Tu dors mieux. Tu sais que Maman sait, et ça change tout."] =
    "Le minacce sono finite. Dormi meglio. Sai che la mamma sa, e questo cambia tutto.",
  ["La plainte, tu y penses parfois. Le groupe continue sans doute avec d'autres. Si un jour tu veux y aller, tes captures sont là, et Maman aussi."] =
    "Alla denuncia ci pensi, ogni tanto. Il gruppo probabilmente continua con altri. Se un giorno vorrai andarci, i tuoi screenshot ci sono, e la mamma anche.",
  ["Tu en as parlé à ta mère, qui t'a {protégé|protégée|protégé·e} au lieu de te juger. Tu n'as pas voulu porter plainte, et c'est une décision qui se respecte ; elle reste possible plus tard, grâce à tes captures. Porter plainte aide à remonter jusqu'au groupe et à protéger d'autres jeunes."] =
    "Ne hai parlato con tua madre, che ti ha protett{o|a|ə} invece di giudicarti. Non hai voluto fare denuncia, ed è una decisione da rispettare; resta possibile anche più avanti, grazie ai tuoi screenshot. Fare denuncia aiuta a risalire al gruppo e a proteggere altri ragazzi.",
  ["Les bonnes étapes"] =
    "I passi giusti",
  ["Quelques jours plus tard, le silence. Ta plainte suit son cours."] =
    "Qualche giorno dopo, il silenzio. La tua denuncia segue il suo corso.",
  ["Tu as encore des moments de honte, le soir. Ils passent plus vite quand tu te rappelles que tu n'étais pas {seul|seule|seul·e}, et que tout ce que tu as fait a servi."] =
    "La sera hai ancora momenti di vergogna. Passano più in fretta quando ti ricordi che non eri da sol{o|a|ə}, e che tutto quello che hai fatto è servito.",
  ["alors, {le champion|la championne|l'as} des captures d'écran, on lance une partie ?"] =
    "allora, {campione|campionessa|asso} degli screenshot, facciamo una partita?",
  ["go 🙂"] =
    "vai 🙂",
  ["Sous la menace, tu as arrêté de répondre, gardé des preuves, puis tu en as parlé à ta mère et porté plainte avec elle. Ce chantage n'était pas ta faute, et chaque étape a réduit son pouvoir. Le débrief reprend chaque étape, une par une."] =
    "Sotto minaccia, hai smesso di rispondere, hai conservato le prove, poi ne hai parlato con tua madre e avete fatto denuncia insieme. Questo ricatto non era colpa tua, e ogni passo gli ha tolto potere. Il bilancio riprende ogni passo, uno per uno.",
  ["Dès le début, à plusieurs"] =
    "Fin dall'inizio, insieme",
  ["Tout a commencé par un message à Inès : « j'ai un gros problème ». À partir de là, tu n'as plus rien affronté {seul|seule|seul·e}."] =
    "Tutto è cominciato con un messaggio a Inès: «ho un grosso problema». Da lì in poi, non hai affrontato niente da sol{o|a|ə}.",
  ["La plainte suit son cours. Et Inès rentre de Bretagne samedi."] =
    "La denuncia segue il suo corso. E Inès torna dalla Bretagna sabato.",
  ["tu sais quoi ? je suis fière de toi"] =
    "sai una cosa? sono fiera di te",
  ["moi aussi un peu 🙂"] =
    "anch'io un po' 🙂",
  ["Tu as parlé à ta cousine dès les premières menaces, avant de céder à quoi que ce soit. Avec elle, puis avec ta mère, tu as gardé des preuves et porté plainte. En parler tôt rend chaque étape plus facile."] =
    "Hai parlato con tua cugina appena sono arrivate le minacce, prima di cedere a qualsiasi cosa. Con lei, e poi con tua madre, hai conservato le prove e fatto denuncia. Parlarne presto rende ogni passo più facile.",
  ["Pourquoi Sacha envoie d'abord sa propre photo ?"] =
    "Perché Sacha manda prima una foto di sé?",
  ["La réciprocité : quand quelqu'un nous donne quelque chose, on se sent obligé de rendre. Les groupes de chantage envoient d'abord des photos « d'eux », en réalité volées, pour créer cette dette. Souligner qu'on ne doit rien à personne, et que dire non n'est pas être coincé·e."] =
    "La reciprocità: quando qualcuno ci dà qualcosa, ci sentiamo in debito. I gruppi che ricattano mandano prima foto «di sé», in realtà rubate, per creare quel debito. Sottolineare che non si deve niente a nessuno, e che dire di no non significa essere rigidi o «pesanti».",
  ["2. tu nous paies {money 200} en {payment.prepaid} et tu nous envoies les codes."] =
    "2. ci paghi {money 200} in {payment.prepaid} e ci mandi i codici.",
  ["« On ». « Nous ». Sacha n'existe pas. Derrière ce petit soleil, il y a un groupe organisé, et ce matin, ce même message part sans doute vers d'autres jeunes. Ce chantage a un nom : la sextorsion."] =
    "«Abbiamo». «Noi». Sacha non esiste. Dietro quel piccolo sole c'è un gruppo organizzato, e stamattina lo stesso messaggio sta probabilmente arrivando ad altri ragazzi. Questo ricatto ha un nome: sextortion.",
  ["Que ressent {name} à ce moment-là ? Que dirais-tu à un·e ami·e dans cette situation ?"] =
    "Che cosa prova {name} in questo momento? Che cosa diresti a un amico o a un'amica in questa situazione?",
  ["{money 200}… J'en ai {money 120}. L'argent du baby-sitting, pour le concert de septembre."] =
    "{money 200}… Ne ho {money 120}. I soldi del baby-sitting, per il concerto di settembre.",
  ["Payer {money 120} et envoyer le code"] =
    "Paga {money 120} e manda il codice",
  ["Tu achètes des {payment.prepaid}. Tes mains tremblent un peu. Le vendeur ne pose pas de question."] =
    "Compri {payment.prepaid}. Le mani ti tremano un po'. Chi è al bancone non fa domande.",
  ["c'est fait. {money 120}. j'ai pas plus. s'il vous plaît, supprimez tout"] =
    "fatto. {money 120}. non ne ho altri. per favore, cancellate tutto",
  ["encore {money 300} avant midi. sinon Maman reçoit la vidéo."] =
    "altri {money 300} entro mezzogiorno. se no la mamma riceve il video.",
  ["maintenant on en a deux. {money 400} avant midi, ou les deux partent chez Inès, Papi et Maman."] =
    "adesso ne abbiamo due. {money 400} entro mezzogiorno, o partono tutti e due per Inès, il nonno e la mamma.",
  ["on a toujours tout. maintenant c'est {money 300}."] =
    "abbiamo ancora tutto. adesso sono {money 300}.",
  ["Appeler la ligne d'écoute : {help.youth-line}"] =
    "Chiama la linea di ascolto: {help.youth-line}",
  ["et j'ai payé {money paid_total}. et ils en veulent plus"] =
    "e ho pagato {money paid_total}. e ne vogliono ancora",
  ["et l'argent, tu t'arrêtes là. c'est pas grave"] =
    "e con i soldi, ti fermi lì. va bene così",
  ["Tu appelles {help.youth-line}. Tu as failli raccrocher deux fois avant que ça sonne."] =
    "Chiami la linea {help.youth-line}. Per due volte stai per riattaccare prima che squilli.",
  ["Appel vocal · {help.youth-line.name}"] =
    "Chiamata vocale · {help.youth-line.name}",
  ["{help.youth-line.name}, bonjour. Je m'appelle Karim. Je t'écoute, prends ton temps."] =
    "{help.youth-line.name}, buongiorno. Mi chiamo Karim. Ti ascolto, prenditi il tuo tempo.",
  ["Capture. La demande d'argent : le montant, la façon de payer."] =
    "Screenshot. La richiesta di soldi: la cifra, il modo di pagare.",
  ["Capture. Le reçu, et le code que tu as envoyé."] =
    "Screenshot. La ricevuta, e il codice che hai mandato.",
  ["déjà 200 vues. à 14h on l'envoie à tes contacts, un par un. sauf si tu paies {money 300}."] =
    "già 200 visualizzazioni. alle 14 lo mandiamo ai tuoi contatti, uno per uno. a meno che non paghi {money 300}.",
  ["ils t'envoient un lien ? l'ouvre pas. garde-le, on le montrera à ta mère"] =
    "ti hanno mandato un link? non aprirlo. tienilo, lo facciamo vedere a tua madre",
  ["L'ouvrir, pour voir"] =
    "Aprilo, per vedere",
  ["Ne pas l'ouvrir, et le garder comme preuve"] =
    "Non aprirlo, e tienilo come prova",
  ["Tu vides ta tirelire : {money 40} de plus, en {payment.prepaid}. Un nouveau code."] =
    "Svuoti il salvadanaio: altri {money 40}, in {payment.prepaid}. Un nuovo codice.",
  ["la vidéo reste en ligne. {money 500} et on la retire."] =
    "il video resta online. {money 500} e lo togliamo.",
  ["Arrêter de payer, et garder ce lien sans l'ouvrir"] =
    "Smetti di pagare, e tieni quel link senza aprirlo",
  ["Arrêter de payer, et ouvrir ce lien pour voir"] =
    "Smetti di pagare, e apri quel link per vedere",
  ["Le signaler avec le bouton « Signaler » de l'appli, puis le bloquer"] =
    "Segnala l'account con il pulsante «Segnala» dell'app, poi bloccalo",
  ["Signaler aussi le lien à {help.report-authority.name}, puis signaler et bloquer le compte"] =
    "Segnala anche il link al servizio {help.report-authority.name}, poi segnala e blocca l'account",
  ["Sur le profil de Sacha : « Signaler ». Tu choisis « chantage ». Chaque appli de messagerie ou d'appel vidéo a ce bouton."] =
    "Sul profilo di Sacha: «Segnala». Scegli «ricatto». Ogni app di messaggi o di videochiamate ha questo pulsante.",
  ["Tes comptes ont disparu, et avec eux ta conversation avec Sacha : une preuve de moins. Heureusement, tes captures sont à l'abri. Pour la suite, passer un compte en privé suffit, sans rien effacer."] =
    "I tuoi account sono spariti, e con loro la conversazione con Sacha: una prova in meno. Per fortuna i tuoi screenshot sono al sicuro. D'ora in poi basta rendere privato un account, senza cancellare niente.",
  ["Ton signalement est fait, avec tes captures : c'est à l'appli d'agir maintenant, et tu lui as donné de quoi le faire."] =
    "La tua segnalazione è fatta, con gli screenshot: adesso tocca all'app agire, e le hai dato quello che serve.",
  ["Ne pas demander de réponse personnelle à voix haute : proposer d'écrire pour soi, ou de penser à une personne sans la nommer. Lister ensemble des adultes possibles (parent, {school.staff}, entraîneur, grand frère ou grande sœur) et les lignes d'écoute du pays (ici : {help.youth-line}). Une victime sur trois ne le dit à personne, souvent par peur d'être jugée : montrer que la réaction attendue d'un adulte est de protéger, pas de punir."] =
    "Non chiedere risposte personali ad alta voce: proporre di scrivere per sé, o di pensare a una persona senza nominarla. Elencare insieme gli adulti possibili (genitore, {school.staff}, allenatore, fratello o sorella più grandi) e le linee di ascolto del paese (qui: {help.youth-line}). Una vittima su tre non lo dice a nessuno, spesso per paura di essere giudicata: mostrare che la reazione che ci si aspetta da un adulto è proteggere, non punire.",
  ["Appeler d'abord {help.youth-line.name}"] =
    "Prima chiama la linea {help.youth-line.name}",
  ["Tu t'enfermes dans la salle de bain et tu appelles {help.youth-line}."] =
    "Ti chiudi in bagno e chiami la linea {help.youth-line}.",
  ["{help.youth-line.name}, bonjour. Je m'appelle Karim. Je t'écoute."] =
    "{help.youth-line.name}, buongiorno. Mi chiamo Karim. Ti ascolto.",
  ["La vidéo, tu ne l'as pas, et tu n'as pas à la chercher. Si elle apparaît quelque part, la plateforme, {help.removal.name} ou la police peuvent la faire retirer. On peut t'aider à le faire."] =
    "Il video non ce l'hai, e non devi cercarlo. Se compare da qualche parte, la piattaforma, il servizio {help.removal.name} o la polizia possono farlo rimuovere. Possiamo aiutarti a farlo.",
  ["Noter comment faire retirer la vidéo, et garder le reste pour moi"] =
    "Segnati come far rimuovere il video, e tieni il resto per te",
  ["Les {money paid_total} ? On s'en fiche. Tu arrêtes de payer, et ce n'est pas grave du tout."] =
    "I {money paid_total}? Chi se ne importa. Smetti di pagare, e va benissimo così.",
  ["Ce qu'ils t'ont forcé à faire, c'est leur crime. Pas le tien."] =
    "Quello che ti hanno costretto a fare è un loro reato. Non tuo.",
  ["Signaler le lien à {help.report-authority.name} et demander son retrait, avec Maman"] =
    "Segnala il link al servizio {help.report-authority.name} e chiedi che venga rimosso, con la mamma",
  ["Au commissariat, Maman ne lâche pas ta main. Tu poses sur le bureau une pochette : les captures imprimées, l'identifiant, le lien, les reçus s'il y en a."] =
    "Alla polizia la mamma non ti lascia la mano. Appoggi sulla scrivania una cartellina: gli screenshot stampati, l'ID, il link, le ricevute se ci sono.",
  ["Ce soir, avec Maman : signaler le lien à {help.report-authority.name} et demander son retrait"] =
    "Stasera, con la mamma: segnala il link al servizio {help.report-authority.name} e chiedi che venga rimosso",
  ["Ce soir, avec Maman et Inès : signaler le lien et demander son retrait"] =
    "Stasera, con la mamma e Inès: segnala il link e chiedi che venga rimosso",
  ["reçu. prochaine étape : {money 500}."] =
    "ricevuto. prossimo passo: {money 500}.",
  ["Ça ne s'arrête pas. Payer ne garantit rien : très souvent, les demandes continuent, et c'est ce que tu vis ce soir."] =
    "Non finisce. Pagare non garantisce niente: molto spesso le richieste continuano, ed è quello che stai vivendo stasera.",
  ["Il n'est pas trop tard. Tu peux encore garder des captures, arrêter de répondre, signaler, et en parler à quelqu'un : la ligne {help.youth-line}, un adulte, une amie. Des gens aident tous les jours des jeunes dans cette situation, et ça marche."] =
    "Non è troppo tardi. Puoi ancora fare gli screenshot, smettere di rispondere, segnalare, e parlarne con qualcuno: la linea {help.youth-line}, un adulto, un'amica. C'è chi aiuta ogni giorno ragazzi in questa situazione, e funziona.",
  ["Tu peux arrêter à tout moment : ne plus répondre, ne plus rien envoyer, garder des captures, en parler. La ligne {help.youth-line} ou un adulte de confiance peut t'aider dès aujourd'hui, sans te juger. Et il existe des moyens de faire retirer des images."] =
    "Puoi smettere in qualsiasi momento: non rispondere più, non mandare più niente, fare gli screenshot, parlarne. La linea {help.youth-line} o un adulto di cui ti fidi può aiutarti già oggi, senza giudicarti. E ci sono modi per far rimuovere le immagini.",
  ["Mais tu y penses souvent, la nuit. Et s'ils revenaient ? Tu n'as ni captures, ni identifiant, rien à montrer à la police ou à l'appli."] =
    "Ma ci pensi spesso, di notte. E se tornassero? Non hai né screenshot, né ID, niente da mostrare alla polizia o all'app.",
  ["Ce n'est pas fichu pour autant. S'ils reviennent, tu captures tout avant de bloquer, et tu en parles. Une plainte reste possible avec ce que tu sais, et un adulte de confiance ou la ligne {help.youth-line} peut t'aider à y voir clair."] =
    "Non è tutto perduto. Se tornano, fai lo screenshot di tutto prima di bloccare, e ne parli. Una denuncia resta possibile con quello che sai, e un adulto di cui ti fidi o la linea {help.youth-line} possono aiutarti a vederci chiaro.",
  ["Tu as coupé le contact très vite, et le silence est revenu. Mais en bloquant et en effaçant avant de garder des preuves, tu as perdu ce qui aide le plus à faire fermer leur compte ou à appuyer une plainte, qui reste possible. Bloquer est une bonne étape : elle marche encore mieux après les captures."] =
    "Hai tagliato il contatto molto in fretta, e il silenzio è tornato. Ma bloccando e cancellando prima di conservare le prove, hai perso quello che aiuta di più a far chiudere il loro account o a sostenere una denuncia, che resta possibile. Bloccare è un buon passo: funziona ancora meglio dopo gli screenshot.",
  ["Ce n'est jamais trop tard pour en parler : demain, dans un mois, à Maman, à {school.adult}, à la ligne {help.youth-line}. La plainte aussi reste possible, avec les captures que tu as gardées. Tu n'as pas à porter ça {seul|seule|seul·e}."] =
    "Non è mai troppo tardi per parlarne: domani, tra un mese, alla mamma, a {school.adult}, alla linea {help.youth-line}. Anche la denuncia resta possibile, con gli screenshot che hai conservato. Non devi portare questo peso da sol{o|a|ə}.",
  ["Le lien signalé à {help.report-authority.name} ne mène plus à rien."] =
    "Il link segnalato al servizio {help.report-authority.name} non porta più da nessuna parte.",
  ["Tu as signalé le compte de Sacha : tu as fait ta part."] =
    "Hai segnalato l'account di Sacha: hai fatto la tua parte.",
  ["{help.report-authority.name} a reçu ton signalement du lien, et la demande de retrait suit son cours."] =
    "Il servizio {help.report-authority.name} ha ricevuto la tua segnalazione del link, e la richiesta di rimozione è in corso.",
  ["Le lien est signalé à {help.report-authority.name}, et la demande de retrait suit son cours."] =
    "Il link è segnalato al servizio {help.report-authority.name}, e la richiesta di rimozione è in corso.",
  ["Si la peur devient trop lourde, si tu as envie de disparaître : tu n'as pas à rester {seul|seule|seul·e} avec ça. Quelqu'un peut t'écouter, maintenant, sans te juger. Ça va mieux avec de l'aide."] =
    "Se la paura diventa troppo pesante, se hai voglia di sparire: non devi restare da sol{o|a|ə} con tutto questo. Qualcuno può ascoltarti, adesso, senza giudicarti. Con un aiuto va meglio.",
  ["L'argent du baby-sitting, {money 120}, part en {payment.prepaid}. Tu envoies le code."] =
    "I soldi del baby-sitting, {money 120}, finiscono in {payment.prepaid}. Mandi il codice.",
  ["Tu ne cliques pas. Tu fais une capture du message et du lien : c'est une preuve de plus."] =
    "Non clicchi. Fai uno screenshot del messaggio e del link: è una prova in più.",
  ["Je le montrerai à quelqu'un qui sait quoi en faire."] =
    "Lo farò vedere a qualcuno che sa cosa farne.",
  ["Ces liens mènent presque toujours à un envoi incomplet que personne ne peut voir, ou à une page privée. Et ils peuvent être un piège : une fausse page de connexion, un fichier à télécharger. Un adulte, la ligne d'écoute ou la police pourront le regarder à ta place."] =
    "Questi link portano quasi sempre a un caricamento incompleto che nessuno può vedere, o a una pagina privata. E possono essere una trappola: una falsa pagina di accesso, un file da scaricare. Un adulto, la linea di ascolto o la polizia potranno guardarlo al posto tuo.",
  ["Connecte-toi pour voir cette vidéo"] =
    "Accedi per vedere questo video",
  ["Pas de vidéo. Juste une page qui te demande ton identifiant et ton mot de passe."] =
    "Nessun video. Solo una pagina che ti chiede nome utente e password.",
  ["Me connecter ? Sûrement pas."] =
    "Accedere? Nemmeno per sogno.",
  ["Tu fermes la page sans rien taper. Ce genre de lien sert souvent à voler un compte ou à faire télécharger quelque chose. Le garder sans l'ouvrir, et le montrer à un adulte, à la ligne d'écoute ou à la police, c'est plus sûr."] =
    "Chiudi la pagina senza scrivere niente. Link così servono spesso a rubare un account o a far scaricare qualcosa. Tenerlo senza aprirlo, e farlo vedere a un adulto, alla linea di ascolto o alla polizia, è più sicuro.",
  ["Tu fais quand même une capture du lien : c'est une preuve. Et ces groupes publient rarement : ce qu'ils veulent, c'est de l'argent. Si ça arrivait, on peut signaler et faire retirer une vidéo."] =
    "Fai comunque uno screenshot del link: è una prova. E questi gruppi pubblicano raramente: quello che vogliono sono i soldi. Se succedesse, un video si può segnalare e far rimuovere.",
  ["Tu signales le lien à {help.report-authority} : tu colles l'adresse et tu décris le chantage. C'est exactement pour ce genre de contenu."] =
    "Segnali il link al servizio {help.report-authority}: incolli l'indirizzo e descrivi il ricatto. Serve proprio per questo tipo di contenuti.",
  ["Et ce lien, tu as bien fait de ne pas l'ouvrir. On le montrera à la police."] =
    "E quel link, hai fatto bene a non aprirlo. Lo faremo vedere alla polizia.",
  ["Elle ouvre le lien sur son poste : une page vide, une vidéo jamais terminée. « Ils publient rarement. Et si ça arrive, on peut la faire retirer. »"] =
    "Apre il link sul suo computer: una pagina vuota, un video mai finito. «Pubblicano raramente. E se succede, si può farlo rimuovere.»",
  ["Si c'est trop lourd à porter, même la nuit, tu peux appeler maintenant. Quelqu'un t'écoutera, sans te juger. Ça va mieux avec de l'aide."] =
    "Se è troppo pesante da portare, anche di notte, puoi chiamare adesso. Qualcuno ti ascolterà, senza giudicarti. Con un aiuto va meglio.",
  ["Les jours suivants : Sacha écrit tous les jours"] =
    "I giorni seguenti: Sacha scrive ogni giorno",
  ["23:30 : Sacha envoie « sa » photo et demande la tienne"] =
    "23:30: Sacha manda la «sua» foto e chiede la tua",
  ["Le lendemain matin : la menace"] =
    "La mattina dopo: la minaccia",
  ["Tu as payé : ils en demandent plus"] =
    "Hai pagato: ne chiedono di più",
  ["Le soir, Maman rentre"] =
    "La sera, la mamma torna a casa",
}
