import type { CrisisCategory, CrisisTier } from '../knowledge/types';
import { remembered } from '../remember';
import { CONCEPTS, type Concept } from './lexicon';

export interface Finding {
  tier: CrisisTier;
  category: CrisisCategory;
  /** The finding's rule may be second-guessed by the learned layer's guard (see screen.ts). */
  guarded?: boolean;
}

/**
 * Rules whose weaker findings the learned layer may drop when it is sure the message is benign:
 * the noisier readings (places, objects, goodbyes, control, the body). Hopelessness, burden and
 * passive wishes stand, even beside a practice question ("I feel worthless, can medication help").
 */
const GUARDED = new Set([
  'means',
  'farewell',
  'abuse',
  'medical',
  'overdose',
  'reflexive',
  'finalSelf',
  'plan',
]);

const PATTERNS = Object.entries(CONCEPTS).map(
  ([name, source]) => [name as Concept, new RegExp(`^(?:${source})$`)] as const,
);
/** The concepts a word stands for; remembered, since visitors reuse the same few hundred words. */
const conceptsOf = remembered(
  (word): ReadonlySet<Concept> =>
    new Set(PATTERNS.filter(([, re]) => re.test(word)).map(([name]) => name)),
  20000,
);

/*
 * Time. A sentence told as history ("when I was 12", "years ago") is background; so is a past act
 * anywhere in a message that tells history, unless its own sentence brings it to now ("again",
 * "last night"). Intentions and questions are never history: only acts that already happened.
 */
const HISTORY =
  /\b(?:\w+ (?:years?|decades?) ago|years back|long time ago|when (?:i|we) (?:was|were)|as (?:a|little) (?:kid|child|kids|children|teen|teenager|girl|boy)|growing up|grew up|my childhood|(?:freshman|sophomore|junior|senior) year|aged out|from age \d+|in my (?:childhood|teens|twenties|thirties|early|\d0s)|used to|back (?:then|in)|(?:19|20)\d\ds?|in the \d0s|from (?:about |around )?\d+ to \d+|my late|since i was|before i was born|it(?: has| s|s)? been (?:like |about |over |almost )?\w+ years|hace (?:\w+ ){0,2}(?:anos|tiempo|mucho)|cuando (?:era|tenia|yo era|estaba (?:en|chic[oa]))|(?:ya )?pasaron (?:\w+ )?anos|ya van \w+ anos|en mis (?:veintes|treintas|veinte|treinta)|de (?:nina|nino|chiquit[oa]|pequen[oa]|joven|adolescente)|en el pasado)\b/;
const LATER =
  /\b(?:in|en|during|for most of|all through|through) (?:undergrad|high school|middle school|college|grad school|my marriage|my first marriage)|\b(?:long gone|long behind me|survivor|since then|in the past|recovered|(?:clean|sober)(?: from \w+)? for|\w+ years (?:clean|sober)|before that|(?:more than|over|almost) a decade|first husband|first wife|ex husband|ex wife|my ex|no contact|i am \d+ now|childhood|en la prepa|antes me|moved (?:away|out|states)|left him|left her|divorced)\b/;
const NOW =
  /\b(?:still|again|last night|yesterday|today|tonight|this (?:morning|week|weekend|afternoon|evening|time)|last (?:week|weekend|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|right now|currently|recently|lately|every (?:day|night|week|time)|(?:\w+ )?(?:days|hours|minutes) ago|earlier|just|keeps? \w+ing|todavia|otra vez|anoche|ayer|hoy|ahora|sigue|cada (?:dia|noche|vez)|hace (?:un )?(?:rato|poco)|esta (?:noche|manana|semana))\b/;
const GRIEF =
  /\b(?:died|passed|death|lost (?:my |our |her |his )?\w+(?: \w+)? to|committed|took (?:his|her|their) (?:own )?life|funeral|anniversary|found (?:him|her|them|my \w+) after|after (?:his|her|their) (?:overdose|suicide|death)|se suicido|murio|fallecio|se quito la vida|perdi a)\b/;
/** A death already happened, to someone else: "died by suicide", "his overdose", "lost her to suicide". */
const LOSS =
  /\b(?:died (?:by|of|from) (?:a |an )?(?:\w+ )?(?:suicide|overdose)|lost (?:\w+ ){1,5}to (?:suicide|an overdose|(?:a |an )?\w+ overdose)|suicide loss|(?:his|her|their|dad|mom|brother|sister|son|daughter|friend|husband|wife) (?:suicide|overdose)|survivors? (?:group|of suicide)|took (?:his|her|their) (?:own )?life|after (?:his|her|their) (?:suicide|overdose|death)|se (?:suicido|quito la vida)|murio de (?:una )?sobredosis)\b/;
const STUDY =
  /\b(?:paper|essay|research|class|study|statistics|prevention|awareness|squad|article|documentary|report|training|course|podcast|book club|hotline number|virgin suicides|literature|resources (?:for|on)|lesson|curriculum|teach\w*|estudiando|significa|definicion|explican|what does \w+ mean|term)\b/;
const FIGURE =
  /\bsho(?:t|ot|oting) (?:myself|yourself|ourselves) in the foot\b|\b(?:career|social|political|commercial|financial|fashion) suicide\b|\bsuicide (?:for|to) (?:my|your|his|her|the|our) (?:career|job|business|team|grades|reputation|gpa|wallet)\b|\bsuicide (?:squad|doors?|run|drills?|sprints?|mission)\b|\b(?:running|run|ran|do|doing|did) suicides\b/;
const TRIVIAL =
  /\b(?:grades?|report card|failed|fail|test|exam|homework|curfew|late|phone bill|credit card|the car|dent|broke|lost|forgot|forget|ate|eat|eats|eating|food|leftovers|fries|pizza|snacks?|dishes|mess|notas|calificaciones|examen|comida|arroz|tarde)\b/;
const KITCHEN =
  /\b(?:while cooking|cooking dinner|accident\w*|by mistake|paper cut|sunburn\w*|tattoo\w*|surgery|shaving|cocinando|arroz|comida|se me)\b/;

interface Window {
  words: string[];
  tags: ReadonlySet<Concept>[];
  /** Where each concept stands in the window, built once. */
  index: Map<Concept, number[]>;
  text: string;
  /** History in this sentence itself, with nothing bringing it to now. */
  history: boolean;
  /** The message tells history somewhere, and this window does not say "now". */
  background: boolean;
  joke: boolean;
  media: boolean;
  found: Finding[];
}

/** A sentence told as history, with nothing in it bringing it to now. */
export const isHistory = (sentence: string) => HISTORY.test(sentence) && !NOW.test(sentence);

/**
 * What one window of words (a sentence, or several read as one thought) says about danger.
 * `history`: one of its sentences is told as history (see `isHistory`). `story`: the message
 * tells history somewhere, so past acts in windows without "now" are background.
 */
/** Findings and the learned layer's features of one window, in one pass over its rules. */
export function read(
  words: string[],
  { history = isHistory(words.join(' ')), story = false } = {},
): { found: Finding[]; features: string[] } {
  const w = windowOf(words, history, story);
  const features: string[] = [];
  for (const [name, rule] of RULES) {
    const before = w.found.length;
    rule(w);
    for (const f of w.found.slice(before)) {
      features.push(`r:${name}:${f.tier}`);
      if (GUARDED.has(name)) f.guarded = true;
    }
  }
  features.push(...featuresOf(w));
  return { found: w.found, features };
}

function windowOf(words: string[], history: boolean, story: boolean): Window {
  const text = words.join(' ');
  const tags = words.map(conceptsOf);
  const index = new Map<Concept, number[]>();
  tags.forEach((t, i) => {
    for (const c of t) {
      const list = index.get(c);
      if (list) list.push(i);
      else index.set(c, [i]);
    }
  });
  return {
    words,
    tags,
    index,
    text,
    history,
    background: story && !NOW.test(text),
    joke: index.has('joke'),
    media: index.has('media'),
    found: [],
  };
}

/**
 * The rules' first run compiles their regular expressions, and the second compiles them again to
 * machine code: about 170 ms in Chromium, once, which would delay the first reply. These steps
 * run each rule twice on a small window, one rule a step, so idle time can pay for it in pieces.
 */
export const ruleWarmSteps = (): (() => void)[] =>
  RULES.map(([, rule]) => () => {
    for (let i = 0; i < 2; i++) rule(windowOf(['ok'], false, false));
  });

/** True when the message tells history anywhere (read once per message). */
export const tellsHistory = (text: string) => HISTORY.test(text) || LATER.test(text);

// ——— helpers over a window ———

const is = (w: Window, i: number, c: Concept) => w.tags[i]?.has(c) ?? false;
const word = (w: Window, i: number) => w.words[i] ?? '';
const has = (w: Window, c: Concept) => w.index.has(c);
const NONE: readonly number[] = [];
const all = (w: Window, c: Concept) => w.index.get(c) ?? NONE;

/** Index of the first word with concept `c` in [from, to], or -1. */
function seek(w: Window, c: Concept, from: number, to: number): number {
  for (let j = Math.max(0, from); j <= Math.min(w.words.length - 1, to); j++)
    if (is(w, j, c)) return j;
  return -1;
}
// Words a negation reaches across: "have not had a suicidal thought", "no tengo ningun pensamiento".
const THROUGH =
  /^(?:have|has|had|having|any|a|an|the|been|be|ever|even|really|felt|feel|get|got|thoughts?|urges?|plans?|intention|of|about|tengo|tenido|he|ningun|ninguna|algun|pensamientos?|ganas|de)$/;
/**
 * "not" just before, or before it across auxiliaries and articles: "would never hurt myself",
 * "don't want to die", "have not had a suicidal thought" (not "no aguanto, me quiero morir").
 */
function negated(w: Window, i: number): boolean {
  if (seek(w, 'not', i - 2, i - 1) >= 0) return true;
  for (let j = i - 1; j >= Math.max(0, i - 5) && THROUGH.test(word(w, j)); j--)
    if (is(w, j - 1, 'not')) return true;
  return false;
}

/**
 * Who does the act at `i`: the nearest person to its left ("my friend said she wants to die":
 * she). Chat drops the subject ("want to die"): then it is the writer.
 */
function subject(w: Window, i: number): 'self' | 'other' | 'thing' {
  const a = agent(w, i);
  return a === 'other' ? 'other' : a === 'thing' ? 'thing' : 'self';
}
/** The same, or null when no person stands before the act. */
function agent(w: Window, i: number): 'self' | 'other' | 'thing' | null {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const t = w.tags[j];
    if (!t) break;
    // Spanish helpers and clitics say who, not whether it is a person: "el examen me va a matar"
    if (/^(?:va|ha|han|esta|estan|sigue|acaba|me|te|se|a|de|que)$/.test(word(w, j)) && j > i - 5)
      continue;
    if (t.has('i')) return 'self';
    if (t.has('person') || t.has('other')) return 'other';
    if (
      /^(?:it|this|that|which|what|something|nothing|everything|life|work|school|reality|calor|examen|trabajo|esto|eso|cat|dog|kitty|puppy|kitten|bird|horse|pet|crossword|puzzle|across|pattern|phone|battery|laptop|computer|car|plant|wifi|tv|cumpleanos)$/.test(
        word(w, j),
      )
    )
      return 'thing';
  }
  return null;
}

