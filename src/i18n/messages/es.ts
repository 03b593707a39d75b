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

  'email.resume.subject': 'Su enlace para continuar: {title}',
  'email.resume.body':
    'Hola:\n\nHa solicitado un enlace para continuar el cuestionario “{title}”. Ábralo para seguir donde lo dejó:\n\n{link}\n\nPuede continuar hasta el {date}. Cualquier persona que tenga este enlace puede ver sus respuestas, así que no lo comparta.\n\nRecibe este correo una sola vez porque escribió esta dirección, que no se ha guardado.',

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
    'Hola:\n\n{organisation} le invita a responder al cuestionario «{title}». Se tarda unos {minutes} minutos y puede responder hasta el {closes}.\n\nSu enlace personal (no lo comparta, por favor):\n{link}\n\nSus respuestas son confidenciales y solo se publican de forma agregada. Cómo tratamos sus datos: {privacy}\n\nPara no recibir más correos sobre este cuestionario: {unsubscribe}\n',
  'mail.reminder.subject': 'Recordatorio: {title}',
  'mail.reminder.body':
    'Hola:\n\nle recordamos el cuestionario «{title}» de {organisation}. Se tarda unos {minutes} minutos y puede responder hasta el {closes}. Si ya ha empezado, continúe en el mismo dispositivo o con su código de reanudación.\n\nSu enlace personal:\n{link}\n\nCómo tratamos sus datos: {privacy}\n\nPara no recibir más correos sobre este cuestionario: {unsubscribe}\n',

  'erase.title': 'Borrar sus respuestas',
  'erase.intro':
    'Escriba el código de confirmación que recibió al enviar sus respuestas. Sus respuestas se borrarán en el acto y para siempre, y no formarán parte de ningún resultado posterior.',
  'erase.receipt': 'Código de confirmación',
  'erase.receiptHint': 'Ocho letras y cifras, como K7M2-9QXD.',
  'erase.submit': 'Borrar mis respuestas',
  'erase.notFound':
    'No se han encontrado respuestas con este código de confirmación en este estudio. Compruebe el código e inténtelo de nuevo.',
  'erase.done.title': 'Sus respuestas se han borrado',
  'erase.done.body': 'No se conserva nada de lo que respondió.',
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
