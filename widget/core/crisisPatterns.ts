import type { CrisisCategory, CrisisTier } from './types';

/**
 * What the crisis screen looks for. Patterns run over text that `crisis.ts` has already cleaned:
 * lowercase, leetspeak undone ("k1ll" → "kill"), contractions expanded ("can't" → "can not"),
 * punctuation gone, typos near a word of `CRISIS_WORDS` corrected ("suicidial" → "suicidal"), and
 * words joined by single spaces. See ../shared/notes/crisis.md for the categories and why there
 * are two tiers: `urgent` shows only the crisis card; `possible` shows the card first with a way
 * back to the question. When in doubt a pattern belongs here: a false alarm costs a gentle card, a
 * miss can cost a life.
 */
export interface CrisisPattern {
  category: CrisisCategory;
  tier: CrisisTier;
  pattern: RegExp;
}

// Building blocks (regex source).
const SELF = '(?:myself|my self)';
const THEMSELVES = '(?:himself|herself|themselves|themself|theirself)';
const KILL =
  '(?:kill|kil|kll|killing|end|ending|off|offing|unalive|unaliving|delete|deleting|erase)';
const HARM =
  '(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|hit|hitting|punch|punching|scratch|scratching|starve|starving|stab|stabbing)';
const WANT =
  '(?:want|wanted|wants|wanna|going|gonna|plan|planning|about|ready|trying|try|tried|decided|need|going to|thinking of|thinking about|thought about|thoughts of|urge|urges|feel like|wish)';
const PERSON =
  '(?:him|her|them|someone|somebody|people|everyone|everybody|my (?:wife|husband|partner|boss|mom|mother|dad|father|brother|sister|son|daughter|baby|kid|kids|child|children|girlfriend|boyfriend|ex|roommate|coworker|neighbor|teacher))';
const ABUSER =
  '(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|mom|mother|stepdad|stepmom|stepfather|stepmother|parent|parents|uncle|aunt|brother|sister|ex|someone|somebody|boss|coach|teacher)';
const ABUSE_VERB =
  '(?:hits|hit|hitting|beats|beat|beating|chokes|choked|choking|strangles|strangled|kicks|kicked|punches|punched|slaps|slapped|hurts|hurt|hurting|abuses|abused|abusing|rapes|raped|molests|molested|touches|touched|threatens|threatened|threatening|locks|locked|stalks|stalking|controls)';
const ALL_PILLS =
  '(?:pills|pill|meds|medication|medications|tablets|the bottle|a bottle|bottle|everything|sleeping pills|tylenol|advil|painkillers)';

const p = (category: CrisisCategory, tier: CrisisTier, source: string): CrisisPattern => ({
  category,
  tier,
  pattern: new RegExp(`\\b(?:${source})\\b`),
});