// Spanish helper verbs between a clitic and its verb: "me voy a matar", "me acaba de pegar".
const AUX_SELF =
  /^(?:voy|quiero|acabo|yohe|estoy|volvi|vuelvo|puedo|tengo|intente|pienso|iba|quisiera)$/;
const AUX_OTHER =
  /^(?:va|quiere|acaba|ha|han|esta|estan|sigue|vuelve|volvio|puede|tiene|intento|piensa|van)$/;
const FILLER = /^(?:a|de|que|ya|no|lo|la|le|otra|vez|a mi)$/;
/** A Spanish clitic before the verb at `i`: "me" or "se", and whose helper verb carries it. */
function clitic(
  w: Window,
  i: number,
): { pronoun: 'me' | 'se'; aux: 'self' | 'other' | null } | null {
  let aux: 'self' | 'other' | null = null;
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const x = word(w, j);
    if (x === 'me' || x === 'se') return { pronoun: x, aux };
    if (AUX_SELF.test(x)) aux ??= 'self';
    else if (AUX_OTHER.test(x)) aux ??= 'other';
    else if (!FILLER.test(x)) return null;
  }
  return null;
}

/** Who an act at `i` is done to: "hits me", "me pega", "hit my wife", "matarlo". */
function victim(w: Window, i: number): 'self' | 'other' | null {
  const c = clitic(w, i);
  if (c?.pronoun === 'me') return 'self';
  if (/^(?:lo|la|le|los|las|les)$/.test(word(w, i - 1))) return 'other';
  if (/^(?:al|a)$/.test(word(w, i + 1)) && !is(w, i + 2, 'myself') && word(w, i + 2) !== 'mi')
    return 'other';
  if (/\w{4,}(?:lo|la|los|las|le)$/.test(word(w, i)) && is(w, i, 'kill')) return 'other';
  for (let j = i + 1; j <= i + 2; j++) {
    const t = w.tags[j];
    if (!t) break;
    if (t.has('myself')) return 'self';
    if (word(w, j) === 'my' || word(w, j) === 'mi' || word(w, j) === 'our') {
      if (is(w, j + 1, 'person') || is(w, j + 2, 'person')) return 'other';
      // "hit my head", not "push my appointment" or "shot my age"
      return BODY_PART.test(word(w, j + 1)) || is(w, j + 1, 'body') ? 'self' : null;
    }
    if (t.has('me')) return 'self';
    if (t.has('person') || t.has('them') || t.has('other')) return 'other';
  }
  return null;
}

const BODY_PART =
  /^(?:face|neck|throat|head|hair|mouth|eyes?|nose|back|stomach|chest|ribs|lip|lips|jaw|cheek|ear|hands?|wrists?|arms?|legs?|body|cara|cuello|cabeza|pelo|boca|espalda|pecho)$/;
const PAST_FORM =
  /^(?:\w{3,}ed|took|ate|drank|hit|beat|beaten|cut|burnt|shot|threw|bit|slit|od|tried|got|was|were|been|had)$/;
/** Told in the past: "would wait for me after school", "was controlling". */
const PAST_TOLD =
  /^(?!.*\b(?:is|am|are|keeps?|will|going to|want|wants|plan|planning)\b).*\b(?:was|were|would|had|used to|did)\b/;

/**
 * Records a finding. Drops it as background when it is history; a joke or a weaker reading
 * (negation, a study, a story on a screen) makes an urgent finding possible.
 */
function report(
  w: Window,
  category: CrisisCategory,
  { weaker = false, at = -1 }: { weaker?: boolean; at?: number } = {},
) {
  if (w.history) return;
  if (w.background && ((at >= 0 && PAST_FORM.test(word(w, at))) || PAST_TOLD.test(w.text))) return;
  w.found.push({ tier: weaker || w.joke ? 'possible' : 'urgent', category });
}
const possible = (w: Window, category: CrisisCategory) => {
  if (!w.history) w.found.push({ tier: 'possible', category });
};

/** A death state at `j`: "die", "be dead", "not wake up", "not exist", "be gone", "disappear forever". */
function deathAt(w: Window, j: number): boolean {
  const t = word(w, j);
  if (is(w, j, 'die')) {
    // "dying to know", "die of embarrassment", "to die for", "me muero de risa", "die down"
    if (
      /^(?:to|for|of|from|laughing|down|hard|de|del|por|inside|off|on|tired|serious|set|end|meat|weight|wrong|right|center|battery|phone|last)$/.test(
        word(w, j + 1),
      )
    )
      return false;
    return !/^(?:died|murio|fallecio|death|deaths|muerte)$/.test(t);
  }
  if (
    is(w, j, 'not') &&
    (is(w, j + 1, 'life') || (word(w, j + 1) === 'be' && is(w, j + 2, 'life')))
  )
    return word(w, j + 2) !== 'without' && word(w, j + 1) !== 'live';
  if (t === 'gone')
    return !/^(?:by|for|from|when|at|on|until|till|to|out|in|with)$/.test(word(w, j + 1));
  if (t === 'sleepforever') return true;
  if (
    /^(?:stop|quit)$/.test(t) &&
    /^(?:living|existing|breathing|being alive)$/.test(word(w, j + 1))
  )
    return true;
  return (
    /^(?:disappear|desaparecer|vanish|exist)$/.test(t) &&
    /\b(?:forever|siempre|for good|stop|cease)\b/.test(w.text)
  );
}

// ——— the rules, one per meaning ———

type Rule = (w: Window) => void;

/** "suicide", "suicidal", "kms", "self harm": the word itself, unless it is grief, a study or a figure. */
const named: Rule = (w) => {
  if (FIGURE.test(w.text)) return;
  if (LOSS.test(w.text)) return;
  for (const i of [...all(w, 'suicide'), ...all(w, 'selfharm')]) {
    if (/^(?:suicides|overdoses)$/.test(word(w, i))) continue; // other people's, counted: "I've seen suicides"
    // a film, a book, a class: the word as a topic, not as a state
    if (
      (w.media || STUDY.test(w.text)) &&
      !/^(?:suicidal|selfharming|selfharmed)$/.test(word(w, i))
    )
      continue;
    const sh = is(w, i, 'selfharm');
    if (
      word(w, i) === 'sh' &&
      !/\b(?:urges?|relapse\w*|again|clean|scars?|days|months|started|stop|cutting)\b/.test(w.text)
    )
      continue;
    if (/^(?:the|this|that|el|la|these)$/.test(word(w, i + 1)) && word(w, i) === 'suicide')
      continue; // "unalive the smoke detector"
    const who = subject(w, i);
    // "my dad's suicide", "his suicide": a death, told as grief
    const noun = is(w, i - 1, 'person') || /^(?:his|her|their)$/.test(word(w, i - 1));
    if ((GRIEF.test(w.text) || noun) && who === 'other') continue;
    if ((w.media || STUDY.test(w.text)) && seek(w, 'i', 0, w.words.length) < 0) continue;
    report(w, who === 'other' ? 'third-person' : sh ? 'self-harm' : 'ideation', {
      weaker: w.media || STUDY.test(w.text) || negated(w, i),
      at: /ed$/.test(word(w, i)) ? i : /ed$/.test(word(w, i + 1)) ? i + 1 : i - 1,
    });
  }
};

const LETHAL_VERB =
  /^(?:kill|kills|killing|killed|murder\w*|hang|hanging|hanged|drown|drowning|drowned|shoot|shooting|shot|matar\w*|mato|mata|ahorc\w*|colg\w*|suicid\w*|envenen\w*)$/;
/** Killing, hanging, drowning, shooting or harming oneself: "kill myself", "matarme", "se quiere matar". */
const reflexive: Rule = (w) => {
  for (let i = 0; i < w.words.length; i++) {
    const v = word(w, i);
    const lethal = LETHAL_VERB.test(v);
    const harm = is(w, i, 'harm') && !lethal;
    if (!lethal && !harm) continue;
    if (/^(?:drown|drowning)$/.test(v) && /^(?:in|en)$/.test(word(w, i + 1))) continue; // drowning in debt
    if (/^mat\w+$/.test(v) && /^(?:\w+ando|\w+iendo)$/.test(word(w, i + 1))) continue; // "me voy a matar estudiando"
    const c = clitic(w, i);
    const self =
      (is(w, i, 'myself') && !/se$/.test(v)) ||
      seek(w, 'myself', i + 1, i + 2) >= 0 ||
      (c?.pronoun === 'me' && (c.aux === 'self' || (c.aux === null && harm)));
    const other =
      (is(w, i, 'themself') && /se$/.test(v)) ||
      seek(w, 'themself', i + 1, i + 2) >= 0 ||
      (c?.pronoun === 'se' && c.aux !== 'self' && (lethal || subject(w, i) === 'other'));
    if (!self && !other) continue;
    if ((harm && KITCHEN.test(w.text)) || FIGURE.test(w.text) || w.media) continue;
    // "killed myself grinding this season", "me mato estudiando": effort, not death
    if (/^(?:\w+ing|\w+ando|\w+iendo)$/.test(word(w, seek(w, 'myself', i, i + 2) + 1))) continue;
    if (self) report(w, lethal ? 'ideation' : 'self-harm', { weaker: negated(w, i), at: i });
    // "my brother killed himself", "se mato": a death already happened, grief
    else if (
      !(
        /^(?:killed|hanged|drowned|shot|mato|ahorco|colgo|suicido)$/.test(v) &&
        seek(w, 'trying', i - 3, i - 1) < 0
      )
    )
      report(w, 'third-person', { weaker: negated(w, i), at: seek(w, 'trying', i - 3, i - 1) });
  }
};

const END_LIFE =
  /\b(?:(?:end|ending|take|taking|finish|finishing) (?:my|my own) li(?:fe|ves)|end(?:ing)? (?:it all|everything|all of it|it for good|it tonight|it now|it today|things for good|it once and for all)|off myself|ctrl z (?:me|myself|my (?:life|existence))|(?:log|logging|logged) off (?:permanently|forever|for good|from life)|delete myself|yeet myself off|quitarme (?:la vida|del medio)|acab\w* con (?:mi vida|todo)|termin\w* con (?:mi vida|todo)|poner fin a mi vida|(?:want|need|make) it (?:to be )?(?:quick|painless|fast)|(?:quickest|fastest|easiest|most painless|painless) way to (?:die|go|end it)|see you on the other side|kill me already|no (?:vale la pena|quiero) (?:vivir|seguir viviendo))\b/;
