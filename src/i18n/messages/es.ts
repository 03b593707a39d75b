import type { Messages } from './en.ts';

/** UI strings in Spanish. */
export const es: Messages = {
  'layout.skipLink': 'Saltar al contenido principal',
  'layout.languages': 'Elija un idioma',
  'layout.errorPrefix': 'Error:',
  'layout.footer.label': 'Enlaces de ayuda',
  'layout.footer.privacy': 'Declaración de privacidad',
  'layout.footer.contact': 'Contacto',

  'home.title': 'Estudios y cuestionarios',
  'home.intro': 'Elija un estudio para ver sus cuestionarios.',
  'home.empty': 'En este momento no hay ningún estudio abierto.',

  'study.questionnaires': 'Cuestionarios',
  'study.choose': 'Elija el cuestionario que mejor se ajuste a su situación.',
  'study.minutes': 'Unos {minutes} minutos',

  'landing.audience': 'A quién va dirigido este cuestionario',
  'landing.about': 'De qué trata',
  'landing.time': 'Responder le llevará unos {minutes} minutos.',
  'landing.closes': 'Puede responder hasta el {date}.',
  'landing.confidential': 'Sus respuestas son confidenciales',
  'landing.saving':
    'Sus respuestas se guardan página a página. Puede interrumpir el cuestionario y continuar más tarde, en este u otro dispositivo, con un código de reanudación. No es necesario que indique su nombre.',
  'landing.start': 'Empezar ahora',
  'landing.continue': 'Continuar donde lo dejó',
  'landing.resume': 'Continuar con un código de reanudación',
  'landing.completed': 'Ya ha completado este cuestionario. Su código de confirmación es {receipt}.',
  'landing.startAgain': 'Responder de nuevo',
  'landing.privacy': 'Cómo tratamos sus respuestas: declaración de privacidad',
  'landing.contact': '¿Tiene alguna pregunta? Contacte con {name} en {email}.',

  'status.notOpen.title': 'Este cuestionario aún no está abierto',
  'status.notOpen.body': 'Se abrirá el {date}.',
  'status.closed.title': 'Este cuestionario está cerrado',
  'status.closed.body': 'Se cerró el {date}. Gracias por su interés.',
  'status.closed.bodyNoDate': 'Ya no se aceptan respuestas. Gracias por su interés.',

  'page.progress': 'Página {current} de unas {total}',
  'page.continue': 'Continuar',
  'page.save': 'Guardar y continuar más tarde',
  'page.back': 'Volver',
  'page.optional': '(opcional)',
  'page.choose': 'Seleccione',
  'page.other': 'Especifique',
  'page.missing.dont_know': 'No lo sé',
  'page.missing.prefer_not_to_say': 'Prefiero no contestar',
  'page.or': 'o',
  'page.multiple.hint': 'Seleccione todas las opciones que correspondan.',
  'page.text.limit': 'Puede escribir hasta {max} caracteres.',
  'page.date.day': 'Día',
  'page.date.month': 'Mes',
  'page.date.year': 'Año',
  'page.date.hint': 'Por ejemplo, 27 3 2024',
  'page.ranking.hint': 'Asigne a cada opción un número diferente, del 1 (primera) al {count}.',
  'page.ranking.rank': 'Posición',
  'page.consent.yes': 'Sí, acepto participar',
  'page.consent.no': 'No, no quiero participar',

  'errors.title': 'Hay un problema',

  'issue.required': 'Responda a esta pregunta',
  'issue.choice.unknown': 'Elija una de las opciones que se muestran',
  'issue.choice.tooFew': 'Seleccione al menos {min} opciones',
  'issue.choice.tooMany': 'Seleccione {max} opciones como máximo',
  'issue.choice.exclusive': 'Esta opción no se puede combinar con las demás que ha seleccionado',
  'issue.other.required': 'Especifique a qué se refiere con “otro”',
  'issue.text.tooLong': 'Escriba {max} caracteres como máximo',
  'issue.text.invalid': 'Escriba la respuesta como texto',
  'issue.number.invalid': 'Escriba un número, como 12 o 7,5',
  'issue.number.notInteger': 'Escriba un número entero',
  'issue.number.min': 'Escriba un número igual o superior a {min}',
  'issue.number.max': 'Escriba un número igual o inferior a {max}',
  'issue.date.invalid': 'Escriba una fecha válida, con día, mes y año',
  'issue.date.min': 'Escriba una fecha igual o posterior al {min}',
  'issue.date.max': 'Escriba una fecha igual o anterior al {max}',
  'issue.country.unknown': 'Elija un país de la lista',
  'issue.ranking.incomplete': 'Asigne a cada opción un número del 1 al {count}',
  'issue.ranking.duplicate': 'Asigne a cada opción un número diferente',
  'issue.consent.required': 'Indique si acepta participar',
  'issue.constraint': 'Revise esta respuesta',
  'issue.missing.withAnswer': 'Responda o elija una de las otras opciones, pero no ambas cosas',
  'issue.repeat.addAnother': 'Indique si quiere añadir otro elemento',
  'issue.repeat.min': 'Añada al menos {min}',
  'issue.resume.empty': 'Escriba su código de reanudación',
  'issue.resume.unknown':
    'No hemos encontrado respuestas con este código. Compruebe el código e inténtelo de nuevo',
  'issue.email.invalid': 'Escriba una dirección de correo electrónico, como name@example.org',

  'repeat.none': 'Todavía no ha añadido nada.',
  'repeat.change': 'Cambiar',
  'repeat.remove': 'Eliminar',
  'repeat.yes': 'Sí',
  'repeat.no': 'No',
  'repeat.max': 'Ha añadido el número máximo de elementos que se pueden describir aquí ({max}).',
  'repeat.item': 'Elemento {n}',
  'repeat.remove.title': '¿Quiere eliminar “{item}”?',
  'repeat.remove.confirm': 'Sí, eliminar',
  'repeat.remove.cancel': 'No, conservar',
  'repeat.gone.title': 'Este elemento se ha eliminado',
  'repeat.gone.body':
    'Se eliminó en otra ventana o pestaña, así que lo que ha introducido en esta página no se ha guardado.',
  'repeat.full.title': 'No se pueden añadir más elementos',
  'repeat.full.body':
    'En otra ventana o pestaña ya se ha añadido el número máximo de elementos que se pueden describir aquí ({max}), así que lo que ha introducido en esta página no se ha guardado.',
  'repeat.toList': 'Ir a la lista',

  'check.title': 'Revise sus respuestas antes de enviarlas',
  'check.change': 'Cambiar',
  'check.notAnswered': 'Sin responder',
  'check.send.title': 'Envíe ahora sus respuestas',
  'check.send.body': 'Una vez enviadas, no podrá cambiar sus respuestas.',
  'check.send': 'Enviar respuestas',

  'done.title': 'Gracias, sus respuestas se han enviado',
  'done.receipt': 'Su código de confirmación',
  'done.receiptHint':
    'Indíquelo si se pone en contacto con nosotros sobre sus respuestas. El código no revela su identidad.',
  'done.next.title': 'Próximos pasos',
  'done.next.body':
    'Las respuestas se analizan junto con las de todas las demás personas y solo se publican de forma agregada, de modo que no se pueda reconocer a ninguna persona ni organización.',

  'save.title': 'Sus respuestas se han guardado',
  'save.code': 'Su código de reanudación',
  'save.codeHint':
    'Anote o copie el código. Con él puede continuar en cualquier dispositivo. No lo comparta: cualquier persona que tenga el código puede ver sus respuestas.',
  'save.until': 'Puede continuar hasta el {date}.',
  'save.email.title': 'Enviarme el enlace por correo electrónico',
  'save.email.label': 'Dirección de correo electrónico',
  'save.email.hint':
    'Solo la usamos para enviarle este enlace. No se guarda con sus respuestas ni en ningún otro lugar.',
  'save.email.send': 'Enviar enlace',
  'save.email.sent': 'Le hemos enviado el enlace. Si no le llega, use el código de reanudación.',
  'save.continue': 'Seguir respondiendo',

  'resume.title': 'Continuar con su código de reanudación',
  'resume.hint': 'El código que recibió al guardar, como ABCD-EFGH-JKMN-PQRS-TVWX.',
  'resume.submit': 'Continuar',

  'declined.title': 'Ha decidido no participar',
  'declined.body':
    'No se ha guardado nada de lo que ha escrito. Si cambia de opinión, puede volver a empezar.',
  'declined.again': 'Volver a empezar',

  'error.notFound.title': 'No se ha encontrado la página',
  'error.notFound.body': 'Compruebe la dirección o empiece desde la lista de cuestionarios.',
  'error.badRequest.title': 'No hemos podido leer lo que se ha enviado',
  'error.badRequest.body':
    'El formulario enviado no corresponde a esta página. Vuelva a la página e inténtelo de nuevo.',
  'error.expired.title': 'Esta página ha caducado',
  'error.expired.body':
    'Por su seguridad, los formularios solo se pueden enviar desde la página en la que se mostraron. Vuelva atrás, recargue la página e inténtelo de nuevo.',
  'error.completed.title': 'Sus respuestas ya se han enviado',
  'error.completed.body': 'Las respuestas enviadas no se pueden cambiar.',
  'error.tooLarge.title': 'Se ha enviado demasiada información',
  'error.tooLarge.body':
    'Una respuesta es más larga de lo que podemos aceptar. Acórtela e inténtelo de nuevo.',
  'error.tooMany.title': 'Demasiados intentos',
  'error.tooMany.body': 'Espere {minutes} minutos e inténtelo de nuevo.',
  'error.unavailable.title': 'El servicio no está disponible en este momento',
  'error.unavailable.body':
    'Sus respuestas guardadas están a salvo. Inténtelo de nuevo dentro de unos minutos.',
  'error.server.title': 'Lo sentimos, se ha producido un error',
  'error.server.body':
    'Se conservan sus respuestas hasta la última página que guardó. Inténtelo de nuevo dentro de unos minutos.',
  'error.language.title': 'No disponible en este idioma',
  'error.language.body': 'Elija uno de estos idiomas:',
  'error.start': 'Ir a la lista de cuestionarios',
  'error.start.register': 'Ir al registro de microcredenciales',
  'error.start.verify': 'Ir a «Comprobar una credencial digital»',
  'error.notFound.bodyLink': 'Compruebe la dirección o empiece de nuevo desde el enlace de abajo.',

  'email.resume.subject': 'Su enlace para continuar: {title}',
  'email.resume.body':
    'Hola:\n\nHa solicitado un enlace para continuar el cuestionario “{title}”. Ábralo para seguir donde lo dejó:\n\n{link}\n\n{deadline}Cualquier persona que tenga este enlace puede ver sus respuestas, así que no lo comparta.\n\nRecibe este correo una sola vez porque escribió esta dirección, que no se ha guardado.',
  'email.resume.deadline': 'Puede continuar hasta el {date}. ',

  'page.honeypot': 'Deje este campo vacío',
  'invitation.used.title': 'Esta invitación ya se ha utilizado',
  'invitation.used.body':
    'Ya se ha respondido al cuestionario con este enlace personal. Gracias por su participación.',
  'invitation.invalid.title': 'Este enlace no funciona',
  'invitation.invalid.body':
    'El enlace personal no es válido. Compruebe que lo ha copiado entero o empiece desde la página del estudio.',
  'unsubscribe.title': 'Dejar de recibir correos sobre este cuestionario',
  'unsubscribe.body':
    'No enviaremos más invitaciones ni recordatorios de este cuestionario a la dirección que recibió este enlace. Puede seguir respondiendo con su enlace personal.',
  'unsubscribe.submit': 'Dejar de recibir correos',
  'unsubscribe.done.title': 'No recibirá más correos',
  'unsubscribe.done.body': 'No le enviaremos más invitaciones ni recordatorios de este cuestionario.',
  'mail.invitation.subject': 'Invitación a un cuestionario: {title}',
  'mail.invitation.body':
    'Hola:\n\nle invitamos a responder al cuestionario «{title}». Se tarda unos {minutes} minutos.{deadline}\n\n{organisation}\n\nSu enlace personal (no lo comparta, por favor):\n{link}\n\nSus respuestas son confidenciales y solo se publican de forma agregada. Cómo tratamos sus datos: {privacy}\n\nPara no recibir más correos sobre este cuestionario: {unsubscribe}\n',
  'mail.deadline': ' Puede responder hasta el {closes}.',
  'mail.reminder.subject': 'Recordatorio: {title}',
  'mail.reminder.body':
    'Hola:\n\nle recordamos el cuestionario «{title}». Se tarda unos {minutes} minutos.{deadline} Si ya ha empezado, continúe en el mismo dispositivo o con su código de reanudación.\n\n{organisation}\n\nSu enlace personal:\n{link}\n\nCómo tratamos sus datos: {privacy}\n\nPara no recibir más correos sobre este cuestionario: {unsubscribe}\n',

  'erase.title': 'Borrar sus respuestas',
  'erase.intro':
    'Escriba el código de confirmación que recibió al enviar sus respuestas. Sus respuestas se borrarán en el acto y para siempre, y no formarán parte de ningún resultado posterior.',
  'erase.receipt': 'Código de confirmación',
  'erase.receiptHint': 'Ocho letras y cifras, como K7M2-9QXD.',
  'erase.submit': 'Borrar mis respuestas',
  'erase.empty': 'Escriba el código de confirmación de la página de agradecimiento.',
  'erase.notFound':
    'No se han encontrado respuestas con este código de confirmación en este estudio. Compruebe el código e inténtelo de nuevo.',
  'erase.done.title': 'Sus respuestas se han borrado',
  'erase.done.body': 'No se conserva nada de lo que respondió.',
  'home.verify': 'Comprobar una credencial digital (Open Badges o Europass)',
  'verify.title': 'Comprobar una credencial digital',
  'verify.intro':
    'Compruebe si una credencial Open Badges 3.0 o una credencial digital Europass está intacta, quién la firmó o selló y si era válida en una fecha determinada. No se guarda nada de lo que pegue o suba.',
  'verify.text.label': 'Pegue la credencial',
  'verify.text.hint':
    'La credencial en JSON, o como token firmado (un JWS compacto: tres partes separadas por puntos).',
  'verify.file.label': 'O suba el archivo de la credencial',
  'verify.file.hint': 'Un archivo .json, .jsonld, .jwt o .txt de {megabytes} MB como máximo.',
  'verify.date.label': 'Fecha de validación',
  'verify.date.hint':
    'La credencial se comprueba tal como estaba en esta fecha: hoy, salvo que elija otra. Un sello Europass sigue siendo auténtico después de que caduque su certificado; para una credencial antigua, elija una fecha en la que el certificado aún era válido, como el día en que se expidió la credencial.',
  'verify.submit': 'Comprobar la credencial',
  'verify.another': 'Comprobar otra credencial',
  'verify.error.empty': 'Pegue una credencial o elija un archivo',
  'verify.error.both': 'Pegue una credencial o elija un archivo, no ambas cosas',
  'verify.error.notUtf8':
    'No se ha podido leer el archivo como texto. Elija el archivo de la credencial tal como lo recibió (JSON o token firmado, en UTF-8).',
  'verify.error.emptyFile': 'El archivo elegido está vacío',
  'verify.error.date':
    'Introduzca como fecha de validación una fecha real, por ejemplo 2024-01-31, y vuelva a pegar o elegir la credencial',
  'verify.tooLarge.title': 'El archivo es demasiado grande',
  'verify.tooLarge.body':
    'Una credencial que se quiera comprobar puede ocupar como máximo {megabytes} MB. Compruebe que ha elegido la propia credencial, vuelva atrás e inténtelo de nuevo.',
  'verify.result.title': 'Resultado de la comprobación',
  'verify.verdict.valid': 'Válida',
  'verify.verdict.validBody': 'Se han superado todas las comprobaciones que se aplican a esta credencial.',
  'verify.verdict.invalid': 'No válida',
  'verify.verdict.invalidBody':
    'Al menos una comprobación ha fallado. No confíe en esta credencial; las comprobaciones de abajo indican por qué.',
  'verify.verdict.unknown': 'No se ha podido comprobar del todo',
  'verify.verdict.unknownBody':
    'Ninguna comprobación ha fallado, pero algunas no se han podido hacer aquí. No se ha demostrado que la credencial sea válida; las comprobaciones de abajo indican qué falta.',
  'verify.facts.heading': 'Sobre la credencial',
  'verify.facts.format': 'Formato',
  'verify.facts.title': 'Título',
  'verify.facts.achievement': 'Logro',
  'verify.facts.issuer': 'Expedida por',
  'verify.facts.issued': 'Expedida el',
  'verify.facts.validFrom': 'Válida desde',
  'verify.facts.validUntil': 'Válida hasta',
  'verify.facts.note':
    'No se muestran los datos personales del titular (nombre, datos de contacto, fecha de nacimiento, identificadores).',
  'verify.format.openBadges': 'Open Badges 3.0',
  'verify.format.europass': 'Credencial digital Europass (European Learning Model 3)',
  'verify.format.unknown': 'No reconocido',
  'verify.checks.heading': 'Comprobaciones',
  'verify.checks.at': 'Comprobado con fecha {date}.',
  'verify.checks.check': 'Comprobación',
  'verify.checks.result': 'Resultado',
  'verify.checks.meaning': 'Qué significa',
  'verify.check.format': 'Formato',
  'verify.check.schema': 'Contenido obligatorio',
  'verify.check.signature': 'Firma o sello',
  'verify.check.certificate': 'Certificado del sello',
  'verify.check.issuer': 'Emisor',
  'verify.check.validity': 'Periodo de validez',
  'verify.check.status': 'Revocación',
  'verify.check.unknown': 'Otra comprobación',
  'verify.status.ok': 'Superada',
  'verify.status.failed': 'Fallida',
  'verify.status.unknown': 'No se ha podido comprobar',
  'verify.status.skipped': 'No procede',
  'verify.details': 'Detalles técnicos',
  'verify.proves.heading': 'Qué demuestra esto y qué no',
  'verify.proves.seal':
    'Una firma o un sello que supera la comprobación muestra que la credencial no se ha modificado desde que se firmó, y qué clave o certificado la firmó.',
  'verify.proves.not':
    'No muestra que el aprendizaje haya tenido lugar, que quien le entregó la credencial sea su titular, ni que el organismo que la concede esté acreditado o reconocido.',
  'verify.proves.offline':
    'La comprobación se hace aquí, sin conexión: no se consultan listas de revocación, claves de los emisores ni listas de confianza. Lo que depende de ellas se muestra como «no se ha podido comprobar», nunca como superado. Si es importante, pregunte al emisor.',
  'verify.proves.timestamps':
    'Los sellos de tiempo de un sello Europass no se verifican: el certificado se evalúa en la fecha de validación elegida, no en una fecha de sellado demostrada.',
  'verify.proves.stored': 'No se guarda ni se registra nada de la credencial comprobada.',
  'verify.code.format.openBadges3': 'El archivo es una credencial Open Badges 3.0.',
  'verify.code.format.elm3': 'El archivo es una credencial digital Europass.',
  'verify.code.format.preReleaseContext':
    'La credencial sigue un borrador de Open Badges 3.0 anterior a la versión definitiva de la norma, por lo que no puede comprobarse del todo.',
  'verify.code.format.unreadable':
    'El texto no se ha podido leer como credencial: no es JSON ni un token firmado.',
  'verify.code.format.payloadNotJson': 'El archivo sellado no contiene una credencial en JSON.',
  'verify.code.format.tooLarge': 'La credencial es más grande de lo que esta página puede comprobar.',
  'verify.code.format.notCredential':
    'El archivo se puede leer, pero no es una credencial Open Badges 3.0 ni Europass.',
  'verify.code.error': 'Un problema inesperado ha interrumpido esta comprobación; no se ha podido hacer.',
  'verify.code.notRun': 'No se ha comprobado, porque el archivo no se ha podido leer como credencial.',
  'verify.code.schema.ok': 'La credencial tiene todo el contenido que exige su norma.',
  'verify.code.schema.failed': 'Falta contenido que exige la norma o no tiene la forma correcta.',
  'verify.code.signature.ok':
    'La firma o el sello corresponde al contenido: la credencial no se ha modificado desde que se firmó.',
  'verify.code.signature.bad':
    'La firma no corresponde al contenido: la credencial se modificó después de firmarse o la firma no es auténtica.',
  'verify.code.signature.undefinedTerms':
    'La credencial contiene datos que su vocabulario no define, por lo que la firma no los cubriría.',
  'verify.code.signature.none':
    'La credencial no está firmada ni sellada, así que nada muestra quién la expidió ni que esté intacta.',
  'verify.code.signature.keyUnavailable':
    'La clave necesaria para comprobar la firma no se puede obtener sin conexión.',
  'verify.code.signature.unsupported': 'La firma utiliza un método que esta página no puede comprobar.',
  'verify.code.signature.wrongPurpose': 'La firma no se hizo para expedir credenciales.',
  'verify.code.signature.malformed': 'La firma está incompleta o no se ha hecho como exige la norma.',
  'verify.code.signature.claims':
    'El token firmado y la credencial que contiene no coinciden (emisor, identificador, titular o fechas).',
  'verify.code.signature.certificate':
    'El certificado del sello falta, no se puede leer o no es el que indica el sello.',
  'verify.code.signature.noCertificate':
    'El sello no contiene ningún certificado, por lo que no se puede comprobar aquí.',
  'verify.code.context.notBundled':
    'La credencial remite a un vocabulario que no está disponible sin conexión, por lo que no se ha podido comprobar su firma.',
  'verify.code.certificate.valid': 'El certificado del sello era válido en la fecha de validación.',
  'verify.code.certificate.expired':
    'El certificado del sello había caducado en la fecha de validación. Si la credencial se selló antes, elija una fecha de validación en la que el certificado aún era válido.',
  'verify.code.certificate.notYetValid':
    'El certificado del sello aún no era válido en la fecha de validación.',
  'verify.code.certificate.keyUsage': 'El certificado del sello no puede utilizarse para sellos ni firmas.',
  'verify.code.certificate.chainTrusted':
    'El certificado del sello lleva a una autoridad de certificación de confianza.',
  'verify.code.certificate.noTrustAnchor':
    'Aquí no se puede confirmar si la autoridad de certificación es de confianza: no se consulta ninguna lista de confianza de la UE.',
  'verify.code.certificate.chainBroken':
    'La cadena de certificados está rota: falta un certificado emisor, no es una autoridad o no era válido.',
  'verify.code.certificate.notRevoked':
    'La información de revocación incluida en el sello muestra que el certificado no estaba revocado.',
  'verify.code.certificate.revocationUnknown':
    'No se puede confirmar si el certificado estaba revocado: la información de revocación del sello falta o no está actualizada para la fecha de validación.',
  'verify.code.certificate.revoked': 'El certificado del sello ha sido revocado.',
  'verify.code.certificate.none': 'No hay sello, por lo que no hay certificado que comprobar.',
  'verify.code.issuer.ok':
    'La clave o el certificado que firmó pertenece al emisor que indica la credencial.',
  'verify.code.issuer.unconfirmed':
    'Aquí no se ha podido confirmar que la clave de firma pertenezca al emisor que indica la credencial.',
  'verify.code.issuer.noVerifiedKey':
    'No se puede comprobar sin una firma que haya superado la comprobación.',
  'verify.code.issuer.missing': 'La credencial no indica su emisor.',
  'verify.code.issuer.mismatch':
    'El sello pertenece a una organización distinta del emisor que indica la credencial.',
  'verify.code.issuer.partialMatch':
    'La organización que selló solo coincide en parte con el emisor que indica la credencial.',
  'verify.code.issuer.noIdentifier':
    'A la credencial o al certificado del sello le falta el identificador de organización necesario para compararlos.',
  'verify.code.issuer.noSeal':
    'No hay sello, por lo que no hay organización selladora que comparar con el emisor.',
  'verify.code.validity.ok': 'La credencial era válida en la fecha de validación.',
  'verify.code.validity.expired': 'La credencial había caducado en la fecha de validación.',
  'verify.code.validity.notYetValid': 'La credencial aún no era válida en la fecha de validación.',
  'verify.code.validity.badDate': 'Una fecha de la credencial no está escrita como fecha válida.',
  'verify.code.validity.noDates': 'La credencial no indica fechas con las que juzgar su validez.',
  'verify.code.validity.noValidationTime':
    'No se indicó ninguna fecha de validación, por lo que no se han podido evaluar las fechas.',
  'verify.code.status.current':
    'La lista de estado del emisor muestra que la credencial no está revocada ni suspendida.',
  'verify.code.status.revoked': 'El emisor ha revocado la credencial.',
  'verify.code.status.suspended': 'El emisor ha suspendido la credencial.',
  'verify.code.status.none': 'La credencial no tiene un estado de revocación que comprobar.',
  'verify.code.status.listUnreachable':
    'El emisor publica el estado de revocación en línea; esta página no lo consulta, así que no se sabe si la credencial ha sido revocada.',
  'verify.code.status.listProblem': 'La lista de estado del emisor no se ha podido leer o no es fiable.',
  'verify.code.status.malformedEntry': 'La información de estado de la credencial está mal formada.',
  'verify.code.status.listIssuerMismatch':
    'La lista de estado a la que remite la credencial la ha emitido alguien distinto del emisor de la credencial, así que no puede mostrar si la credencial ha sido revocada.',
  'verify.code.status.unsupportedType':
    'La credencial utiliza un método de estado que esta página no puede comprobar.',
  'verify.fallback.ok': 'Esta comprobación se ha superado.',
  'verify.fallback.failed': 'Esta comprobación ha fallado.',
  'verify.fallback.unknown': 'Esta comprobación no se ha podido hacer aquí.',
  'verify.fallback.skipped': 'Esta comprobación no se aplica a esta credencial.',
  'verify.annex.heading': '¿Descrita con los elementos normalizados de la UE?',
  'verify.annex.about':
    'Se trata de cómo describe la credencial la microcredencial según los elementos normalizados europeos del anexo I de la Recomendación del Consejo, de 16 de junio de 2022, sobre las microcredenciales, no de si la credencial es auténtica.',
  'verify.annex.score': '{present} de {total} elementos obligatorios presentes',
  'verify.annex.number': 'N.º',
  'verify.annex.element': 'Elemento',
  'verify.annex.kind': 'Obligatorio u opcional',
  'verify.annex.result': 'Estado',
  'verify.annex.mandatory': 'Obligatorio',
  'verify.annex.optional': 'Opcional',
  'verify.annex.status.present': 'Presente',
  'verify.annex.status.missing': 'Falta',
  'verify.annex.status.vague': 'Impreciso',
  'verify.annex.status.notApplicable': 'No procede',
  'verify.annex.element.learner': 'Identificación del alumno',
  'verify.annex.element.title': 'Título de la microcredencial',
  'verify.annex.element.issuerCountry': 'País(es)/región(es) del emisor',
  'verify.annex.element.awardingBody': 'Organismo(s) que la concede(n)',
  'verify.annex.element.dateOfIssuing': 'Fecha de expedición',
  'verify.annex.element.learningOutcomes': 'Resultados del aprendizaje',
  'verify.annex.element.workload':
    'Carga de trabajo teórica necesaria para lograr los resultados del aprendizaje',
  'verify.annex.element.level':
    'Nivel (y ciclo, si procede) de la experiencia de aprendizaje que conduce a la microcredencial (MEC, QF-EHEA), si procede',
  'verify.annex.element.assessmentType': 'Tipo de evaluación',
  'verify.annex.element.participationForm': 'Forma de participación en la actividad de aprendizaje',
  'verify.annex.element.qualityAssurance':
    'Tipo de garantía de calidad utilizada para respaldar la microcredencial',
  'verify.annex.element.prerequisites': 'Requisitos previos para inscribirse en la actividad de aprendizaje',
  'verify.annex.element.supervision': 'Supervisión y verificación de la identidad durante la evaluación',
  'verify.annex.element.grade': 'Calificación obtenida',
  'verify.annex.element.stackability': 'Opciones de integración/acumulación',
  'verify.annex.element.furtherInformation': 'Información adicional',
  'verify.annex.reason.absent': 'La credencial no indica este elemento.',
  'verify.annex.reason.invalid': 'La credencial indica este elemento de una forma que no se ha podido leer.',
  'verify.annex.reason.noAssessment':
    'La credencial indica que no hay evaluación, pero los resultados del aprendizaje de una microcredencial se evalúan.',
  'verify.annex.reason.noQualityAssurance':
    'La credencial indica que no hay garantía de calidad, pero las microcredenciales se respaldan con garantía de calidad.',
  'verify.annex.reason.learner':
    'Esta página no muestra datos personales del alumno, por lo que este elemento no se evalúa aquí.',
  'verify.annex.reason.notIssued': 'Este elemento solo se aplica a una credencial ya expedida.',
  'verify.annex.reason.noLevel':
    'La credencial indica que el aprendizaje no tiene nivel en un marco de cualificaciones.',
  'verify.annex.reason.outcomesTooShort':
    'Los resultados del aprendizaje son demasiado breves para decir qué sabe y sabe hacer el titular, y no remiten a ninguna capacidad de ESCO.',
  'verify.annex.reason.outcomesNotVerbLed':
    'Los resultados del aprendizaje no están redactados como lo que el alumno sabe hacer (ninguno empieza con un verbo de acción).',
  'verify.annex.reason.noEctsOrHours':
    'La carga de trabajo se expresa en créditos de otro sistema o de uno no indicado, no en ECTS ni en horas.',
  'verify.annex.reason.nqfWithoutEqf':
    'Solo se indica un nivel nacional, no el nivel del Marco Europeo de Cualificaciones (MEC).',
  'verify.annex.reason.assessmentFreeTextOnly':
    'La evaluación se describe con palabras, pero no se indica su tipo.',
  'verify.annex.reason.otherWithoutDescription': 'El tipo de evaluación es «otro», sin descripción.',
  'verify.annex.reason.qaFreeTextOnly': 'Se menciona la garantía de calidad, pero no se indica su tipo.',
  'done.erase': '¿Ha cambiado de opinión? Borre sus respuestas con su código de confirmación',
  'privacy.erase': 'Borre usted mismo sus respuestas con su código de confirmación',
  'privacy.contacts':
    'Si le invitamos por correo electrónico, su dirección, idioma y país se guardan aparte de sus respuestas, se usan solo para la invitación y los recordatorios, y se borran {days} días después del cierre del cuestionario. Al enviar sus respuestas, se elimina el vínculo entre su dirección y sus respuestas.',

  'results.title': 'Resultados',
  'results.intro':
    'Respuestas de los cuestionarios completados hasta el {date}, contadas en conjunto. Para que cada respuesta siga siendo confidencial, no se muestra ninguna cifra basada en menos de {k} personas, ni ninguna cifra que permita deducirla.',
  'results.by': 'Desglosar por',
  'results.byNone': 'Sin desglose',
  'results.byTargetGroup': 'Grupo de personas encuestadas',
  'results.byLanguage': 'Idioma de las respuestas',
  'results.show': 'Mostrar',
  'results.answer': 'Respuesta',
  'results.total': 'Todos',
  'results.noAnswer': 'No consta',
  'results.base': 'Han respondido (base de los porcentajes)',
  'results.unitRespondents': 'número de personas',
  'results.unitItems': 'número de microcredenciales descritas',
  'results.suppressed': 'no se muestra, para que las respuestas sigan siendo confidenciales',
  'results.csv': 'Descargar estas tablas (CSV)',
  'results.mean': 'Media',
  'results.q1': 'Primer cuartil',
  'results.median': 'Mediana',
  'results.q3': 'Tercer cuartil',
  'results.byCountry': 'País',
  'results.filter': 'Mostrar un solo grupo',
  'results.filterHint':
    'Un grupo solo puede mostrarse por separado si tanto el grupo como el resto de las personas encuestadas son lo bastante numerosos.',
  'results.filterAll': 'Todas las personas encuestadas',
  'results.titleFiltered': 'Resultados de un solo grupo: {group} ({grouping})',
  'results.refused.title': 'Este grupo no puede mostrarse por separado',
  'results.refused.body':
    'Los resultados de un solo grupo se muestran únicamente cuando tanto el grupo como el resto de las personas encuestadas son lo bastante numerosos para que nadie pueda ser reconocido. Elija uno de los grupos que se ofrecen en la página de resultados.',
  'results.refused.back': 'Volver a los resultados',
  'study.results': 'Resultados del estudio',

  'results.chartDescription':
    'Porcentajes de todas las personas que respondieron, como en la tabla de abajo.',
  'results.chartHidden': 'Respuestas no mostradas, para mantener la confidencialidad: {count}.',

  'privacy.title': 'Declaración específica de privacidad',
  'privacy.updated': 'Última actualización: {date}',
  'privacy.operation': 'Operación de tratamiento: {operation}',
  'privacy.reference': 'Referencia del registro: {reference}',
  'privacy.introduction.heading': 'Introducción',
  'privacy.introduction.body':
    '{controller} es responsable de este estudio y de sus datos personales tratados en él (el responsable del tratamiento). Tal como exige el artículo 15 del Reglamento (UE) 2018/1725, esta declaración le explica qué datos recogemos, por qué, durante cuánto tiempo los conservamos y cuáles son sus derechos.',
  'privacy.purpose.heading': 'Por qué y cómo tratamos sus datos',
  'privacy.purpose.default':
    'Recogemos sus respuestas a los cuestionarios del estudio «{study}» para comprender el tema del estudio y publicar sus resultados. Las respuestas solo se analizan y publican de forma agregada, en grupos lo bastante grandes como para que nadie pueda ser reconocido. No se utilizan para ningún otro fin.',
  'privacy.legalBasis.heading': 'Con qué base jurídica',
  'privacy.legalBasis.default':
    'Tratamos sus respuestas para el cumplimiento de una misión realizada en interés público (artículo 5, apartado 1, letra a), del Reglamento (UE) 2018/1725) y con su consentimiento para participar (artículo 5, apartado 1, letra d)), que usted da en la primera página del cuestionario. Puede retirar su consentimiento en cualquier momento; ello no afecta a lo realizado antes.',
  'privacy.dataCollected.heading': 'Qué datos recogemos',
  'privacy.dataCollected.default':
    'Sus respuestas; el idioma en que respondió; cuándo empezó y terminó, y cuánto tiempo dedicó a cada página. No le pedimos su nombre ni registramos su dirección IP o su navegador. Si pide un enlace por correo electrónico para continuar más tarde, su dirección se usa una sola vez para enviarlo y no se guarda. Le rogamos que no escriba en las respuestas abiertas nada que permita identificarle a usted o a otra persona.',
  'privacy.retention.heading': 'Durante cuánto tiempo conservamos sus datos',
  'privacy.retention.default':
    'Conservamos sus respuestas durante {months} meses después del cierre del estudio. Después las eliminamos o solo conservamos datos que no permiten identificar a nadie.',
  'privacy.security.heading': 'Cómo protegemos sus datos',
  'privacy.security.default':
    'Las respuestas solo se transmiten por conexiones cifradas y se guardan separadas de cualquier dato de contacto, en servidores de la Unión Europea. Solo el equipo del estudio puede verlas, cada persona con su propia cuenta.',
  'privacy.recipients.heading': 'Quién puede ver sus datos',
  'privacy.recipients.default':
    'Solo el equipo del estudio de {controller}. Los resultados publicados solo contienen cifras agregadas. Los organismos encargados de la auditoría y la supervisión en virtud del Derecho de la Unión, como el Supervisor Europeo de Protección de Datos, pueden tener acceso cuando la ley lo exija.',
  'privacy.processors': 'Por cuenta nuestra y en virtud de un contrato: {processors}',
  'privacy.transfers.heading': 'Transferencias fuera de la Unión Europea',
  'privacy.transfers.default':
    'Sus datos no se transfieren a países de fuera de la Unión Europea y del Espacio Económico Europeo, ni a organizaciones internacionales.',
  'privacy.rights.heading': 'Sus derechos y cómo ejercerlos',
  'privacy.rights.default':
    'Tiene derecho a acceder a sus datos, a su rectificación o supresión, a la limitación de su tratamiento, a oponerse a él y a la portabilidad de los datos, así como a retirar su consentimiento en cualquier momento. Escriba a {email} indicando el código de confirmación que recibió al final del cuestionario, para que podamos encontrar sus respuestas sin saber quién es usted. Respondemos en el plazo de un mes.',
  'privacy.voluntary.heading': '¿Está obligado/a a responder?',
  'privacy.voluntary.default':
    'No. La participación es voluntaria. Puede saltarse cualquier pregunta que no sea obligatoria y dejarlo en cualquier momento. No participar no tiene ninguna consecuencia para usted.',
  'privacy.automatedDecisions.heading': 'Decisiones automatizadas',
  'privacy.automatedDecisions.default':
    'No se toma ninguna decisión automatizada sobre usted ni se elaboran perfiles.',
  'privacy.contact.heading': 'Información de contacto',
  'privacy.contact.controller': 'El responsable del tratamiento',
  'privacy.contact.dpo': 'El delegado de protección de datos',
  'privacy.contact.edps': 'El Supervisor Europeo de Protección de Datos',
  'privacy.contact.complaint':
    'Tiene derecho a presentar en cualquier momento una reclamación ante el Supervisor Europeo de Protección de Datos si considera que se han vulnerado sus derechos.',
  'privacy.moreInformation.heading': 'Más información',
};