export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  // Explicit ideation, and the slang for it.
  p('ideation', 'urgent', `${KILL} ${SELF}`),
  p(
    'ideation',
    'urgent',
    'suicid\\w*|sewer ?slide|sewerslid\\w*|self ?delet\\w*|unaliv\\w*|kms|kys|ctrl z (?:my|me)|su1cide',
  ),
  p(
    'ideation',
    'urgent',
    `(?:${WANT}|deserve|deserves|rather|ready|just) (?:to )?(?:die|be dead|not exist|stop existing|cease to exist|not wake up|never wake up|disappear forever)(?! (?:for|of|laughing|down|hard))|(?:want|wants|wanted|need|wish|begging) (?:someone|somebody|you|god) to (?:kill|end) me|hope i (?:do not|never) wake up|never wake up|sleep forever|(?:log|logging) off (?:permanently|forever|for good|from life)|toaster bath|(?:tired|sick) of (?:existing|being alive)|(?:kms|kys)`,
  ),
  p(
    'ideation',
    'urgent',
    'wish i (?:was|were|had|could) (?:dead|die|died|never been born|not (?:here|alive|exist))',
  ),
  p(
    'ideation',
    'urgent',
    '(?:better off|be better) (?:dead|without me|if i (?:was|were) (?:dead|gone|not here|not around))',
  ),
  p(
    'ideation',
    'urgent',
    '(?:end|ending|take|taking|took) (?:my|my own) (?:life|lives)|end it all|ending it all|end everything|(?:want|going|ready|plan|planning) to end it',
  ),
  p(
    'ideation',
    'urgent',
    '(?:do|did|does) not want to (?:live|be alive|exist|be here|wake up|go on|keep going|keep living)|no (?:reason|point|will) (?:to|in) (?:live|living|go on|going on|be alive|being alive)|nothing to live for|not want to be alive|tired of (?:living|being alive|life)|(?:i am|i feel like|feel like) (?:a|such a) burden',
  ),
  p(
    'ideation',
    'urgent',
    'goodbye (?:forever|world|cruel world)|final goodbye|last goodbye|goodbye (?:message|note|letter|post|text|video)|(?:writing|wrote|write) (?:a|my) (?:suicide |goodbye )?(?:note|letter) (?:to|for) (?:my|everyone)',
  ),
  // Passive and vague signs: card first, with a way back.
  p(
    'ideation',
    'possible',
    'can not go on|can not do (?:this|it) anymore|can not take (?:it|this) anymore|no point (?:anymore|in anything|to anything|in trying)|what is the point (?:of|in) (?:living|anything|life|going on|being alive|trying)|(?:see|find|there is) (?:any|a|no) way out|give up on (?:life|everything)|(?:so )?(?:tired|exhausted|sick) of (?:everything|it all)|want (?:it|everything|the pain) to (?:stop|end)|no way out|hopeless|worthless|disappear|everyone would be better|burden to (?:everyone|my family|them)|(?:going|ready|about|gonna) to do it (?:tonight|today|now)',
  ),
  p(
    'ideation',
    'possible',
    'die|dying|dead|death|kill|killing|killed|noose|rope|razor|blade|knife|gun|bridge|suffocat\\w*|drown myself',
  ),
  // Self-harm.
  p(
    'self-harm',
    'urgent',
    `${HARM} ${SELF}|${HARM} my (?:wrists?|arms?|legs?|thighs?|skin|body|stomach)|self ?harm\\w*|\\bsh (?:relapse|again|urges?)|relapsed? (?:on )?sh|self ?injur\\w*|self ?mutilat\\w*|(?:started|start|been|keep|kept|began) (?:cutting|burning)|cutting again|relapsed? (?:on|into) (?:cutting|self harm)|razor (?:blades?)? (?:on|to) my`,
  ),
  // Overdose and means.
  p(
    'overdose',
    'urgent',
    'overdos\\w*|od on|oding|lethal dose|fatal dose|how many \\w+ (?:would|will|to) (?:kill|die|be lethal|be fatal|overdose)',
  ),
  p(
    'overdose',
    'urgent',
    `(?:took|taken|swallowed|ate|downed|chugged|popped) (?:too many|way too many|a lot of|all of? (?:my|the|his|her)?|the whole|a whole|a bunch of|a handful of|handfuls of|\\d{2,}|twenty|thirty|forty|fifty|hundred) ?${ALL_PILLS}|(?:take|taking|swallow) (?:too many|way too many|a bunch of|a handful of|the whole|\\d{2,}) ?${ALL_PILLS}|(?:stockpil\\w*|saving up|hoarding) (?:my )?${ALL_PILLS}|swallowed (?:bleach|poison|rat poison|antifreeze)`,
  ),
  p(
    'overdose',
    'urgent',
    `(?:hang|hanging) ${SELF}|jump (?:off|from|in front of) (?:a |the |my )?(?:bridge|building|roof|cliff|train|balcony|window|car|bus)|(?:have|got|bought|buy|get|loaded) (?:a|the|my|his|dad) (?:gun|rope|noose)|(?:gun|pistol) (?:to|in) my (?:head|mouth)|shoot ${SELF}|step in front of (?:a )?(?:train|bus|car)|slit my wrists?|drive (?:off|into) (?:a|the) (?:cliff|bridge|wall|tree)`,
  ),
  p(
    'overdose',
    'possible',
    'tylenol|acetaminophen|paracetamol|ibuprofen|advil|aspirin|benadryl|\\d{3,} ?mg',
  ),
  // Someone else at risk.
  p(
    'third-person',
    'urgent',
    `${KILL} ${THEMSELVES}|${HARM} ${THEMSELVES}|(?:he|she|they|friend|son|daughter|brother|sister|mom|dad|partner|kid|child) (?:is|are|has been|keeps?|started|was) (?:cutting|suicidal|overdosing|self harming)|(?:he|she|they) (?:wants?|want|is going|plans?|tried|is trying|threatened|keeps? saying|said) to (?:kill (?:himself|herself|themselves|themself)|die|end (?:it|it all|his life|her life|their life))|(?:threatening|threatened|talking about|talks about|talked about) (?:suicide|killing (?:himself|herself|themselves)|ending (?:it|his life|her life|their life))`,
  ),
  // Harm to others.
  p(
    'harm-to-others',
    'urgent',
    `${WANT} (?:to )?(?:kill|hurt|shoot|stab|murder|attack|strangle|choke|harm|beat up|poison) ${PERSON}|(?:kill|killing|shoot|shooting|stab|stabbing|murder|murdering|strangle|strangling|poison|poisoning) ${PERSON}|(?:shoot|shooting) up (?:the|my|a) (?:school|office|work|church|mall)|(?:gonna|going to|will|want to) (?:beat|hurt|kill) (?:my|that|this|the) \\w+|hurting my (?:baby|kid|kids|child|children)|homicid\\w*|mass shooting`,
  ),
  // Abuse and danger.
  p(
    'abuse',
    'urgent',
    `${ABUSER} ${ABUSE_VERB} me|(?:i was|i am|i have been|i got|been|being|was|got|getting|keep getting) (?:raped|assaulted|sexually assaulted|molested|abused|beaten|beat up|trafficked|groped|strangled|choked|attacked)|\\brape\\w*|sexual(?:ly)? (?:assault\\w*|abus\\w*)|(?:not|do not feel|never feel|never|feel un) ?safe (?:at home|in my (?:home|house)|with (?:him|her|them|my))|(?:afraid|scared|terrified) (?:of (?:my )?(?:partner|husband|wife|boyfriend|girlfriend|dad|father|mom|mother|stepdad|him|her|them)|to go home|for my life)|domestic (?:violence|abuse)|(?:will|going to|threatened to|threatens to|gonna) (?:kill|hurt) me|abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|parent|home|dad|mom)|will not let me leave`,
  ),
  p('abuse', 'possible', 'forced me|(?:do not|never) feel safe|feel unsafe|unsafe at home'),
  // Medical emergencies.
  p(
    'medical',
    'urgent',
    '(?:can not|cant|unable to|hard to|trouble|struggling to|hardly|barely) (?:breathe|breath|breathing)|not breathing|stopped breathing|chest (?:pain|pains|hurts|tight\\w*)|heart attack|(?:having|had|having a|had a) (?:seizure|stroke)|(?:is|was|he is|she is) unconscious|passed out|(?:he|she|they|it) (?:will|would|does) not wake up|can not wake (?:him|her|them) up|unresponsive|bleeding (?:a lot|badly|heavily|out|everywhere|will not stop)|allergic reaction|throat (?:is )?(?:swelling|closing)|swelling shut|collapsed|(?:not|is not|isnt) (?:responding|responsive)|anaphyla\\w*|poisoned|numb (?:arm|face)|face (?:is )?drooping',
  ),
  p('medical', 'possible', 'seizures?|faint\\w*|emergency'),
];

