import { remembered } from '../remember';
import { cleanText, editDistance, expandContractions, squash, words } from '../text/clean';
import { TYPO_TARGETS } from './lexicon';

/**
 * Message → sentences of plain words, the form the crisis rules read. Undoes what people do to
 * words: emoji for means ("💊"), chat spellings ("wanna", "rn", "q", "xq"), leetspeak ("k1ll"),
 * stretched letters ("diiie"), typos near a crisis word ("suicidial"), words split by spaces
 * ("s u i c i d e", "my self"). Accents are gone (cleanText), so Spanish "él" reads "el".
 */
export function sentences(text: string, spanish = false): string[][] {
  const cleaned = cleanText(
    text.replace(EMOJI, (e) => ` ${EMOJI_WORDS[EMOJI_LIST.indexOf(e)] ?? ''} `),
  );
  return cleaned
    .split(/[.!?;:\n\r()[\]{}"|]+|\s-+\s|…|¿|¡/)
    .map((part) => tokens(part, spanish))
    .filter((s) => s.length > 0);
}

// Emoji that carry meaning here: means (pill, knife, gun, knot, drop of blood, coffin) and jokes.
const EMOJI_LIST = ['💊', '🔪', '🔫', '🪢', '🩸', '⚰', '🚂', '🚆', '😂', '🤣', '💀', '😭'];
const EMOJI_WORDS = [
  'emojipills',
  'emojiknife',
  'emojigun',
  'emojirope',
  'blood',
  'coffin',
  'train',
  'train',
  'lol',
  'lol',
  'lol',
  '',
];
const EMOJI = new RegExp(EMOJI_LIST.join('|'), 'gu');

/** Two-word spellings of one meaning, joined before words are split. */
const PHRASE_WORDS: Readonly<Record<string, string>> = {
  'self harm': 'selfharm',
  'self harming': 'selfharming',
  'self harmed': 'selfharmed',
  'self injury': 'selfinjury',
  'self hurt': 'selfharm',
  'sewer slide': 'suicide',
  'commit sudoku': 'suicide',
  'commit seppuku': 'suicide',
  'toaster bath': 'suicide',
  'eat my gun': 'suicide',
  'eat a bullet': 'suicide',
  'self delete': 'suicide',
  'self deleting': 'suicide',
  'kill my self': 'kill myself',
  'sleep forever': 'sleepforever',
};
const PHRASES = new RegExp(
  `\\b(?:${Object.keys(PHRASE_WORDS)
    .map((k) => k.replace(' ', '[\\s-]+'))
    .join('|')})\\b`,
  'g',
);
// "slef harm", "sefl-harm", "self-harn": the words people mistype most
const SELF_HARM = /\bs(?:elf|lef|efl|ef|elff)[\s-]*h(?:arm|rm|amr|arn)(ing|ed)?\b/g;

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
// Numbers with units stay numbers: "800mg", "2nd", "24/7"; chat words with digits are spelled out.
const NUMERIC = /^\d+(?:[a-z]{0,3})$/;

/** Chat spellings → the words they stand for (English and Spanish). */
const SPELLED: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'wanna=want to|gonna=going to|gunna=going to|finna=going to|gna=going to|tryna=trying to|' +
    'bouta=about to|boutta=about to|imma=i am going to|ima=i am going to|ive=i have|' +
    'rn=right now|atm=right now|tn=tonight|tonite=tonight|2nite=tonight|2night=tonight|' +
    '2day=today|2moro=tomorrow|2morrow=tomorrow|tmrw=tomorrow|tmr=tomorrow|tmrrw=tomorrow|' +
    'u=you|ur=your|ppl=people|bf=boyfriend|gf=girlfriend|bc=because|cuz=because|cus=because|' +
    'coz=because|b4=before|4ever=forever|4eva=forever|idk=i do not know|idc=i do not care|' +
    'kil=kill|kms=kill myself|kys=kill yourself|ded=dead|dieing=dying|unalive=suicide|' +
    'unaliving=suicide|sewerslide=suicide|od=overdose|oding=overdosing|q=que|k=que|xq=porque|' +
    'pq=porque|porq=porque|xk=porque|tb=tambien|tmb=tambien|x=por|toy=estoy|tas=estas|' +
    'ta=esta|nd=nada|pa=para|hes=he is|shes=she is|theyre=they are|youre=you are|' +
    'thats=that is|whos=who is|hed=he would|theyll=they will|itll=it will|mama=mom|mami=mom|' +
    'papi=dad|papa=dad|mum=mom|mommy=mom|daddy=dad|hubby=husband|pls=please|plz=please|' +
    'w=with|msg=message|prob=probably|fr=for real|cerrao=cerrado|cansa=cansada|pal=para el|' +
    'mai=mom|ma=mom|thinkin=thinking|holdin=holding|takin=taking|goin=going|sittin=sitting|' +
    'nothin=nothing|somethin=something|bout=about|em=them|aint=am not'
  )
    .split('|')
    .map((pair) => pair.split('=') as [string, string]),
);

