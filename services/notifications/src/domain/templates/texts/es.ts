import type { LocaleTexts } from '../template-text';

const festivalName = `{festival, select,
  lunar_new_year {el Año Nuevo Lunar}
  mid_autumn {la Fiesta del Medio Otoño}
  eid_al_fitr {el Eid al-Fitr}
  eid_al_adha {el Eid al-Adha}
  diwali {Diwali}
  christmas {la Navidad}
  hanukkah {Janucá}
  nowruz {Nowruz}
  vesak {Vesak}
  other {estas fiestas}}`;

const festivalWish = `{festival, select,
  lunar_new_year {Feliz Año Nuevo Lunar}
  mid_autumn {Feliz Fiesta del Medio Otoño}
  eid_al_fitr {Eid Mubarak}
  eid_al_adha {Eid al-Adha Mubarak}
  diwali {Feliz Diwali}
  christmas {Feliz Navidad}
  hanukkah {Feliz Janucá}
  nowruz {Feliz Nowruz}
  vesak {Feliz Vesak}
  other {Felices fiestas}}`;

const hardshipOption = `{option, select,
  PAYMENT_HOLIDAY {una pausa en los pagos}
  INTEREST_PAUSE {una suspensión temporal de los intereses}
  GRACE_ON_PRINCIPAL {un periodo de carencia en el que solo se pagan intereses}
  EXTEND_REPAYMENT_PERIOD {una ampliación del plazo de amortización}
  RE_AGE {la regularización de su cuenta}
  other {un acuerdo de pago}}`;

const hardshipOptionTu = `{option, select,
  PAYMENT_HOLIDAY {una pausa en los pagos}
  INTEREST_PAUSE {una suspensión temporal de los intereses}
  GRACE_ON_PRINCIPAL {un periodo de carencia en el que solo pagas intereses}
  EXTEND_REPAYMENT_PERIOD {una ampliación del plazo para devolver el préstamo}
  RE_AGE {la regularización de tu cuenta}
  other {un acuerdo de pago}}`;