const END_THEIR_LIFE =
  /\b(?:end|ending|take|taking|finish) (?:his|her|their) (?:own )?life\b|\bquitarse la vida\b/;
const NO_LIFE =
  /\b(?:nothing|no reason|no razon|nada) (?:left )?(?:to|para|por) (?:live|living|go on|keep going|vivir|seguir)\b|\b(?:tired|sick|cansad[oa]|hart[oa]) (?:of|de) (?:living|being alive|existing|life|vivir|la vida|existir)\b|\bdo not want to (?:be here|exist) (?:anymore|any ?more|any longer)\b|\b(?:better off|mejor) (?:dead|without me|if i (?:was|were) (?:dead|gone|not here)|sin mi|muert[oa])\b|\bestarian mejor sin mi\b|\b(?:the )?last (?:thing|time) i (?:am going to|will|ll) (?:do|see|write)\b/;

/** "end my life", "take my life", "nothing to live for", "better off without me". */
const endLife: Rule = (w) => {
  if (END_LIFE.test(w.text) || NO_LIFE.test(w.text))
    report(w, 'ideation', { weaker: /\bnot (?:going to|gonna) end\b/.test(w.text) });
  else if (END_THEIR_LIFE.test(w.text) && !/\btook (?:his|her|their)\b/.test(w.text))
    report(w, 'third-person');
  if (
    (/\b(?:want|wants|going|plan\w*|decided|ready|gonna) to end (?:it|things)\b/.test(w.text) ||
      (/\b(?:i am|i m) ending (?:it|things)\b/.test(w.text) && TIME.test(w.text))) &&
    !/\b(?:end|ending) (?:it|things) with\b|\b(?:relationship|marriage|things with|breakup|break up|boyfriend|girlfriend)\b/.test(
      w.text,
    )
  )
    report(w, subject(w, w.words.indexOf('end')) === 'other' ? 'third-person' : 'ideation');
  // "tonight I'm doing it", "ya decidi, mañana lo hago"
  if (
    /\b(?:do|doing|going to do|gonna do) it (?:tonight|today|now|tomorrow|this weekend|after)|\bi (?:have|ve) decided\b.*\b(?:tonight|doing it)|\b(?:lo hago|lo voy a hacer) (?:hoy|manana|esta noche|ya|ahorita)|\b(?:manana|hoy|esta noche) lo hago\b/.test(
      w.text,
    )
  )
    report(w, 'ideation');
};

/** Wanting, planning or wishing to be dead: "want to die", "ready to not wake up", "ojala me muera". */
const deathWish: Rule = (w) => {
  for (let i = 0; i < w.words.length; i++) {
    const strong = is(w, i, 'intent');
    if (!strong && !is(w, i, 'wish')) continue;
    let j = i + 1;
    while (j <= i + 5 && !deathAt(w, j)) j++;
    if (j > i + 5) continue;
    if (negated(w, i) && !is(w, i + 1, 'not') && !is(w, i + 2, 'not')) continue;
    if (word(w, j - 1) === 'i' && /^(?:when|before|if|after)$/.test(word(w, j - 2))) continue; // "want to travel before I die"
    // "I want him to die" wishes death on someone else: a person between wish and death
    const target = seek(w, 'person', i + 1, j - 1) >= 0 || seek(w, 'them', i + 1, j - 1) >= 0;
    const who = subject(w, i);
    if (who === 'thing') continue; // "my phone is about to die"
    const category = who === 'other' ? 'third-person' : target ? 'harm-to-others' : 'ideation';
    const trivial = /\bif\b/.test(w.text) && TRIVIAL.test(w.text);
    // "i want to die lol", a game's trash talk: figures of speech
    if (w.media || (w.joke && category === 'ideation' && !has(w, 'drug') && !has(w, 'weapon')))
      continue;
    report(w, category, { weaker: !strong || target || trivial, at: i });
  }
};

/** "don't want to live", "no quiero vivir", "don't want to wake up tomorrow". */
const refuseLife: Rule = (w) => {
  for (const i of all(w, 'not')) {
    const want = seek(w, 'intent', i + 1, i + 2);
    if (want < 0) continue;
    const life = seek(w, 'life', want + 1, want + 3);
    if (life < 0 || word(w, life) === 'here' || word(w, life + 1) === 'without') continue;
    if (
      word(w, life) === 'seguir' &&
      word(w, life + 1) !== 'viviendo' &&
      !/\b(?:vivir|aqui|asi)\b/.test(w.text)
    )
      continue;
    report(w, subject(w, i) === 'other' ? 'third-person' : 'ideation', { at: want });
  }
};

const NOT_HARM_OBJECT =
  /^(?:back|down|class|classes|school|carbs|sugar|corners|ties|costs|hair|grass|out|off|line|bread|meat|wood|paper|coupons|it|the|a|an|some|my|his|her|pelo|cabello|la|el)$/;
/** Self-harm without the reflexive: "cutting my wrists", "started cutting again", "urge to cut". */
const harmBody: Rule = (w) => {
  if (KITCHEN.test(w.text)) return;
  for (const i of all(w, 'harm')) {
    const body = seek(w, 'body', i - 3, i + 3);
    const mine = body >= 0 && /^(?:my|mi|mis|las|los|el|la)$/.test(word(w, body - 1));
    const who = subject(w, i);
    if (mine && body > i) {
      report(w, who === 'other' && word(w, body - 1) !== 'my' ? 'third-person' : 'self-harm', {
        weaker: negated(w, i),
        at: i,
      });
      continue;
    }
    const gerund = /^(?:cutting|burning|slicing|carving|scratching|cortando\w*|quemando\w*)$/.test(
      word(w, i),
    );
    const urge =
      /\b(?:urges?|relapse\w*|started|start|again|been|keep|kept|can not stop|stop|clean for|right now|ganas|otra vez|volvi|parar)\b/.test(
        w.text,
      );
    const bare =
      i === w.words.length - 1 ||
      /^(?:again|herself|himself|themselves|right|in|at|now|still|every|a lot)$/.test(
        word(w, i + 1),
      );
    if (
      gerund &&
      who === 'other' &&
      bare &&
      /^(?:is|are|has been|keeps|started|been|was)$/.test(word(w, i - 1))
    )
      report(w, 'third-person', { at: i });
    else if (
      (gerund || /^(?:cut|cortarme|cortes)$/.test(word(w, i))) &&
      urge &&
      !NOT_HARM_OBJECT.test(word(w, i + 1))
    )
      report(w, who === 'other' ? 'third-person' : 'self-harm', { at: i });
    else if (mine && /^(?:cut|cuts|cortes|cortadas|cortaditas)$/.test(word(w, i)))
      report(w, 'self-harm', { weaker: true, at: i });
  }
  if (
    /\b(?:blades?|razors?|cuchilla|navaja|gillette) (?:on|to|against|in|en|sobre) (?:my|mi|mis|la)\b/.test(
      w.text,
    )
  )
    report(w, 'self-harm');
  if (
    /\b(?:bang\w*|hit\w*|slam\w*|golpe\w*) (?:my|mi) (?:head|cabeza)\b.*\b(?:until|till|hasta|bleed\w*|blood|sangr\w*|so hard|bruis\w*)/.test(
      w.text,
    )
  )
    report(w, 'self-harm');
  if (
    /\bcut (?:too )?deep\b|\b(?:bleeding|blood|sangre|sangrar|sangrando) (?:will not stop|won t stop|everywhere|a lot|no para|mucho)|\bno para de sangrar\b/.test(
      w.text,
    )
  )
    report(w, 'self-harm');
};

const ROUTINE =
  /\b(?:morning|evening|night(?:ly)?|usual|daily|a day|per day|as prescribed|on time|regular|vitamins?|al dia|diari\w*)\b/;
const TAKEN =
  /^(?:took|taken|swallowed|ate|eaten|downed|popped|chugged|drank|injected|snorted|tome|trague|tomado|tomo|bebi|bebio|empate|tomandome|tragando|taking|swallowing)$/;
/** An overdose taken, about to be taken, saved up, asked about or named. */
const overdose: Rule = (w) => {
  for (const i of all(w, 'take')) {
    const end = Math.min(w.words.length - 1, i + 8);
    let many = false;
    for (let j = i + 1; j <= end; j++) {
      const unit = /^(?:mg|mgs|ml|milligrams?|mcg|g|grams?|units?|unidades)$/.test(word(w, j + 1));
      // "all my pills", "all of them", not "up all night"
      const bare =
        /^(?:all|todo|todas|todos|toda|every)$/.test(word(w, j)) &&
        !/^(?:my|the|of|his|her|their|those|these|them|your|mis|las|los|sus|el|la|mi)$/.test(
          word(w, j + 1),
        );
      if (is(w, j, 'many') && !unit && !bare) many = true;
    }
    const drug = has(w, 'drug') || /\b(?:the|a|whole|entire|full) bottle\b|\bfrasco\b/.test(w.text);
    const poison =
      seek(w, 'poison', i + 1, end) >= 0 && !/\bpoison (?:control|help|center)\b/.test(w.text);
    const lots = /\b(?:too many|too much|way too|most of|the lot|one by one|demasiad[oa]s?)\b/.test(
      w.text,
    );
    const deadly =
      has(w, 'die') ||
      /\b(?:wake up|waking up|despertar|sleepforever|dormir para siempre|end it|be done)\b/.test(
        w.text,
      );
    const asked =
      /\b(?:can|could|should|may|how|when|is it|if|do i|does|safe|ok|okay|puedo|debo|se puede)\b/.test(
        w.words.slice(Math.max(0, i - 4), i).join(' '),
      );
    const done =
      TAKEN.test(word(w, i)) ||
      /^(?:have|has|yohe|already|just)$/.test(word(w, i - 1)) ||
      (word(w, i) === 'take' && !asked && agent(w, i) !== null);
    const meant = seek(w, 'intent', i - 4, i - 1) >= 0 || word(w, i - 1) === 'to';
    if (!(done || meant || (poison && !asked))) continue;
    if (poison || (drug && ((many && !ROUTINE.test(w.text)) || lots || deadly))) {
      report(w, subject(w, i) === 'other' ? 'third-person' : 'overdose', {
        weaker: negated(w, i) || /\b(?:accident\w*|by mistake|twice|double)\b/.test(w.text),
        at: i,
      });
      if (
        has(w, 'medical') ||
        /\b(?:will not wake|can not wake|no despierta|mareado|dormida)\b/.test(w.text)
      )
        report(w, 'medical');
    }
  }
  for (const i of all(w, 'lethal')) {
    const named = /^(?:od|overdose|overdosing|overdosed|sobredosis)$/.test(word(w, i));
    if (word(w, i) === 'overdoses' || (named && LOSS.test(w.text))) continue;
    if (named) {
      if (
        (GRIEF.test(w.text) || /^(?:his|her|their|an)$/.test(word(w, i - 1))) &&
        subject(w, i) === 'other'
      )
        continue;
      if (
        word(w, i + 1) === 'on' &&
        !is(w, i + 2, 'drug') &&
        !is(w, i + 3, 'drug') &&
        !is(w, i + 2, 'poison')
      )
        continue; // overdosed on podcasts
      const asking =
        /\b(?:can you|could you|is it possible|can someone|can people|se puede|is it easy)\b/.test(
          w.text,
        );
      if ((w.media || STUDY.test(w.text)) && !asking) continue;
      report(w, subject(w, i) === 'other' ? 'third-person' : 'overdose', { weaker: asking, at: i });
    } else if (
      /\b(?:dose|doses|amount|dosis|cantidad|how many|how much|cuant[oa]s?|enough)\b/.test(
        w.text,
      ) ||
      has(w, 'drug')
    )
      report(w, 'overdose');
  }
  const t = w.text;
  if (
    /\b(?:how many|how much|cuant[oa]s?|enough|what amount|que cantidad|the most|i know how much|se cuanto)\b/.test(
      t,
    ) &&
    (has(w, 'drug') || has(w, 'poison')) &&
    /\b(?:kill|die|lethal|fatal|wake up|waking up|not wake|never wake|sleepforever|would it take|does it take|to stop (?:my|the|a) heart|heart stops|before (?:ur|your|my|the) heart|would be (?:enough|too much)|para morir|para que se pare|matar\w*|morir\w*|no despertar)\b/.test(
      t,
    )
  )
    report(w, 'overdose');
  if (
    /\b(?:saving|saved|save|stockpil\w*|hoard\w*|collect\w*|stash\w*|setting aside|set aside|putting (?:\w+ )?(?:my|her|his) (?:own )?\w+ (?:pills|meds)|guardando|guardadas?|juntando|counted out|lined up|laid out)\b/.test(
      t,
    ) &&
    (has(w, 'drug') || has(w, 'poison')) &&
    !/\b(?:money|coupons|costs?|receipts?)\b/.test(t)
  )
    report(w, 'overdose');
  if (
    /\b(?:have|got|left|tengo)\b/.test(t) &&
    /\b(?:\d{2,}|all)\b/.test(t) &&
    has(w, 'drug') &&
    /\b(?:tonight|today|after|when|esta noche|hoy)\b/.test(t)
  )
    report(w, 'overdose');
  if (
    /\bwhat (?:happens|would happen) if (?:you|i|someone) (?:take|took|swallow\w*)\b/.test(t) &&
    (has(w, 'many') || /\b\d{4,} ?mg\b/.test(t))
  )
    possible(w, 'overdose');
  if (/\b(?:poison|veneno)\b.*\b(?:in my hand|en la mano|aqui tengo|right here)\b/.test(t))
    report(w, 'overdose');
};