function tokens(part: string, spanish: boolean): string[] {
  const unleet = part
    .split(/\s+/)
    .map((chunk) => {
      const bare = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (SPELLED[bare] || !/[a-z]/.test(chunk) || NUMERIC.test(chunk)) return chunk;
      const asI = chunk.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
      // "1" is an i ("su1c1de") or an l ("ki11", "myse1f"): whichever makes a crisis word
      const asL = chunk.includes('1')
        ? chunk.replace(/1/g, 'l').replace(/[03457@$]/g, (c) => LEET[c] ?? c)
        : asI;
      return !TARGETS.has(asI) && TARGETS.has(asL) ? asL : asI;
    })
    .join(' ')
    .replace(SELF_HARM, 'selfharm$1')
    .replace(PHRASES, (m) => PHRASE_WORDS[m.replace(/[\s-]+/g, ' ')] ?? m);
  return joinSplit(words(expandContractions(unleet))).flatMap((w) => {
    const spelled = SPELLED[w];
    if (spelled) return spelled.split(' ');
    // Spanish "he" is "I have" ("me he tomado"), not English "he"; chat "d" is "de" ("me acabo d cortar")
    if (spanish && w === 'he') return ['yohe'];
    if (spanish && w === 'd') return ['de'];
    return [correct(w)];
  });
}

const TARGETS = new Set(TYPO_TARGETS);
const SQUASHED = new Map(TYPO_TARGETS.map((w) => [squash(w), w]));
// Visitors reuse the same few hundred words; remembering them keeps long messages cheap.
const closestKnown = remembered(closest, 5000);

/** The crisis word a token is a typo or a stretched spelling of, else the token. */
function correct(token: string): string {
  if (token.length < 3 || TARGETS.has(token)) return token;
  return closestKnown(token);
}

function closest(token: string): string {
  // Only clearly stretched words: "nose" must not become "noose".
  const stretched = /(.)\1\1/.test(token) && SQUASHED.get(squash(token));
  if (stretched) return stretched;
  if (token.length < 6) return token;
  let best = token;
  let bestDistance = 3;
  for (const word of TYPO_TARGETS) {
    if (word[0] !== token[0] || word.length < 6) continue;
    // an inflection is not a typo: "suicides" (a sports drill) stays plural
    if (token.startsWith(word) && /^(?:s|es|d|ed|ing)$/.test(token.slice(word.length)))
      return token;
    const allowed = Math.min(word.length, token.length) >= 9 ? 2 : 1;
    const d = editDistance(token, word, allowed);
    if (d <= allowed && d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}

/** "s u i c i d e" → "suicide", "my self" → "myself", "sui cide" → "suicide". */
function joinSplit(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const token = list[i] ?? '';
    let j = i;
    while (j < list.length && list[j]?.length === 1) j++;
    const run = list.slice(i, j).join('');
    if (j - i >= 4 || (j - i === 3 && (SPELLED[run] || TARGETS.has(run)))) {
      out.push(correct(run));
      i = j - 1;
      continue;
    }
    const next = list[i + 1];
    if (next !== undefined && !TARGETS.has(token) && !TARGETS.has(next)) {
      // Exact words only: a typo-corrected join turns "morir de" into "morirme".
      const joined = token + next;
      if (TARGETS.has(joined)) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}
