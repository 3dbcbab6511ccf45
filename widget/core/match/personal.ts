/**
 * Does a message tell the visitor's own situation, or ask advice about their own life? Most real
 * visitors write like this ("my husband and I fight every night, what should I do?"). No FAQ entry
 * answers it, and a near-miss answer or a "Did you mean" tells them nobody listened: the honest
 * reply is that a clinician can talk it through with them.
 *
 * Signals, in English and Spanish: the writer in the first person, the people in their life,
 * feelings, events told in the past, and questions about themselves ("should I", "is this
 * normal"). Pure: words in, a yes or no out.
 */
export function tellsOwnStory(words: readonly string[]): boolean {
  const text = ` ${words.join(' ')} `;
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const self = count(FIRST);
  const people = count(PEOPLE);
  const feelings = count(FEELINGS);
  const past = count(PAST);
  const asks = ASKS.test(text);
  const n = words.length;
  if (asks && (self >= 2 || people >= 1)) return true;
  if (n >= 25 && self >= 3 && people + feelings + past >= 2) return true;
  return n >= 10 && self >= 1 && people >= 1 && feelings >= 1;
}

const FIRST = / (?:i|me|my|myself|mine|yo|mi|mis|conmigo|estoy|tengo|siento|quiero|necesito)(?= )/g;
const PEOPLE =
  / (?:husband|wife|spouse|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|mom|mother|mum|dad|father|parents?|stepdad|stepmom|sons?|daughters?|kids?|child|children|baby|toddler|teen|teenager|brother|sister|siblings?|family|friends?|boss|coworkers?|roommate|in laws|grandma|grandpa|grandmother|grandfather|marriage|married|divorce|divorced|breakup|dating|relationship|esposo|esposa|marido|novio|novia|pareja|mama|papa|padres|hijos?|hijas?|hermanos?|hermanas?|familia|amigos?|amigas?|jefe|suegra|suegro|matrimonio|divorcio)(?= )/g;
const FEELINGS =
  / (?:feel|feels|feeling|felt|sad|angry|mad|anxious|anxiety|nervous|embarrassed|insecure|heartbroken|lonely|alone|stressed|stress|depressed|upset|hurt|hurts|scared|afraid|worried|worry|tired|exhausted|overwhelmed|stuck|numb|guilty|ashamed|jealous|hate|cry|crying|cried|panic|miserable|frustrated|confused|empty|triste|enojad[oa]|ansiedad|sol[oa]|estresad[oa]|deprimid[oa]|preocupad[oa]|cansad[oa]|miedo|culpa|llor\w+|celos)(?= )/g;
const PAST =
  / (?:was|were|had|did|got|went|said|told|found|left|started|stopped|broke|moved|lost|\w{3,}ed)(?= )/g;
const ASKS =
  / (?:what (?:should|do|can) (?:i|we) do|how (?:to|do i|can i) tell (?:my|him|her|them|people)|should (?:i|we)|how (?:do|can|should) we|is there anything i can do|what are my options|how do i figure out|any tricks|do you think i|is (?:this|it|that) normal|am i (?:overreacting|crazy|wrong|normal|the problem|being)|how (?:do|can|should) i (?:stop|deal|cope|handle|get over|fix|tell (?:my|him|her|them|people)|move on|trust|forgive|let go|make (?:him|her|them|it stop))|why do i (?:feel|keep|always)|any advice|is it me|who is right|what would you do|que (?:hago|debo hacer|puedo hacer)|es normal|como (?:hago|puedo) para|deberia)(?= )/;
