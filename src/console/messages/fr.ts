import type { ConsoleMessages } from './en.ts';
import { registerMessagesFr } from './register.fr.ts';

/** The console's words in French. */
export const fr: ConsoleMessages = {
  ...registerMessagesFr,
  'console.name': 'console credmap',
  'console.skipLink': 'Aller au contenu principal',
  'console.accountNav': 'Votre compte',
  'console.breadcrumbs': 'Vous êtes ici',
  'console.logout': 'Se déconnecter',
  'console.errorPrefix': 'Erreur :',
  'console.issues.title': 'Il y a un problème',

  'console.problem.notFound': 'Cette page n’existe pas, ou votre compte n’y a pas accès.',
  'console.problem.forbidden': 'Votre rôle dans cette étude ne le permet pas.',
  'console.problem.unauthorized': 'Connectez-vous d’abord.',
  'console.problem.expired': 'Ce formulaire a expiré. Revenez en arrière, rechargez la page et réessayez.',
  'console.problem.badRequest':
    'Les données envoyées n’ont pas pu être lues. Revenez en arrière et réessayez.',
  'console.problem.tooLarge': 'La requête dépasse {max} Mo.',
  'console.problem.unavailable': 'Le service ne peut pas répondre pour le moment. Réessayez dans une minute.',
  'console.problem.title': 'Cette demande n’a pas abouti',
  'console.problem.back': 'Retour à la console',
  'console.form.unstorable':
    'Le champ « {field} » contient un caractère qui ne peut pas être enregistré (NUL, un caractère de contrôle invisible). Revenez en arrière, supprimez-le et réessayez.',
  'console.form.unstorableField':
    'Ce texte contient un caractère de contrôle invisible (NUL) qui ne peut pas être enregistré. Supprimez-le et réessayez.',

  'console.login.title': 'Connexion',
  'console.login.email': 'Adresse e-mail',
  'console.login.password': 'Mot de passe',
  'console.login.submit': 'Se connecter',
  'console.login.wrong': 'L’adresse e-mail ou le mot de passe est incorrect.',
  'console.login.locked': 'Trop de tentatives échouées avec cette adresse. Réessayez dans {minutes} minutes.',

  'console.setup.title': 'Configurer credmap',
  'console.setup.intro':
    'Ce lien crée le premier compte. Celui-ci devient propriétaire de toutes les études et peut attribuer leurs rôles aux autres personnes.',
  'console.link.title': 'Choisir votre mot de passe',
  'console.link.intro': 'Choisissez un mot de passe pour le compte {email}.',
  'console.link.submit': 'Enregistrer et se connecter',
  'console.link.invalid':
    'Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau à un propriétaire de l’étude.',

  'console.account.title': 'Votre compte',
  'console.account.name': 'Nom',
  'console.account.newPassword': 'Nouveau mot de passe',
  'console.account.currentPassword': 'Mot de passe actuel',
  'console.account.passwordHint':
    'Au moins {min} caractères. Une phrase de plusieurs mots est facile à retenir.',
  'console.account.password.tooShort': 'Le mot de passe doit compter au moins {min} caractères.',
  'console.account.password.tooLong': 'Le mot de passe peut compter au plus {max} caractères.',
  'console.account.password.isEmail': 'Le mot de passe ne peut pas être votre adresse e-mail.',
  'console.account.passwordWrong': 'Le mot de passe actuel est incorrect.',
  'console.account.passwordChanged':
    'Votre mot de passe a été modifié. Vos autres sessions ont été déconnectées.',
  'console.account.nameMissing': 'Saisissez un nom.',
  'console.account.emailInvalid': 'Saisissez une adresse e-mail, par exemple name@example.org.',
  'console.account.language': 'Langue de la console',
  'console.account.languageSave': 'Enregistrer la langue',
  'console.account.passwordSave': 'Changer le mot de passe',
  'console.account.tokens': 'Jetons d’API',
  'console.account.tokensIntro':
    'Un jeton permet à un script d’utiliser l’API à l’adresse /api/v1 avec vos rôles. Il n’est affiché qu’une fois : conservez-le comme un mot de passe.',
  'console.account.tokenName': 'Usage du jeton',
  'console.account.tokenCreate': 'Créer un jeton',
  'console.account.tokenCreated': 'Votre nouveau jeton (affiché uniquement maintenant) :',
  'console.account.tokenRevoke': 'Révoquer',
  'console.account.tokenNone': 'Vous n’avez aucun jeton d’API.',
  'console.account.tokenLastUsed': 'Dernière utilisation',
  'console.account.tokenNever': 'jamais',

  'console.role.owner': 'Propriétaire',
  'console.role.researcher': 'Chercheur',
  'console.role.analyst': 'Analyste',
  'console.role.translator': 'Traducteur',
  'console.role.viewer': 'Lecteur',

  'console.studies.title': 'Études',
  'console.studies.none':
    'Votre compte n’a encore de rôle dans aucune étude. Demandez à un propriétaire d’étude de vous ajouter.',
  'console.study.yourRole': 'Votre rôle : {role}',
  'console.study.timeZone': 'Fuseau horaire : {zone}',
  'console.study.questionnaires': 'Questionnaires',
  'console.study.questionnaire': 'Questionnaire',
  'console.study.status': 'Statut',
  'console.study.started': 'Commencées',
  'console.study.completed': 'Terminées',
  'console.study.newQuestionnaire': 'Ajouter un questionnaire',
  'console.study.newHint':
    'Un tableur XLSForm (.xlsx) ou une définition credmap (.yaml, .json). Il devient un brouillon ; rien n’est montré aux répondants avant sa publication et son ouverture.',

  'console.status.notOpen': 'Pas encore ouvert',
  'console.status.open': 'Ouvert',
  'console.status.closed': 'Clos',

  'console.schedule.title': 'Période de collecte',
  'console.schedule.opens': 'Ouverture',
  'console.schedule.closes': 'Clôture',
  'console.schedule.date': 'Date',
  'console.schedule.time': 'Heure',
  'console.schedule.zone': 'Fuseau horaire',
  'console.schedule.zoneHint':
    'Un nom de fuseau horaire, par exemple Europe/Brussels. Laissez une date vide pour ne fixer aucune limite.',
  'console.schedule.save': 'Enregistrer les dates de collecte',
  'console.schedule.closeNow': 'Clore maintenant',
  'console.schedule.none': 'Aucune date fixée',
  'console.schedule.badDate':
    'Saisissez une date au format YYYY-MM-DD et une heure au format HH:MM qui existent dans ce fuseau horaire.',
  'console.schedule.badZone': 'Saisissez un nom de fuseau horaire, par exemple Europe/Brussels.',
  'console.schedule.closesBeforeOpens': 'La date de clôture doit être postérieure à la date d’ouverture.',
  'console.schedule.outOfRange': 'Saisissez une date comprise entre les années {from} et {to}.',

  'console.saved.schedule':
    'Les dates de collecte sont enregistrées. Les pages des répondants les appliquent désormais.',
  'console.saved.closed': 'Le questionnaire est clos. Les répondants voient désormais la page de clôture.',
  'console.saved.draft': 'Le brouillon est enregistré.',
  'console.saved.published':
    'La nouvelle version est publiée. Les nouveaux répondants la reçoivent ; les réponses commencées restent sur leur version.',
  'console.saved.translation': 'La traduction est enregistrée dans le brouillon.',

  'console.versions.title': 'Versions publiées',
  'console.versions.number': 'Version',
  'console.versions.published': 'Publication',
  'console.versions.responses': 'Réponses',
  'console.versions.files': 'Fichiers et modifications',
  'console.versions.changes': 'Modifications depuis la version {from}',

  'console.draft.title': 'Brouillon',
  'console.draft.none': 'Il n’y a pas de brouillon. Importez un questionnaire pour en créer un.',
  'console.draft.updated': 'Dernière modification le {date} par {name}.',
  'console.draft.valid': 'Le brouillon ne présente aucun problème.',
  'console.draft.problems': 'Le brouillon présente {count} problèmes à corriger avant de pouvoir être publié',
  'console.draft.changes': 'Modifications par rapport à la version publiée',
  'console.draft.download': 'Télécharger le brouillon au format XLSForm',
  'console.draft.downloadJson': 'Télécharger le brouillon au format JSON',
  'console.draft.notWritable':
    'Ce brouillon a des problèmes qu’un classeur XLSForm ne peut pas contenir. Corrigez-les, ou téléchargez le brouillon en JSON.',
  'console.draft.publish': 'Publier le brouillon comme nouvelle version',
  'console.draft.discard': 'Abandonner le brouillon',
  'console.draft.upload': 'Importer un nouveau brouillon',
  'console.draft.uploadHint': 'Un tableur XLSForm (.xlsx) ou une définition credmap (.yaml, .json).',
  'console.draft.uploadSubmit': 'Importer',
  'console.draft.noFile': 'Choisissez un fichier à importer.',
  'console.draft.otherId': 'Le fichier concerne le questionnaire « {id} », et non « {expected} ».',
  'console.draft.badId':
    'Le fichier ne donne pas d’identifiant au questionnaire (lettres minuscules, chiffres et -).',
  'console.draft.exists':
    'L’étude a déjà un questionnaire « {id} ». Importez un brouillon sur la page de ce questionnaire.',
  'console.draft.unreadable': 'Le fichier n’a pas pu être utilisé : {problems}',
  'console.draft.notSpreadsheet': 'Le fichier n’est ni un tableur .xlsx, ni un fichier .yaml ou .json.',
  'console.draft.badYaml': 'Le fichier n’a pas pu être lu comme YAML ou JSON : {detail}',
  'console.draft.tooLarge': 'Le fichier dépasse {size}.',
  'console.draft.includes':
    'Une définition importée ici doit être complète : les entrées « include » ne sont lues que depuis le dossier de l’étude.',
  'console.draft.unstorable':
    'Le fichier contient en {path} un texte qui ne peut pas être enregistré : il comporte un caractère NUL ou une moitié de paire de substitution.',
  'console.draft.tooDeep': 'Le fichier imbrique des listes et des objets sur plus de {max} niveaux.',
  'console.xlsform.where.column': 'Feuille {sheet}, ligne {row}, colonne {column} : {message}',
  'console.xlsform.where.row': 'Feuille {sheet}, ligne {row} : {message}',
  'console.xlsform.where.sheet': 'Feuille {sheet} : {message}',
  'console.xlsform.where.cell': 'Feuille {sheet}, cellule {cell} : {message}',
  'console.xlsform.notXlsx': 'Le fichier n’est pas un classeur .xlsx qui puisse être ouvert.',
  'console.xlsform.unreadable':
    'Le classeur contient quelque chose qui ne peut pas être lu. Enregistrez-le de nouveau au format .xlsx dans un tableur, puis importez-le encore une fois.',
  'console.xlsform.tooLarge': 'Le classeur dépasse {detail} une fois décompressé.',
  'console.xlsform.tooManyCells':
    'Une feuille a des lignes qui s’étendent sur plus de cellules que ce qui peut être lu. Supprimez les colonnes vides situées loin à droite, ou copiez la feuille dans un nouveau classeur.',
  'console.xlsform.missingSheet': 'Le classeur n’a pas de feuille « {sheet} ».',
  'console.xlsform.missingColumn': 'la feuille n’a pas de colonne « {column} ».',
  'console.xlsform.duplicateColumn': 'la feuille a deux fois cette colonne.',
  'console.xlsform.unknownLanguage':
    '« {detail} » n’est pas un code de langue ; écrivez une langue par exemple sous la forme English (en).',
  'console.xlsform.unexpectedLanguage':
    'cette colonne n’est pas traduite et ne prend donc pas de langue (« {detail} »).',
  'console.xlsform.noDefaultLanguage':
    'la colonne n’indique pas de langue, et la feuille settings n’a pas de default_language pour elle.',
  'console.xlsform.unknownColumn':
    'ni XLSForm ni credmap ne connaissent cette colonne ; laissez-la vide ou supprimez-la.',
  'console.xlsform.unsupportedColumn':
    'credmap ne prend pas en charge cette colonne XLSForm ; laissez-la vide.',
  'console.xlsform.unnamedColumn': 'une valeur figure dans une colonne sans en-tête.',
  'console.xlsform.columnNotApplicable':
    'cette colonne ne s’applique pas au type de la ligne ; laissez-la vide.',
  'console.xlsform.badCell': 'la cellule affiche « {detail} », et non une valeur lisible.',
  'console.xlsform.missingValue': 'cette ligne demande une valeur dans cette colonne.',
  'console.xlsform.badValue': '« {detail} » n’est pas une valeur que cette colonne peut prendre.',
  'console.xlsform.unsupportedType': 'credmap ne pose pas de questions de type « {detail} ».',
  'console.xlsform.unsupportedAppearance': 'credmap ne prend pas en charge l’appearance « {detail} » ici.',
  'console.xlsform.unsupportedValue':
    'credmap ne prend pas en charge la valeur « {detail} » dans cette colonne.',
  'console.xlsform.unknownList': 'la feuille choices n’a pas de liste « {detail} ».',
  'console.xlsform.badExpression':
    'l’expression « {detail} » ne peut pas être lue, ou utilise du XPath que credmap ne prend pas en charge (chemins, prédicats, |).',
  'console.xlsform.unsupportedFunction': 'credmap ne prend pas en charge la fonction « {detail} ».',
  'console.xlsform.unsupportedOperator': 'credmap ne prend pas en charge l’opérateur « {detail} ».',
  'console.xlsform.badNumber': 'le nombre « {detail} » est trop grand.',
  'console.xlsform.unclosedGroup': 'le groupe qui commence ici n’a pas de ligne end_group.',
  'console.xlsform.unclosedRepeat': 'la répétition qui commence ici n’a pas de ligne end_repeat.',
  'console.xlsform.unmatchedEnd': '« {detail} » termine un groupe ou une répétition qui n’a pas commencé.',
  'console.xlsform.unsupportedNesting':
    'credmap ne place pas de groupe dans un groupe, ni de répétition dans un groupe ou une répétition (« {detail} »).',
  'console.xlsform.tooDeep':
    'ce « {detail} » laisserait plus de 32 groupes et répétitions ouverts à la fois.',
  'console.xlsform.extraSettingsRow':
    'la feuille settings ne prend qu’une ligne de valeurs sous l’en-tête ; celle-ci en est une deuxième.',
  'console.definition.where': '{path} : {message}',
  'console.definition.list.unknown': 'il n’y a pas de liste de choix « {detail} ».',
  'console.definition.language.fallbackNotDeclared':
    'la langue de repli ne fait pas partie des langues déclarées.',
  'console.definition.language.duplicate': 'une langue figure deux fois dans la liste.',
  'console.definition.text.missingLanguage': 'le texte manque dans la langue {language}.',
  'console.definition.text.undeclaredLanguage':
    'il y a un texte dans la langue {language}, qui ne fait pas partie des langues déclarées.',
  'console.definition.text.placeholdersDiffer':
    'le texte dans la langue {language} ne reprend pas les mêmes réponses que le texte source.',
  'console.definition.id.duplicate':
    'l’identifiant « {detail} » est utilisé deux fois ; pages, groupes et questions ont chacun besoin du leur.',
  'console.definition.variable.duplicate': 'la variable « {detail} » est déjà le nom de « {other} ».',
  'console.definition.expression.unknownReference':
    '« {detail} » n’est pas l’identifiant d’une question à laquelle on peut faire référence ici.',
  'console.definition.expression.forwardReference':
    '« {detail} » n’est demandé que plus loin ; sa réponse ne peut pas être lue ici.',
  'console.definition.expression.cycle': 'les calculs se lisent les uns les autres en boucle : {detail}.',
  'console.definition.repeat.minAboveMax': 'le nombre minimal d’éléments dépasse le nombre maximal.',
  'console.definition.repeat.firstPageConditional':
    'la première page d’un groupe répété ne peut pas avoir de condition.',
  'console.definition.multiple.minAboveMax': 'le nombre minimal de choix dépasse le nombre maximal.',
  'console.definition.multiple.maxAboveChoices':
    'le nombre maximal de choix dépasse le nombre de choix proposés.',
  'console.definition.number.minAboveMax': 'le minimum dépasse le maximum.',
  'console.definition.country.unknown': '« {detail} » n’est ni un code de pays ni un groupe de pays.',
  'console.definition.consent.notOnFirstPage':
    'une question de consentement doit se trouver sur la première page.',
  'console.definition.consent.conditional': 'une question de consentement ne peut pas avoir de condition.',
  'console.definition.choice.exclusiveOnlyInMultiple':
    'seule une question à choix multiples peut avoir un choix exclusif (« aucun de ceux-ci »).',
  'console.definition.choice.otherOnlyInChoice':
    'seule une question à choix unique ou multiples peut demander de préciser « autre ».',
  'console.definition.choice.duplicateCode': 'le code « {detail} » figure deux fois dans la même liste.',
  'console.definition.include.unknownKey':
    'une entrée include ne prend que include et relevant, pas {detail}.',
  'console.definition.include.unknownModule': 'il n’y a pas de module « {detail} » à inclure.',
  'console.definition.include.cycle': 'les modules s’incluent les uns les autres en boucle : {detail}.',
  'console.definition.include.listConflict':
    'une liste de choix est définie différemment à deux endroits : {detail}.',
  'console.definition.timeZone.unknown':
    '« {detail} » n’est pas un nom de fuseau horaire comme Europe/Paris.',
  'console.definition.expr.unexpectedToken':
    'l’expression contient « {detail} » à un endroit où ce n’est pas possible (caractère {position}).',
  'console.definition.expr.unexpectedEnd':
    'l’expression s’arrête avant d’être complète (caractère {position}).',
  'console.definition.expr.unterminatedString':
    'le texte entre guillemets qui commence au caractère {position} n’est pas fermé.',
  'console.definition.expr.badEscape':
    '« {detail} » au caractère {position} n’est pas une séquence d’échappement connue du langage d’expressions.',
  'console.definition.expr.badNumber': 'le nombre « {detail} » au caractère {position} est trop grand.',
  'console.definition.expr.badReference':
    'la référence au caractère {position} n’est pas fermée par une accolade, ou ne nomme pas d’identifiant valide.',
  'console.definition.expr.bareIdentifier':
    '« {detail} » au caractère {position} n’est ni un appel de fonction ni une référence à une réponse.',
  'console.definition.expr.unknownFunction':
    'il n’y a pas de fonction « {detail} » (au caractère {position}).',
  'console.definition.expr.arity':
    'la fonction « {detail} » au caractère {position} reçoit un mauvais nombre de valeurs.',
  'console.definition.expr.tooLong': 'l’expression dépasse {max} caractères.',
  'console.definition.expr.tooDeep':
    'l’expression imbrique trop profondément parenthèses, fonctions et opérateurs (au caractère {position}).',

  'console.publish.missing': '{language} : le texte {key} n’est pas traduit.',
  'console.publish.outdated': '{language} : le texte {key} a été modifié après sa traduction.',
  'console.publish.placeholders':
    '{language} : le texte {key} n’a pas les mêmes références ${…} que le texte source.',
  'console.publish.notHarmonised':
    'La variable {variable} est posée différemment dans le questionnaire {other}.',

  'console.diff.title': 'Modifications de {from} à {to}',
  'console.diff.none': 'Il n’y a aucune modification.',
  'console.diff.where': 'Emplacement',
  'console.diff.change': 'Modification',
  'console.diff.before': 'Avant',
  'console.diff.after': 'Après',
  'console.diff.added': 'Ajouté',
  'console.diff.removed': 'Supprimé',
  'console.diff.changed': 'Modifié',
  'console.diff.moved': 'Déplacé',

  'console.preview.title': 'Aperçu : {language} ({source})',
  'console.preview.intro':
    'Chaque page telle que les répondants la voient, avec les conditions qui l’affichent ou la masquent. Rien ne peut être envoyé depuis cet aperçu.',
  'console.preview.shownWhen': 'Affiché si',
  'console.preview.calculated': 'Valeur calculée {id} :',
  'console.preview.inGroup': 'répété dans {group}',
  'console.preview.invalid': 'Le questionnaire présente des problèmes ; corrigez-les pour voir un aperçu.',

  'console.translations.notWritable':
    'Le brouillon a des problèmes qu’un classeur XLSForm ne peut pas contenir ; l’équipe de l’étude va les corriger. D’ici là, téléchargez les textes en XLIFF ou en tableur.',
  'console.translations.title': 'Langues',
  'console.translations.language': 'Langue',
  'console.translations.complete': 'Complets',
  'console.translations.missing': 'Manquants',
  'console.translations.outdated': 'Obsolètes',
  'console.translations.preview': 'Aperçu',
  'console.translations.source': 'Source ({language})',
  'console.translations.text': 'Traduction',
  'console.translations.state': 'État',
  'console.translations.key': 'Texte',
  'console.translations.export': 'Télécharger les textes à traduire',
  'console.translations.import': 'Importer les textes traduits',
  'console.translations.importHint':
    'Un fichier XLIFF (1.2, 2.0 ou 2.1) ou le tableur téléchargé ici, avec les traductions remplies.',
  'console.translations.importSubmit': 'Importer la traduction',
  'console.translations.report': 'Ce que l’import a modifié',
  'console.translations.changed': '{count} textes modifiés',
  'console.translations.unchanged': '{count} textes inchangés',
  'console.translations.unknown': 'Absents du questionnaire, ignorés : {keys}',
  'console.translations.mismatch':
    'Non appliqués, car les références ${…} diffèrent du texte source : {keys}',
  'console.translations.wrongLanguage': 'Le fichier contient des textes en {found}, et non en {expected}.',
  'console.translations.unreadable': 'Le fichier n’a pas pu être lu : {detail}',
  'console.translations.badCell':
    'Ligne {row}, colonne {column} : la cellule affiche l’erreur {error} au lieu d’un texte.',
  'console.translations.noFormulaValue':
    'Ligne {row}, colonne {column} : la cellule contient une formule enregistrée sans son résultat. Enregistrez de nouveau le fichier dans un tableur, ou saisissez le texte.',
  'console.translations.encoding': 'Le fichier n’est ni du texte UTF-8 ni du texte UTF-16.',
  'console.translations.doctype':
    'Ligne {line} : le fichier déclare un DOCTYPE, dont un fichier XLIFF n’a pas besoin et qui n’est pas accepté.',
  'console.translations.notXliff':
    'Le fichier n’est pas au format XLIFF 1.2, 2.0 ou 2.1 ({detail}). Exportez l’un de ces formats depuis votre outil de traduction, ou complétez un fichier téléchargé ici.',
  'console.translations.notXml': 'Ligne {line} : le fichier n’est pas du XML bien formé ({detail}).',
  'console.translations.xliffIssue':
    'Ligne {line} : le fichier XLIFF contient un élément qui ne peut pas être lu ici ({detail}).',
  'console.translations.xmlLimit':
    'Le fichier est plus volumineux ou plus profondément imbriqué qu’un fichier XLIFF ne peut l’être ici ({detail}).',
  'console.translations.noTargetLanguage':
    'Ligne {line} : le fichier n’indique pas dans quelle langue il est traduit. Définissez la langue cible dans votre outil de traduction (target-language en XLIFF 1.2, trgLang en XLIFF 2) et exportez de nouveau le fichier.',
  'console.translations.inlineCode':
    'Ligne {line} : le fichier contient un code de mise en forme (<{element}>) qui ne peut pas être reconverti en texte brut. Supprimez-le du texte, ou exportez le fichier sans codes, puis importez-le de nouveau.',
  'console.translations.sourceLanguage':
    'C’est la langue source : ses textes se modifient en important un brouillon.',
  'console.translations.state.complete': 'Complet',
  'console.translations.state.missing': 'Manquant',
  'console.translations.state.outdated': 'Obsolète',

  'console.members.title': 'Membres et rôles',
  'console.members.role': 'Rôle',
  'console.members.languages': 'Langues (traducteurs)',
  'console.members.languagesHint': 'Un traducteur ne peut modifier que les textes de ces langues.',
  'console.members.languagesMissing': 'Choisissez les langues sur lesquelles ce traducteur travaille.',
  'console.members.actions': 'Actions',
  'console.members.remove': 'Retirer',
  'console.members.pending': 'n’a pas encore choisi de mot de passe',
  'console.members.everyStudy': 'dans toutes les études',
  'console.members.add': 'Ajouter une personne ou modifier un rôle',
  'console.members.addHint':
    'Une personne nouvelle dans credmap reçoit un compte et un lien, valable 7 jours, pour choisir un mot de passe. Transmettez le lien vous-même si l’envoi d’e-mails n’est pas configuré.',
  'console.members.addSubmit': 'Enregistrer le rôle',
  'console.members.roleInvalid': 'Choisissez un rôle.',
  'console.members.linkCreated':
    'Envoyez ce lien à la personne pour qu’elle puisse choisir un mot de passe :',
  'console.members.lastOwner':
    'Une étude doit avoir au moins un propriétaire : attribuez d’abord le rôle de propriétaire à quelqu’un d’autre.',
  'console.members.mailSubject': 'Votre compte credmap',
  'console.members.mailBody':
    'Bonjour {name},\n\nUn rôle vous a été attribué dans une étude sur credmap. Choisissez votre mot de passe ici (le lien fonctionne une seule fois, pendant 7 jours) :\n\n{url}\n',

  'console.distribution.title': 'Diffusion',
  'console.distribution.openLinks': 'Liens ouverts',
  'console.distribution.openLinksHint':
    'Toute personne disposant d’un lien ouvert peut répondre. Utilisez-les sur des pages web, dans des lettres d’information et, avec le code QR, sur papier.',
  'console.distribution.qr': 'Code QR (SVG)',
  'console.distribution.invitations': 'Invitations personnelles',
  'console.distribution.contacts': 'Contacts',
  'console.distribution.invited': 'Invités',
  'console.distribution.unsubscribed': 'Désinscrits',
  'console.distribution.sent': 'E-mails envoyés',
  'console.distribution.failed': 'E-mails en échec',
  'console.distribution.log': 'voir le journal des e-mails',
  'console.distribution.reminders': 'Rappels (jours avant la clôture)',
  'console.distribution.remindersLabel': 'Rappels pour {questionnaire}, en jours avant la clôture',
  'console.distribution.remindersSave': 'Enregistrer',
  'console.distribution.remindersHint':
    'Les rappels sont envoyés aux contacts invités qui n’ont pas terminé et ne se sont pas désinscrits, par exemple « 7, 1 » : une semaine et un jour avant la clôture.',
  'console.distribution.remindersInvalid':
    'Saisissez des nombres entiers de jours de 0 à 90, séparés par des virgules, 10 au plus.',
  'console.distribution.send': 'Envoyer les invitations',
  'console.distribution.closed': 'Le questionnaire est clos : aucune invitation n’est envoyée.',
  'console.distribution.queued': 'Invitations en file d’attente : {count}.',
  'console.distribution.noSmtp':
    'Aucun serveur de messagerie n’est configuré (SMTP_URL) : les invitations attendent dans la file jusqu’à ce qu’il y en ait un.',
  'console.distribution.upload': 'Ajouter des contacts',
  'console.distribution.uploadHint':
    'Un fichier CSV ou XLSX avec les colonnes email, language, instrument et, si besoin, country. Les coordonnées sont conservées à part des réponses et ne figurent jamais dans les résultats ni dans les exports.',
  'console.distribution.file': 'Liste de contacts',
  'console.distribution.imported': 'Contacts ajoutés : {added}. Déjà dans la liste : {skipped}.',
  'console.distribution.issue': 'Ligne {row} {column} : {message}',
  'console.distribution.logTitle': 'E-mails pour {questionnaire}',
  'console.distribution.logEmpty': 'Aucun e-mail n’a encore été envoyé.',
  'console.distribution.kind': 'Type',
  'console.distribution.attempt': 'Tentative',
  'console.distribution.kind.invitation': 'Invitation',
  'console.distribution.kind.reminder': 'Rappel',
  'console.distribution.status.sent': 'Envoyé',
  'console.distribution.status.failed': 'Échec',
  'console.distribution.status.refused': 'Adresse refusée par le serveur de messagerie ; pas de nouvel essai',
  'console.distribution.status.closed': 'Non envoyé : le questionnaire était clos',
  'console.distribution.status.skipped': 'Non envoyé : questionnaire rempli ou désinscription',
  'console.contacts.unreadable':
    'Le fichier n’est ni un fichier CSV (UTF-8) ni un fichier XLSX. Dans un tableur, enregistrez-le au format « CSV UTF-8 » ou comme classeur Excel (.xlsx).',
  'console.contacts.tooLarge':
    'Le fichier est trop volumineux pour être lu : plus de {detail} une fois décompressé, ou plus large qu’une feuille de calcul. Ne gardez que les colonnes email, language, instrument et country, ou divisez la liste.',
  'console.contacts.empty': 'La liste ne contient aucun contact.',
  'console.contacts.missingColumn': 'La colonne est absente.',
  'console.contacts.duplicateColumn': 'La colonne apparaît plus d’une fois ; n’en gardez qu’une.',
  'console.contacts.tooMany': 'La liste compte plus de {detail} contacts ; divisez-la.',
  'console.contacts.badEmail': '« {detail} » n’est pas une adresse e-mail.',
  'console.contacts.badLanguage': 'Le questionnaire n’est pas proposé en « {detail} ».',
  'console.contacts.badInstrument': 'L’étude n’a pas de questionnaire « {detail} ».',
  'console.contacts.badCountry': '« {detail} » n’est pas un code de pays à deux lettres.',
  'console.contacts.duplicate': 'La même adresse pour le même questionnaire figure déjà à la ligne {detail}.',

  'console.api.invalid': 'La demande n’est pas valide : {problems}',
  'console.api.invalidMore': 'La demande n’est pas valide : {problems} ; et {more} autres.',
  'console.api.notPublished': 'Le brouillon ne peut pas encore être publié : {problems}',
  'console.api.unstorable':
    'Le texte en {path} contient un caractère qui ne peut pas être enregistré : NUL (\\u0000) ou un code de substitution isolé.',
  'console.api.tooDeep': 'La demande imbrique des tableaux et des objets sur plus de {max} niveaux.',
  'console.api.notJson':
    'Envoyez le corps en JSON encodé en UTF-8, avec l’en-tête Content-Type: application/json.',
  'console.api.badJson': 'Le corps n’est pas du JSON valide en UTF-8.',
  'console.api.methodNotAllowed': 'Cette adresse n’accepte pas {method}, seulement {allowed}.',

  'console.audit.title': 'Journal d’audit',
  'console.audit.none': 'Rien n’a encore été enregistré.',
  'console.audit.when': 'Quand',
  'console.audit.who': 'Qui',
  'console.audit.what': 'Quoi',
  'console.audit.detail': 'Détails',
  'console.audit.older': 'Entrées plus anciennes',

  // Fieldwork monitor (monitor.ts)
  'console.monitor.title': 'Suivi de la collecte',
  'console.monitor.intro':
    'Réponses à toutes les versions de chaque questionnaire. Les jours et les heures sont indiqués dans le fuseau horaire de l’étude, {zone}.',
  'console.monitor.instruments': 'Réponses par questionnaire',
  'console.monitor.instrument': 'Questionnaire',
  'console.monitor.started': 'Commencées',
  'console.monitor.completed': 'Terminées',
  'console.monitor.partial': 'Partielles',
  'console.monitor.invited': 'Invités',
  'console.monitor.responseRate': 'Taux de réponse (terminées / invités)',
  'console.monitor.completionRate': 'Taux d’achèvement (terminées / commencées)',
  'console.monitor.median': 'Durée médiane de réponse',
  'console.monitor.minutes': '{minutes} min',
  'console.monitor.excluded': 'Exclues',
  'console.monitor.closes': 'Clôture',
  'console.monitor.noClosing': 'Pas de date de clôture',
  'console.monitor.notYet': 'pas encore',
  'console.monitor.noResponses': 'Aucune réponse pour l’instant.',
  'console.monitor.details': 'Chiffres et qualité des données de {questionnaire}',

  'console.monitor.byGroup': 'Réponses par groupe cible',
  'console.monitor.byCountry': 'Réponses par pays',
  'console.monitor.byLanguage': 'Réponses par langue',
  'console.monitor.cross': 'Réponses par groupe cible, pays et langue',
  'console.monitor.targetGroup': 'Groupe cible',
  'console.monitor.country': 'Pays',
  'console.monitor.language': 'Langue',
  'console.monitor.unknown': 'Sans réponse (pour l’instant)',
  'console.monitor.chartNote':
    'Diagramme en barres des réponses terminées ; le tableau qui suit contient les mêmes chiffres.',

  'console.monitor.dropOff': 'Où les réponses partielles se sont arrêtées',
  'console.monitor.dropOffIntro':
    'Chaque réponse non terminée est comptée à la dernière page enregistrée : le répondant a abandonné sur la page suivante, ou sur cette page même s’il l’a enregistrée avec une question encore sans réponse pour reprendre plus tard.',
  'console.monitor.page': 'Dernière page enregistrée',
  'console.monitor.noPartial': 'Aucune réponse partielle.',

  'console.monitor.perDay': 'Réponses par jour',
  'console.monitor.day': 'Jour',
  'console.monitor.closingMarker': 'Clôture le {date}',
  'console.monitor.closingNote': 'La collecte se termine le {date}.',
  'console.monitor.dayChartNote':
    'Histogramme des réponses terminées par jour ; une ligne en pointillés marque la date de clôture lorsqu’elle figure sur le graphique. Le tableau qui suit contient les mêmes chiffres.',

  'console.monitor.flags': 'Signalements sur la qualité des données',
  'console.monitor.flagsIntro':
    'Réponses terminées qui pourraient ne pas être authentiques, identifiées uniquement par leur code de confirmation. Un signalement invite à vérifier, ce n’est pas un verdict : n’excluez une réponse de l’analyse qu’en cas de certitude, et indiquez pourquoi.',
  'console.monitor.flag.speeder': 'Réponse trop rapide',
  'console.monitor.flag.speederHint': 'terminée en moins d’un tiers de la durée médiane ({minutes} min)',
  'console.monitor.flag.straightlining': 'Réponses en ligne droite',
  'console.monitor.flag.straightliningHint': 'chaque ligne d’une question en grille a reçu la même réponse',
  'console.monitor.flag.duplicate': 'Doublon',
  'console.monitor.flag.duplicateHint': 'les mêmes réponses qu’une réponse terminée auparavant',
  // « Champ piège »: usual French name of a honeypot form field (« pot de miel » is the security term).
  'console.monitor.flag.honeypot': 'Champ piège',
  'console.monitor.flag.honeypotHint':
    'un formulaire est revenu avec le champ que seuls les robots remplissent',
  'console.monitor.flagCount': 'Réponses signalées',
  'console.monitor.noFlags': 'Aucune réponse terminée n’est signalée.',
  'console.monitor.listLimited': 'Seules les {count} premières sont listées.',
  'console.monitor.receipt': 'Code de confirmation',
  'console.monitor.duration': 'Durée de réponse',
  'console.monitor.flagsColumn': 'Signalements',
  'console.monitor.status': 'Statut',
  'console.monitor.inAnalysis': 'Incluse dans l’analyse',
  'console.monitor.excludedBecause': 'Exclue : {reason}',
  'console.monitor.excludedBy': '{who}, {when}',
  'console.monitor.actions': 'Action',

  'console.monitor.reason': 'Motif',
  'console.monitor.reason.speeder': 'Réponse trop rapide',
  'console.monitor.reason.straightlining': 'Réponses en ligne droite',
  'console.monitor.reason.duplicate': 'Doublon',
  'console.monitor.reason.honeypot': 'Champ piège',
  'console.monitor.reason.other': 'Autre motif',
  'console.monitor.note': 'Note (facultatif)',
  'console.monitor.exclude': 'Exclure de l’analyse',
  'console.monitor.include': 'Réintégrer dans l’analyse',
  'console.monitor.saved.excluded': 'La réponse {receipt} est exclue de l’analyse.',
  'console.monitor.saved.included': 'La réponse {receipt} est de nouveau incluse dans l’analyse.',
  'console.monitor.receiptUnknown': 'Aucune réponse terminée à ce questionnaire n’a ce code de confirmation.',
  'console.monitor.reasonInvalid': 'Choisissez un motif.',
  'console.monitor.noteTooLong': 'La note peut compter au plus {max} caractères.',

  'console.monitor.live.note':
    'Lorsque JavaScript est activé, les chiffres du premier tableau sont mis à jour toutes les 30 secondes ; les autres tableaux et les graphiques le sont au rechargement de la page.',
  'console.monitor.live.pause': 'Suspendre les mises à jour',
  'console.monitor.live.resume': 'Reprendre les mises à jour',
  'console.monitor.live.updated': 'Chiffres mis à jour à {time}.',
  'console.results.title': 'Résultats',
  'console.results.intro':
    'Nombre de réponses complètes non exclues de l’analyse. Les chiffres reposant sur moins de {k} répondants ne sont pas affichés, ni aucun chiffre permettant de les retrouver.',
  'console.results.allQuestionnaires': 'Tous les questionnaires (regroupés)',
  'console.results.question': 'Question',
  'console.results.by': 'Ventilé par',
  'console.results.noGrouping': 'Sans ventilation',
  'console.results.language': 'Langue de la réponse',
  'console.results.show': 'Afficher',
  'console.results.answer': 'Réponse',
  'console.results.total': 'Total',
  'console.results.noAnswer': 'Sans réponse',
  'console.results.dontKnow': 'Ne sait pas',
  'console.results.preferNot': 'Préfère ne pas répondre',
  'console.results.base': 'Ont répondu (base des pourcentages)',
  'console.results.unitRespondents': 'répondants',
  'console.results.unitItems': 'microcertifications décrites, chacune comptée une fois',
  'console.results.suppressed': 'non affiché : trop peu de répondants, ou cela révélerait un chiffre masqué',
  'console.results.mean': 'Moyenne',
  'console.results.q1': 'Premier quartile',
  'console.results.median': 'Médiane',
  'console.results.q3': 'Troisième quartile',
  'console.results.link': 'Résultats',
  'console.results.public': 'Page publique des résultats',
  'console.results.notPublished': 'Les résultats ne sont pas publiés.',
  'console.results.published': 'Publiés le {date} par {name}.',
  'console.results.publicLink': 'Ouvrir la page publique',
  'console.results.releaseHint':
    'Calcule et protège maintenant chaque tableau à partir des réponses complètes à ce jour, et les affiche dans chaque langue sur la page publique. Les réponses ultérieures n’apparaissent qu’à la publication suivante.',
  'console.results.release': 'Publier les résultats maintenant',
  'console.results.withdraw': 'Retirer les résultats',
  'console.results.textsNote':
    'Réponses ouvertes, telles qu’écrites. Elles ne sont jamais publiées ; un groupe de moins de {k} réponses n’est pas affiché. Ne les reprenez pas dans un rapport sans retirer tout ce qui pourrait identifier quelqu’un.',
  'console.results.textsHidden': 'Trop peu de réponses dans ce groupe pour les afficher.',
  'console.weights.title': 'Pondération',
  'console.weights.none': 'Les réponses ne sont pas pondérées.',
  'console.weights.current':
    'Poids calculés le {date} par {name} pour {count} réponses complètes. Les réponses complétées ensuite n’ont pas de poids tant que les poids ne sont pas recalculés.',
  'console.weights.margins': 'Marges de population utilisées',
  'console.weights.hint':
    'Un fichier CSV avec les colonnes variable, category et total : une variable donne une post-stratification, plusieurs un calage par raking. Variables utilisables : {variables}.',
  'console.weights.upload': 'Marges de population (CSV)',
  'console.weights.compute': 'Calculer les poids',
  'console.weights.header': 'Le fichier doit avoir les colonnes variable, category et total.',
  'console.weights.unreadable':
    'Le fichier n’est pas un fichier CSV en UTF-8. Dans un tableur, enregistrez-le au format « CSV UTF-8 ».',
  'console.weights.tooManyRows':
    'Le fichier a plus de {max} lignes ; les marges comptent une ligne par catégorie.',
  'console.weights.missingValue': 'Ligne {row}, colonne {column} : la cellule est vide.',
  'console.weights.badTotal': 'Ligne {row}, colonne total : « {value} » n’est pas un nombre supérieur à 0.',
  'console.weights.duplicate': 'Ligne {row} : {variable} = {category} figure déjà sur une ligne précédente.',
  'console.weights.unequalTotals':
    'Les totaux de {variable} font {sum}, ceux de {first} font {firstSum} : chaque variable doit totaliser la même population.',
  'console.weights.unknownVariable': 'Pas une variable de cette étude : {variables}.',
  'console.weights.noRespondents': 'Il n’y a aucune réponse complète à pondérer.',
  'console.weights.noValue': '{count} réponses n’ont pas de valeur pour {variable}.',
  'console.weights.emptyCategory':
    'Aucune réponse n’a {variable} = {category} : cette marge ne peut pas être atteinte.',
  'console.weights.unknownCategory': '{count} réponses ont {variable} = {category}, absent des marges.',
  'console.weights.link': 'Pondération',
  'console.exports.title': 'Export pour la recherche',
  'console.exports.link': 'Export pour la recherche',
  'console.exports.intro':
    'Un paquet (.zip) avec les réponses complètes qui ne sont pas exclues : un fichier avec une ligne par répondant, un fichier avec une ligne par élément de chaque groupe répété (par exemple chaque microcertification décrite), un livre de codes, une syntaxe qui lit les fichiers CSV avec leurs libellés, et un README indiquant les versions des questionnaires, les dates, les pondérations et ce qui a été écarté. Les coordonnées ne sont jamais incluses.',
  'console.exports.confidential':
    'Ces fichiers sont des microdonnées, non protégées par le contrôle de la divulgation : traitez-les de manière confidentielle et supprimez-les lorsque votre analyse n’en a plus besoin. Chaque téléchargement est enregistré dans le journal d’audit.',
  'console.exports.language': 'Libellés en',
  'console.exports.formats': 'Formats de données en plus du CSV',
  'console.exports.download': 'Télécharger le paquet',
  'console.exports.badLanguage': 'Choisissez l’une des langues de l’étude.',
  'console.results.weighted': 'Pourcentages pondérés avec intervalles de confiance à 95 %',
  'console.results.effectiveBase': 'Base effective (Kish)',
  'console.results.unit': 'Compter les réponses des groupes répétés',
  'console.results.unitHint':
    'Les questions posées pour chaque microcertification décrite (ou chaque élément d’un autre groupe répété) sont comptées par élément, ou par répondant ayant donné la réponse au moins une fois. Les autres questions sont toujours comptées par répondant.',
  'console.results.releasing':
    'Une publication est en préparation (demandée le {date}) ; elle apparaîtra ici lorsque chaque tableau sera protégé.',
  'console.results.weightedMean': 'Moyenne pondérée [intervalle à 95 %]',
};