/** Emoji that signal means (pill, knife, gun, rope knot): checked on the text before words are split. */
export const RISK_EMOJI = /\u{1f48a}|\u{1f52a}|\u{1f52b}|\u{1faa2}|\u{1fa78}/u;

/**
 * Idioms that use risk words harmlessly; removed before the `possible` patterns run (never
 * before `urgent` ones). "this wait is killing me", "dying to know", "to die for".
 */
export const IDIOMS: readonly RegExp[] = [
  /\b(?!(?:he|she|they|someone|somebody|partner|husband|wife|boyfriend|girlfriend|dad|mom|father|mother)\b)\w+ (?:is|are|was|were|s) (?:killing|kill) me\b/g,
  /\b(?!(?:he|she|they|someone|somebody)\b)\w+ (?:killed|kills|will kill) me\b/g,
  /\b(?:killing|killed|kill|kills) (?:it|time|the time|two birds|the mood|the vibe|my vibe|the game|for (?:a|an|some)|my (?:feet|back|legs|knees|head|ears|eyes|neck|hands)|(?:zombies|monsters|aliens|bugs|germs|weeds|mosquitoes|flies|spiders|ants))\b/g,
  /\b(?:legs|feet|arms|back|brain|hands|muscles) (?:are|is|feel|feels) dead\b/g,
  /\bdying (?:to|for|of (?:laughter|boredom|curiosity))\b|\bto die for\b|\bdie hard\b|\bdie down\b/g,
  /\bdead (?:tired|serious|set|end|line|lines|ringer|weight|center|centre|on|last|easy|wrong|right)\b|\bdeadlines?\b|\bdrop dead\b/g,
  /\b(?:bored|scared|sick|worried|tickled|frozen|freezing|loved|talked) (?:to|half to) death\b/g,
  /\b(?:phone|battery|laptop|car|plant|plants|computer|tv|wifi|internet|charger|pen|flowers?) (?:is |was |has |just )?(?:dead|died|dying|death)\b/g,
  /\b(?:over|cross|crossed|crossing|that) (?:the )?bridge\b|\bbridge (?:the gap|that gap)\b/g,
  /\b(?:butter|kitchen|steak|pen) ?knife\b|\bbullet ?points?\b/g,
];

/**
 * Words the screen corrects typos towards ("suicidial" → "suicidal", "myslef" → "myself"). Left
 * out on purpose: words one letter away from a common word ("abused"/"amused", "raped"/"rated",
 * "death"/"depth", "dying"/"doing", "overdose"/"overdue" is two away and also guarded by length).
 */
export const CRISIS_WORDS: readonly string[] = (
  'suicide suicidal suicidally myself himself herself themselves yourself unalive sewerslide ' +
  'killing overdose overdosed overdosing breathe breathing seizure unconscious assaulted ' +
  'molested cutting harming hurting wrists burden hopeless worthless disappear forever ' +
  'anymore alive exist existing knife razor noose hanging pills tablets swallowed strangled ' +
  'threatened threatens violence domestic afraid terrified poisoned bleeding murder stabbing ' +
  'shooting selfharm tylenol acetaminophen ibuprofen painkillers'
).split(' ');
