import type { CrisisCategory, CrisisConfig, CrisisResource } from '../knowledge/types';

/** The always-visible crisis line (US), and in Spanish: the loader shows it before the chat loads. */
export const BANNER: CrisisConfig['banner'] = {
  text: 'In crisis?',
  actions: [
    { kind: 'call', label: 'Call 988', href: 'tel:988' },
    { kind: 'text', label: 'Text 988', href: 'sms:988' },
    { kind: 'call', label: 'Emergency 911', href: 'tel:911' },
  ],
};
export const BANNER_ES: CrisisConfig['banner'] = {
  text: '¿En crisis?',
  actions: [
    { kind: 'call', label: 'Llamar al 988', href: 'tel:988' },
    { kind: 'text', label: 'Texto al 988', href: 'sms:988' },
    { kind: 'call', label: 'Emergencias 911', href: 'tel:911' },
  ],
};

/**
 * US defaults for the crisis card. A practice elsewhere replaces the whole object through the
 * knowledge file's `crisis` field (or the widget's `AskwellConfig.crisis`). The numbers: 988
 * Suicide & Crisis Lifeline, Crisis Text Line, the National Domestic Violence Hotline, Poison Help.
 */
export const DEFAULT_CRISIS: CrisisConfig = /* @__PURE__ */ Object.freeze({
  title: 'You deserve support right now.',
  notice:
    "This chat can't respond to emergencies and no one is reading it live. Please reach out to one of these now:",
  resources: [
    {
      id: 'emergency',
      name: 'Emergency: 911',
      detail: 'If you are in immediate danger or took something, call 911.',
      actions: [{ kind: 'call', label: 'Call 911', href: 'tel:911' }],
    },
    {
      id: '988',
      name: '988 Suicide & Crisis Lifeline',
      detail: 'Free, confidential, 24/7. Spanish: press 2 or text AYUDA. Veterans: press 1.',
      actions: [
        { kind: 'call', label: 'Call 988', href: 'tel:988' },
        { kind: 'text', label: 'Text 988', href: 'sms:988' },
        { kind: 'chat', label: 'Chat at 988lifeline.org', href: 'https://988lifeline.org/chat/' },
      ],
    },
    {
      id: 'crisis-text-line',
      name: 'Crisis Text Line',
      detail: 'Text HOME to 741741.',
      actions: [{ kind: 'text', label: 'Text HOME to 741741', href: 'sms:741741?&body=HOME' }],
    },
    {
      id: 'domestic-violence',
      name: 'National Domestic Violence Hotline',
      detail: 'Call 1-800-799-7233 or text START to 88788.',
      actions: [
        { kind: 'call', label: 'Call 1-800-799-7233', href: 'tel:+18007997233' },
        { kind: 'text', label: 'Text START to 88788', href: 'sms:88788?&body=START' },
      ],
      categories: ['abuse'],
    },
    {
      id: 'poison-help',
      name: 'Poison Help',
      detail: 'If someone swallowed too much of something, call 1-800-222-1222.',
      actions: [{ kind: 'call', label: 'Call 1-800-222-1222', href: 'tel:+18002221222' }],
      categories: ['overdose'],
    },
    {
      id: 'outside-us',
      name: 'Outside the US',
      detail: 'Find a helpline in your country.',
      actions: [{ kind: 'web', label: 'findahelpline.com', href: 'https://findahelpline.com/' }],
    },
  ],
  banner: BANNER,
} satisfies CrisisConfig);

/**
 * The same card in Spanish, shown for a message written in Spanish while the US defaults are in
 * use. 988 answers in Spanish (press 2, or text AYUDA); the hotlines have Spanish-speaking staff.
 */
export const DEFAULT_CRISIS_ES: CrisisConfig = /* @__PURE__ */ Object.freeze({
  title: 'Usted merece apoyo ahora mismo.',
  notice:
    'Este chat no puede atender emergencias y nadie lo está leyendo en este momento. Por favor, comuníquese ahora con uno de estos:',
  resources: [
    {
      id: 'emergency',
      name: 'Emergencias: 911',
      detail: 'Si está en peligro inmediato o tomó algo, llame al 911.',
      actions: [{ kind: 'call', label: 'Llamar al 911', href: 'tel:911' }],
    },
    {
      id: '988',
      name: '988 Línea de Prevención del Suicidio y Crisis',
      detail:
        'Gratis, confidencial, las 24 horas. Llame al 988 y oprima 2 para español, o envíe AYUDA al 988.',
      actions: [
        { kind: 'call', label: 'Llamar al 988', href: 'tel:988' },
        { kind: 'text', label: 'Enviar AYUDA al 988', href: 'sms:988?&body=AYUDA' },
        { kind: 'chat', label: 'Chat en 988lineadevida.org', href: 'https://988lineadevida.org/' },
      ],
    },
    {
      id: 'crisis-text-line',
      name: 'Crisis Text Line',
      detail: 'Envíe AYUDA al 741741.',
      actions: [{ kind: 'text', label: 'Enviar AYUDA al 741741', href: 'sms:741741?&body=AYUDA' }],
    },
    {
      id: 'domestic-violence',
      name: 'Línea Nacional contra la Violencia Doméstica',
      detail: 'Atención en español. Llame al 1-800-799-7233 o envíe START al 88788.',
      actions: [
        { kind: 'call', label: 'Llamar al 1-800-799-7233', href: 'tel:+18007997233' },
        { kind: 'text', label: 'Enviar START al 88788', href: 'sms:88788?&body=START' },
      ],
      categories: ['abuse'],
    },
    {
      id: 'poison-help',
      name: 'Poison Help (intoxicaciones)',
      detail: 'Si alguien tragó demasiado de algo, llame al 1-800-222-1222 (hay intérpretes).',
      actions: [{ kind: 'call', label: 'Llamar al 1-800-222-1222', href: 'tel:+18002221222' }],
      categories: ['overdose'],
    },
    {
      id: 'outside-us',
      name: 'Fuera de EE. UU.',
      detail: 'Encuentre una línea de ayuda en su país.',
      actions: [{ kind: 'web', label: 'findahelpline.com', href: 'https://findahelpline.com/' }],
    },
  ],
  banner: BANNER_ES,
} satisfies CrisisConfig);

/**
 * The card to show in a language: the Spanish defaults for Spanish while the practice uses the US
 * defaults; a practice's own card (another country's resources) as it wrote it.
 */
export function crisisFor(config: CrisisConfig, lang: string | null): CrisisConfig {
  return lang === 'es' && config === DEFAULT_CRISIS ? DEFAULT_CRISIS_ES : config;
}

/** The resources to show for these categories: the general ones, then those for the category. */
export function resourcesFor(config: CrisisConfig, categories: CrisisCategory[]): CrisisResource[] {
  return config.resources.filter(
    (r) => !r.categories || r.categories.some((c) => categories.includes(c)),
  );
}

/** The card as plain text, for the CLI and for tools that cannot show links. */
export function crisisText(card: {
  title: string;
  notice: string;
  resources: CrisisResource[];
}): string {
  const { resources } = card;
  const lines = [card.title, card.notice];
  for (const r of resources) {
    lines.push(`- ${r.name}${r.detail ? `: ${r.detail}` : ''}`);
  }
  return lines.join('\n');
}
