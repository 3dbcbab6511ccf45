/**
 * The crisis screen's concepts: what a word means for danger, in English and Spanish, written as
 * whole-word patterns over the words `read.ts` makes (lowercase, no accents, chat spellings and
 * leetspeak undone). The rules (`rules.ts`) never look at words, only at these concepts and how
 * close they stand, so a new phrasing of a known meaning is caught without a new pattern.
 *
 * Adding a word: put it in every concept it can mean. A word may mean several ("boss" is a person
 * and a game word; "me" is English and Spanish). Keep each list about meaning, not about a message.
 */
export const CONCEPTS = {
  /** The writer as subject. Spanish first-person verbs count: "quiero", "voy", "estoy". */
  i: 'i|yo|quiero|quisiera|voy|estoy|estaba|tengo|tenia|pienso|siento|necesito|puedo|decidi|intente|tome|trague|hice|soy|acabo|yohe|volvi|vuelvo|llevo|sacudi|pegue|golpee|lastime|escogi',
  /** The writer as object or owner: "me", "my", Spanish "me"/"mi"/"mis"; "my" before a person is that person. */
  me: 'me|my|mine|mi|mis|conmigo|us|our',
  /** Reflexive self: "myself", Spanish verbs with "-me" ("matarme", "cortandome"). */
  myself: 'myself|meself|mysef|\\w+(?:ar|er|ir)me|\\w+(?:ando|iendo)me',
  /** Someone else as subject: pronouns, and Spanish third-person verbs ("quiere", "va", "se"). */
  other:
    'he|she|they|ella|ellos|ellas|quiere|queria|va|iba|tiene|piensa|dice|dijo|acaba|ha|vuelve|volvio|sigue|puede|necesita|his|their',
  /** Someone else as object: "hit her", "lo voy a matar". */
  them: 'him|her|them|lo|la|le|los|las|les',
  /** Reflexive someone else: "himself", Spanish "-se" ("matarse", "suicidarse"). */
  themself: 'himself|herself|themselves|themself|theirself|hisself|yourself|\\w+(?:ar|er|ir)se',
  person:
    'friends?|bff|bestie|buddy|mom|mother|mum|ma|dad|father|step(?:dad|father|mom|mother|son|daughter)|brother|bro|sister|sis|sons?|daughters?|kids?|child|children|babys?|baby|infant|newborn|toddler|teens?|teenager|husband|wife|partner|boyfriend|girlfriend|fiancee?|ex|roommate|cousin|uncle|aunt|grandma|grandmother|grandpa|grandfather|nephew|niece|coworkers?|colleague|boss|classmates?|teacher|coach|neighbou?r|man|guy|dude|girl|boy|woman|lady|kid|students?|patients?|clients?|someone|somebody|stranger|sibling|parents?|family|everyone|everybody|people|amig[oa]s?|madre|padre|padrastro|madrastra|herman[oa]s?|hij[oa]s?|espos[oa]|marido|novi[oa]|pareja|ti[oa]|prim[oa]|abuel[oa]|jefe|vecin[oa]|bebe|nin[oa]s?|alguien',
  /** Wanting, planning, being about to. */
  intent:
    'want|wants|wanted|wanting|need|needs|ready|going|plan|plans|planning|planned|decided|deciding|intend|intending|about|tempted|urges?|gonna|deserve|deserves|quiero|quiere|queria|voy|va|vas|pienso|piensa|planeo|planeando|decidi|decidio|necesito|ganas',
  /** Weaker wishing: passive ideation. */
  wish: 'wish|wishing|wished|hope|hoping|rather|pray|praying|ojala|quisiera|deseo|desearia',
  trying: 'try|tried|trying|tries|attempt|attempted|attempting|attempts|intente|intento|intenta',
  /** Death and being dead. */
  die: 'die|dies|dying|died|dead|death|deaths|unalive|morir|morirme|morirse|muera|muero|muere|murio|muerto|muerta|muerte|morire|moriria|fallecio|fallecer',
  kill: 'kill|kills|killing|killed|murder|murders|murdering|murdered|matar|mato|mata|matarme|matarse|matarlo|matarla|matarlos|matando|mataria|matare',
  /** The words for suicide and self-harm themselves, and their slang. */
  suicide: 'suicide|suicides|suicidal|suicidally|suicid\\w+|sewerslide|selfdelete|unalive\\w*',
  selfharm: 'selfharm\\w*|selfinjur\\w*|selfmutilat\\w*|autolesion\\w*|sh',
  harm: 'cut|cuts|cutting|cutted|slit|slitting|slice|slicing|burn|burns|burning|burned|burnt|scratch\\w*|carv\\w+|slash\\w*|stab|stabs|stabbing|stabbed|hurt|hurts|hurting|harm|harms|harming|harmed|bang|banging|banged|punching|bleed|bleeding|bled|cort\\w*|quem\\w*|lastim\\w*|dan(?:o|os|ar\\w*)|golpeandome|rasgu\\w*|raj\\w*',
  /** Places on the body where people harm themselves. */
  body: 'wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|belly|hips?|ankles?|veins?|body|munecas?|brazos?|piernas?|muslos?|piel|venas?|cuerpo|estomago|panza',
  /** Swallowing or taking something. */
  take: 'took|take|takes|taking|taken|swallow\\w*|ate|eaten|downed|popped|pop|chugged|drank|drink|drunk|injected|snorted|meti|tomar\\w*|tome|tomo|tomar|tomarme|tomarse|tomando|tomado|trague|tragar\\w*|trago|ingeri\\w*|bebi|beber|bebio|empate',
  /** Many of something. */
  many: 'all|whole|entire|handful|handfuls|bunch|lots?|many|\\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozen|bottles?|box|pack|packs|rest|todas|todos|toda|todo|frasco|caja|bote|pote|blister|entero|entera|completo|monton|muchas|puno|veinte|treinta|cuarenta|cincuenta|cien',
  drug: 'emojipills|pills?|tablets?|capsules?|meds|medications?|medicines?|drugs?|prescriptions?|painkillers?|opioids?|benzos?|antidepressants?|sleeping|tylenol|acetaminophen|paracetamol|advil|motrin|ibuprofen|aleve|naproxen|aspirin|excedrin|benadryl|diphenhydramine|nyquil|zzzquil|unisom|melatonin|xanax|alprazolam|valium|diazepam|ativan|lorazepam|klonopin|clonazepam|rivotril|zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|celexa|citalopram|paxil|wellbutrin|bupropion|effexor|cymbalta|seroquel|quetiapine|abilify|lithium|lamictal|lamotrigine|depakote|trazodone|ambien|zolpidem|prazosin|metoprolol|lisinopril|warfarin|digoxin|sleepers|remedies|sertralina|amitriptilina|paracetamol|clonazepam|alprazolam|tramadol|adderall|ritalin|vyvanse|oxy|oxycodone|oxycontin|percocet|vicodin|hydrocodone|codeine|tramadol|morphine|fentanyl|heroin|methadone|gabapentin|insulin|amitriptyline|mirtazapine|remeron|propranolol|hydroxyzine|pastillas?|pildoras?|medicinas?|medicamentos?|calmantes|somniferos|antidepresivos|clonazepam',
  poison: 'bleach|antifreeze|drano|poison|pesticide|cyanide|cloro|veneno|raticida|insulin|insulina',
  lethal: 'lethal|fatal|deadly|letal|mortal|od|overdose|overdoses|overdosing|overdosed|sobredosis',
  place:
    'roof|rooftop|bridge|overpass|overlook|railing|ledge|edge|tracks|railroad|railway|rails|train|subway|platform|cliff|balcony|building|tower|river|lake|ocean|sea|water|highway|freeway|garage|window|puente|azotea|techo|vias|tren|metro|rio|mar|lago|balcon|edificio|barranco|acantilado|ventana|cornisa',
  jump: 'jump|jumps|jumping|jumped|leap|leaping|tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse|saltar|brincar',
  weapon:
    'emojiknife|emojigun|emojirope|guns?|pistol|handgun|rifle|shotgun|revolver|firearms?|glock|9mm|38|45|1911|ar15|gauge|\\d\\d ?06|dupatta|scarf|sheet|extension|ligature|maquinilla|knife|knives|blades?|razors?|boxcutter|noose|rope|cord|belt|pistola|arma|escopeta|navaja|cuchillo|cuchilla|gillette|soga|cuerda|lazo',
  hang: 'hang|hanging|hanged|colgarme|ahorcarme|colgarse|ahorcarse',
  drown: 'drown|drowning|drowned|ahogarme|ahogarse',
  /** Now, soon, a time set. */
  now: 'tonight|today|now|tomorrow|soon|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|hoy|noche|ahora|ahorita|manana|pronto|ya|lunes|martes|miercoles|jueves|viernes|sabado|domingo',
  /** Finality and farewell. */
  final:
    'goodbye|goodbyes|farewell|forever|final|last|adios|despedida|despido|despedirme|siempre|ultima|ultimo',
  give: 'giving|gave|give|given|gives|donating|donated|regalando|regale|regalar|regalo',
  note: 'notes?|letters?|message|messages|video|carta|cartas|mensaje|nota',
  not: 'not|no|never|nothing|nobody|nunca|jamas|ni|nadie',
  /** Living, existing, waking, going on: negated, a death wish ("don't want to wake up"). */
  life: 'live|living|alive|exist|existing|here|wake|awake|vivir|vivo|viva|existir|despertar|seguir|vida',
  /** Violence done to a person. */
  violence:
    'hit|hits|hitting|beat|beats|beating|beaten|punch\\w*|kick|kicks|kicked|kicking|slap\\w*|smack\\w*|chok\\w*|strangl\\w*|shov\\w*|push|pushed|pushes|pushing|grab|grabbed|grabs|rape|rapes|raped|raping|molest\\w*|grope\\w*|assault\\w*|abus\\w*|attack\\w*|stab|stabbed|stabs|shoot|shot|shoots|threat\\w*|stalk\\w*|locks|locked|locking|pin|pinned|pins|drag\\w*|threw|throws|throwing|bite|bit|bites|hurt|hurts|hurting|touch|touches|touched|touching|forced|forces|force|squeez\\w*|kill|kills|killed|peg\\w*|golpe\\w*|violo|violaba|violaron|viola|violan|pate\\w*|cachet\\w*|bofet\\w*|empuj\\w*|ahorc\\w*|estrangul\\w*|abus\\w*|amenaz\\w*|maltrat\\w*|toca|toco|tocaba|tocan|tocado|encierr\\w*|encerr\\w*|acos\\w*|forz\\w*|obliga\\w*|mata|matar',
  /** Words for abuse itself. */
  abuse:
    'abuse|abusive|abuser|abused|violence|violent|dv|assault|rape|molestation|incest|trafficked|trafficking|abuso|violencia|violento|maltrato|violacion|golpes',
  /** Control and cruelty without described violence. */
  control:
    'controls|controlling|controlled|monitors|tracks|isolates|isolated|gaslight\\w*|yells|yelling|screams|screaming|manipulat\\w*|insults|belittles|controla|grita|gritando|insulta|humilla|celos|celoso|celosa',
  fear: 'afraid|scared|terrified|fear|frightened|petrified|miedo|asustad[oa]|aterrad[oa]',
  safe: 'safe|unsafe|segura|salvo',
  hopeless: 'hopeless|worthless|burden|pointless|carga|estorbo',
  /** The body failing: a medical emergency. */
  medical:
    'breathe|breathing|breath|unconscious|unresponsive|seizures?|seizing|convuls\\w*|chest|foaming|fainted|blue|respirar|respira|inconsciente|convulsion\\w*|pecho|desmay\\w*|reacciona',
  /** Laughter and joking: hyperbole, not a threat. */
  joke: 'lo+l\\w*|lma+o+\\w*|lmfao+|rofl|ha|haha\\w*|hehe\\w*|jk|kidding|xd|jaja\\w*|jeje\\w*',
  /** Games, screens and stories, where killing and dying are not real. */
  media:
    'game|games|gaming|gamer|videogames?|level|levels|character|characters|movie|movies|film|films|show|series|episode|season|drama|tv|detective|cartoon|book|books|novel|literature|story|song|songs|lyrics|album|netflix|anime|manga|minecraft|fortnite|roblox|valorant|gta|zombies?|npc|player|players|play|stage|scene|rehearsal|actor|actress|audition|dnd|paladin|bard|campaign|juego|videojuego|pelicula|serie|cancion|libro|personaje|obra',
} as const;

export type Concept = keyof typeof CONCEPTS;

/**
 * Words the reader corrects typos towards ("suicidial" → "suicidal", "myslef" → "myself"). Left
 * out on purpose: words one letter from a common word ("hopeless"/"homeless", "abused"/"amused",
 * "raped"/"rated", "death"/"depth", "matarme"/"matarte").
 */
export const TYPO_TARGETS: readonly string[] = (
  'suicide suicidal myself himself herself themselves overdose overdosed overdosing breathe ' +
  'breathing seizure unconscious unresponsive assaulted molested strangled strangling choking ' +
  'threatened threatening worthless burden cutting harming hurting wrists anymore alive forever ' +
  'goodbye tonight knife razor blades noose hanging pills tablets swallowed bleeding murder ' +
  'stabbing shooting tylenol acetaminophen ibuprofen painkillers benadryl melatonin sleeping ' +
  'kill killing die dying dead suicidarme pastillas sobredosis despedida morirme'
).split(' ');
