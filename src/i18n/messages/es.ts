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
};
