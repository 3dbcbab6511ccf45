import type { Lang } from './langs';

/**
 * Which of the widget's languages a message is written in, from its function words and letters.
 * Null when it cannot tell (too short, or no known words): callers fall back to the page's language.
 */
export function detectLang(text: string): Lang | null {
  const lower = text.slice(0, 1000).toLowerCase();
  let es = (lower.match(/[ñ¿¡áéíóú]/g) ?? []).length;
  let en = 0;
  for (const w of lower.match(/\p{L}+/gu) ?? []) {
    if (ES.has(w)) es++;
    else if (EN.has(w)) en++;
  }
  return es > en ? 'es' : en > es ? 'en' : null;
}

// Common words that are not also common in the other language ("no", "me" are both).
const ES = new Set(
  'que de el la los las y en un una es por para con se lo le pero mas muy ya estoy quiero tengo porque como cuando esta este soy todo nada hoy mi mis yo tu su del al eso algo si sin hay puedo ayuda necesito vida hacer siento donde cuanto cuesta seguro hola gracias buenas buenos adios chao porfa usted ustedes tambien terapia medicamentos medicinas pastillas cita consulta psiquiatra'.split(
    ' ',
  ),
);
const EN = new Set(
  'the and to of i you my is it in that for with this but have am was are not what just so do be can he she they we your how does if at on or about from would will there been want feel hello hi hey thanks please therapy medication'.split(
    ' ',
  ),
);
