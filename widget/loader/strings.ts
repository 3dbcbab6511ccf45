/** What the loader says before the chat exists (the rest is in strings.ts, which spreads these). */
export const LOADER_STRINGS = {
  en: {
    launcher: 'Questions? Chat with us',
    unavailable: 'The chat could not load.',
    reach: 'You can reach {v} directly:',
    thePractice: 'the practice',
    callUs: 'Call {v}',
    emailUs: 'Email {v}',
    contactPage: 'Contact page',
  },
  es: {
    launcher: '¿Preguntas? Escríbanos',
    unavailable: 'No se pudo cargar el chat.',
    reach: 'Puede comunicarse directamente con {v}:',
    thePractice: 'el consultorio',
    callUs: 'Llamar al {v}',
    emailUs: 'Escribir a {v}',
    contactPage: 'Página de contacto',
  },
};