const HEIGHT =
  /\b(?:roof|rooftop|bridge|footbridge|overpass|ledge|edge of (?:the|a) (?:roof|bridge|cliff|building|platform|balcony|tracks)|tracks|railroad|railway|rails|cliff|balcony|top floor|parking (?:garage|deck)|river|lake|ocean|quarry|deep (?:part|water|end)|puente|azotea|techo|vias|rio|barranco|acantilado|cornisa|balcon|orilla)\b/;
// HEIGHT's alternatives, as one group: `\b(?:…)\b` without its word boundaries
const HERE = `(?:${HEIGHT.source.slice(5, -3)})`;
/** The writer at, or on the way to, a height or water: "on the roof rn", "walking to the bridge". */
const THERE = new RegExp(
  `\\b(?:(?:i am|i m|im|am|standing|sitting|stood|sat|here|parked|walked out|estoy|ando|parad[oa]|sentad[oa]) (?:\\w+ ){0,3}(?:on|at|by|near|under|over|in|onto|to|en|a|al|junto a|al lado de|arriba de|encima de) (?:the |a |this |my |that |el |la |las |los |del )?(?:\\w+ )?${HERE}|(?:walking|heading|going|driving|headed|running|on my way|voy|camino) (?:back )?(?:to|towards|toward|al|a la|hacia) (?:the |a |el |la |las )?(?:\\w+ )?${HERE}|${HERE} (?:\\w+ ){0,3}(?:looking down|up here|legs over|wrong side|the edge|below me|mirando (?:pa|para) abajo))\\b`,
);
const ARMS = CONCEPTS.weapon;
/** A weapon held, at hand or readied: "got the 30-06 in the truck", "loaded it". */
const HELD = new RegExp(
  `\\b(?:have|has|had|got|bought|buy|holding|holds|hold|loaded|load|found|grabbed|agarro|took|pointed|looking at|staring at|tied|tengo|tiene|compre|consegui|keeps|found where) (?:\\w+ ){0,4}(?:${ARMS})\\b|\\b(?:${ARMS}) (?:\\w+ ){0,4}(?:in (?:my|his|her) (?:hand|lap|mouth|bag|purse|car|truck|closet|room)|to (?:my|his|her) (?:head|neck|throat|chest|wrist)|around (?:my|his|her) neck|loaded|cargad[oa]|on the table|en la mano|amarrad[oa]|next to my bed|in the truck|in there|under my pillow|out of the safe|is ready|ready)\\b|\\btengo con (?:que|q)\\b`,
);

/** Standing where one could fall, jumping, crashing, exhaust, a gun or rope at hand. */
const means: Rule = (w) => {
  const t = w.text;
  const fun =
    /\b(?:view|picnic|fishing|swim\w*|vacation|photos?|pictures?|hike|hiking|walk(?:ing)? the dog|trip|family|concert|fireworks|bungee|parachute|diving|pool|plunge|bridge jumping|cliff jumping|cousins|friends|summer|ashes|memorial|funeral|crew|maintenance|shift|commute|traffic|stuck|live on|floor apartment|bridge club|bridge (?:game|night|partner)|knitting|nosedive|gpa|grades)\b/.test(
      t,
    );
  for (const i of all(w, 'jump')) {
    if (
      (HEIGHT.test(t) ||
        /\b(?:train|bus|traffic|truck|building|window|ventana|tren|carro|camion)\b/.test(t)) &&
      !fun &&
      subject(w, i) !== 'thing' &&
      !/\b(?:less painful|more fun|better) than\b/.test(t) &&
      !/^(?:at|on|in|into the pool)$/.test(word(w, i + 1))
    )
      report(w, subject(w, i) === 'other' ? 'third-person' : 'ideation', { weaker: w.media });
  }
  if (
    /\b(?:step|stepping|walk|walking|walked|throw (?:myself|himself|herself)|lie down|lay down) (?:in front of|into|onto|on) (?:the |a )?(?:next )?(?:one|train|bus|traffic|truck|tracks|lake|river|ocean|sea|water)\b|\b(?:meet|go meet|catch) the (?:train|next train)\b|\b(?:drive|driving|crash|crashing|steer) (?:my car |the car |it )?(?:into|off) (?:a |the )?(?:river|lake|wall|tree|pole|bridge|cliff|traffic|truck|guardrail|overpass)\b|\bguardrail is weakest\b|\bestrell\w* (?:la camioneta|el carro|el coche|mi carro)\b|\bdejo caer\b|\bme (?:dejo|voy a dejar) caer\b/.test(
      t,
    ) &&
    !fun
  )
    report(
      w,
      subject(
        w,
        Math.max(
          0,
          w.words.findIndex((x) => /^(?:step|walk|drive|crash|steer|estrell\w*)/.test(x)),
        ),
      ) === 'other'
        ? 'third-person'
        : 'ideation',
    );
  const there = THERE.test(t);
  const meaning =
    has(w, 'die') ||
    has(w, 'final') ||
    has(w, 'now') ||
    /\b(?:looking down|edge|ledge|thinking|the water|end it|nobody|alone|how high|how far|below|legs over|wrong side|a while|an hour|hours|do not tell|do not try|climb|jump|hora|agua|nadie|abajo|culpa)\b/.test(
      t,
    );
  if (there && !fun && !w.media) {
    if (meaning) report(w, 'ideation');
    else possible(w, 'ideation');
  }
  if (
    (/\b(?:car|engine|motor|buick|truck|coche|carro)\b/.test(t) &&
      /\b(?:running|on|prendido|encendido|en marcha)\b/.test(t) &&
      /\b(?:garage|garaje)\b/.test(t)) ||
    (/\b(?:exhaust|tailpipe|carbon monoxide|charcoal)\b/.test(t) &&
      /\b(?:hose|pipe|tube|garage|car|tent|room|breathe|sleep)\b/.test(t)) ||
    /\bgarage (?:be )?seal\w*\b/.test(t)
  )
    report(w, 'ideation');
  const weapon = seek(w, 'weapon', 0, w.words.length);
  if (
    weapon >= 0 &&
    !w.media &&
    !/\b(?:nerf|water gun|range|hunting season|butter|steak|chop\w*|jump rope|rope course|rope ladder|treehouse|tow|seat ?belt|belt size|kitchen knife set)\b/.test(
      t,
    )
  ) {
    const held = HELD.test(t);
    const noose =
      /\b(?:noose|soga|rope|cuerda|lazo|belt|belts|cord)\b/.test(t) &&
      !/\b(?:rope ladder|jump rope|tow rope|rope swing|climbing rope|treehouse)\b/.test(t) &&
      /\b(?:tied|tie|neck|ceiling|beam|rafter|closet|tree|hang\w*|cuello|colg\w*|ahorc\w*|made|hice|viga|amarrad[oa]|clothes rod)\b/.test(
        t,
      );
    const deadly =
      has(w, 'die') ||
      has(w, 'kill') ||
      has(w, 'final') ||
      has(w, 'now') ||
      /\b(?:use it|end|to my head|in my mouth|pull|trigger|gatillo|balas|bullets|point|not coming back|ya no vuelve|do it|hoy es el dia|waiting|parked|across the street|loaded|cargad[oa]|out of the safe|just me|alone|sitting here|upstairs)\b/.test(
        t,
      );
    const who = subject(w, weapon);
    const target =
      /\b(?:him|her|them|my ex|his|the kid|that kid|people|at school|to school|a la escuela|coworker|boss|ex)\b/.test(
        t,
      ) && !/\b(?:to my|my head|myself|me)\b/.test(t);
    const distress =
      /\b(?:locked (?:himself|herself|themselves)|will not (?:come out|answer|open)|crying|threaten\w*|keeps? saying|says (?:he|she)|not answering|please help|help me)\b/.test(
        t,
      );
    if (noose || (held && (deadly || (who === 'other' && distress))))
      report(
        w,
        who === 'other'
          ? 'third-person'
          : target && /\b(?:parked|waiting|school|escuela|regret|pay|worse)\b/.test(t)
            ? 'harm-to-others'
            : 'ideation',
      );
    else if (held && who === 'self') possible(w, 'ideation');
  }
};