export const es: LocaleTexts = {
  locale: 'es',
  greeting: {
    formal: '{named, select, yes {Estimado/a {name}:} other {Estimado/a cliente:}}',
    informal: '{named, select, yes {¡Hola, {name}!} other {¡Hola!}}',
  },
  templates: {
    welcome: {
      formal: {
        subject: 'Le damos la bienvenida',
        body: `{greeting}

Gracias por confiar en nosotros. Su perfil ya está listo y nos comunicaremos con usted en el idioma y en los horarios que ha elegido.

Puede cambiar cómo y cuándo le contactamos en cualquier momento desde la aplicación o en cualquier oficina.

Atentamente,
Su equipo del banco`,
      },
      informal: {
        subject: '¡Te damos la bienvenida!',
        body: `{greeting}

Nos alegra mucho tenerte con nosotros. Tu perfil ya está listo: te escribiremos en tu idioma y solo en los horarios que elegiste.

Puedes cambiarlo cuando quieras desde la app.

¡Hasta pronto!
Tu equipo del banco`,
      },
    },
    'payment-due-reminder': {
      formal: {
        subject: 'Recordatorio: su pago de {amount} vence el {dueDate}',
        body: `{greeting}

Le recordamos que el pago de su préstamo por {amount} vence el {dueDate} ({daysUntilDue, plural, =0 {hoy} =1 {mañana} other {dentro de # días}}). Si ya lo ha realizado, no tenga en cuenta este mensaje.

Si tiene dificultades para realizar este pago, le rogamos que se ponga en contacto con nosotros: podemos estudiar opciones que le ayuden.

Atentamente,
Su equipo del banco`,
      },
      informal: {
        subject:
          'Recordatorio: {amount} vence {daysUntilDue, plural, =0 {hoy} =1 {mañana} other {en # días}}',
        body: `{greeting}

Solo un recordatorio: el pago de tu préstamo de {amount} vence el {dueDate}. ¿Ya lo pagaste? Entonces no tienes que hacer nada.

Si ahora mismo vas justo de dinero, escríbenos: te ayudamos a buscar una solución.

Tu equipo del banco`,
      },
    },
    'payment-missed': {
      formal: {
        subject: 'No hemos recibido su pago de {amount}',
        body: `{greeting}

No hemos recibido el pago de su préstamo por {amount}, que vencía el {dueDate} ({daysPastDue, plural, one {hace # día} other {hace # días}}). Le rogamos que lo realice lo antes posible.

Si atraviesa dificultades económicas, póngase en contacto con nosotros. Le escucharemos y revisaremos con usted las opciones disponibles, como un acuerdo de pago.

Atentamente,
Su equipo del banco`,
      },
      informal: {
        subject: 'Aún no hemos recibido tu pago de {amount}',
        body: `{greeting}

El pago de tu préstamo de {amount} vencía el {dueDate} y todavía no lo hemos recibido ({daysPastDue, plural, one {# día de retraso} other {# días de retraso}}). Por favor, págalo lo antes posible.

¿Estás pasando por un mal momento? Cuéntanoslo: estamos aquí para ayudarte a encontrar una solución.

Tu equipo del banco`,
      },
    },
    'hardship-arrangement-started': {
      formal: {
        subject: 'Confirmación de su acuerdo de pago',
        body: `{greeting}

Le confirmamos el acuerdo alcanzado con usted: ${hardshipOption}, del {startsOn} al {endsOn}. Mientras esté vigente, no le contactaremos para reclamarle pagos atrasados.

Le escribiremos antes de que finalice. Si su situación cambia, no dude en comunicárnoslo en cualquier momento.

Atentamente,
Su equipo del banco`,
      },
      informal: {
        subject: 'Tu acuerdo de pago ya está activo',
        body: `{greeting}

¡Listo! Hemos activado ${hardshipOptionTu}, del {startsOn} al {endsOn}. Mientras dure, no te reclamaremos pagos atrasados.

Te escribiremos antes de que termine. Si cambia algo en tu situación, avísanos.

Tu equipo del banco`,
      },
    },
    'hardship-arrangement-ended': {
      formal: {
        subject: 'Su acuerdo de pago ha finalizado',
        body: `{greeting}

Su acuerdo de pago ha finalizado y sus pagos habituales se reanudan según lo establecido en su contrato de préstamo.

Si sigue teniendo dificultades para pagar, le rogamos que se ponga en contacto con nosotros antes de la próxima fecha de pago: estamos aquí para ayudarle.

Atentamente,
Su equipo del banco`,
      },
      informal: {
        subject: 'Tu acuerdo de pago ha terminado',
        body: `{greeting}

Tu acuerdo de pago ha terminado, así que tus pagos habituales vuelven a ser como en tu contrato de préstamo.

¿Todavía te cuesta? Escríbenos antes de tu próxima fecha de pago y vemos qué podemos hacer.

Tu equipo del banco`,
      },
    },
    'complaint-acknowledged': {
      formal: {
        subject: 'Hemos recibido su reclamación ({complaintReference})',
        body: `{greeting}

Gracias por comunicarnos su inquietud. Hemos registrado su reclamación con la referencia {complaintReference} y un miembro de nuestro equipo ya la está revisando.

Le enviaremos nuestra respuesta definitiva a más tardar el {finalResponseBy}. Si desea añadir algo mientras tanto, indique su referencia.

Atentamente,
Su equipo del banco`,
      },
      informal: {
        subject: 'Hemos recibido tu reclamación ({complaintReference})',
        body: `{greeting}

Gracias por contarnos qué ha pasado. Tu reclamación está registrada con la referencia {complaintReference} y alguien de nuestro equipo ya la está revisando.

Te responderemos a más tardar el {finalResponseBy}. ¿Quieres añadir algo? Solo indica tu referencia.

Tu equipo del banco`,
      },
    },
    'complaint-final-response': {
      formal: {
        subject: 'Respuesta definitiva a su reclamación ({complaintReference})',
        body: `{greeting}

Hemos concluido la investigación de su reclamación {complaintReference}. {outcome, select,
  upheld {Estimamos su reclamación: reconocemos que cometimos un error y le pedimos disculpas.}
  partially_upheld {Estimamos parcialmente su reclamación: le damos la razón en parte de lo que nos planteó y le pedimos disculpas por ello.}
  not_upheld {No estimamos su reclamación: tras revisarlo todo detenidamente, consideramos que actuamos correctamente.}
  other {Hemos tomado una decisión sobre su reclamación.}} Encontrará los motivos detallados y los próximos pasos en el buzón de su banca en línea.

Esta es nuestra respuesta definitiva. Si no está conforme, puede presentar su reclamación de forma gratuita ante el defensor del cliente financiero o el supervisor competente. Existen plazos, normalmente seis meses desde la fecha de esta respuesta.

Atentamente,
Su equipo del banco`,
      },
    },
    'complaint-escalation-rights': {
      formal: {
        subject: 'Su derecho a elevar su reclamación ({complaintReference})',
        body: `{greeting}

Si no está satisfecho/a con la forma en que hemos tramitado su reclamación {complaintReference}, tiene derecho a presentarla ante el defensor del cliente financiero independiente o el supervisor financiero competente. Este servicio es gratuito.

Tenga en cuenta que existen plazos: normalmente debe hacerlo dentro de los seis meses siguientes a nuestra respuesta definitiva. Ello no afecta a sus demás derechos legales.

Si necesita ayuda, póngase en contacto con nosotros e indique su referencia.

Atentamente,
Su equipo del banco`,
      },
    },
    'complaint-deadline-extended': {
      formal: {
        subject: 'Novedades sobre su reclamación ({complaintReference})',
        body: `{greeting}

Lamentamos comunicarle que necesitamos más tiempo para concluir la investigación de su reclamación {complaintReference}. Le enviaremos nuestra respuesta definitiva a más tardar el {newDeadline}.

Si no desea esperar, es posible que ya tenga derecho a presentar su reclamación ante el defensor del cliente financiero o el supervisor competente.

Atentamente,
Su equipo del banco`,
      },
      informal: {
        subject: 'Novedades sobre tu reclamación ({complaintReference})',
        body: `{greeting}

Lo sentimos: necesitamos un poco más de tiempo para terminar de revisar tu reclamación {complaintReference}. Tendrás nuestra respuesta definitiva a más tardar el {newDeadline}.

Si prefieres no esperar, puede que ya puedas presentar tu reclamación ante el defensor del cliente financiero o el supervisor.

Tu equipo del banco`,
      },
    },
    'survey-invitation': {
      formal: {
        subject: '¿Cómo lo hemos hecho?',
        body: `{greeting}

Nos gustaría conocer su opinión sobre su experiencia reciente con nosotros. La encuesta le llevará unos dos minutos y estará disponible hasta el {expiresAt}.

Referencia de la encuesta: {surveyId}

Gracias por ayudarnos a mejorar.

Atentamente,
Su equipo del banco`,
      },
      informal: {
        subject: '¿Tienes dos minutos?',
        body: `{greeting}

¡Cuéntanos qué tal lo hicimos! La encuesta dura unos dos minutos y está abierta hasta el {expiresAt}.

Referencia de la encuesta: {surveyId}

¡Gracias por ayudarnos a mejorar!

Tu equipo del banco`,
      },
    },
    'followup-due-task': {
      formal: {
        subject: 'Seguimiento pendiente: cliente {customerId}',
        body: `El seguimiento del cliente {customerId} vence el {dueAt}.
Motivo: {reason}

Contacte con el cliente por su canal preferido y registre el resultado en el historial de interacciones.`,
      },
    },
    'risk-warning-task': {
      formal: {
        subject:
          '{severity, select, high {Urgente: riesgo} other {Riesgo}} en la relación con el cliente {customerId}',
        body: `El riesgo en la relación con el cliente {customerId} es ahora {severity, select, high {alto} medium {medio} low {bajo} none {nulo} other {{severity}}}.
Señales: {reasons}

Revise la relación, contacte con el cliente si procede y registre su decisión en el historial de interacciones.`,
      },
    },
    'festival-greeting': {
      formal: {
        subject: festivalWish,
        body: `{greeting}

Con motivo de ${festivalName}, todo el equipo del banco le desea a usted y a los suyos salud, felicidad y paz.

Un cordial saludo,
Su equipo del banco`,
      },
      informal: {
        subject: `¡${festivalWish}!`,
        body: `{greeting}

¡${festivalWish}! Te deseamos a ti y a los tuyos una celebración llena de alegría y salud.

Un abrazo,
Tu equipo del banco`,
      },
    },
  },
};
