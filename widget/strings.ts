/**
 * Every string the widget shows, in one table. The knowledge file's content (answers, greeting,
 * crisis card) is not here: it is in whatever language the practice wrote it.
 * `{n}` and `{v}` are filled in by `fill`.
 */

const en = {
  launcher: 'Questions? Chat with us',
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
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thanks for letting us know.',
  didYouMean: 'Did you mean…',
  noneOfThese: 'None of these',
  noAnswer: "I don't have an answer to that. The practice can help you directly:",
  outOfScope: "That's a question the practice answers directly:",
  requested: 'You can reach the practice here:',
  noRoutes: 'Please contact the practice directly.',
  contactPage: 'Contact page',
  email: 'Email {v}',
  phone: 'Call {v}',
  differentQuestion: 'I have a different question',
};

export type Strings = typeof en;
export type Lang = 'en' | 'es';

const es: Strings = {
  launcher: '¿Preguntas? Chatea con nosotros',
  title: 'Preguntas',
  talkToPerson: 'Hablar con una persona',
  clear: 'Borrar la conversación',
  cleared: 'Conversación borrada.',
  close: 'Cerrar el chat',
  disclaimer: 'Solo información general, no es consejo médico.',
  suggestions: 'Preguntas sugeridas',
  log: 'Conversación',
  loading: 'Cargando…',
  you: 'Tú:',
  bot: 'Asistente:',
  input: 'Tu pregunta',
  placeholder: 'Escribe tu pregunta…',
  send: 'Enviar',
  charsLeft: 'Quedan {n} caracteres',
  related: 'Preguntas relacionadas',
  helpful: '¿Te fue útil?',
  yes: 'Sí',
  no: 'No',
  thanks: 'Gracias por decírnoslo.',
  didYouMean: '¿Quisiste decir…?',
  noneOfThese: 'Ninguna de estas',
  noAnswer: 'No tengo una respuesta para eso. El consultorio puede ayudarte directamente:',
  outOfScope: 'Esa pregunta la responde el consultorio directamente:',
  requested: 'Puedes contactar al consultorio aquí:',
  noRoutes: 'Por favor, contacta al consultorio directamente.',
  contactPage: 'Página de contacto',
  email: 'Escribir a {v}',
  phone: 'Llamar al {v}',
  differentQuestion: 'Tengo otra pregunta',
};

export const STRINGS: Readonly<Record<Lang, Readonly<Strings>>> = Object.freeze({ en, es });

/** `en`, `es` or null for a BCP 47 tag (`es-MX` → `es`). */
export function toLang(tag: string): Lang | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'es' ? base : null;
}

/** Puts `value` where the template says `{n}` (a number) or `{v}` (a value). */
export function fill(template: string, value: string | number): string {
  return template.replace(/\{[nv]\}/g, () => String(value));
}
