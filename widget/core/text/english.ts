/**
 * The English language rules the matcher applies to every knowledge file: stopwords and the
 * stemmer. A practice's own synonyms and phrases live in its knowledge file (`vocabulary`, see
 * `normalize.ts`), not here.
 */

/**
 * Words that carry no meaning for matching: function words and chat filler ("hi", "please",
 * "wondering"). Question words that do separate entries ("who", "when", "why") are kept.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so of to in on at by for from with about as into than then too very ' +
    'is are was were be been being am do does did doing done have has had having will would shall ' +
    'should can could may might must i me my mine myself we us our you your yours he him his she ' +
    'her it its they them their this that these those there here what which how where whom whose ' +
    'hi hello hey hiya please pls plz thanks thank thx ty ok okay yes yeah yep hmm um uh well ' +
    'wondering wonder wondered curious question questions ask asking tell know knowing want wanted ' +
    'wanna like really actually basically just any anything some something thing things kind sort ' +
    'also maybe perhaps probably lot lots much many more most get got getting go going gonna ' +
    'one someone somebody people person im ive id dont doesnt isnt arent cant wont u ur r ya not no never ' +
    'each other own guys help helps helped helping helpful need needs see seeing work works ' +
    'make makes use using keep good'
  ).split(' '),
);

/**
 * A light suffix stemmer: enough that "skills"/"skill" and "monitoring"/"monitor" meet, without a
 * dictionary. Words under five letters are left alone ("does", "less").
 */
export function stem(word: string): string {
  if (word.length < 5 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 5) return undouble(word.slice(0, -2));
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function undouble(word: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(word) && !/(ll|ss)$/.test(word) ? word.slice(0, -1) : word;
}