const FAREWELL =
  /\b(?:this is (?:goodbye|my last|the last time)|goodbye (?:forever|everyone|everybody|world|for good|cruel)|(?:my|a|the|her|his) (?:last|final) (?:message|goodbye|text|post|note|letter|words|night)|(?:suicide|goodbye|farewell) (?:note|letter|message|video|post|text|call)|(?:posting|posted|sent|texted|said) (?:\w+ )?goodbyes? (?:to everyone|to everybody|forever|for good|to the world|to my (?:kids|family|mom|dad|children))|posting goodbyes|(?:called|texted) (?:me )?to say (?:bye|goodbye)|by the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this|(?:will|would) not be (?:here|around) (?:tomorrow|much longer|anymore|for long|next)|(?:when|after|once) i am gone|(?:tonight|today) is (?:my|her|his) last|sorry for everything|(?:take care of|look after|cuiden? a|cuidale al?) (?:my|the|mi) (?:dog|cat|kids|pets|gato|perro|hijos)|tell (?:my \w+|everyone|them|her|him|mom|dad) (?:i love|that i love|i am sorry|i said|he loves|she loves)|letters? (?:to|for) (?:all of us|everyone|each of|my (?:kids|family|children|parents|son|daughter|wife|husband))|(?:carta|mensaje|nota|audio) de despedida|despidiendose|me despido|ya (?:me|les) despedi|(?:les )?dije adios|adios (?:a todos|para siempre)|ya no (?:voy a estar|estare|toy|estoy) (?:aqui|manana)?|cuando ya no este|diganle a (?:mi|mis) \w+ (?:q|que)|las cartas estan escritas|no me busquen|perdon por todo|(?:will not|won t) be needing|(?:i am|i m) saying goodbye|(?:said|says|told me) (?:she|he|they) loves? (?:me|us|you)|text (?:saying|that said) (?:he|she|they) (?:loves?|is sorry)|(?:told|said|tells) (?:me |us )?not to (?:call|look for|come|worry)|phone (?:is )?(?:off|turned off)|found a home for (?:my|the) (?:dog|cat|pets?|\w+) (?:and|so)|scheduled an? (?:email|message|text) (?:to|for) my (?:parents|family|kids|mom|dad|wife|husband))\b/;
const GIVE_AWAY =
  /\b(?:giv\w*|gave|give|donat\w*|regal\w*) (?:away )?(?:all )?(?:of )?(?:my|mis|mi|me (?:his|her)|his|her) (?:\w+ )?(?:stuff|things|belongings|possessions|clothes|cat|dog|pets?|guitar|games|jewelry|everything|laptop|watch|cosas|ropa|perro|gato)|\b(?:passwords?|bank info|my will|affairs in order|claves del banco|funeral home|cocheria|who (?:will|would|could) take (?:care of )?my (?:dog|cat|kids|pets)|you keep,? i (?:do not|don t) need)\b/;
/** Goodbyes, notes, giving things away, affairs put in order. */
const farewell: Rule = (w) => {
  const t = w.text;
  // "💊💊 goodbye": a goodbye beside the means
  if (
    /\b(?:goodbye|bye|adios)\b/.test(t) &&
    (has(w, 'drug') || has(w, 'weapon') || has(w, 'poison')) &&
    w.words.length <= 12
  )
    report(w, 'ideation');
  const travel =
    /\b(?:trip|vacation|travel\w*|moving|move|weekend away|deployment|college|camp|flight|go back|going back|leaving for|before i (?:go|leave)|retir\w*|new job|last day (?:at|of)|surgery|hospital|procedure|graduat\w*|coworkers|classmates|viaje|mudanza|cirugia|trabajo nuevo)\b/.test(
      t,
    );
  const who = () => {
    const at = w.words.findIndex(
      (_, i) =>
        is(w, i, 'final') ||
        is(w, i, 'note') ||
        /^(?:sent|texted|posted|posting|called|said|gave|give|giving)$/.test(word(w, i)),
    );
    return at >= 0 && subject(w, at) === 'other' && seek(w, 'i', at - 2, at - 1) < 0
      ? 'third-person'
      : 'ideation';
  };
  if (FAREWELL.test(t) && !travel && !/\bsorry for everything (?:i said|we)\b/.test(t))
    report(w, who());
  else if (
    GIVE_AWAY.test(t) &&
    !travel &&
    // giving things away is a warning sign only beside an ending ("won't need them", "it's time")
    (has(w, 'final') ||
      has(w, 'die') ||
      /\b(?:will not need|won t need|where i am going|donde voy|ya no (?:los|las|lo|la) voy a (?:ocupar|necesitar)|its time|it is time)\b/.test(
        t,
      ))
  )
    report(w, who());
};

const NOT_VIOLENT =
  /^(?:hit me up|hit (?:me|him|her) back|push(?:es|ed)? (?:me|us) (?:to|into|away|too|hard)|threw me (?:a|an)|touch(?:es|ed)? me (?:deeply|emotionally)|beat me (?:at|in|to|by|\d|again at)|sho(?:t|ot) me (?:a|an)|kills me (?:that|how|when)|hit me (?:that|how|like|when)|hits me (?:that|how|like)|kick(?:ed|s)? (?:me|us) out|me pega(?:ba)? duro|shoot me now)/;
/** Violence done to the writer (or to someone at home), in any tense or voice. */
const violence: Rule = (w) => {
  const t = w.text;
  if (
    w.media ||
    /\b(?:game|match|practice|football|soccer|hockey|boxing|karate|dodgeball|wrestling|sparring|tag|pillow fight|golf|hoops|pool)\b/.test(
      t,
    )
  )
    return;
  for (const i of all(w, 'violence')) {
    const v = word(w, i);
    if (NOT_VIOLENT.test(w.words.slice(i, i + 4).join(' '))) continue;
    if (/^(?:in|be|get|keep|stay|keeps)$/.test(word(w, i - 1)) && /^touch/.test(v)) continue; // "be in touch"
    if (
      /^(?:forced|forces|force)$/.test(v) &&
      !/\b(?:sex|himself|herself|on me|into|touch|watch|do (?:stuff|things))\b/.test(t)
    )
      continue;
    const kill = is(w, i, 'kill') || /^mata/.test(v);
    const to = victim(w, i);
    const adverb = /^(?:sexually|physically|badly|brutally|just|repeatedly|violently|almost)$/.test(
      word(w, i - 1),
    )
      ? 1
      : 0;
    const passive =
      /^(?:was|got|been|being|get|gets|getting|fui|fue)$/.test(word(w, i - 1 - adverb)) &&
      (seek(w, 'i', i - 3, i - 1) >= 0 || word(w, i - 2) === 'been' || word(w, i - 2) === 'keep');
    const aroundMe = /\b(?:slapped|pushed|knocked|thrown|shoved|kicked) around\b/.test(t);
    if (to !== 'self' && !passive && !aroundMe) {
      // "my dad hits my mom": violence at home, now
      if (
        to === 'other' &&
        subject(w, i) === 'other' &&
        /^(?:hits|hitting|beats|beating|chokes|choking|punches|kicks|rapes|raping|abuses|abusing|molests|strangles|threatens|pega|golpea|viola|abusa|maltrata)$/.test(
          v,
        ) &&
        /\b(?:my|mi) (?:mom|mother|dad|brother|sister|madre|mama|hermanit?[oa])\b/.test(t)
      )
        report(w, 'abuse', { at: i });
      continue;
    }
    if (seek(w, 'myself', i + 1, i + 2) >= 0) continue; // "shot myself in the foot": not violence by another
    const found = agent(w, i);
    if (found === 'thing' || (kill && found === null && !passive && !has(w, 'person'))) continue; // "this heat is killing me"
    // An English act needs a person doing it ("he hits me"); Spanish drops the subject ("me pega").
    if (found === null && !passive && !aroundMe && clitic(w, i)?.pronoun !== 'me') continue;
    const by = found ?? 'other';
    if (
      by === 'self' &&
      !passive &&
      !aroundMe &&
      clitic(w, i)?.aux !== 'other' &&
      !/\bme$/.test(word(w, i - 1))
    )
      continue;
    if (kill) {
      // only as a threat: "he will kill me", "threatened to kill me", "me va a matar"
      const threat =
        /\b(?:will|would|going to|gonna|threat\w*|said|says|tried|try|wants?|this time|va a|amenaz\w*|quiere|dice que)\b/.test(
          t,
        );
      // "my sister is gonna KILL me when she finds out": family and a cause to come, hyperbole
      const family =
        /\b(?:mom|mother|dad|father|sister|brother|grandma|grandpa|grandmother|aunt|boss|teacher|coach|mama|papa|abuela|hermana|jefe|maestra|suegra)\b.*\b(?:kill|matar|mata)\b.*\b(?:when|if|cuando|si)\b/.test(
          t,
        );
      const hyperbole =
        w.joke ||
        family ||
        (/\b(?:if|when|si|cuando)\b/.test(t) &&
          TRIVIAL.test(t) &&
          !/\b(?:leave|tell|police|anyone|go|talk\w*|divorce|call)\b/.test(t));
      if (!threat || hyperbole) continue;
    }
    if (
      /^(?:hurt|hurts|hurting|bit|bite|bites|pin|shot|shoot|shoots|touch|touches|touching)$/.test(
        v,
      ) &&
      by !== 'other' &&
      !passive
    )
      continue;
    if (/\bby (?:a |the )?(?:car|ball|bus|truck|wave|bike|puck)\b/.test(t)) continue;
    report(w, 'abuse', { at: passive ? i - 1 - adverb : i });
  }
};

