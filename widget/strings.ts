import { CONTACT_MESSAGES, type ContactErrorCode } from './core';
import { LOADER_STRINGS } from './loader/strings';

/**
 * Every string the widget shows, in one table. The knowledge file's content (answers, greeting,
 * crisis card) is not here: it is in whatever language the practice wrote it.
 * `{n}` and `{v}` are filled in by `fill`. `e:<code>` is the message for a contact form error code.
 */

/** English error messages are the receiver's own (`CONTACT_MESSAGES`): one text per code. */
const errors = Object.fromEntries(
  Object.entries(CONTACT_MESSAGES).map(([code, text]) => [`e:${code}`, text]),
) as Record<`e:${ContactErrorCode}`, string>;

const en = {
  ...LOADER_STRINGS.en,
  title: 'Questions',
  talkToPerson: 'Talk to a person',
  clear: 'Clear conversation',
  cleared: 'Conversation cleared.',
  close: 'Close chat',
  disclaimer: 'General information only, not medical advice.',
  suggestions: 'Suggested questions',
  log: 'Conversation',
  loading: 'Loading…',
  you: 'You:',
  bot: 'Assistant:',
  input: 'Your question',
  placeholder: 'Type your question…',
  send: 'Send',
  charsLeft: '{n} characters left',
  related: 'Related questions',
  alsoRead: 'You can also read',
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thanks for letting us know.',
  didYouMean: 'Did you mean…',
  noneOfThese: 'None of these',
  noAnswer: "I don't have an answer to that. The practice can help you directly:",
  outOfScope: "That's a question the practice answers directly:",
  personal:
    "Thank you for telling me. I'm an automated assistant: I answer general questions about how the practice works, so I can't advise on your situation. But what you describe is exactly what a clinician here can talk through with you. You can leave the practice a message:",
  requested: 'You can reach the practice here:',
  otherLanguage:
    'For now this chat answers in Spanish only. You can write your question in Spanish, or reach the practice directly:',
  noRoutes: 'Please contact the practice directly.',
  contactPage: 'Contact page',
  email: 'Email {v}',
  phone: 'Call {v}',
  differentQuestion: 'I have a different question',
  formName: 'Message to the practice',
  formLead: 'Leave your details and the practice will get back to you.',
  formPrivacy: "Please don't include detailed health information.",
  formUrgent: 'Not for emergencies: no one reads this in real time. In a crisis:',
  formCrisis: 'You can still send this, but no one reads it in real time.',
  'f:name': 'Name',
  'f:email': 'Email',
  'f:phone': 'Phone',
  emailOrPhone: 'An email address, a phone number, or both.',
  preferred: 'How should the practice contact you?',
  'via:email': 'Email',
  'via:phone': 'Phone call',
  'via:text': 'Text message',
  'f:message': 'Message',
  consent: 'The practice may contact me about this message.',
  sendMessage: 'Send message',
  retry: 'Try again',
  sending: 'Sending…',
  fix: 'Please check the marked fields.',
  failed: "Your message couldn't be sent, but it is saved here. Try again, or call or email.",
  offline: "You seem to be offline. Your message is saved here; try again once you're online.",
  refused: 'The message service refused it (error {n}). It is saved here; please call or email.',
  again: 'Something went wrong on our side. Please send it again.',
  direct: 'Or reach the practice directly:',
  sent: 'Thank you. Your message was sent, and the practice will contact you {v}.',
  'by:email': 'by email',
  'by:phone': 'by phone',
  'by:text': 'by text message',
  reference: 'Reference: {v}',
  mailSubject: 'A question from your website',
  ...errors,
};

export type Strings = typeof en;

import type { Lang } from './parsers';

export type { Lang };

