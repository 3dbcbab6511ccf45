/**
 * The matcher's word knowledge, in one place: stopwords, synonyms and the stemmer. Knowledge text
 * and visitor text go through the same steps (see `normalize.ts`), so a word here changes both.
 *
 * Adding a synonym: map the visitor's word (lowercase, as typed) to the canonical word on the
 * right; the canonical word must be what `stem` makes of the word used in the knowledge file.
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
 * Phrases that mean one thing, replaced before words are split ("talk therapy" is therapy, not
 * talking). Keys are matched on whole words of the cleaned text; values are canonical words.
 */
export const PHRASES: readonly [RegExp, string][] = [
  [/\btalk(?:ing)? therapy\b/g, 'therapy'],
  [/\bnurse practitioners?\b/g, 'nurse'],
  [/\bprimary care(?: doctors?| providers?| physicians?)?\b/g, 'doctor'],
  [/\bfamily doctors?\b/g, 'doctor'],
  [
    /\broot causes?\b|\bunderlying\b|\bwhat is (?:behind|underneath)\b|\bwhy i feel\b/g,
    'awareness',
  ],
  [/\bself[ -]?awareness\b|\bunderstand(?:ing)? (?:myself|yourself)\b/g, 'awareness'],
  [/\bskill[ -]?building\b/g, 'skill'],
  [/\blong[ -]?term\b|\bin the long run\b|\bover time\b|\blong haul\b/g, 'longterm'],
  [/\bbrain chemistry\b|\bchemical imbalance\b/g, 'chemistry'],
  [
    /\bget(?:ting)? started\b|\bsign(?:ing)? up\b|\bnext steps?\b|\bfirst steps?\b|\bget the ball rolling\b|\breach out\b|\bget in touch\b/g,
    'start',
  ],
  // After 'start', so "get in touch" is starting and "in touch" alone is coordination.
  [
    /\b(?:talk|speak|communicate) (?:to|with) each other\b|\bsame page\b|\bin touch\b|\bshare notes\b/g,
    'coordination',
  ],
  [/\bby (?:it|them)sel(?:f|ves)\b|\bon (?:its|their) own\b|\bone by itself\b/g, 'alone'],
  [/\bone or the other\b|\bthis or that\b|\bor\b/g, 'choose'],
  [/\bhow come\b|\breason(?:ing|s)?\b/g, 'why'],
  [
    /\bstay(?:ing)? on (?:my |your )?(?:meds|medication)\b|\bkeep taking\b|\bstick (?:with|to)\b/g,
    'adherence medication',
  ],
  [/\bslid(?:e|ing)? back\b|\bgo(?:ing)? backwards?\b|\bcom(?:e|ing) back\b/g, 'relapse'],
  [/\bstay(?:ing)? well\b/g, 'stable'],
];

/**
 * Visitor words → one canonical word. Keys are lowercase words as typed or their stem; values
 * are stems. Order does not matter.
 */
export const SYNONYMS: Readonly<Record<string, string>> = Object.freeze({
  // medication
  med: 'medication',
  meds: 'medication',
  medicine: 'medication',
  medicines: 'medication',
  medic: 'medication',
  medications: 'medication',
  pill: 'medication',
  pills: 'medication',
  drug: 'medication',
  drugs: 'medication',
  tablet: 'medication',
  tablets: 'medication',
  antidepressant: 'medication',
  antidepressants: 'medication',
  pharmacotherapy: 'medication',
  // therapy
  therapist: 'therapy',
  therapists: 'therapy',
  therapies: 'therapy',
  therapeutic: 'therapy',
  psychotherapy: 'therapy',
  psychotherapist: 'therapy',
  counselor: 'therapy',
  counsellor: 'therapy',
  counselors: 'therapy',
  counseling: 'therapy',
  counselling: 'therapy',
  counsel: 'therapy',
  cbt: 'therapy',
  shrink: 'therapy',
  // the prescribers
  psych: 'psychiatr',
  psychiatrist: 'psychiatr',
  psychiatrists: 'psychiatr',
  psychiatry: 'psychiatr',
  psychiatric: 'psychiatr',
  prescriber: 'prescribe',
  prescribing: 'prescribe',
  prescription: 'prescribe',
  prescriptions: 'prescribe',
  prescribes: 'prescribe',
  prescribed: 'prescribe',
  doc: 'doctor',
  dr: 'doctor',
  physician: 'doctor',
  gp: 'doctor',
  pcp: 'doctor',
  provider: 'doctor',
  np: 'nurse',
  pmhnp: 'nurse',
  arnp: 'nurse',
  aprn: 'nurse',
  // doing both
  both: 'combine',
  together: 'combine',
  combination: 'combine',
  combined: 'combine',
  combining: 'combine',
  combo: 'combine',
  mix: 'combine',
  mixing: 'combine',
  plus: 'combine',
  alongside: 'combine',
  dual: 'combine',
  integrative: 'combine',
  integrated: 'combine',
  choice: 'choose',
  pick: 'choose',
  decide: 'choose',
  either: 'choose',
  versus: 'choose',
  vs: 'choose',
  select: 'choose',
  // alone
  only: 'alone',
  solely: 'alone',
  without: 'alone',
  itself: 'alone',
  // the benefits
  advantage: 'benefit',
  advantages: 'benefit',
  pros: 'benefit',
  upside: 'benefit',
  upsides: 'benefit',
  gain: 'benefit',
  cope: 'coping',
  tool: 'skill',
  tools: 'skill',
  technique: 'skill',
  techniques: 'skill',
  adhere: 'adherence',
  compliance: 'adherence',
  comply: 'adherence',
  consistent: 'adherence',
  consistently: 'adherence',
  consistency: 'adherence',
  stick: 'adherence',
  sticking: 'adherence',
  relapsing: 'relapse',
  relapses: 'relapse',
  backslide: 'relapse',
  setback: 'relapse',
  stability: 'stable',
  stabilize: 'stable',
  stabilise: 'stable',
  aware: 'awareness',
  insight: 'awareness',
  // what each does
  biology: 'biological',
  biochemical: 'chemistry',
  chemical: 'chemistry',
  chemicals: 'chemistry',
  coordinate: 'coordination',
  coordinating: 'coordination',
  coordinated: 'coordination',
  collaborate: 'coordination',
  collaboration: 'coordination',
  communicate: 'coordination',
  communication: 'coordination',
  begin: 'start',
  beginning: 'start',
  started: 'start',
  starting: 'start',
  quick: 'fast',
  quickly: 'fast',
  rapid: 'fast',
  immediate: 'fast',
  sleep: 'insomnia',
  sleeping: 'insomnia',
  sleepless: 'insomnia',
  depressed: 'depression',
  depressive: 'depression',
  anxious: 'anxiety',
});

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

/** A visitor word as the matcher compares it. */
export function canonical(word: string): string {
  return SYNONYMS[word] ?? SYNONYMS[stem(word)] ?? stem(word);
}