/** Abuse named, confinement, fear for one's life, threats, and the quieter forms of control. */
const abuse: Rule = (w) => {
  const t = w.text;
  if (
    /\b(?:will not|would not|does not|do not|did not|never) let (?:me|us) (?:leave|go (?:out|outside|anywhere|home)|out|escape)\b|\bno me deja(?:n)? (?:salir|ir)\b|\b(?:locks|locked|lock) (?:me|us|the door) (?:in|up|out|from (?:the )?outside)\b|\bme (?:encierra|encerro|tiene encerrad[oa])\b|\btook my (?:phone|keys|charger|phone charger)\b/.test(
      t,
    )
  )
    report(w, 'abuse');
  if (
    /\b(?:afraid|scared|terrified|fear|miedo) (?:for my life|to go home|(?:that |of what )?(?:he|she|they) (?:will|would|might|is going to) (?:kill|hurt|do)|de (?:volver a casa|que me (?:mate|pegue|haga)))\b|\b(?:threaten\w*|amenaz\w*) (?:to |con )?(?:burn|kill|hurt|shoot|stab|matar|quemar)\w*|\b(?:end up|terminar) (?:in a ditch|dead|muert[oa])\b|\b(?:bullet|bala) (?:on|en) (?:my|mi)\b|\bdo worse\b|\bsi me voy me (?:encuentra|mata)\b/.test(
      t,
    )
  )
    report(w, 'abuse');
  else if (
    /\b(?:afraid|scared|terrified|miedo) (?:of|de) (?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|mom|mother|ex|uncle|brother)|mi (?:esposo|marido|novio|papa|padrastro|pareja))\b/.test(
      t,
    )
  )
    report(w, 'abuse', { weaker: true });
  if (
    /\b(?:not|never|no) (?:feel )?safe (?:at home|in my (?:own )?(?:home|house)|with (?:him|her|them|my)|around (?:him|her|them|my))\b|\bno estoy a salvo\b|\bno me siento segura? (?:en (?:mi )?casa|con el)\b/.test(
      t,
    )
  )
    report(w, 'abuse', { weaker: /\bfeel\b|\bsiento\b/.test(t) });
  if (
    /\b(?:i am|i have been|i was|been|being|i m) (?:in )?(?:an? )?(?:abusive|violent) (?:relationship|marriage|home|situation)\b|\b(?:my|mi) (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|mom|mother|parents?|esposo|novio|pareja) (?:is|are|es) (?:abusive|violent|violento)\b|\bdomestic (?:violence|abuse)\b|\bviolencia domestica\b|\bbeing abused\b|\bme (?:maltrata|abusa)\b|\babus\w* de mi\b/.test(
      t,
    )
  )
    report(w, 'abuse', {
      weaker: /\b(?:emotional\w*|verbal\w*|mental\w*|psycholog\w*|financial\w*)\b/.test(t),
    });
  if (
    /\b(?:comes?|came|coming) (?:in|into) my (?:room|bed)\b|\b(?:makes?|made) me (?:touch|keep (?:it )?(?:a )?secret|do (?:stuff|things))\b|\b(?:does|did|do) (?:bad |weird |gross )?(?:stuff|things) to me\b|\b(?:told|tells) me not to tell\b|\bbruises? (?:on|all over) (?:my|mi)\b.*\b(?:from|de) (?:my|mi)\b|\b(?:hit|hits|beat|beats) (?:u|you|kids?) with (?:a|the) (?:belt|cord|phone cord|hanger|stick|cable)\b|\b(?:came|comes|coming) at (?:me|us) with\b|\b(?:his|her|their) hands? (?:on|around) my (?:neck|throat)\b|\b(?:pulled|dragged|grabbed) me (?:\w+ ){0,4}by (?:my|the) (?:hair|neck|throat)\b|\bme agarr\w* (?:del|de el|por el) (?:cuello|pelo)\b|\b(?:will|gonna|going to|va a) (?:break|romper\w*) (?:my|mis|me) (?:legs|arms|neck|face|piernas|brazos)\b/.test(
      t,
    )
  )
    report(w, 'abuse');
  const control =
    all(w, 'control').some(
      (i) =>
        agent(w, i) === 'other' &&
        (/^(?:yells|yelling|screams|screaming|insults|belittles|grita|gritando|insulta|humilla)$/.test(
          word(w, i),
        )
          ? /^(?:at|me|a)$/.test(word(w, i + 1)) || word(w, i - 1) === 'me'
          : /\b(?:me|my|mi|mis)\b/.test(t)),
    ) ||
    /\b(?:will not|does not|do not|never) let me (?:see|talk|have|go to|use|work|call)\b|\bno me deja (?:ver|hablar|trabajar|usar|tener)\b|\b(?:takes|took|keeps) (?:all )?my (?:money|paycheck|pension|keys|car keys)\b|\bcalls? me (?:stupid|worthless|useless|fat|ugly|names|a whore|crazy|idiota|inutil|estupida)\b|\b(?:emotional\w*|verbal\w*|mental\w*|psycholog\w*|financial\w*) (?:abus\w*)\b|\bme tiene controlad[oa]\b/.test(
      t,
    );
  if (
    control &&
    !w.media &&
    !/\b(?:remote|controller|birth control|under control|in control|self control|control (?:my|the|your|his|her) (?:own )?(?:anxiety|anger|emotions|temper|breathing|diabetes|sugar|weight|spending))\b/.test(
      t,
    )
  )
    report(w, 'abuse', { weaker: true });
};

const HARM_VERB =
  /^(?:kill|killing|murder|murdering|hurt|hurting|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|smother|smothering|drown|drowning|poison|poisoning|beat|beating|hit|hitting|attack|attacking|harm|harming|punch|slap|shake|shaking|matar\w*|lastimar\w*|pegarle|golpear\w*|ahorcar\w*|hacerle)$/;
const HARM_DONE =
  /^(?:hit|punched|slapped|choked|shoved|pushed|shook|beat|kicked|threw|strangled|hurt|stabbed|pegue|golpee|sacudi|lastime)$/;
/** The writer wanting, fearing or having done harm to someone else. */
const harmOthers: Rule = (w) => {
  const t = w.text;
  if (w.media) return;
  for (let i = 0; i < w.words.length; i++) {
    const v = word(w, i);
    const done = HARM_DONE.test(v);
    if (!HARM_VERB.test(v) && !done) continue;
    const next = word(w, i + 1);
    if (
      /^(?:it|time|the|a|some|two|my (?:back|head)|off|up|back|out)$/.test(next) &&
      !is(w, i + 2, 'person')
    )
      continue;
    const to = victim(w, i);
    const by = agent(w, i);
    if (to !== 'other' || !(by === 'self' || (by === null && i <= 3))) continue;
    if (/^(?:away|up|back|off|out)$/.test(word(w, i + 2))) continue;
    if (/^(?:of|the|a|much|some|his|her|their|my|your|no|any)$/.test(word(w, i - 1))) continue; // "a lot of hurt"
    const intent =
      seek(w, 'intent', i - 4, i - 1) >= 0 ||
      /\b(?:will|might|could|would|may|afraid|scared|thoughts|thinking|urge|snap|lose it|keep picturing|voy a|quiero|ganas|miedo)\b/.test(
        t,
      );
    if (!intent && !done) continue;
    const child = /\b(?:baby|newborn|bebe|infant|child|kid|son|daughter|hijo|hija)\b/.test(t);
    const hyperbole =
      w.joke ||
      (TRIVIAL.test(t) &&
        /\b(?:if|when|for|si)\b/.test(t) &&
        !/\b(?:not kidding|knife|gun|serious)\b/.test(t)) ||
      /\bcould (?:kill|murder|strangle)\b/.test(t);
    if (hyperbole && !child) continue;
    if (done && /\b(?:playing|play|game|accident\w*|by mistake|back when|when we were)\b/.test(t))
      continue;
    report(w, 'harm-to-others', { at: intent ? -1 : i });
  }
  if (
    /\b(?:shoot|shooting|bomb|blow) up (?:the|my|a|this) (?:school|office|work|church|mall|class|building|place)\b|\bmass shooting\b|\bhomicidal\b|\b(?:need|needs|going|gonna) to pay for what\b|\bmade a list of (?:people|everyone)\b|\b(?:afraid|scared) of what (?:my hands|i) (?:want|might|will|could)\b|\bholding (?:her|him) under\b|\b(?:bring|bringing|take|llevar) (?:something|a gun|the gun|a knife|la pistola|el arma)\w* (?:to|a) (?:his|her|their|the|la|el|school|escuela|work)\b|\bgiving (?:him|her) all of them\b|\bi do not know what i (?:will|ll) do when (?:he|she)\b|\b(?:going over there|voy para alla) (?:tonight )?with\b|\bhow easy it would be to (?:hurt|kill)\b|\b(?:grabbed|grab) (?:her|him|my \w+) by the (?:throat|neck)\b|\b(?:hacer(?:le)?|hacerles) dano a (?:mi|la|el|los)\b|\b(?:gun|pistol|knife|pistola|arma|cuchillo)\b.*\b(?:to|a la|al) (?:school|escuela|work|trabajo|class|office|oficina)\b/.test(
      t,
    )
  )
    report(w, 'harm-to-others');
};

/** The body failing: breathing, consciousness, seizures, chest pain, bleeding. */
const medical: Rule = (w) => {
  const t = w.text;
  const anxious =
    /\b(?:whenever|every time|sometimes|feel like|feels like|panic|anxiety|anxious|cuando|ansiedad|panico)\b/.test(
      t,
    );
  if (
    /\b(?:can not|cannot|unable to|struggling to|hard to|trouble|barely|hardly|no (?:puedo|puede)|me cuesta) (?:breathe|breathing|breath|respirar)\b/.test(
      t,
    )
  )
    report(w, 'medical', { weaker: anxious && !/\b(?:right now|help|ahora|lips|blue)\b/.test(t) });
  if (
    /\b(?:not|stopped|is not|no esta|dejo de) (?:breathing|respirando)\b|\bno respira\b|\b(?:will not|would not|does not|can not|cannot|is not|no|not) (?:wake (?:him|her|them|up)|waking up|despierta|reacciona|responde)\b|\bbreathing (?:very |really |so )?(?:slow\w*|shallow|weird|funny)\b|\bwill not (?:answer|respond)\b.*\b(?:fell|floor|took|pills|breathing)\b|\b(?:is|was|went|esta) (?:unconscious|unresponsive|inconsciente)\b|\b(?:turning|turned|lips (?:are|look)) blue\b|\bfoaming\b|\b(?:having|had|is having|started having|esta teniendo) (?:a )?(?:seizure|convulsion)|\bconvulsionando\b|\b(?:having|i think i am having|is having|think (?:i|he|she) (?:is|am) having) a heart attack\b|\bpassed out\b.*\b(?:took|after|pills|drank|will not)\b|\bse desmayo\b|\b(?:having|had|is having|think (?:i am|i m|he is|she is) having) a stroke\b|\bface (?:is )?(?:drooping|droopy)|\bslurr\w* (?:speech|words)|\bthroat (?:is )?(?:swelling|closing|tight)|\bswelling shut\b|\bcollapsed\b|\b(?:is not|not|no esta) (?:responding|responsive|respondiendo)\b|\bcan not (?:feel|move) (?:my|the) (?:face|arm|leg)\b/.test(
      t,
    )
  )
    report(w, 'medical');
  if (
    /\b(?:chest (?:pain|hurts|pressure|is tight)|(?:duele|dolor) (?:\w+ )?(?:el|en el|de) pecho)\b/.test(
      t,
    ) &&
    /\b(?:arm|numb|sweat\w*|can not|now|really bad|brazo|ahora|respirar|desde hace)\b/.test(t)
  )
    report(w, 'medical');
};