const es: Strings = {
  ...LOADER_STRINGS.es,
  title: 'Preguntas',
  talkToPerson: 'Hablar con una persona',
  clear: 'Borrar la conversación',
  cleared: 'Conversación borrada.',
  close: 'Cerrar el chat',
  disclaimer: 'Solo información general, no es consejo médico.',
  suggestions: 'Preguntas sugeridas',
  log: 'Conversación',
  loading: 'Cargando…',
  you: 'Usted:',
  bot: 'Asistente:',
  input: 'Su pregunta',
  placeholder: 'Escriba su pregunta…',
  send: 'Enviar',
  charsLeft: 'Quedan {n} caracteres',
  related: 'Preguntas relacionadas',
  alsoRead: 'También puede leer',
  helpful: '¿Le fue útil?',
  yes: 'Sí',
  no: 'No',
  thanks: 'Gracias por decírnoslo.',
  didYouMean: '¿Quiso decir…?',
  noneOfThese: 'Ninguna de estas',
  noAnswer: 'No tengo una respuesta para eso. El consultorio puede ayudarle directamente:',
  outOfScope: 'Esa pregunta la responde el consultorio directamente:',
  personal:
    'Gracias por contármelo. Soy un asistente automático: respondo preguntas generales sobre cómo trabaja el consultorio, así que no puedo aconsejarle sobre su situación. Pero lo que describe es justo lo que un profesional de aquí puede hablar con usted. Puede dejarle un mensaje al consultorio:',
  requested: 'Puede contactar al consultorio aquí:',
  otherLanguage:
    'Por ahora este chat responde solo en inglés. Puede escribir su pregunta en inglés o contactar al consultorio directamente:',
  noRoutes: 'Por favor, contacte al consultorio directamente.',
  contactPage: 'Página de contacto',
  email: 'Escribir a {v}',
  phone: 'Llamar al {v}',
  differentQuestion: 'Tengo otra pregunta',
  formName: 'Mensaje al consultorio',
  formLead: 'Deje sus datos y el consultorio se pondrá en contacto con usted.',
  formPrivacy: 'Por favor, no incluya información de salud detallada.',
  formUrgent: 'No es para emergencias: nadie lo lee en tiempo real. En una crisis:',
  formCrisis: 'Puede enviarlo, pero nadie lo lee en tiempo real.',
  'f:name': 'Nombre',
  'f:email': 'Correo electrónico',
  'f:phone': 'Teléfono',
  emailOrPhone: 'Un correo electrónico, un teléfono, o ambos.',
  preferred: '¿Cómo prefiere que el consultorio le contacte?',
  'via:email': 'Correo electrónico',
  'via:phone': 'Llamada',
  'via:text': 'Mensaje de texto',
  'f:message': 'Mensaje',
  consent: 'El consultorio puede contactarme sobre este mensaje.',
  sendMessage: 'Enviar mensaje',
  retry: 'Intentar de nuevo',
  sending: 'Enviando…',
  fix: 'Por favor, revise los campos marcados.',
  failed:
    'No se pudo enviar su mensaje, pero está guardado aquí. Inténtelo de nuevo, o llame o escriba.',
  offline:
    'Parece que no tiene conexión. Su mensaje está guardado aquí; inténtelo al reconectarse.',
  refused:
    'El servicio de mensajes lo rechazó (error {n}). Está guardado aquí; por favor, llame o escriba.',
  again: 'Algo falló de nuestro lado. Por favor, envíelo de nuevo.',
  direct: 'O contacte al consultorio directamente:',
  sent: 'Gracias. Su mensaje fue enviado y el consultorio le contactará {v}.',
  'by:email': 'por correo electrónico',
  'by:phone': 'por teléfono',
  'by:text': 'por mensaje de texto',
  reference: 'Referencia: {v}',
  mailSubject: 'Una pregunta desde su sitio web',
  'e:required': 'Por favor, complete este campo.',
  'e:too-long': 'Es demasiado largo.',
  'e:invalid-email': 'Escriba un correo electrónico como nombre@ejemplo.com.',
  'e:invalid-phone': 'Escriba un número de teléfono de al menos 7 dígitos.',
  'e:email-or-phone':
    'Escriba un correo electrónico o un teléfono para que el consultorio pueda contactarle.',
  'e:needs-email': 'Agregue un correo electrónico, o elija otra forma de contacto.',
  'e:needs-phone': 'Agregue un número de teléfono, o elija otra forma de contacto.',
  'e:invalid-choice': 'Elija correo electrónico, llamada o mensaje de texto.',
  'e:consent': 'Confirme que el consultorio puede contactarle.',
};

export const STRINGS: Readonly<Record<Lang, Readonly<Strings>>> = Object.freeze({ en, es });

/** Puts `value` where the template says `{n}` (a number) or `{v}` (a value). */
export function fill(template: string, value: string | number): string {
  return template.replace(/\{[nv]\}/g, () => String(value));
}
