/**
 * The Spanish language rules the matcher applies to a knowledge file with `"lang": "es"`:
 * stopwords and a light stemmer, the counterparts of `english.ts`. Words arrive as `rawWords` makes
 * them: lowercase, accents gone ("qué" → "que", "año" → "ano"), chat spellings undone ("xq" →
 * "porque"). Folding "ñ" costs nothing here (no two words of a practice's questions differ by it:
 * "año"/"ano" never meet in one) and lets a visitor on a keyboard without "ñ" match.
 */

/**
 * Words that carry no meaning for matching: articles, prepositions ("del", "al" included),
 * pronouns, common verbs and chat filler ("hola", "porfa", "una pregunta"). Question words that
 * separate entries are kept: "quien" (who prescribes), "cuando", "donde".
 */
export const STOPWORDS_ES: ReadonlySet<string> = new Set(
  (
    'a al ante bajo con contra de del desde durante en entre hacia hasta mediante para por segun ' +
    'sin sobre tras el la los las lo un una unos unas y e o u ni que pero mas sino si no ' +
    'yo me mi mis mio mia tu te ti tus usted ustedes uds ud le les se su sus nos nuestro nuestra ' +
    'ellos ellas el ella este esta esto estos estas ese esa eso esos esas aquel aquella ' +
    'es son era eran ser sido soy eres somos estoy esta estan estar estado estas hay habia ha he ' +
    'han has haber hace hacer tiene tienen tengo tener puede pueden puedo podria podrian poder ' +
    'debo debe deberia quiero quiere quisiera queria saber se sabe sabia gustaria ' +
    'como cual cuales cuanto cuanta cuantos cuantas porque pq xq por que muy tan tambien ya solo ' +
    'hola buenas buenos dias tardes noches gracias porfa favor oiga disculpe perdon ok vale pues ' +
    'bueno entonces alguien algo algun alguna nada cosa cosas pregunta preguntas duda dudas ' +
    'ayuda ayudar ayudan ayude necesito necesita va van voy ir vez otro otra otros otras ' +
    'mucho mucha muchos muchas poco todo toda todos todas aqui ahi alli ustedes nosotros ' +
    'realmente verdad digamos osea o sea tipo'
  ).split(' '),
);

// Longest first: "aciones" before "es", "amiento" before "o".
const SUFFIXES =
  'amientos imientos amiento imiento aciones uciones iciones acion ucion icion mente idades idad ' +
  'ables ibles able ible istas ista osos osas oso osa ando iendo ados adas idos idas ado ada ido ' +
  'ida ar er ir es os as s o a e';
const ENDINGS = SUFFIXES.split(' ');

/**
 * A light suffix stemmer: enough that "medicamento"/"medicamentos", "combinar"/"combinación" and
 * "terapia"/"terapias" meet, without a dictionary. Keeps at least four letters; words under five
 * letters are left alone ("cita", "mas").
 */
export function stemEs(word: string): string {
  if (word.length < 5 || /\d/.test(word)) return word;
  for (const end of ENDINGS) {
    if (word.endsWith(end) && word.length - end.length >= 4) return word.slice(0, -end.length);
  }
  return word;
}

/**
 * Spanish as it sounds: many visitors write by ear ("medisina", "sikologo", "pastiyas", "ke ase",
 * "eskojer"), and a typo correction cannot reach them (the first letter differs, or two letters
 * do). Letters that sound alike in Latin American Spanish become one: c/z/s before e and i,
 * c/qu/k, ll/y, b/v, g/j before e and i, a silent h, an initial "ps" (not "rr": "cerrado" would
 * stem to "ser"). Applied after the stemmer to knowledge and visitor words alike, so it only ever
 * makes two spellings of one word meet.
 */
export function soundEs(word: string): string {
  return word
    .replace(/^ps/, 's')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/c(?=[ei])|z/g, 's')
    .replace(/c(?!h)/g, 'k')
    .replace(/(?<!c)h/g, '')
    .replace(/ll/g, 'y')
    .replace(/v/g, 'b')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/y$/, 'i');
}
