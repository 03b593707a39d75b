import type { Messages } from './en.ts';

/** UI strings in French. */
export const fr: Messages = {
  'layout.skipLink': 'Aller au contenu principal',
  'layout.languages': 'Choisir une langue',
  'layout.errorPrefix': 'Erreur :',
  'layout.footer.label': 'Liens utiles',
  'layout.footer.privacy': 'Déclaration de confidentialité',
  'layout.footer.contact': 'Contact',

  'home.title': 'Études et questionnaires',
  'home.intro': 'Choisissez une étude pour voir ses questionnaires.',
  'home.empty': 'Aucune étude n’est ouverte pour le moment.',

  'study.questionnaires': 'Questionnaires',
  'study.choose': 'Choisissez le questionnaire qui vous correspond le mieux.',
  'study.minutes': 'Environ {minutes} minutes',

  'landing.audience': 'À qui s’adresse ce questionnaire',
  'landing.about': 'Sur quoi portent les questions',
  'landing.time': 'Il faut environ {minutes} minutes pour y répondre.',
  'landing.closes': 'Vous pouvez répondre jusqu’au {date}.',
  'landing.confidential': 'Vos réponses sont confidentielles',
  'landing.saving':
    'Vos réponses sont enregistrées à chaque page. Vous pouvez vous arrêter et reprendre plus tard, sur cet appareil ou un autre, grâce à un code de reprise. Vous n’avez pas besoin de donner votre nom.',
  'landing.start': 'Commencer',
  'landing.continue': 'Reprendre là où vous en étiez',
  'landing.resume': 'Reprendre avec un code de reprise',
  'landing.completed': 'Vous avez répondu à ce questionnaire. Votre code de confirmation est {receipt}.',
  'landing.startAgain': 'Répondre à nouveau',
  'landing.privacy': 'Comment nous traitons vos réponses : déclaration de confidentialité',
  'landing.contact': 'Des questions ? Contactez {name} à l’adresse {email}.',

  'status.notOpen.title': 'Ce questionnaire n’est pas encore ouvert',
  'status.notOpen.body': 'Il ouvrira le {date}.',
  'status.closed.title': 'Ce questionnaire est clos',
  'status.closed.body': 'Il a été clos le {date}. Merci de votre intérêt.',
  'status.closed.bodyNoDate': 'Il n’est plus possible d’y répondre. Merci de votre intérêt.',

  'page.progress': 'Page {current} sur environ {total}',
  'page.continue': 'Continuer',
  'page.save': 'Enregistrer et continuer plus tard',
  'page.back': 'Retour',
  'page.optional': '(facultatif)',
  'page.choose': 'Sélectionner',
  'page.other': 'Veuillez préciser',
  'page.missing.dont_know': 'Je ne sais pas',
  'page.missing.prefer_not_to_say': 'Je préfère ne pas répondre',
  'page.or': 'ou',
  'page.multiple.hint': 'Sélectionnez toutes les réponses qui s’appliquent.',
  'page.text.limit': 'Vous pouvez saisir jusqu’à {max} caractères.',
  'page.date.day': 'Jour',
  'page.date.month': 'Mois',
  'page.date.year': 'Année',
  'page.date.hint': 'Par exemple : 27 3 2024',
  'page.ranking.hint': 'Attribuez un numéro différent à chaque option, de 1 (premier choix) à {count}.',
  'page.ranking.rank': 'Rang',
  'page.consent.yes': 'Oui, j’accepte de participer',
  'page.consent.no': 'Non, je ne souhaite pas participer',

  'errors.title': 'Il y a un problème',

  'issue.required': 'Répondez à cette question',
  'issue.choice.unknown': 'Choisissez l’une des options proposées',
  'issue.choice.tooFew': 'Sélectionnez au moins {min} options',
  'issue.choice.tooMany': 'Sélectionnez au maximum {max} options',
  'issue.choice.exclusive': 'Cette option ne peut pas être combinée avec les autres options sélectionnées',
  'issue.other.required': 'Précisez ce que vous entendez par « autre »',
  'issue.text.tooLong': 'Saisissez {max} caractères au maximum',
  'issue.text.invalid': 'Saisissez la réponse sous forme de texte',
  'issue.number.invalid': 'Saisissez un nombre, par exemple 12 ou 7,5',
  'issue.number.notInteger': 'Saisissez un nombre entier',
  'issue.number.min': 'Saisissez un nombre supérieur ou égal à {min}',
  'issue.number.max': 'Saisissez un nombre inférieur ou égal à {max}',
  'issue.date.invalid': 'Saisissez une date valide, avec le jour, le mois et l’année',
  'issue.date.min': 'Saisissez une date à partir du {min}',
  'issue.date.max': 'Saisissez une date jusqu’au {max} inclus',
  'issue.country.unknown': 'Choisissez un pays dans la liste',
  'issue.ranking.incomplete': 'Attribuez à chaque option un numéro de 1 à {count}',
  'issue.ranking.duplicate': 'Attribuez un numéro différent à chaque option',
  'issue.consent.required': 'Indiquez si vous acceptez de participer',
  'issue.constraint': 'Vérifiez cette réponse',
  'issue.missing.withAnswer': 'Donnez une réponse ou choisissez l’une des autres options, mais pas les deux',
  'issue.repeat.addAnother': 'Indiquez si vous souhaitez ajouter un autre élément',
  'issue.repeat.min': 'Ajoutez-en au moins {min}',
  'issue.resume.empty': 'Saisissez votre code de reprise',
  'issue.resume.unknown': 'Aucune réponse ne correspond à ce code. Vérifiez le code et réessayez',
  'issue.email.invalid': 'Saisissez une adresse e-mail, par exemple name@example.org',

  'repeat.none': 'Vous n’avez encore rien ajouté.',
  'repeat.change': 'Modifier',
  'repeat.remove': 'Supprimer',
  'repeat.yes': 'Oui',
  'repeat.no': 'Non',
  'repeat.max': 'Vous avez ajouté le nombre maximal d’éléments pouvant être décrits ici ({max}).',
  'repeat.item': 'Élément {n}',
  'repeat.remove.title': 'Voulez-vous supprimer « {item} » ?',
  'repeat.remove.confirm': 'Oui, supprimer',
  'repeat.remove.cancel': 'Non, conserver',
  'repeat.gone.title': 'Cet élément a été supprimé',
  'repeat.gone.body':
    'Il a été supprimé dans une autre fenêtre ou un autre onglet ; ce que vous avez saisi sur cette page n’a donc pas été enregistré.',
  'repeat.full.title': 'Impossible d’en ajouter davantage',
  'repeat.full.body':
    'Le nombre maximal d’éléments pouvant être décrits ici ({max}) a déjà été ajouté dans une autre fenêtre ou un autre onglet ; ce que vous avez saisi sur cette page n’a donc pas été enregistré.',
  'repeat.toList': 'Aller à la liste',

  'check.title': 'Vérifiez vos réponses avant de les envoyer',
  'check.change': 'Modifier',
  'check.notAnswered': 'Sans réponse',
  'check.send.title': 'Envoyez maintenant vos réponses',
  'check.send.body': 'Une fois envoyées, vos réponses ne pourront plus être modifiées.',
  'check.send': 'Envoyer les réponses',

  'done.title': 'Merci, vos réponses ont été envoyées',
  'done.receipt': 'Votre code de confirmation',
  'done.receiptHint':
    'Indiquez-le si vous nous contactez au sujet de vos réponses. Il ne permet pas de vous identifier.',
  'done.next.title': 'Et ensuite ?',
  'done.next.body':
    'Les réponses sont analysées avec celles de tous les autres participants et publiées uniquement sous forme agrégée, de sorte qu’aucune personne ni organisation ne puisse être reconnue.',

  'save.title': 'Vos réponses sont enregistrées',
  'save.code': 'Votre code de reprise',
  'save.codeHint':
    'Notez ou copiez ce code. Il vous permet de continuer sur n’importe quel appareil. Gardez-le pour vous : toute personne qui a ce code peut voir vos réponses.',
  'save.until': 'Vous pouvez continuer jusqu’au {date}.',
  'save.email.title': 'M’envoyer le lien par e-mail',
  'save.email.label': 'Adresse e-mail',
  'save.email.hint':
    'Nous l’utilisons uniquement pour vous envoyer ce lien. Elle n’est enregistrée ni avec vos réponses ni ailleurs.',
  'save.email.send': 'Envoyer le lien',
  'save.email.sent': 'Nous avons envoyé le lien. Si vous ne le recevez pas, utilisez le code de reprise.',
  'save.continue': 'Continuer à répondre',

  'resume.title': 'Reprendre avec votre code de reprise',
  'resume.hint': 'Le code que vous avez reçu lors de l’enregistrement, par exemple ABCD-EFGH-JKMN-PQRS-TVWX.',
  'resume.submit': 'Continuer',

  'declined.title': 'Vous avez choisi de ne pas participer',
  'declined.body':
    'Rien de ce que vous avez saisi n’a été enregistré. Si vous changez d’avis, vous pouvez recommencer.',
  'declined.again': 'Recommencer',

  'error.notFound.title': 'Page introuvable',
  'error.notFound.body': 'Vérifiez l’adresse ou partez de la liste des questionnaires.',
  'error.badRequest.title': 'Nous n’avons pas pu lire les données envoyées',
  'error.badRequest.body':
    'Le formulaire envoyé ne correspond pas à cette page. Revenez à la page et réessayez.',
  'error.expired.title': 'Cette page a expiré',
  'error.expired.body':
    'Pour votre sécurité, un formulaire ne peut être envoyé que depuis la page où il a été affiché. Revenez en arrière, rechargez la page et réessayez.',
  'error.completed.title': 'Vos réponses ont déjà été envoyées',
  'error.completed.body': 'Les réponses envoyées ne peuvent plus être modifiées.',
  'error.tooLarge.title': 'Trop de données envoyées',
  'error.tooLarge.body':
    'Une réponse est plus longue que ce que nous pouvons accepter. Raccourcissez-la et réessayez.',
  'error.tooMany.title': 'Trop de tentatives',
  'error.tooMany.body': 'Attendez {minutes} minutes et réessayez.',
  'error.unavailable.title': 'Le service est momentanément indisponible',
  'error.unavailable.body': 'Vos réponses enregistrées sont en sécurité. Réessayez dans quelques minutes.',
  'error.server.title': 'Désolé, une erreur s’est produite',
  'error.server.body':
    'Vos réponses sont conservées jusqu’à la dernière page enregistrée. Réessayez dans quelques minutes.',
  'error.language.title': 'Non disponible dans cette langue',
  'error.language.body': 'Choisissez l’une de ces langues :',
  'error.start': 'Aller à la liste des questionnaires',
  'error.start.register': 'Aller au registre des microcertifications',
  'error.start.verify': 'Aller à « Vérifier un titre numérique »',
  'error.notFound.bodyLink': 'Vérifiez l’adresse ou repartez du lien ci-dessous.',

  'email.resume.subject': 'Votre lien pour continuer : {title}',
  'email.resume.body':
    'Bonjour,\n\nVous avez demandé un lien pour continuer le questionnaire « {title} ». Ouvrez-le pour reprendre là où vous en étiez :\n\n{link}\n\n{deadline}Toute personne qui a ce lien peut voir vos réponses : gardez-le pour vous.\n\nVous recevez cet e-mail une seule fois, car vous avez saisi cette adresse. Elle n’a pas été enregistrée.',
  'email.resume.deadline': 'Vous pouvez continuer jusqu’au {date}. ',

  'page.honeypot': 'Laissez ce champ vide',
  'invitation.used.title': 'Cette invitation a déjà été utilisée',
  'invitation.used.body':
    'Le questionnaire a déjà été rempli avec ce lien personnel. Merci de votre participation.',
  'invitation.invalid.title': 'Ce lien ne fonctionne pas',
  'invitation.invalid.body':
    'Le lien personnel n’est pas valide. Vérifiez que vous l’avez copié en entier, ou commencez depuis la page de l’étude.',
  'unsubscribe.title': 'Ne plus recevoir d’e-mails sur ce questionnaire',
  'unsubscribe.body':
    'Nous n’enverrons plus d’invitations ni de rappels pour ce questionnaire à l’adresse qui a reçu ce lien. Vous pouvez toujours répondre avec votre lien personnel.',
  'unsubscribe.submit': 'Ne plus recevoir d’e-mails',
  'unsubscribe.done.title': 'Vous ne recevrez plus d’e-mails',
  'unsubscribe.done.body': 'Nous ne vous enverrons plus d’invitations ni de rappels pour ce questionnaire.',
  'mail.invitation.subject': 'Invitation à répondre à un questionnaire : {title}',
  'mail.invitation.body':
    'Bonjour,\n\nnous vous invitons à répondre au questionnaire « {title} ». Il faut environ {minutes} minutes.{deadline}\n\n{organisation}\n\nVotre lien personnel (merci de ne pas le transmettre) :\n{link}\n\nVos réponses sont confidentielles et ne sont publiées que sous forme agrégée. Traitement de vos données : {privacy}\n\nPour ne plus recevoir d’e-mails sur ce questionnaire : {unsubscribe}\n',
  'mail.deadline': ' Vous pouvez répondre jusqu’au {closes}.',
  'mail.reminder.subject': 'Rappel : {title}',
  'mail.reminder.body':
    'Bonjour,\n\nnous vous rappelons le questionnaire « {title} ». Il faut environ {minutes} minutes.{deadline} Si vous avez déjà commencé, continuez sur le même appareil ou avec votre code de reprise.\n\n{organisation}\n\nVotre lien personnel :\n{link}\n\nTraitement de vos données : {privacy}\n\nPour ne plus recevoir d’e-mails sur ce questionnaire : {unsubscribe}\n',

  'erase.title': 'Supprimer vos réponses',
  'erase.intro':
    'Saisissez le code de confirmation reçu lors de l’envoi de vos réponses. Vos réponses sont alors supprimées immédiatement et définitivement, et ne figureront dans aucun résultat ultérieur.',
  'erase.receipt': 'Code de confirmation',
  'erase.receiptHint': 'Huit lettres et chiffres, par exemple K7M2-9QXD.',
  'erase.submit': 'Supprimer mes réponses',
  'erase.empty': 'Saisissez le code de confirmation affiché sur la page de remerciement.',
  'erase.notFound':
    'Aucune réponse portant ce code de confirmation n’a été trouvée dans cette étude. Vérifiez le code et réessayez.',
  'erase.done.title': 'Vos réponses ont été supprimées',
  'erase.done.body': 'Rien de vos réponses n’est conservé.',
  'home.verify': 'Vérifier un titre numérique (Open Badges ou Europass)',
  'verify.title': 'Vérifier un titre numérique',
  'verify.intro':
    'Vérifiez si un titre Open Badges 3.0 ou un titre numérique Europass est intact, qui l’a signé ou scellé, et s’il était valide à une date donnée. Rien de ce que vous collez ou téléversez n’est conservé.',
  'verify.text.label': 'Collez le titre',
  'verify.text.hint':
    'Le titre en JSON, ou sous forme de jeton signé (un JWS compact : trois parties séparées par des points).',
  'verify.file.label': 'Ou téléversez le fichier du titre',
  'verify.file.hint': 'Un fichier .json, .jsonld, .jwt ou .txt de {megabytes} Mo au plus.',
  'verify.date.label': 'Date de validation',
  'verify.date.hint':
    'Le titre est vérifié tel qu’il était à cette date : aujourd’hui, sauf si vous en choisissez une autre. Un cachet Europass reste authentique après l’expiration de son certificat : pour un titre plus ancien, choisissez une date à laquelle le certificat était encore valide, par exemple le jour de sa délivrance.',
  'verify.submit': 'Vérifier le titre',
  'verify.another': 'Vérifier un autre titre',
  'verify.error.empty': 'Collez un titre ou choisissez un fichier',
  'verify.error.both': 'Collez un titre ou choisissez un fichier, pas les deux',
  'verify.error.notUtf8':
    'Le fichier n’a pas pu être lu comme du texte. Choisissez le fichier du titre tel que vous l’avez reçu (JSON ou jeton signé, en UTF-8).',
  'verify.error.emptyFile': 'Le fichier choisi est vide',
  'verify.error.date':
    'Saisissez une date de validation réelle, par exemple 2024-01-31, puis collez ou choisissez à nouveau le titre',
  'verify.tooLarge.title': 'Le fichier est trop volumineux',
  'verify.tooLarge.body':
    'Un titre à vérifier ne peut pas dépasser {megabytes} Mo. Vérifiez que vous avez choisi le titre lui-même, puis revenez en arrière et réessayez.',
  'verify.result.title': 'Résultat de la vérification',
  'verify.verdict.valid': 'Valide',
  'verify.verdict.validBody': 'Toutes les vérifications applicables à ce titre ont réussi.',
  'verify.verdict.invalid': 'Non valide',
  'verify.verdict.invalidBody':
    'Au moins une vérification a échoué. Ne vous fiez pas à ce titre ; les vérifications ci-dessous en donnent la raison.',
  'verify.verdict.unknown': 'N’a pas pu être entièrement vérifié',
  'verify.verdict.unknownBody':
    'Aucune vérification n’a échoué, mais certaines n’ont pas pu être faites ici. La validité du titre n’est pas démontrée ; les vérifications ci-dessous indiquent ce qui manque.',
  'verify.facts.heading': 'À propos du titre',
  'verify.facts.format': 'Format',
  'verify.facts.title': 'Intitulé',
  'verify.facts.achievement': 'Acquis',
  'verify.facts.issuer': 'Délivré par',
  'verify.facts.issued': 'Délivré le',
  'verify.facts.validFrom': 'Valide à partir du',
  'verify.facts.validUntil': 'Valide jusqu’au',
  'verify.facts.note':
    'Les données personnelles de l’apprenant (nom, coordonnées, date de naissance, identifiants) ne sont pas affichées.',
  'verify.format.openBadges': 'Open Badges 3.0',
  'verify.format.europass': 'Titre numérique Europass (European Learning Model 3)',
  'verify.format.unknown': 'Non reconnu',
  'verify.checks.heading': 'Vérifications',
  'verify.checks.at': 'Vérifié à la date du {date}.',
  'verify.checks.check': 'Vérification',
  'verify.checks.result': 'Résultat',
  'verify.checks.meaning': 'Ce que cela signifie',
  'verify.check.format': 'Format',
  'verify.check.schema': 'Contenu obligatoire',
  'verify.check.signature': 'Signature ou cachet',
  'verify.check.certificate': 'Certificat du cachet',
  'verify.check.issuer': 'Émetteur',
  'verify.check.validity': 'Période de validité',
  'verify.check.status': 'Révocation',
  'verify.check.unknown': 'Autre vérification',
  'verify.status.ok': 'Réussie',
  'verify.status.failed': 'Échouée',
  'verify.status.unknown': 'N’a pas pu être vérifiée',
  'verify.status.skipped': 'Sans objet',
  'verify.details': 'Détails techniques',
  'verify.proves.heading': 'Ce que cela prouve, et ce que cela ne prouve pas',
  'verify.proves.seal':
    'Une signature ou un cachet vérifié montre que le titre n’a pas été modifié depuis sa signature, et quelle clé ou quel certificat l’a signé.',
  'verify.proves.not':
    'Cela ne montre pas que l’apprentissage a eu lieu, que la personne qui vous a remis le titre en est le titulaire, ni que l’organisme qui l’a délivré est accrédité ou reconnu.',
  'verify.proves.offline':
    'La vérification est faite ici, sans connexion : les listes de révocation, les clés des émetteurs et les listes de confiance ne sont pas consultées. Ce qui en dépend est indiqué « n’a pas pu être vérifié », jamais comme réussi. Si c’est important, interrogez l’émetteur.',
  'verify.proves.timestamps':
    'Les horodatages d’un cachet Europass ne sont pas vérifiés : le certificat est évalué à la date de validation choisie, et non à une date de scellement prouvée.',
  'verify.proves.stored': 'Rien du titre vérifié n’est conservé ni enregistré.',
  'verify.code.format.openBadges3': 'Le fichier est un titre Open Badges 3.0.',
  'verify.code.format.elm3': 'Le fichier est un titre numérique Europass.',
  'verify.code.format.preReleaseContext':
    'Le titre suit un projet d’Open Badges 3.0 antérieur à la version définitive de la norme ; il ne peut donc pas être entièrement vérifié.',
  'verify.code.format.unreadable':
    'Le texte n’a pas pu être lu comme un titre : ce n’est ni du JSON ni un jeton signé.',
  'verify.code.format.payloadNotJson': 'Le fichier scellé ne contient pas de titre en JSON.',
  'verify.code.format.tooLarge': 'Le titre est plus volumineux que ce que cette page peut vérifier.',
  'verify.code.format.notCredential':
    'Le fichier est lisible, mais ce n’est pas un titre Open Badges 3.0 ou Europass.',
  'verify.code.error': 'Un problème inattendu a interrompu cette vérification ; elle n’a pas pu être faite.',
  'verify.code.notRun': 'Non vérifié, car le fichier n’a pas pu être lu comme un titre.',
  'verify.code.schema.ok': 'Le titre contient tout ce que sa norme exige.',
  'verify.code.schema.failed': 'Un contenu exigé par la norme manque ou n’a pas la bonne forme.',
  'verify.code.signature.ok':
    'La signature ou le cachet correspond au contenu : le titre n’a pas été modifié depuis sa signature.',
  'verify.code.signature.bad':
    'La signature ne correspond pas au contenu : le titre a été modifié après sa signature, ou la signature n’est pas authentique.',
  'verify.code.signature.undefinedTerms':
    'Le titre contient des données que son vocabulaire ne définit pas ; la signature ne les couvrirait pas.',
  'verify.code.signature.none':
    'Le titre n’est ni signé ni scellé : rien ne montre qui l’a délivré ni qu’il est intact.',
  'verify.code.signature.keyUnavailable':
    'La clé nécessaire pour vérifier la signature ne peut pas être obtenue sans connexion.',
  'verify.code.signature.unsupported':
    'La signature utilise une méthode que cette page ne peut pas vérifier.',
  'verify.code.signature.wrongPurpose': 'La signature n’a pas été faite pour délivrer des titres.',
  'verify.code.signature.malformed': 'La signature est incomplète ou n’est pas faite comme l’exige la norme.',
  'verify.code.signature.claims':
    'Le jeton signé et le titre qu’il contient ne concordent pas (émetteur, identifiant, titulaire ou dates).',
  'verify.code.signature.certificate':
    'Le certificat du cachet manque, est illisible ou n’est pas celui que le cachet désigne.',
  'verify.code.signature.noCertificate':
    'Le cachet ne contient pas de certificat ; il ne peut donc pas être vérifié ici.',
  'verify.code.context.notBundled':
    'Le titre renvoie à un vocabulaire qui n’est pas disponible sans connexion ; sa signature n’a donc pas pu être vérifiée.',
  'verify.code.certificate.valid': 'Le certificat du cachet était valide à la date de validation.',
  'verify.code.certificate.expired':
    'Le certificat du cachet avait expiré à la date de validation. Si le titre a été scellé plus tôt, choisissez une date de validation à laquelle le certificat était encore valide.',
  'verify.code.certificate.notYetValid':
    'Le certificat du cachet n’était pas encore valide à la date de validation.',
  'verify.code.certificate.keyUsage':
    'Le certificat du cachet ne peut pas servir à des cachets ou à des signatures.',
  'verify.code.certificate.chainTrusted':
    'Le certificat du cachet remonte à une autorité de certification de confiance.',
  'verify.code.certificate.noTrustAnchor':
    'Il n’est pas possible de confirmer ici que l’autorité de certification est de confiance : aucune liste de confiance de l’UE n’est consultée.',
  'verify.code.certificate.chainBroken':
    'La chaîne de certificats est rompue : un certificat émetteur manque, n’est pas une autorité ou n’était pas valide.',
  'verify.code.certificate.notRevoked':
    'Les informations de révocation contenues dans le cachet montrent que le certificat n’était pas révoqué.',
  'verify.code.certificate.revocationUnknown':
    'Il n’est pas possible de confirmer si le certificat était révoqué : les informations de révocation du cachet manquent ou ne sont pas à jour pour la date de validation.',
  'verify.code.certificate.revoked': 'Le certificat du cachet a été révoqué.',
  'verify.code.certificate.none': 'Il n’y a pas de cachet, donc pas de certificat à vérifier.',
  'verify.code.issuer.ok': 'La clé ou le certificat qui a signé appartient à l’émetteur que nomme le titre.',
  'verify.code.issuer.unconfirmed':
    'Il n’a pas été possible de confirmer ici que la clé de signature appartient à l’émetteur que nomme le titre.',
  'verify.code.issuer.noVerifiedKey': 'Ce point ne peut pas être vérifié sans une signature vérifiée.',
  'verify.code.issuer.missing': 'Le titre ne nomme pas son émetteur.',
  'verify.code.issuer.mismatch':
    'Le cachet appartient à une autre organisation que l’émetteur que nomme le titre.',
  'verify.code.issuer.partialMatch':
    'L’organisation qui a scellé ne correspond qu’en partie à l’émetteur que nomme le titre.',
  'verify.code.issuer.noIdentifier':
    'Le titre ou le certificat du cachet n’a pas l’identifiant d’organisation nécessaire pour les comparer.',
  'verify.code.issuer.noSeal':
    'Il n’y a pas de cachet, donc pas d’organisation scellante à comparer avec l’émetteur.',
  'verify.code.validity.ok': 'Le titre était valide à la date de validation.',
  'verify.code.validity.expired': 'Le titre avait expiré à la date de validation.',
  'verify.code.validity.notYetValid': 'Le titre n’était pas encore valide à la date de validation.',
  'verify.code.validity.badDate': 'Une date du titre n’est pas écrite comme une date valide.',
  'verify.code.validity.noDates': 'Le titre ne donne aucune date permettant de juger de sa validité.',
  'verify.code.validity.noValidationTime':
    'Aucune date de validation n’a été donnée ; les dates n’ont pas pu être évaluées.',
  'verify.code.status.current':
    'La liste de statut de l’émetteur montre que le titre n’est ni révoqué ni suspendu.',
  'verify.code.status.revoked': 'L’émetteur a révoqué le titre.',
  'verify.code.status.suspended': 'L’émetteur a suspendu le titre.',
  'verify.code.status.none': 'Le titre n’a pas de statut de révocation à vérifier.',
  'verify.code.status.listUnreachable':
    'L’émetteur publie le statut de révocation en ligne ; cette page ne le consulte pas, on ne sait donc pas si le titre a été révoqué.',
  'verify.code.status.listProblem':
    'La liste de statut de l’émetteur n’a pas pu être lue ou n’est pas fiable.',
  'verify.code.status.malformedEntry': 'Les informations de statut du titre sont mal formées.',
  'verify.code.status.listIssuerMismatch':
    'La liste de statut à laquelle renvoie ce titre a été émise par quelqu’un d’autre que l’émetteur du titre ; elle ne peut donc pas montrer si le titre a été révoqué.',
  'verify.code.status.unsupportedType':
    'Le titre utilise une méthode de statut que cette page ne peut pas vérifier.',
  'verify.fallback.ok': 'Cette vérification a réussi.',
  'verify.fallback.failed': 'Cette vérification a échoué.',
  'verify.fallback.unknown': 'Cette vérification n’a pas pu être faite ici.',
  'verify.fallback.skipped': 'Cette vérification ne s’applique pas à ce titre.',
  'verify.annex.heading': 'Décrit selon les éléments standard de l’UE ?',
  'verify.annex.about':
    'Il s’agit de la manière dont le titre décrit la microcertification selon les éléments standard européens de l’annexe I de la recommandation du Conseil du 16 juin 2022 sur les microcertifications, et non de l’authenticité du titre.',
  'verify.annex.score': '{present} éléments obligatoires présents sur {total}',
  'verify.annex.number': 'N°',
  'verify.annex.element': 'Élément',
  'verify.annex.kind': 'Obligatoire ou facultatif',
  'verify.annex.result': 'Statut',
  'verify.annex.mandatory': 'Obligatoire',
  'verify.annex.optional': 'Facultatif',
  'verify.annex.status.present': 'Présent',
  'verify.annex.status.missing': 'Manquant',
  'verify.annex.status.vague': 'Imprécis',
  'verify.annex.status.notApplicable': 'Sans objet',
  'verify.annex.element.learner': 'Identification de l’apprenant',
  'verify.annex.element.title': 'Intitulé de la microcertification',
  'verify.annex.element.issuerCountry': 'Pays/région(s) de l’émetteur',
  'verify.annex.element.awardingBody': 'Organisme(s) de délivrance',
  'verify.annex.element.dateOfIssuing': 'Date de délivrance',
  'verify.annex.element.learningOutcomes': 'Acquis d’apprentissage',
  'verify.annex.element.workload':
    'Charge de travail théorique nécessaire pour obtenir les acquis d’apprentissage',
  'verify.annex.element.level':
    'Niveau (et cycle, le cas échéant) de l’expérience d’apprentissage menant à la microcertification (CEC, cadre des certifications de l’EEES), le cas échéant',
  'verify.annex.element.assessmentType': 'Type d’évaluation',
  'verify.annex.element.participationForm': 'Forme de participation à l’activité d’apprentissage',
  'verify.annex.element.qualityAssurance':
    'Type d’assurance de la qualité sur lequel repose la microcertification',
  'verify.annex.element.prerequisites': 'Conditions préalables pour s’inscrire à l’activité d’apprentissage',
  'verify.annex.element.supervision': 'Surveillance et vérification de l’identité pendant l’évaluation',
  'verify.annex.element.grade': 'Note obtenue',
  'verify.annex.element.stackability': 'Possibilités d’intégration/de cumul',
  'verify.annex.element.furtherInformation': 'Informations complémentaires',
  'verify.annex.reason.absent': 'Le titre ne donne pas cet élément.',
  'verify.annex.reason.invalid': 'Le titre donne cet élément sous une forme qui n’a pas pu être lue.',
  'verify.annex.reason.noAssessment':
    'Le titre indique qu’il n’y a pas d’évaluation, alors que les acquis d’une microcertification sont évalués.',
  'verify.annex.reason.noQualityAssurance':
    'Le titre indique qu’il n’y a pas d’assurance de la qualité, alors que les microcertifications reposent sur une assurance de la qualité.',
  'verify.annex.reason.learner':
    'Cette page n’affiche pas les données personnelles de l’apprenant : cet élément n’est donc pas évalué ici.',
  'verify.annex.reason.notIssued': 'Cet élément ne concerne qu’un titre déjà délivré.',
  'verify.annex.reason.noLevel':
    'Le titre indique que l’apprentissage n’a pas de niveau dans un cadre de certifications.',
  'verify.annex.reason.outcomesTooShort':
    'Les acquis d’apprentissage sont trop brefs pour dire ce que le titulaire sait et sait faire, et ne renvoient à aucune compétence ESCO.',
  'verify.annex.reason.outcomesNotVerbLed':
    'Les acquis d’apprentissage ne sont pas rédigés comme ce que l’apprenant sait faire (aucun ne commence par un verbe d’action).',
  'verify.annex.reason.noEctsOrHours':
    'La charge de travail est exprimée en crédits d’un autre système ou d’un système non précisé, et non en ECTS ou en heures.',
  'verify.annex.reason.nqfWithoutEqf':
    'Seul un niveau national est indiqué, pas le niveau du cadre européen des certifications (CEC).',
  'verify.annex.reason.assessmentFreeTextOnly':
    'L’évaluation est décrite en mots, mais son type n’est pas indiqué.',
  'verify.annex.reason.otherWithoutDescription': 'Le type d’évaluation est « autre », sans description.',
  'verify.annex.reason.qaFreeTextOnly':
    'L’assurance de la qualité est mentionnée, mais son type n’est pas indiqué.',
  'done.erase': 'Vous avez changé d’avis ? Supprimez vos réponses avec votre code de confirmation',
  'privacy.erase': 'Supprimer vous-même vos réponses avec votre code de confirmation',
  'privacy.contacts':
    'Si vous avez été invité par e-mail, votre adresse, votre langue et votre pays sont conservés séparément de vos réponses, utilisés uniquement pour l’invitation et les rappels, et supprimés {days} jours après la clôture du questionnaire. Lorsque vous envoyez vos réponses, le lien entre votre adresse et vos réponses est supprimé.',

  'results.title': 'Résultats',
  'results.intro':
    'Réponses aux questionnaires remplis jusqu’au {date}, comptées ensemble. Pour que chaque réponse reste confidentielle, aucun chiffre reposant sur moins de {k} personnes n’est affiché, ni aucun chiffre permettant d’en retrouver un.',
  'results.by': 'Ventiler par',
  'results.byNone': 'Sans ventilation',
  'results.byTargetGroup': 'Groupe de répondants',
  'results.byLanguage': 'Langue des réponses',
  'results.show': 'Afficher',
  'results.answer': 'Réponse',
  'results.total': 'Tous',
  'results.noAnswer': 'Non précisé',
  'results.base': 'Ont répondu (base des pourcentages)',
  'results.unitRespondents': 'nombre de personnes',
  'results.unitItems': 'nombre de microcertifications décrites',
  'results.suppressed': 'non affiché, pour que les réponses restent confidentielles',
  'results.csv': 'Télécharger ces tableaux (CSV)',
  'results.mean': 'Moyenne',
  'results.q1': 'Premier quartile',
  'results.median': 'Médiane',
  'results.q3': 'Troisième quartile',
  'results.byCountry': 'Pays',
  'results.filter': 'Afficher un seul groupe',
  'results.filterHint':
    'Un groupe ne peut être affiché seul que si ce groupe et le reste des répondants sont tous deux assez nombreux.',
  'results.filterAll': 'Tous les répondants',
  'results.titleFiltered': 'Résultats d’un seul groupe : {group} ({grouping})',
  'results.refused.title': 'Ce groupe ne peut pas être affiché seul',
  'results.refused.body':
    'Les résultats d’un seul groupe ne sont affichés que si ce groupe et le reste des répondants sont tous deux assez nombreux pour que personne ne puisse être reconnu. Choisissez l’un des groupes proposés sur la page des résultats.',
  'results.refused.back': 'Retour aux résultats',
  'study.results': 'Résultats de l’étude',

  'results.chartDescription': 'Pourcentages de l’ensemble des répondants, comme dans le tableau ci-dessous.',
  'results.chartHidden': 'Réponses non affichées, pour préserver la confidentialité : {count}.',

  'privacy.title': 'Déclaration spécifique de confidentialité',
  'privacy.updated': 'Dernière mise à jour : {date}',
  'privacy.operation': 'Traitement : {operation}',
  'privacy.reference': 'Référence du registre : {reference}',
  'privacy.introduction.heading': 'Introduction',
  'privacy.introduction.body':
    '{controller} est responsable de cette étude et de vos données à caractère personnel qui y sont traitées (le responsable du traitement). Comme l’exige l’article 15 du règlement (UE) 2018/1725, cette déclaration vous indique quelles données nous collectons, pourquoi, combien de temps nous les conservons et quels sont vos droits.',
  'privacy.purpose.heading': 'Pourquoi et comment nous traitons vos données',
  'privacy.purpose.default':
    'Nous collectons vos réponses aux questionnaires de l’étude « {study} » pour comprendre le sujet de l’étude et en publier les résultats. Les réponses ne sont analysées et publiées que sous forme agrégée, par groupes suffisamment grands pour que personne ne puisse être reconnu. Elles ne sont utilisées à aucune autre fin.',
  'privacy.legalBasis.heading': 'Sur quelle base juridique',
  'privacy.legalBasis.default':
    'Nous traitons vos réponses pour l’exécution d’une mission d’intérêt public (article 5, paragraphe 1, point a), du règlement (UE) 2018/1725) et avec votre consentement à participer (article 5, paragraphe 1, point d)), que vous donnez sur la première page du questionnaire. Vous pouvez retirer votre consentement à tout moment ; cela n’affecte pas ce qui a été fait auparavant.',
  'privacy.dataCollected.heading': 'Quelles données nous collectons',
  'privacy.dataCollected.default':
    'Vos réponses ; la langue dans laquelle vous avez répondu ; le moment où vous avez commencé et terminé, et le temps passé sur chaque page. Nous ne vous demandons pas votre nom et n’enregistrons ni votre adresse IP ni votre navigateur. Si vous demandez un lien par courriel pour continuer plus tard, votre adresse sert une seule fois à l’envoyer et n’est pas conservée. N’écrivez dans les réponses libres rien qui permette de vous reconnaître ou de reconnaître quelqu’un d’autre.',
  'privacy.retention.heading': 'Combien de temps nous conservons vos données',
  'privacy.retention.default':
    'Nous conservons vos réponses pendant {months} mois après la clôture de l’étude. Ensuite, nous les supprimons ou ne gardons que des données qui ne permettent d’identifier personne.',
  'privacy.security.heading': 'Comment nous protégeons vos données',
  'privacy.security.default':
    'Les réponses ne circulent que par des connexions chiffrées et sont conservées séparément de toute coordonnée, sur des serveurs situés dans l’Union européenne. Seule l’équipe de l’étude peut les consulter, chaque personne avec son propre compte.',
  'privacy.recipients.heading': 'Qui peut voir vos données',
  'privacy.recipients.default':
    'Seulement l’équipe de l’étude de {controller}. Les résultats publiés ne contiennent que des chiffres agrégés. Les organismes chargés de l’audit et du contrôle en vertu du droit de l’Union, comme le Contrôleur européen de la protection des données, peuvent y avoir accès lorsque la loi l’exige.',
  'privacy.processors': 'Pour notre compte et sous contrat : {processors}',
  'privacy.transfers.heading': 'Transferts hors de l’Union européenne',
  'privacy.transfers.default':
    'Vos données ne sont transférées ni vers des pays situés hors de l’Union européenne et de l’Espace économique européen, ni vers des organisations internationales.',
  'privacy.rights.heading': 'Vos droits et comment les exercer',
  'privacy.rights.default':
    'Vous avez le droit d’accéder à vos données, de les faire rectifier ou effacer, d’en limiter le traitement, de vous y opposer et à la portabilité des données, ainsi que de retirer votre consentement à tout moment. Écrivez à {email} en indiquant le code de confirmation reçu à la fin du questionnaire, afin que nous puissions retrouver vos réponses sans savoir qui vous êtes. Nous répondons dans un délai d’un mois.',
  'privacy.voluntary.heading': 'Êtes-vous obligé(e) de répondre ?',
  'privacy.voluntary.default':
    'Non. La participation est volontaire. Vous pouvez passer toute question qui n’est pas obligatoire et arrêter à tout moment. Ne pas participer n’a aucune conséquence pour vous.',
  'privacy.automatedDecisions.heading': 'Décisions automatisées',
  'privacy.automatedDecisions.default':
    'Aucune décision vous concernant n’est prise de manière automatisée et vous ne faites l’objet d’aucun profilage.',
  'privacy.contact.heading': 'Coordonnées',
  'privacy.contact.controller': 'Le responsable du traitement',
  'privacy.contact.dpo': 'Le délégué à la protection des données',
  'privacy.contact.edps': 'Le Contrôleur européen de la protection des données',
  'privacy.contact.complaint':
    'Vous avez le droit d’introduire à tout moment une réclamation auprès du Contrôleur européen de la protection des données si vous estimez que vos droits ont été violés.',
  'privacy.moreInformation.heading': 'Plus d’informations',
};