/** One risk concept alone: hopelessness, a burden, no way on, death thoughts, "wish I were dead". */
const weaker: Rule = (w) => {
  const t = w.text;
  // Crisis lines find a pill or knife emoji predicts risk better than most words
  if (/\bemoji(?:pills|knife|gun|rope)\b/.test(t))
    possible(w, /emojipills/.test(t) ? 'overdose' : 'ideation');
  for (const i of all(w, 'hopeless')) {
    if (
      !/^(?:at|with|when)$/.test(word(w, i + 1)) &&
      seek(w, 'i', i - 4, i - 1) >= 0 &&
      !/\b(?:tax|financial|burden of proof)\b/.test(t)
    )
      possible(w, 'ideation');
  }
  if (
    /\bno point (?:anymore|in anything|in living|in trying|to anything|in life|in going on|in being here|to living|in me)\b|\b(?:what is|whats) the point (?:of|in) (?:living|anything|life|going on|being alive|trying|it all|me)\b|\b(?:do not|does not|can not) see the point (?:anymore|of (?:anything|living|life|going on)|in (?:anything|living|life|going on|trying))\b|\blife (?:is|feels) (?:pointless|meaningless|not worth)\b|\b(?:no le veo|sin) sentido (?:a la vida|a nada|vivir)\b|\bpara (?:que|q) (?:vivir|seguir)\b|\bla vida no (?:tiene|vale)\b/.test(
      t,
    ) ||
    /\b(?:can not|cant|could not) (?:go on|keep going|do this anymore|take (?:it|this|much more|any more)(?: anymore)?|keep living|handle (?:it|this|life) anymore)\b|\bgive up on (?:life|everything|myself)\b|\bno (?:puedo|aguanto) mas\b|\bya no (?:aguanto|puedo)\b|\b(?:done|tired) with (?:life|everything|it all)\b|\b(?:tired|exhausted|sick) of (?:everything|it all|fighting|being me|being here)\b|\b(?:cansad[oa]|hart[oa]) de todo\b/.test(
      t,
    ) ||
    /\b(?:nobody|no one|nadie) (?:would|will|wouldd) (?:miss|notice|care|extranaria)\b|\bshould not (?:be here|exist|be alive)\b|\bwish i (?:was|were|had) never (?:been )?born\b|\b(?:want|wanna|wish i could) (?:to )?(?:disappear|vanish)\b|\bno deberia (?:estar|existir)\b|\b(?:quisiera|quiero) desaparecer\b|\bmejor no haber nacido\b/.test(
      t,
    ) ||
    /\b(?:think|thinking|thought|thoughts|pienso|pensando) (?:a lot )?(?:about|of|en) (?:death|dying|being dead|not being here|not existing|la muerte|morir\w*)\b|\bdead inside\b|\bmuert[oa] por dentro\b|\bthe thought of (?:dying|death)\b/.test(
      t,
    )
  )
    possible(w, 'ideation');
  if (
    /\b(?:i am|i feel|i m|feel(?:ing)? like|soy|me siento)(?: \w+)? (?:a |an |una |un )?(?:burden|carga|estorbo)\b/.test(
      t,
    )
  )
    possible(w, 'ideation');
  if (
    /\b(?:worried|scared|afraid|concerned|preocupad[oa])\b/.test(t) &&
    has(w, 'person') &&
    /\b(?:says|said|saying|posted|posting|posts|talks about|talking about|texted|wrote|writes|dice|dijo|escribio)\b(?: \w+){0,6} (?:dark|weird|death|dying|not being around|disappear|goodbye|giving (?:her|his|their) stuff|hurt (?:himself|herself|themselves)|cutting|pills|no point|give up|morir|muerte)\b/.test(
      t,
    )
  )
    possible(w, 'third-person');
  if (
    /\b(?:thoughts? (?:of|about)|thinking (?:about|of)|urges? to) (?:cutting|hurting myself|self harm|burning myself)\b/.test(
      t,
    )
  )
    possible(w, 'self-harm');
};

