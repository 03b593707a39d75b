import type { ConsoleMessages } from './en.ts';
import { registerMessagesEs } from './register.es.ts';

/** The console's words in Spanish. */
export const es: ConsoleMessages = {
  ...registerMessagesEs,
  'console.name': 'consola de credmap',
  'console.skipLink': 'Saltar al contenido principal',
  'console.accountNav': 'Su cuenta',
  'console.breadcrumbs': 'Usted está aquí',
  'console.logout': 'Cerrar sesión',
  'console.errorPrefix': 'Error:',
  'console.issues.title': 'Hay un problema',

  'console.problem.notFound': 'Esta página no existe o su cuenta no tiene acceso a ella.',
  'console.problem.forbidden': 'Su rol en este estudio no lo permite.',
  'console.problem.unauthorized': 'Inicie sesión primero.',
  'console.problem.expired':
    'Este formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.',
  'console.problem.badRequest':
    'No se ha podido leer lo que se ha enviado. Vuelva atrás e inténtelo de nuevo.',
  'console.problem.tooLarge': 'La solicitud supera los {max} MB.',
  'console.problem.unavailable':
    'El servicio no puede responder ahora. Vuelva a intentarlo dentro de un minuto.',
  'console.problem.title': 'No se ha podido atender esta solicitud',
  'console.problem.back': 'Volver a la consola',
  'console.form.unstorable':
    'El campo “{field}” contiene un carácter que no se puede guardar (NUL, un carácter de control invisible). Vuelva atrás, elimínelo e inténtelo de nuevo.',
  'console.form.unstorableField':
    'Este texto contiene un carácter de control invisible (NUL) que no se puede guardar. Elimínelo e inténtelo de nuevo.',

  'console.login.title': 'Iniciar sesión',
  'console.login.email': 'Dirección de correo electrónico',
  'console.login.password': 'Contraseña',
  'console.login.submit': 'Iniciar sesión',
  'console.login.wrong': 'La dirección de correo electrónico o la contraseña no son correctas.',
  'console.login.locked':
    'Demasiados intentos fallidos con esta dirección. Vuelva a intentarlo dentro de {minutes} minutos.',

  'console.setup.title': 'Configurar credmap',
  'console.setup.intro':
    'Este enlace crea la primera cuenta. Será la propietaria de todos los estudios y podrá asignar sus roles a otras personas.',
  'console.link.title': 'Elija su contraseña',
  'console.link.intro': 'Elija una contraseña para la cuenta {email}.',
  'console.link.submit': 'Guardar e iniciar sesión',
  'console.link.invalid':
    'Este enlace ha caducado o ya se ha utilizado. Pida uno nuevo a una persona propietaria del estudio.',

  'console.account.title': 'Su cuenta',
  'console.account.name': 'Nombre',
  'console.account.newPassword': 'Nueva contraseña',
  'console.account.currentPassword': 'Contraseña actual',
  'console.account.passwordHint':
    'Al menos {min} caracteres. Una frase de varias palabras es fácil de recordar.',
  'console.account.password.tooShort': 'La contraseña debe tener al menos {min} caracteres.',
  'console.account.password.tooLong': 'La contraseña puede tener como máximo {max} caracteres.',
  'console.account.password.isEmail': 'La contraseña no puede ser su dirección de correo electrónico.',
  'console.account.passwordWrong': 'La contraseña actual no es correcta.',
  'console.account.passwordChanged': 'Se ha cambiado su contraseña. Se han cerrado las demás sesiones.',
  'console.account.nameMissing': 'Escriba un nombre.',
  'console.account.emailInvalid': 'Escriba una dirección de correo electrónico, como name@example.org.',
  'console.account.language': 'Idioma de la consola',
  'console.account.languageSave': 'Guardar idioma',
  'console.account.passwordSave': 'Cambiar contraseña',
  'console.account.tokens': 'Tokens de API',
  'console.account.tokensIntro':
    'Un token permite que un script use la API en /api/v1 con sus roles. Solo se muestra una vez: guárdelo como una contraseña.',
  'console.account.tokenName': 'Para qué sirve el token',
  'console.account.tokenCreate': 'Crear un token',
  'console.account.tokenCreated': 'Su nuevo token (solo se muestra ahora):',
  'console.account.tokenRevoke': 'Revocar',
  'console.account.tokenNone': 'No tiene tokens de API.',
  'console.account.tokenLastUsed': 'Último uso',
  'console.account.tokenNever': 'nunca',

  'console.role.owner': 'Propietario',
  'console.role.researcher': 'Investigador',
  'console.role.analyst': 'Analista',
  'console.role.translator': 'Traductor',
  'console.role.viewer': 'Lector',

  'console.studies.title': 'Estudios',
  'console.studies.none':
    'Su cuenta aún no tiene ningún rol en ningún estudio. Pida a una persona propietaria de un estudio que le añada.',
  'console.study.yourRole': 'Su rol: {role}',
  'console.study.timeZone': 'Zona horaria: {zone}',
  'console.study.questionnaires': 'Cuestionarios',
  'console.study.questionnaire': 'Cuestionario',
  'console.study.status': 'Estado',
  'console.study.started': 'Iniciadas',
  'console.study.completed': 'Completadas',
  'console.study.newQuestionnaire': 'Añadir un cuestionario',
  'console.study.newHint':
    'Una hoja de cálculo XLSForm (.xlsx) o una definición de credmap (.yaml, .json). Se guarda como borrador; no se muestra nada a las personas encuestadas hasta que se publique y se abra.',

  'console.status.notOpen': 'Aún no abierto',
  'console.status.open': 'Abierto',
  'console.status.closed': 'Cerrado',

  'console.schedule.title': 'Trabajo de campo',
  'console.schedule.opens': 'Apertura',
  'console.schedule.closes': 'Cierre',
  'console.schedule.date': 'Fecha',
  'console.schedule.time': 'Hora',
  'console.schedule.zone': 'Zona horaria',
  'console.schedule.zoneHint':
    'El nombre de una zona horaria, como Europe/Brussels. Deje una fecha vacía si no hay límite.',
  'console.schedule.save': 'Guardar las fechas del trabajo de campo',
  'console.schedule.closeNow': 'Cerrar ahora',
  'console.schedule.none': 'Sin fecha',
  'console.schedule.badDate':
    'Escriba una fecha con el formato YYYY-MM-DD y una hora con el formato HH:MM que existan en esta zona horaria.',
  'console.schedule.badZone': 'Escriba el nombre de una zona horaria, como Europe/Brussels.',
  'console.schedule.closesBeforeOpens': 'La fecha de cierre debe ser posterior a la de apertura.',
  'console.schedule.outOfRange': 'Introduzca una fecha entre los años {from} y {to}.',

  'console.saved.schedule':
    'Se han guardado las fechas del trabajo de campo. Las páginas para las personas encuestadas ya las aplican.',
  'console.saved.closed':
    'El cuestionario está cerrado. Las personas encuestadas ven ahora la página de cuestionario cerrado.',
  'console.saved.draft': 'Se ha guardado el borrador.',
  'console.saved.published':
    'Se ha publicado la nueva versión. Las nuevas personas encuestadas la reciben; las respuestas iniciadas se quedan con su versión.',
  'console.saved.translation': 'Se ha guardado la traducción en el borrador.',

  'console.versions.title': 'Versiones publicadas',
  'console.versions.number': 'Versión',
  'console.versions.published': 'Publicación',
  'console.versions.responses': 'Respuestas',
  'console.versions.files': 'Archivos y cambios',
  'console.versions.changes': 'Cambios desde la versión {from}',

  'console.draft.title': 'Borrador',
  'console.draft.none': 'No hay ningún borrador. Suba un cuestionario para crear uno.',
  'console.draft.updated': 'Última modificación: {date}, por {name}.',
  'console.draft.valid': 'El borrador no tiene problemas.',
  'console.draft.problems': 'El borrador tiene {count} problemas que hay que corregir antes de publicarlo',
  'console.draft.changes': 'Cambios respecto a la versión publicada',
  'console.draft.download': 'Descargar el borrador en XLSForm',
  'console.draft.downloadJson': 'Descargar el borrador en JSON',
  'console.draft.notWritable':
    'Este borrador tiene problemas que un libro XLSForm no puede contener. Corríjalos o descargue el borrador como JSON.',
  'console.draft.publish': 'Publicar el borrador como nueva versión',
  'console.draft.discard': 'Descartar el borrador',
  'console.draft.upload': 'Subir un nuevo borrador',
  'console.draft.uploadHint':
    'Una hoja de cálculo XLSForm (.xlsx) o una definición de credmap (.yaml, .json).',
  'console.draft.uploadSubmit': 'Subir',
  'console.draft.noFile': 'Elija un archivo para subir.',
  'console.draft.otherId': 'El archivo corresponde al cuestionario “{id}”, no a “{expected}”.',
  'console.draft.badId':
    'El archivo no asigna un identificador al cuestionario (letras minúsculas, cifras y -).',
  'console.draft.exists':
    'El estudio ya tiene un cuestionario “{id}”. Suba un borrador en la página de ese cuestionario.',
  'console.draft.unreadable': 'No se ha podido usar el archivo: {problems}',
  'console.draft.notSpreadsheet': 'El archivo no es una hoja de cálculo .xlsx ni un archivo .yaml o .json.',
  'console.draft.badYaml': 'No se ha podido leer el archivo como YAML o JSON: {detail}',
  'console.draft.tooLarge': 'El archivo ocupa más de {size}.',
  'console.draft.includes':
    'Una definición que se sube aquí debe estar completa: las entradas “include” solo se leen desde la carpeta del estudio.',
  'console.draft.unstorable':
    'El archivo tiene en {path} un texto que no se puede guardar: contiene un carácter NUL o la mitad de un par subrogado.',
  'console.draft.tooDeep': 'El archivo anida listas y objetos en más de {max} niveles.',
  'console.xlsform.where.column': 'Hoja {sheet}, fila {row}, columna {column}: {message}',
  'console.xlsform.where.row': 'Hoja {sheet}, fila {row}: {message}',
  'console.xlsform.where.sheet': 'Hoja {sheet}: {message}',
  'console.xlsform.where.cell': 'Hoja {sheet}, celda {cell}: {message}',
  'console.xlsform.notXlsx': 'El archivo no es un libro .xlsx que se pueda abrir.',
  'console.xlsform.unreadable':
    'El libro contiene algo que no se puede leer. Vuelva a guardarlo como .xlsx en una hoja de cálculo y súbalo de nuevo.',
  'console.xlsform.tooLarge': 'El libro descomprimido ocupa más de {detail}.',
  'console.xlsform.tooManyCells':
    'Una hoja tiene filas que abarcan más celdas de las que se pueden leer. Elimine las columnas vacías situadas muy a la derecha o copie la hoja en un libro nuevo.',
  'console.xlsform.missingSheet': 'El libro no tiene ninguna hoja “{sheet}”.',
  'console.xlsform.missingColumn': 'la hoja no tiene ninguna columna “{column}”.',
  'console.xlsform.duplicateColumn': 'la hoja tiene esta columna dos veces.',
  'console.xlsform.unknownLanguage':
    '“{detail}” no es un código de idioma; escriba el idioma, por ejemplo, como English (en).',
  'console.xlsform.unexpectedLanguage': 'esta columna no se traduce, así que no lleva idioma (“{detail}”).',
  'console.xlsform.noDefaultLanguage':
    'la columna no indica ningún idioma y la hoja settings no tiene un default_language para ella.',
  'console.xlsform.unknownColumn': 'ni XLSForm ni credmap conocen esta columna; déjela vacía o elimínela.',
  'console.xlsform.unsupportedColumn': 'credmap no admite esta columna de XLSForm; déjela vacía.',
  'console.xlsform.unnamedColumn': 'hay un valor en una columna sin encabezado.',
  'console.xlsform.columnNotApplicable': 'esta columna no se aplica al tipo de la fila; déjela vacía.',
  'console.xlsform.badCell': 'la celda muestra “{detail}”, no un valor que se pueda leer.',
  'console.xlsform.missingValue': 'esta fila necesita un valor en esta columna.',
  'console.xlsform.badValue': '“{detail}” no es un valor que pueda tener esta columna.',
  'console.xlsform.unsupportedType': 'credmap no hace preguntas del tipo “{detail}”.',
  'console.xlsform.unsupportedAppearance': 'credmap no admite aquí la apariencia (appearance) “{detail}”.',
  'console.xlsform.unsupportedValue': 'credmap no admite el valor “{detail}” en esta columna.',
  'console.xlsform.unknownList': 'la hoja choices no tiene ninguna lista “{detail}”.',
  'console.xlsform.badExpression':
    'la expresión “{detail}” no se puede leer o usa XPath que credmap no admite (rutas, predicados, |).',
  'console.xlsform.unsupportedFunction': 'credmap no admite la función “{detail}”.',
  'console.xlsform.unsupportedOperator': 'credmap no admite el operador “{detail}”.',
  'console.xlsform.badNumber': 'el número “{detail}” es demasiado grande.',
  'console.xlsform.unclosedGroup': 'el grupo que empieza aquí no tiene una fila end_group.',
  'console.xlsform.unclosedRepeat': 'la repetición que empieza aquí no tiene una fila end_repeat.',
  'console.xlsform.unmatchedEnd': '“{detail}” cierra un grupo o una repetición que no ha empezado.',
  'console.xlsform.unsupportedNesting':
    'credmap no pone un grupo dentro de otro grupo, ni una repetición dentro de un grupo o de otra repetición (“{detail}”).',
  'console.xlsform.tooDeep': 'este “{detail}” dejaría más de 32 grupos y repeticiones abiertos a la vez.',
  'console.xlsform.extraSettingsRow':
    'la hoja settings admite una sola fila de valores bajo el encabezado; esta es una segunda.',
  'console.definition.where': '{path}: {message}',
  'console.definition.list.unknown': 'no hay ninguna lista de opciones “{detail}”.',
  'console.definition.language.fallbackNotDeclared':
    'el idioma de reserva no es uno de los idiomas declarados.',
  'console.definition.language.duplicate': 'un idioma figura dos veces en la lista.',
  'console.definition.text.missingLanguage': 'falta el texto en {language}.',
  'console.definition.text.undeclaredLanguage':
    'hay un texto en {language}, que no es uno de los idiomas declarados.',
  'console.definition.text.placeholdersDiffer':
    'el texto en {language} no inserta las mismas respuestas que el texto de origen.',
  'console.definition.id.duplicate':
    'el identificador “{detail}” se usa dos veces; páginas, grupos y preguntas necesitan cada uno el suyo.',
  'console.definition.variable.duplicate': 'la variable “{detail}” ya es el nombre de “{other}”.',
  'console.definition.expression.unknownReference':
    '“{detail}” no es el identificador de una pregunta a la que se pueda hacer referencia aquí.',
  'console.definition.expression.forwardReference':
    '“{detail}” se pregunta más adelante, así que su respuesta no se puede leer aquí.',
  'console.definition.expression.cycle': 'los cálculos se leen unos a otros en un ciclo: {detail}.',
  'console.definition.repeat.minAboveMax': 'el número mínimo de elementos es mayor que el máximo.',
  'console.definition.repeat.firstPageConditional':
    'la primera página de un grupo repetido no puede tener condición.',
  'console.definition.multiple.minAboveMax': 'el número mínimo de opciones elegidas es mayor que el máximo.',
  'console.definition.multiple.maxAboveChoices':
    'el número máximo de opciones elegidas es mayor que el número de opciones ofrecidas.',
  'console.definition.number.minAboveMax': 'el mínimo es mayor que el máximo.',
  'console.definition.country.unknown': '“{detail}” no es un código de país ni un grupo de países.',
  'console.definition.consent.notOnFirstPage':
    'una pregunta de consentimiento debe estar en la primera página.',
  'console.definition.consent.conditional': 'una pregunta de consentimiento no puede tener condición.',
  'console.definition.choice.exclusiveOnlyInMultiple':
    'solo una pregunta de respuesta múltiple puede tener una opción excluyente (“ninguna de estas”).',
  'console.definition.choice.otherOnlyInChoice':
    'solo una pregunta de respuesta única o múltiple puede pedir que se especifique “otro”.',
  'console.definition.choice.duplicateCode': 'el código “{detail}” aparece dos veces en una misma lista.',
  'console.definition.include.unknownKey': 'una entrada include solo admite include y relevant, no {detail}.',
  'console.definition.include.unknownModule': 'no hay ningún módulo “{detail}” que incluir.',
  'console.definition.include.cycle': 'los módulos se incluyen unos a otros en un ciclo: {detail}.',
  'console.definition.include.listConflict':
    'una lista de opciones está definida de forma distinta en dos lugares: {detail}.',
  'console.definition.timeZone.unknown': '“{detail}” no es un nombre de zona horaria como Europe/Madrid.',
  'console.definition.expr.unexpectedToken':
    'la expresión tiene “{detail}” en un lugar donde no puede ir (carácter {position}).',
  'console.definition.expr.unexpectedEnd':
    'la expresión termina antes de estar completa (carácter {position}).',
  'console.definition.expr.unterminatedString':
    'el texto entre comillas que empieza en el carácter {position} no está cerrado.',
  'console.definition.expr.badEscape':
    '“{detail}” en el carácter {position} no es una secuencia de escape que conozca el lenguaje de expresiones.',
  'console.definition.expr.badNumber': 'el número “{detail}” en el carácter {position} es demasiado grande.',
  'console.definition.expr.badReference':
    'la referencia en el carácter {position} no se cierra con una llave o no nombra un identificador válido.',
  'console.definition.expr.bareIdentifier':
    '“{detail}” en el carácter {position} no es ni una llamada a una función ni una referencia a una respuesta.',
  'console.definition.expr.unknownFunction': 'no hay ninguna función “{detail}” (en el carácter {position}).',
  'console.definition.expr.arity':
    'la función “{detail}” en el carácter {position} recibe un número incorrecto de valores.',
  'console.definition.expr.tooLong': 'la expresión tiene más de {max} caracteres.',
  'console.definition.expr.tooDeep':
    'la expresión anida paréntesis, funciones y operadores con demasiada profundidad (en el carácter {position}).',

  'console.publish.missing': '{language}: el texto {key} no está traducido.',
  'console.publish.outdated': '{language}: el texto {key} cambió después de traducirse.',
  'console.publish.placeholders':
    '{language}: el texto {key} no tiene las mismas referencias ${…} que el original.',
  'console.publish.notHarmonised':
    'La variable {variable} se pregunta de otra forma en el cuestionario {other}.',

  'console.diff.title': 'Cambios de {from} a {to}',
  'console.diff.none': 'No hay cambios.',
  'console.diff.where': 'Dónde',
  'console.diff.change': 'Cambio',
  'console.diff.before': 'Antes',
  'console.diff.after': 'Después',
  'console.diff.added': 'Añadido',
  'console.diff.removed': 'Eliminado',
  'console.diff.changed': 'Modificado',
  'console.diff.moved': 'Movido',

  'console.preview.title': 'Vista previa: {language} ({source})',
  'console.preview.intro':
    'Cada página tal como la ven las personas encuestadas, con las condiciones que la muestran u ocultan. Desde aquí no se puede enviar nada.',
  'console.preview.shownWhen': 'Se muestra si',
  'console.preview.calculated': 'Valor calculado {id}:',
  'console.preview.inGroup': 'repetido en {group}',
  'console.preview.invalid': 'El cuestionario tiene problemas; corríjalos para ver una vista previa.',

  'console.translations.notWritable':
    'El borrador tiene problemas que un libro XLSForm no puede contener; el equipo del estudio los corregirá. Mientras tanto, descargue los textos en XLIFF o como hoja de cálculo.',
  'console.translations.title': 'Idiomas',
  'console.translations.language': 'Idioma',
  'console.translations.complete': 'Completos',
  'console.translations.missing': 'Pendientes',
  'console.translations.outdated': 'Desactualizados',
  'console.translations.preview': 'Vista previa',
  'console.translations.source': 'Original ({language})',
  'console.translations.text': 'Traducción',
  'console.translations.state': 'Estado',
  'console.translations.key': 'Texto',
  'console.translations.export': 'Descargar los textos para traducir',
  'console.translations.import': 'Subir los textos traducidos',
  'console.translations.importHint':
    'Un archivo XLIFF (1.2, 2.0 o 2.1) o la hoja de cálculo que descargó aquí, con las traducciones completadas.',
  'console.translations.importSubmit': 'Subir la traducción',
  'console.translations.report': 'Qué ha cambiado la subida',
  'console.translations.changed': '{count} textos modificados',
  'console.translations.unchanged': '{count} textos sin cambios',
  'console.translations.unknown': 'No están en el cuestionario, se han ignorado: {keys}',
  'console.translations.mismatch':
    'No se han aplicado porque las referencias ${…} difieren del original: {keys}',
  'console.translations.wrongLanguage': 'El archivo contiene textos en {found}, no en {expected}.',
  'console.translations.unreadable': 'No se ha podido leer el archivo: {detail}',
  'console.translations.badCell':
    'Fila {row}, columna {column}: la celda muestra el error {error} en lugar de un texto.',
  'console.translations.noFormulaValue':
    'Fila {row}, columna {column}: la celda contiene una fórmula guardada sin su resultado. Vuelva a guardar el archivo en una hoja de cálculo o escriba el texto.',
  'console.translations.encoding': 'El archivo no es texto UTF-8 ni UTF-16.',
  'console.translations.doctype':
    'Línea {line}: el archivo declara un DOCTYPE, que un archivo XLIFF no necesita y que no se acepta.',
  'console.translations.notXliff':
    'El archivo no es XLIFF 1.2, 2.0 ni 2.1 ({detail}). Exporte uno de estos formatos desde su herramienta de traducción o complete un archivo descargado aquí.',
  'console.translations.notXml': 'Línea {line}: el archivo no es XML bien formado ({detail}).',
  'console.translations.xliffIssue':
    'Línea {line}: el archivo XLIFF contiene algo que no se puede leer aquí ({detail}).',
  'console.translations.xmlLimit':
    'El archivo es más grande o está más anidado de lo que puede estarlo aquí un archivo XLIFF ({detail}).',
  'console.translations.noTargetLanguage':
    'Línea {line}: el archivo no indica a qué idioma está traducido. Indique el idioma de destino en su herramienta de traducción (target-language en XLIFF 1.2, trgLang en XLIFF 2) y vuelva a exportar el archivo.',
  'console.translations.inlineCode':
    'Línea {line}: el archivo contiene un código de formato (<{element}>) que no se puede volver a convertir en texto sin formato. Quítelo del texto, o exporte el archivo sin códigos, y vuelva a subirlo.',
  'console.translations.sourceLanguage':
    'Este es el idioma original: sus textos se modifican subiendo un borrador.',
  'console.translations.state.complete': 'Completo',
  'console.translations.state.missing': 'Pendiente',
  'console.translations.state.outdated': 'Desactualizado',

  'console.members.title': 'Miembros y roles',
  'console.members.role': 'Rol',
  'console.members.languages': 'Idiomas (traductores)',
  'console.members.languagesHint': 'Un traductor solo puede modificar los textos de estos idiomas.',
  'console.members.languagesMissing': 'Elija los idiomas en los que trabaja este traductor.',
  'console.members.actions': 'Acciones',
  'console.members.remove': 'Quitar',
  'console.members.pending': 'aún no ha elegido contraseña',
  'console.members.everyStudy': 'en todos los estudios',
  'console.members.add': 'Añadir una persona o cambiar un rol',
  'console.members.addHint':
    'Una persona nueva en credmap recibe una cuenta y un enlace, válido durante 7 días, para elegir una contraseña. Si el correo electrónico no está configurado, haga llegar usted el enlace a la persona.',
  'console.members.addSubmit': 'Guardar el rol',
  'console.members.roleInvalid': 'Elija un rol.',
  'console.members.linkCreated': 'Envíe este enlace a la persona para que pueda elegir una contraseña:',
  'console.members.lastOwner':
    'Un estudio necesita al menos un propietario: asigne primero el rol de propietario a otra persona.',
  'console.members.mailSubject': 'Su cuenta de credmap',
  'console.members.mailBody':
    'Hola, {name}:\n\nSe le ha asignado un rol en un estudio en credmap. Elija aquí su contraseña (el enlace funciona una sola vez, durante 7 días):\n\n{url}\n',

  'console.distribution.title': 'Difusión',
  'console.distribution.openLinks': 'Enlaces abiertos',
  'console.distribution.openLinksHint':
    'Cualquier persona con un enlace abierto puede responder. Úselos en páginas web, en boletines y, con el código QR, en materiales impresos.',
  'console.distribution.qr': 'Código QR (SVG)',
  'console.distribution.invitations': 'Invitaciones personales',
  'console.distribution.contacts': 'Contactos',
  'console.distribution.invited': 'Invitados',
  'console.distribution.unsubscribed': 'Bajas',
  'console.distribution.sent': 'Correos enviados',
  'console.distribution.failed': 'Correos fallidos',
  'console.distribution.log': 'ver el registro de correos',
  'console.distribution.reminders': 'Recordatorios (días antes del cierre)',
  'console.distribution.remindersLabel': 'Recordatorios de {questionnaire}, en días antes del cierre',
  'console.distribution.remindersSave': 'Guardar',
  'console.distribution.remindersHint':
    'Los recordatorios se envían a los contactos invitados que no han completado el cuestionario ni se han dado de baja; por ejemplo, “7, 1”: una semana y un día antes del cierre.',
  'console.distribution.remindersInvalid':
    'Escriba días enteros de 0 a 90, separados por comas, 10 como máximo.',
  'console.distribution.send': 'Enviar invitaciones',
  'console.distribution.closed': 'El cuestionario está cerrado: no se envían invitaciones.',
  'console.distribution.queued': 'Invitaciones en cola: {count}.',
  'console.distribution.noSmtp':
    'No hay ningún servidor de correo configurado (SMTP_URL): las invitaciones esperan en la cola hasta que haya uno.',
  'console.distribution.upload': 'Añadir contactos',
  'console.distribution.uploadHint':
    'Un archivo CSV o XLSX con las columnas email, language, instrument y, opcionalmente, country. Los datos de contacto se guardan aparte de las respuestas y nunca forman parte de los resultados ni de las exportaciones.',
  'console.distribution.file': 'Lista de contactos',
  'console.distribution.imported': 'Contactos añadidos: {added}. Ya estaban en la lista: {skipped}.',
  'console.distribution.issue': 'Fila {row} {column}: {message}',
  'console.distribution.logTitle': 'Correos de {questionnaire}',
  'console.distribution.logEmpty': 'Aún no se ha enviado ningún correo.',
  'console.distribution.kind': 'Tipo',
  'console.distribution.attempt': 'Intento',
  'console.distribution.kind.invitation': 'Invitación',
  'console.distribution.kind.reminder': 'Recordatorio',
  'console.distribution.status.sent': 'Enviado',
  'console.distribution.status.failed': 'Error',
  'console.distribution.status.refused': 'Dirección rechazada por el servidor de correo; no se reintentará',
  'console.distribution.status.closed': 'No enviado: el cuestionario ya estaba cerrado',
  'console.distribution.status.skipped': 'No enviado: cuestionario completado o baja',
  'console.contacts.unreadable':
    'El archivo no es un archivo CSV (UTF-8) ni XLSX. En una hoja de cálculo, guárdelo como «CSV UTF-8» o como libro de Excel (.xlsx).',
  'console.contacts.tooLarge':
    'El archivo es demasiado grande para leerlo: más de {detail} descomprimido, o más ancho que una hoja de cálculo. Deje solo las columnas email, language, instrument y country, o divida la lista.',
  'console.contacts.empty': 'La lista no tiene contactos.',
  'console.contacts.missingColumn': 'Falta la columna.',
  'console.contacts.duplicateColumn': 'La columna aparece más de una vez; deje solo una.',
  'console.contacts.tooMany': 'La lista tiene más de {detail} contactos; divídala.',
  'console.contacts.badEmail': '“{detail}” no es una dirección de correo electrónico.',
  'console.contacts.badLanguage': 'El cuestionario no se ofrece en “{detail}”.',
  'console.contacts.badInstrument': 'El estudio no tiene ningún cuestionario “{detail}”.',
  'console.contacts.badCountry': '“{detail}” no es un código de país de dos letras.',
  'console.contacts.duplicate':
    'La misma dirección para el mismo cuestionario ya figura en la fila {detail}.',

  'console.api.invalid': 'La solicitud no es válida: {problems}',
  'console.api.invalidMore': 'La solicitud no es válida: {problems}; y {more} más.',
  'console.api.notPublished': 'El borrador aún no se puede publicar: {problems}',
  'console.api.unstorable':
    'El texto en {path} contiene un carácter que no se puede guardar: NUL (\\u0000) o un subrogado sin pareja.',
  'console.api.tooDeep': 'La solicitud anida matrices y objetos en más de {max} niveles.',
  'console.api.notJson':
    'Envíe el cuerpo como JSON en UTF-8, con la cabecera Content-Type: application/json.',
  'console.api.badJson': 'El cuerpo no es JSON válido en UTF-8.',
  'console.api.methodNotAllowed': 'Esta dirección no admite {method}, solo {allowed}.',

  'console.audit.title': 'Registro de auditoría',
  'console.audit.none': 'Aún no se ha registrado nada.',
  'console.audit.when': 'Cuándo',
  'console.audit.who': 'Quién',
  'console.audit.what': 'Qué',
  'console.audit.detail': 'Detalles',
  'console.audit.older': 'Entradas anteriores',

  // Fieldwork monitor (monitor.ts)
  'console.monitor.title': 'Seguimiento del trabajo de campo',
  'console.monitor.intro':
    'Respuestas a todas las versiones de cada cuestionario. Los días y las horas están en la zona horaria del estudio, {zone}.',
  'console.monitor.instruments': 'Respuestas por cuestionario',
  'console.monitor.instrument': 'Cuestionario',
  'console.monitor.started': 'Iniciadas',
  'console.monitor.completed': 'Completadas',
  'console.monitor.partial': 'Parciales',
  'console.monitor.invited': 'Invitados',
  'console.monitor.responseRate': 'Tasa de respuesta (completadas / invitados)',
  'console.monitor.completionRate': 'Tasa de finalización (completadas / iniciadas)',
  'console.monitor.median': 'Mediana del tiempo de respuesta',
  'console.monitor.minutes': '{minutes} min',
  'console.monitor.excluded': 'Excluidas',
  'console.monitor.closes': 'Cierre',
  'console.monitor.noClosing': 'Sin fecha de cierre',
  'console.monitor.notYet': 'todavía no',
  'console.monitor.noResponses': 'Aún no hay respuestas.',
  'console.monitor.details': 'Cifras y calidad de los datos de {questionnaire}',

  'console.monitor.byGroup': 'Respuestas por grupo destinatario',
  'console.monitor.byCountry': 'Respuestas por país',
  'console.monitor.byLanguage': 'Respuestas por idioma',
  'console.monitor.cross': 'Respuestas por grupo destinatario, país e idioma',
  'console.monitor.targetGroup': 'Grupo destinatario',
  'console.monitor.country': 'País',
  'console.monitor.language': 'Idioma',
  'console.monitor.unknown': 'Sin respuesta (por ahora)',
  'console.monitor.chartNote':
    'Gráfico de barras de las respuestas completadas; la tabla que sigue tiene las mismas cifras.',

  'console.monitor.dropOff': 'Dónde se detuvieron las respuestas parciales',
  'console.monitor.dropOffIntro':
    'Cada respuesta no completada se cuenta en la última página que guardó: la persona abandonó en la página siguiente, o en esa misma página si la guardó con una pregunta aún sin responder para continuar más tarde.',
  'console.monitor.page': 'Última página guardada',
  'console.monitor.noPartial': 'No hay respuestas parciales.',

  'console.monitor.perDay': 'Respuestas por día',
  'console.monitor.day': 'Día',
  'console.monitor.closingMarker': 'Cierre: {date}',
  'console.monitor.closingNote': 'El trabajo de campo se cierra el {date}.',
  'console.monitor.dayChartNote':
    'Gráfico de columnas de las respuestas completadas por día; una línea discontinua marca la fecha de cierre cuando aparece en el gráfico. La tabla que sigue tiene las mismas cifras.',

  'console.monitor.flags': 'Alertas de calidad de los datos',
  'console.monitor.flagsIntro':
    'Respuestas completadas que podrían no ser auténticas, identificadas solo por su código de confirmación. Una alerta es un motivo para revisar, no un veredicto: excluya una respuesta del análisis solo cuando no haya dudas y explique por qué.',
  'console.monitor.flag.speeder': 'Respuesta demasiado rápida',
  'console.monitor.flag.speederHint':
    'completada en menos de un tercio de la mediana del tiempo de respuesta ({minutes} min)',
  // “Respuestas en línea recta” renders straight-lining; Spanish methodologists also use the English term.
  'console.monitor.flag.straightlining': 'Respuestas en línea recta',
  'console.monitor.flag.straightliningHint':
    'todas las filas de una pregunta de matriz respondidas con la misma opción',
  'console.monitor.flag.duplicate': 'Duplicado',
  'console.monitor.flag.duplicateHint': 'las mismas respuestas que una respuesta completada antes',
  'console.monitor.flag.honeypot': 'Campo trampa',
  'console.monitor.flag.honeypotHint': 'un formulario volvió con el campo que solo rellenan los robots',
  'console.monitor.flagCount': 'Respuestas con alertas',
  'console.monitor.noFlags': 'Ninguna respuesta completada tiene alertas.',
  'console.monitor.listLimited': 'Solo se muestran las {count} primeras.',
  'console.monitor.receipt': 'Código de confirmación',
  'console.monitor.duration': 'Tiempo de respuesta',
  'console.monitor.flagsColumn': 'Alertas',
  'console.monitor.status': 'Estado',
  'console.monitor.inAnalysis': 'En el análisis',
  'console.monitor.excludedBecause': 'Excluida: {reason}',
  'console.monitor.excludedBy': '{who}, {when}',
  'console.monitor.actions': 'Acción',

  'console.monitor.reason': 'Motivo',
  'console.monitor.reason.speeder': 'Respuesta demasiado rápida',
  'console.monitor.reason.straightlining': 'Respuestas en línea recta',
  'console.monitor.reason.duplicate': 'Duplicado',
  'console.monitor.reason.honeypot': 'Campo trampa',
  'console.monitor.reason.other': 'Otro motivo',
  'console.monitor.note': 'Nota (opcional)',
  'console.monitor.exclude': 'Excluir del análisis',
  'console.monitor.include': 'Volver a incluir en el análisis',
  'console.monitor.saved.excluded': 'La respuesta {receipt} se ha excluido del análisis.',
  'console.monitor.saved.included': 'La respuesta {receipt} se ha vuelto a incluir en el análisis.',
  'console.monitor.receiptUnknown':
    'Ninguna respuesta completada de este cuestionario tiene este código de confirmación.',
  'console.monitor.reasonInvalid': 'Elija un motivo.',
  'console.monitor.noteTooLong': 'La nota puede tener como máximo {max} caracteres.',

  'console.monitor.live.note':
    'Con JavaScript activado, las cifras de la primera tabla se actualizan cada 30 segundos; las demás tablas y los gráficos, al recargar la página.',
  'console.monitor.live.pause': 'Pausar las actualizaciones',
  'console.monitor.live.resume': 'Reanudar las actualizaciones',
  'console.monitor.live.updated': 'Cifras actualizadas a las {time}.',
  'console.results.title': 'Resultados',
  'console.results.intro':
    'Recuentos de respuestas completas no excluidas del análisis. No se muestran las cifras basadas en menos de {k} personas encuestadas, ni ninguna cifra que permita deducirlas.',
  'console.results.allQuestionnaires': 'Todos los cuestionarios (agrupados)',
  'console.results.question': 'Pregunta',
  'console.results.by': 'Desglosado por',
  'console.results.noGrouping': 'Sin desglose',
  'console.results.language': 'Idioma de la respuesta',
  'console.results.show': 'Mostrar',
  'console.results.answer': 'Respuesta',
  'console.results.total': 'Total',
  'console.results.noAnswer': 'Sin respuesta',
  'console.results.dontKnow': 'No sabe',
  'console.results.preferNot': 'Prefiere no decirlo',
  'console.results.base': 'Han respondido (base de los porcentajes)',
  'console.results.unitRespondents': 'personas encuestadas',
  'console.results.unitItems': 'microcredenciales descritas, cada una contada una vez',
  'console.results.suppressed': 'no se muestra: muy pocas personas encuestadas, o revelaría una cifra oculta',
  'console.results.mean': 'Media',
  'console.results.q1': 'Primer cuartil',
  'console.results.median': 'Mediana',
  'console.results.q3': 'Tercer cuartil',
  'console.results.link': 'Resultados',
  'console.results.public': 'Página pública de resultados',
  'console.results.notPublished': 'Los resultados no están publicados.',
  'console.results.published': 'Publicados el {date} por {name}.',
  'console.results.publicLink': 'Abrir la página pública',
  'console.results.releaseHint':
    'Calcula y protege ahora cada tabla a partir de las respuestas completadas hasta el momento y las muestra en todos los idiomas en la página pública. Las respuestas posteriores solo aparecen con la siguiente publicación.',
  'console.results.release': 'Publicar los resultados ahora',
  'console.results.withdraw': 'Retirar los resultados',
  'console.results.textsNote':
    'Respuestas abiertas, tal como se escribieron. Nunca se publican; no se muestra un grupo con menos de {k} respuestas. No las copie en informes sin eliminar todo lo que pudiera identificar a alguien.',
  'console.results.textsHidden': 'Hay muy pocas respuestas en este grupo para mostrarlas.',
  'console.weights.title': 'Ponderación',
  'console.weights.none': 'Las respuestas no están ponderadas.',
  'console.weights.current':
    'Ponderaciones calculadas el {date} por {name} para {count} respuestas completadas. Las respuestas completadas después no tienen ponderación hasta que se vuelvan a calcular.',
  'console.weights.margins': 'Márgenes de población utilizados',
  'console.weights.hint':
    'Un archivo CSV con las columnas variable, category y total: una variable es posestratificación, varias se ajustan por raking. Variables disponibles: {variables}.',
  'console.weights.upload': 'Márgenes de población (CSV)',
  'console.weights.compute': 'Calcular ponderaciones',
  'console.weights.header': 'El archivo necesita las columnas variable, category y total.',
  'console.weights.unreadable':
    'El archivo no es un archivo CSV en UTF-8. En una hoja de cálculo, guárdelo como «CSV UTF-8».',
  'console.weights.tooManyRows':
    'El archivo tiene más de {max} filas; los márgenes llevan una fila por categoría.',
  'console.weights.missingValue': 'Fila {row}, columna {column}: la celda está vacía.',
  'console.weights.badTotal': 'Fila {row}, columna total: «{value}» no es un número mayor que 0.',
  'console.weights.duplicate': 'Fila {row}: {variable} = {category} ya figura en una fila anterior.',
  'console.weights.unequalTotals':
    'Los totales de {variable} suman {sum} y los de {first}, {firstSum}: todas las variables deben sumar la misma población.',
  'console.weights.unknownVariable': 'No es una variable de este estudio: {variables}.',
  'console.weights.noRespondents': 'No hay respuestas completadas que ponderar.',
  'console.weights.noValue': '{count} respuestas no tienen valor para {variable}.',
  'console.weights.emptyCategory':
    'Ninguna respuesta tiene {variable} = {category}: ese margen no se puede alcanzar.',
  'console.weights.unknownCategory':
    '{count} respuestas tienen {variable} = {category}, que no figura en los márgenes.',
  'console.weights.link': 'Ponderación',
  'console.exports.title': 'Exportación para investigación',
  'console.exports.link': 'Exportación para investigación',
  'console.exports.intro':
    'Un paquete (.zip) con las respuestas completadas que no se han excluido: un archivo con una fila por persona encuestada, un archivo con una fila por cada elemento de cada grupo repetido (como cada microcredencial descrita), un libro de códigos, sintaxis que lee los archivos CSV con sus etiquetas y un README con las versiones de los cuestionarios, las fechas, las ponderaciones y lo que se ha dejado fuera. Nunca se incluyen datos de contacto.',
  'console.exports.confidential':
    'Estos archivos son microdatos, sin protección de control de divulgación: trátelos de forma confidencial y bórrelos cuando su análisis ya no los necesite. Cada descarga queda registrada en el registro de auditoría.',
  'console.exports.language': 'Etiquetas en',
  'console.exports.formats': 'Formatos de datos además de CSV',
  'console.exports.download': 'Descargar el paquete',
  'console.exports.badLanguage': 'Elija uno de los idiomas del estudio.',
  'console.results.weighted': 'Porcentajes ponderados con intervalos de confianza del 95 %',
  'console.results.effectiveBase': 'Base efectiva (Kish)',
  'console.results.unit': 'Contar las respuestas de los grupos repetidos',
  'console.results.unitHint':
    'Las preguntas que se hacen para cada microcredencial descrita (o cada elemento de otro grupo repetido) se cuentan por elemento, o por persona encuestada que dio la respuesta al menos una vez. Las demás preguntas, siempre por persona.',
  'console.results.releasing':
    'Se está preparando una publicación (solicitada el {date}); aparecerá aquí cuando todas las tablas estén protegidas.',
  'console.results.weightedMean': 'Media ponderada [intervalo del 95 %]',
};