const TIME =
  /\b(?:tonight|today|tomorrow|this (?:weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday|time)|(?:on |next |this )?(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|weekend|after (?:(?:everyone|everybody|the kids|the baby|my \w+|they|he|she|the \w+) (?:\w+ ){0,2}(?:go|goes|went|leave|leaves|left|fall|falls|get|gets|is|are|sleep|asleep|bed|home|out|signed|closes)|work|school|my (?:last )?shift|the party|finals|the holidays|this weekend|christmas|thanksgiving|the funeral|that|this)|(?:for |until |till )?when (?:\w+ ){0,3}(?:asleep|sleeps|sleeping|gone|leaves|left|out|at work|home|goes)|(?:\d+|few|couple|two|three) (?:more )?(?:hours|minutes)|around \d+|before (?:tomorrow|morning|the weekend|(?:the kids|everyone|my \w+|they|he|she|anyone) (?:wake|wakes|get|gets|come|comes|find|finds|is|are))|at \d+|\d+ ?(?:pm|am)|in (?:\w+ )?(?:hours?|days?|minutes?)|the night|the day|the week|that (?:is )?when|esta noche|hoy|manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este (?:fin|sabado|domingo|viernes)|cuando (?:se|todos|mi))\b/;
const VAGUE_ACT =
  /\b(?:(?:do|doing|done|going to do|gonna do|will do|ll do) it|it (?:happen|over with)|take care of it (?:myself)?|go through with it|that (?:is )?when|(?:the|my) plan is (?:set|for|to go)|plan is for|it is (?:set|planned|happening)|all (?:set|planned)|have it (?:all )?planned|(?:picked|chose|chosen|got|set|have) (?:the|a) (?:day|date|spot|place|time|weekend|week|night)(?: picked| set| chosen)?|(?:the|a) (?:day|date|spot|place|time|weekend|week) (?:is )?(?:picked|set|chosen)|know exactly (?:what|how|when|where)|already know how|(?:have |ve )?made up my mind|i have decided|i ve decided|ya (?:lo )?decidi|lo hago|lo voy a hacer|tengo todo (?:listo|preparado|planeado)|ya se como)\b/;
/** A plan with its time, its act left unsaid: "Thursday. Wife's out of town." "Tonight I'm doing it." */
const plan: Rule = (w) => {
  const t = w.text;
  if (!VAGUE_ACT.test(t) || !TIME.test(t)) return;
  if (
    /\b(?:homework|project|assignment|test|exam|exams|appointment|session|intake|therapy|call|laundry|workout|gym|meal|diet|alarm|study|party|wedding|interview|birthday|date night|trip|vacation|move|moving|job|presentation|taxes|the dishes|tell (?:him|her|them)|propos\w*|cita|tarea|examen|fiesta|boda)\b/.test(
      t,
    ) &&
    !has(w, 'final') &&
    !has(w, 'die')
  )
    return;
  report(w, 'ideation');
};

const FINAL_SELF =
  /\b(?:(?:will|would|ll) not be (?:here|around|alive)|(?:do not|not) (?:think|plan|expect) (?:i (?:will|ll) be|to be) (?:here|around|alive)|(?:planning|plan|going|expect) (?:not )?to be gone|not (?:coming|going) back (?:home|ever|again)|not going anywhere ever again|(?:will not|won t) (?:be )?need(?:ing)? (?:it|them|this|that|anything)|(?:will not|won t) (?:come|be coming) again|(?:is|will be|this is) my last (?:one|day|night|weekend|week|time|shift|class|final)|join (?:her|him|them|my (?:late )?\w+) (?:in heaven|on|soon|tonight|this|there)|me voy con (?:mi|ella|el)|(?:worth|be worth) more (?:dead|than i am)|whoever finds (?:me|it|this)|find (?:me|it) after|(?:was|is) not (?:your|her|his|their) fault|ya no (?:voy a estar|estare)|no voy a (?:estar|llegar) (?:para|a))\b/;
/** Speaking of oneself as soon gone: "won't be here when they read it", "my last weekend". */
const finalSelf: Rule = (w) => {
  if (
    FINAL_SELF.test(w.text) &&
    !/\b(?:vacation|trip|moving|move|flight|deploy\w*|hospital stay|surgery|school|college|job|work|warehouse|shift at|retir\w*|therapy|session|class|semester|soccer|team|lol|viaje|mudanza)\b/.test(
      w.text,
    )
  )
    report(w, 'ideation');
};

/** Blunt self-injury and relapse: "hit my head on the wall until it bled", "used the blade again". */
const bluntHarm: Rule = (w) => {
  const t = w.text;
  if (/\b(?:feels? like|like|as if|como si)\b (?:\w+ ){0,2}(?:banging|hitting)\b/.test(t)) return;
  const blow = /\b(?:hit\w*|punch\w*|bang\w*|slam\w*|smash\w*|beat\w*|golpe\w*|cabezazos)\b/.test(
    t,
  );
  const target =
    /\b(?:my head|my face|my hands?|my fists?|myself|the wall|walls|the floor|the mirror|mi cabeza|la pared|me (?:di|estuve dando))\b/.test(
      t,
    );
  const hurt =
    /\b(?:until|til|till|so hard|bled|bleed\w*|blood|split|swollen|bruis\w*|break them|broke|ringing|again|can not stop|cant stop|keep going|want to keep|hasta|sangr\w*)\b/.test(
      t,
    );
  if (blow && target && hurt && (subject(w, 0) === 'self' || /\bmyself\b/.test(t)))
    report(w, 'self-harm');
  if (
    /\b(?:relapsed?|relapsing|recai\w*)\b/.test(t) &&
    /\b(?:blade|razor|cut\w*|burn\w*|blood|sh|selfharm\w*|again|cort\w*)\b/.test(t)
  )
    report(w, 'self-harm');
  if (
    /\bused (?:the|a|my) (?:blade|razor|lighter|knife)\b|\b(?:blood|sangre) (?:on|en) (?:my|mis|the) (?:sheets|arm|floor|towel)\b|\bcat scratches\b/.test(
      t,
    )
  )
    report(w, 'self-harm');
  if (has(w, 'weapon') && /\bblood\b/.test(t) && has(w, 'now')) report(w, 'self-harm');
  if (
    !/\b(?:she|he|they|shes|hes) (?:has |is )?(?:been )?clean\b/.test(t) &&
    /\b(?:clean|sober|sin hacerlo) (?:for )?(?:\w+ )?(?:\d+|a|one|two|three|six) (?:days?|weeks?|months?|years?)\b/.test(
      t,
    ) &&
    /\b(?:but|can not|cant|without|again|relapse\w*|urge\w*|hoy|pero)\b/.test(t) &&
    /\b(?:tonight|today|now|again|blade|razor|cut|hoy|otra vez|volvi)\b/.test(t)
  )
    report(w, 'self-harm');
};

const SICK =
  /\b(?:feel(?:ing)? (?:very |so |really )?(?:sick|strange|weird|heavy|dizzy|sleepy|drowsy|numb|funny)|heart (?:is )?(?:racing|pounding|beating (?:fast|oddly|weird)|feels like|is going to explode)|throwing up|vomit\w*|can not (?:stay awake|feel my)|slurring|confused|sleepy and|floppy|mareado|mareada|borroso|dormida|adormilad[oa]|corazon (?:super )?rapido|me arde)\b/;
/** Having taken something and feeling it: an overdose in progress, even without a count. */
const symptoms: Rule = (w) => {
  const t = w.text;
  if (!SICK.test(t)) return;
  const took = all(w, 'take').some(
    (i) => TAKEN.test(word(w, i)) || word(w, i - 1) === 'have' || word(w, i - 1) === 'yohe',
  );
  if (took && (has(w, 'drug') || has(w, 'poison'))) report(w, 'overdose');
  if (
    /\b(?:got into|ate|swallowed|se tomo|se trago)\b/.test(t) &&
    has(w, 'drug') &&
    /\b(?:year old|toddler|baby|son|daughter|kid|child|nino|nina|hij[oa])\b/.test(t)
  )
    report(w, 'medical');
};

/*
 * Passive signals, each a family of ways to say one thing. Alone they mean "possible": the card
 * first, with a way back to the question.
 */
const WITHOUT_ME =
  /\b(?:better|happier|easier|fine|freer|lighter|relieved|the same|just fine|mejor|igual|felices|tranquil[oa]s)\b(?: \w+){0,6} (?:without me|if i (?:was |were |just )?(?:gone|not here|not around|was not around|were not around|never (?:been )?born|never existed|vanished|disappeared|died|dead|not alive|went away|faded)|sin mi|si (?:yo )?(?:no (?:estoy|estuviera|existiera)|desapareciera|me muero|me muriera|me fuera))\b|\b(?:favou?r|gift) by not being (?:here|around|alive)\b|\b(?:kind|right|best) thing (?:would be|is) to not be (?:here|around)\b/;
const NOBODY_MISS =
  /\b(?:nobody|no one|anyone|nadie)\b(?: \w+){0,4} (?:miss|notice if|care if|need|needs|extranaria|echaria de menos|daria cuenta|necesita)\b|\ba nadie le (?:importaria|importa si)\b/;
const WELCOME_DEATH =
  /\b(?:would not (?:mind|be mad|care)|would welcome (?:it|death|the end)|welcome (?:the end|death)|ready to go whenever|waiting (?:for )?my turn|(?:ask|asking|pray|praying|beg|begging|le pido a) (?:\w+ ){0,3}(?:god|the lord|jesus|dios)\b.*\b(?:take|takes|lleve|llevara) me|(?:god|the lord|dios) (?:will |would |to )?(?:take me|me lleve)|que me lleve|hoping something (?:bad )?(?:just )?happens to me|rather be (?:where|with) (?:she|he|they|her|him|them)|do not (?:really )?care if i (?:live|die|wake)|me da igual (?:vivir|si me muero|morir)|disappointed (?:that )?i woke up|(?:fall asleep|sleep|go to sleep) and (?:not|never) (?:have to )?(?:come back|wake)|if i (?:just )?(?:did not|never) (?:wake|woke) up|lived long enough|ya vivi (?:suficiente|lo que)|(?:easier|better|nicer|rather) (?:to|if i) (?:not exist|did not exist|never existed|was not born|were not born)|(?:if|that) i (?:had )?never existed|not meant to be (?:alive|here|born)|(?:do not|can not) (?:see|picture|imagine) (?:myself|me) (?:being )?(?:alive|around|here)|why (?:am i|i am|i m) (?:even )?still (?:here|alive)|para (?:que|q) sigo (?:aqui|viv[oa])|lost the will to (?:live|keep going|go on)|(?:go|went|going) away forever|fade(?:d)? (?:out|away)|me quiero ir para siempre|not be a problem (?:for \w+ \w+ |for \w+ )?(?:much )?longer|none of this will matter|(?:an accident|hit by a (?:car|bus|truck))\b.*\b(?:hope|wish|hoping|pray)|(?:hope|wish|hoping|ojala)\b.*\b(?:an accident|hit by a (?:car|bus|truck)|me atropell\w*|no despertar|no hubiera nacido))\b/;
const WORTHLESS =
  /\b(?:waste of (?:oxygen|space|air|a life|skin)|taking up space|what am i (?:even )?for|born wrong|bad for (?:people|everyone)|(?:deserves?|deserve) (?:better|someone better) than me|weight around (?:my|their|our) \w+ neck|i am (?:just |only )?(?:a |the )?(?:problem|disappointment|mistake|failure) (?:for|to|in|of)|sobro en|no sirvo para nada|soy un (?:fracaso|error|problema))\b/;
const NO_FUTURE =
  /\b(?:(?:no|any|a) way out|nothing (?:will ever|is ever going to|is going to|will) (?:get|be) better|(?:can not|could not) (?:picture|see|imagine) (?:any|a|my) future|no future for me|no hope left|(?:lost|losing) (?:all )?hope|(?:what is|whats) (?:even )?the point(?: anymore| of it all)?$|(?:ya )?nada tiene sentido|no le veo (?:salida|sentido|el point)|no le encuentro (?:gusto|sentido) a (?:la vida|nada)|none of it is (?:ever )?going to get better)\b/;
const SH_THOUGHT =
  /\b(?:thought|thinking|think|thoughts|urges?|ganas de|pienso en|se me viene\w*)\b(?: \w+){0,4} (?:cutting|scratching|burning|hurting myself|hitting myself|harming myself|cortarme|quemarme|darme golpes|golpearme|lastimarme|hacerme dano|la mano en la estufa)\b/;
const COERCION =
  /\b(?:(?:has|takes|took|keeps|controls|handles) (?:all )?(?:of )?my (?:money|debit card|credit card|bank card|paycheck|pension|finances|passport|papers|documents)|(?:checks|tracks|reads|goes through|monitors|went through) (?:the )?(?:location on )?my (?:phone|location|messages|texts|journal|email)|gives me an allowance|(?:got|made|makes|forces) me (?:to )?stop (?:seeing|working|driving|talking)|threaten\w* to (?:leave|take the kids|tell|expose|out)|(?:will|ll) tell everyone\b.*\bif i|nobody else would (?:ever )?(?:put up with|love|want|have) me|calls? me (?:a |an )?(?:useless|stupid|worthless|fat|ugly|crazy|dumb|pathetic|idiot|whore|bitch|loser)|(?:dice|says|tells me) (?:que )?(?:i am|soy) (?:a |una |un )?(?:useless|inutil|estupid[oa]|worthless|nothing)|make fun of me|(?:home|my house) (?:does not|no longer) feel(?:s)? safe|en (?:mi )?casa no me siento segura?|(?:rompe|breaks|smashes|throws) (?:cosas|things|stuff|plates|dishes)|gets (?:very |really )?(?:angry|mean|scary) (?:if|when) i|gets mean|keeps? (?:a )?(?:record|track) of (?:everything|what) i|weighs me)\b/;

/** Passive death wishes, worthlessness, no future, self-harm thoughts, control: the quieter signs. */
const quiet: Rule = (w) => {
  const t = w.text;
  const other =
    /^(?:my|mi) (?:friend|son|daughter|dad|mom|father|mother|brother|sister|cousin|hij[oa]|amig[oa]|papa|mama)|\b(?:she|he|they) (?:says|said|keeps|wrote|posted|tells|feels)|\b(?:friend|son|daughter|dad|mom|cousin|hij[oa]|amig[oa]) (?:\w+ ){0,3}(?:says|said|keeps|wrote|posted|tells|escribio|dice)\b/.test(
      t,
    );
  // "what's the point of doing both?" asks about treatment, not about living
  const treatment = /\b(?:therapy|therapist|counsel\w*|medication|meds|both|terapia)\b/.test(t);
  if (
    WITHOUT_ME.test(t) ||
    NOBODY_MISS.test(t) ||
    WELCOME_DEATH.test(t) ||
    WORTHLESS.test(t) ||
    (NO_FUTURE.test(t) && !treatment)
  )
    possible(w, other ? 'third-person' : 'ideation');
  if (SH_THOUGHT.test(t)) possible(w, 'self-harm');
  if (COERCION.test(t) && !w.media) possible(w, 'abuse');
};

const RULES: readonly (readonly [string, Rule])[] = Object.entries({
  named,
  reflexive,
  endLife,
  deathWish,
  refuseLife,
  harmBody,
  overdose,
  means,
  farewell,
  violence,
  abuse,
  harmOthers,
  medical,
  plan,
  finalSelf,
  bluntHarm,
  symptoms,
  quiet,
  weaker,
});

// ——— features for the learned layer (model.ts) ———

/** Concepts by name, checked against the lexicon when the module loads. */
function concepts(names: string): Concept[] {
  const list = names.split(' ') as Concept[];
  for (const c of list) if (!(c in CONCEPTS)) throw new Error(`no concept "${c}"`);
  return list;
}

/** Concepts that are acts: who does each, and to whom, is a feature. */
const ACTS: readonly Concept[] = concepts(
  'die kill suicide selfharm harm take lethal jump hang drown violence intent wish trying weapon drug poison hopeless control fear',
);

/** Concepts that carry danger by themselves (not who, when or how sure). */
const RISKY: ReadonlySet<Concept> = new Set(
  concepts(
    'die kill suicide selfharm harm take many drug poison lethal place jump weapon hang drown final give note violence abuse control fear hopeless medical body intent wish now',
  ),
);

/** The risk concepts in a sentence's words. */
export function riskConcepts(words: string[]): Concept[] {
  const out = new Set<Concept>();
  for (const word of words) for (const c of conceptsOf(word)) if (RISKY.has(c)) out.add(c);
  return [...out];
}

/**
 * What the learned layer reads in a window: which rules fired, each concept, pairs of risk
 * concepts anywhere in it and ordered pairs a few words apart ("take … many", "intent … die"), who
 * does each act and to whom, negation, time and tone, and the words cut to their first six letters.
 */
function featuresOf(w: Window): string[] {
  const { words, tags, text } = w;
  const out = new Set<string>();
  if (w.history) out.add('f:history');
  if (w.background) out.add('f:background');
  if (w.joke) out.add('f:joke');
  if (w.media) out.add('f:media');
  if (NOW.test(text)) out.add('f:now');
  if (GRIEF.test(text)) out.add('f:grief');
  const list = [...w.index.keys()]
    .filter((c) => RISKY.has(c) || c === 'i' || c === 'other' || c === 'person')
    .sort();
  for (let a = 0; a < list.length; a++)
    for (let b = a + 1; b < list.length; b++) out.add(`q:${list[a]}+${list[b]}`);
  for (let i = 0; i < words.length; i++) {
    const t = tags[i];
    out.add(`w:${word(w, i).slice(0, 6)}`);
    if (!t) continue;
    for (const c of t) {
      out.add(`c:${c}`);
      for (let j = i + 1; j <= Math.min(words.length - 1, i + 4); j++)
        for (const d of tags[j] ?? []) out.add(`p:${c}>${d}`);
      if (ACTS.includes(c)) {
        out.add(`s:${c}:${agent(w, i) ?? 'none'}`);
        const to = victim(w, i);
        if (to) out.add(`v:${c}:${to}`);
        if (negated(w, i)) out.add(`n:${c}`);
      }
    }
  }
  return [...out];
}
