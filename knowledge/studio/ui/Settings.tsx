import type {
  CrisisAction,
  CrisisConfig,
  CrisisResource,
  HandoffTopic,
  Knowledge,
  SmallTalk,
} from '../../../widget/core';
import { CATEGORIES, DEFAULT_CRISIS, KEYS } from '../../../widget/core';
import { draft, setRoot } from '../model';
import { EntryOptions, fieldId, Issues, Section, TextField, TextList } from './fields';

export function SettingsView() {
  const k = draft.value;
  if (!k) return null;
  return (
    <div class="settings">
      <nav class="card" aria-label="Sections">
        <ul class="jump">
          {SECTIONS.map(([id, name]) => (
            <li>
              <a href={`#${id}-t`}>{name}</a>
            </li>
          ))}
        </ul>
      </nav>
      <OtherFields k={k} />
      <Section title="Greeting and suggested questions" id="greeting">
        <TextField
          path="$.greeting"
          label="Greeting"
          multiline
          hint="The first thing visitors read when they open the chat."
          value={k.greeting}
          onInput={(v) => setRoot('greeting', v)}
        />
        <Suggestions k={k} />
      </Section>
      <SmallTalkSection k={k} />
      <TopicsSection k={k} />
      <VocabularySection k={k} />
      <CrisisSection k={k} />
    </div>
  );
}

/** Fields the file holds that the widget does not know (a misspelling, another tool's data). */
function OtherFields({ k }: { k: Knowledge }) {
  const other = Object.keys(k).filter((key) => !(KEYS.root as readonly string[]).includes(key));
  if (!other.length) return null;
  return (
    <Section title="Fields the widget does not know" id="other">
      {other.map((key) => (
        <Issues path={`$.${key}`} alone />
      ))}
    </Section>
  );
}

/** The sections of this view, for the list of links at its top. */
const SECTIONS = [
  ['greeting', 'Greeting and suggested questions'],
  ['smalltalk', 'Small talk'],
  ['topics', 'Handoff topics'],
  ['vocabulary', 'Practice vocabulary'],
  ['crisis', 'Crisis resources'],
] as const;

/** The crisis categories in staff's words. */
const CATEGORY_NAMES: Record<(typeof CATEGORIES)[number], string> = {
  ideation: 'Thoughts of suicide',
  'self-harm': 'Self-harm',
  overdose: 'Overdose or poisoning',
  'third-person': 'Someone else is at risk',
  'harm-to-others': 'Wanting to hurt someone',
  abuse: 'Abuse or violence',
  medical: 'Medical emergency',
};

function Suggestions({ k }: { k: Knowledge }) {
  const list = k.suggestions;
  const set = (ids: string[]) => setRoot('suggestions', ids);
  return (
    <fieldset class="list" id={fieldId('$.suggestions')}>
      <legend>Suggested questions (3 or 4, shown as buttons under the greeting)</legend>
      <Issues path="$.suggestions" />
      <ol>
        {list.map((id, i) => (
          <li key={i}>
            <div class="row">
              <select
                id={fieldId(`$.suggestions[${i}]`)}
                aria-label={`Suggestion ${i + 1}`}
                value={id}
                onChange={(e) => set(list.map((x, j) => (j === i ? e.currentTarget.value : x)))}
              >
                {!k.entries.some((e) => e.id === id) && (
                  <option value={id}>(missing “{id}”)</option>
                )}
                <EntryOptions />
              </select>
              <button
                type="button"
                class="small"
                aria-label={`Remove suggestion ${i + 1}`}
                onClick={() => set(list.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
            <Issues path={`$.suggestions[${i}]`} />
          </li>
        ))}
      </ol>
      {list.length < 4 && k.entries[0] && (
        <button
          type="button"
          class="small"
          onClick={() =>
            set([...list, (k.entries.find((e) => !list.includes(e.id)) ?? k.entries[0])?.id ?? ''])
          }
        >
          Add suggestion
        </button>
      )}
    </fieldset>
  );
}

/** A list of objects, each edited by `render`, with add and remove. */
function ObjectList<T>({
  items,
  name,
  onChange,
  blank,
  render,
  label,
}: {
  items: T[];
  name: string;
  onChange: (items: T[]) => void;
  blank: T;
  render: (item: T, set: (v: T) => void, i: number) => preact.ComponentChildren;
  label: (item: T, i: number) => string;
}) {
  return (
    <>
      <ol class="objects">
        {items.map((item, i) => (
          <li key={i} class="object">
            {render(item, (v) => onChange(items.map((x, j) => (j === i ? v : x))), i)}
            <button
              type="button"
              class="small danger"
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              Remove {label(item, i)}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="small" onClick={() => onChange([...items, blank])}>
        Add {name}
      </button>
    </>
  );
}

function SmallTalkSection({ k }: { k: Knowledge }) {
  return (
    <Section title="Small talk" id="smalltalk">
      <p class="hint">
        Greetings, thanks and goodbyes: a pattern matches only when it is the whole message.
      </p>
      <Issues path="$.smallTalk" />
      <ObjectList<SmallTalk>
        items={k.smallTalk}
        name="small talk"
        blank={{ id: `talk-${k.smallTalk.length + 1}`, patterns: [], reply: '' }}
        onChange={(v) => setRoot('smallTalk', v)}
        label={(s) => `small talk “${s.id}”`}
        render={(s, set, i) => {
          const p = `$.smallTalk[${i}]`;
          return (
            <>
              <TextField
                path={`${p}.id`}
                label="Name"
                value={s.id}
                onInput={(id) => set({ ...s, id })}
              />
              <TextList
                path={`${p}.patterns`}
                label="Messages"
                itemName="message"
                items={s.patterns}
                onChange={(patterns) => set({ ...s, patterns })}
              />
              <TextField
                path={`${p}.reply`}
                label="Reply"
                value={s.reply}
                onInput={(reply) => set({ ...s, reply })}
              />
              <label class="check">
                <input
                  type="checkbox"
                  checked={s.action === 'handoff'}
                  onChange={(e) => {
                    const { action: _, ...rest } = s;
                    set(e.currentTarget.checked ? { ...rest, action: 'handoff' } : rest);
                  }}
                />{' '}
                Then show the practice’s contact options (for “can I talk to a person?”)
              </label>
              <Issues path={`${p}.action`} />
            </>
          );
        }}
      />
    </Section>
  );
}

function TopicsSection({ k }: { k: Knowledge }) {
  const topics = k.handoffTopics ?? [];
  return (
    <Section title="Handoff topics" id="topics">
      <p class="hint">
        Questions the practice answers itself (fees, insurance, hours, drug doses): a message with
        any of these words goes to the practice’s contact options, never to an entry. A word here
        also takes away every entry phrasing that contains it, unless its topic is ticked “only when
        no entry answers”.
      </p>
      <Issues path="$.handoffTopics" />
      <ObjectList<HandoffTopic>
        items={topics}
        name="handoff topic"
        blank={{ topic: '', terms: [] }}
        onChange={(v) => setRoot('handoffTopics', v)}
        label={(t, i) => `topic “${t.topic || i + 1}”`}
        render={(t, set, i) => {
          const p = `$.handoffTopics[${i}]`;
          return (
            <>
              <TextField
                path={`${p}.topic`}
                label="Topic"
                value={t.topic}
                onInput={(topic) => set({ ...t, topic })}
              />
              <TextList
                path={`${p}.terms`}
                label="Words that hand off"
                itemName="word"
                items={t.terms}
                onChange={(terms) => set({ ...t, terms })}
              />
              <TextField
                path={`${p}.reply`}
                label="Reply before the contact options (optional)"
                value={t.reply}
                onInput={(reply) => {
                  const { reply: _, ...rest } = t;
                  set(reply ? { ...rest, reply } : rest);
                }}
              />
              <label class="check">
                <input
                  type="checkbox"
                  checked={t.unlessAnswered === true}
                  onChange={(e) => {
                    const { unlessAnswered: _, ...rest } = t;
                    set(e.currentTarget.checked ? { ...rest, unlessAnswered: true } : rest);
                  }}
                />{' '}
                Only when no entry answers the question clearly (for words like “my son” that also
                come up in general questions)
              </label>
              <Issues path={`${p}.unlessAnswered`} />
            </>
          );
        }}
      />
    </Section>
  );
}

function VocabularySection({ k }: { k: Knowledge }) {
  const vocab = Object.entries(k.vocabulary ?? {});
  const set = (pairs: [string, string[]][]) =>
    setRoot('vocabulary', pairs.length ? Object.fromEntries(pairs) : undefined);
  return (
    <Section title="Practice vocabulary" id="vocabulary">
      <p class="hint">
        Words visitors use for the words of your answers: “counselor” and “talk therapy” mean
        “therapy”.
      </p>
      <Issues path="$.vocabulary" />
      <ObjectList<[string, string[]]>
        items={vocab}
        name="meaning"
        blank={[`meaning-${vocab.length + 1}`, []]}
        onChange={set}
        label={([m]) => `meaning “${m}”`}
        render={([meaning, words], put, i) => (
          <>
            <TextField
              path={`$.vocabulary[${i}]`}
              label="Meaning (a word of your answers)"
              value={meaning}
              onInput={(m) => put([m, words])}
            />
            <Issues path={`$.vocabulary["${meaning}"]`} />
            <TextList
              path={`$.vocabulary["${meaning}"]`}
              label="Words visitors use for it"
              itemName="word"
              items={words}
              onChange={(w) => put([meaning, w])}
            />
          </>
        )}
      />
    </Section>
  );
}

function CrisisSection({ k }: { k: Knowledge }) {
  const crisis = k.crisis;
  return (
    <Section title="Crisis resources" id="crisis">
      <p class="hint">
        Shown at once, instead of any answer, when a message signals danger. The built-in ones are
        for the United States (988, 911, Crisis Text Line). A practice in another country replaces
        them with its own.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={!!crisis}
          onChange={(e) =>
            setRoot(
              'crisis',
              e.currentTarget.checked
                ? (structuredClone(DEFAULT_CRISIS) as CrisisConfig)
                : undefined,
            )
          }
        />{' '}
        Use our own crisis resources (for another country)
      </label>
      <Issues path="$.crisis" />
      {crisis && <CrisisEditor crisis={crisis} />}
    </Section>
  );
}

function CrisisEditor({ crisis }: { crisis: CrisisConfig }) {
  const set = (c: CrisisConfig) => setRoot('crisis', c);
  const p = '$.crisis';
  return (
    <>
      <TextField
        path={`${p}.title`}
        label="Title"
        value={crisis.title}
        onInput={(title) => set({ ...crisis, title })}
      />
      <TextField
        path={`${p}.notice`}
        label="Notice"
        multiline
        value={crisis.notice}
        onInput={(notice) => set({ ...crisis, notice })}
      />
      <h3>Resources</h3>
      <Issues path={`${p}.resources`} />
      <ObjectList<CrisisResource>
        items={crisis.resources}
        name="resource"
        blank={{ id: `resource-${crisis.resources.length + 1}`, name: '', actions: [] }}
        onChange={(resources) => set({ ...crisis, resources })}
        label={(r) => `resource “${r.name || r.id}”`}
        render={(r, put, i) => {
          const rp = `${p}.resources[${i}]`;
          return (
            <>
              <TextField
                path={`${rp}.id`}
                label="Short name (used only inside the file)"
                value={r.id}
                onInput={(id) => put({ ...r, id })}
              />
              <TextField
                path={`${rp}.name`}
                label="Name"
                value={r.name}
                onInput={(name) => put({ ...r, name })}
              />
              <TextField
                path={`${rp}.detail`}
                label="Detail (optional)"
                value={r.detail}
                onInput={(detail) => {
                  const { detail: _, ...rest } = r;
                  put(detail ? { ...rest, detail } : rest);
                }}
              />
              <Actions
                path={rp}
                actions={r.actions}
                onChange={(actions) => put({ ...r, actions })}
              />
              <fieldset class="list">
                <legend>Shown for (none ticked: always shown)</legend>
                {CATEGORIES.map((c) => (
                  <label class="check" title={c}>
                    <input
                      type="checkbox"
                      checked={r.categories?.includes(c) ?? false}
                      onChange={(e) => {
                        const now = (r.categories ?? []).filter((x) => x !== c);
                        if (e.currentTarget.checked) now.push(c);
                        const { categories: _, ...rest } = r;
                        put(now.length ? { ...rest, categories: now } : rest);
                      }}
                    />{' '}
                    {CATEGORY_NAMES[c]}
                  </label>
                ))}
              </fieldset>
            </>
          );
        }}
      />
      <h3>Always-visible crisis line</h3>
      <TextField
        path={`${p}.banner.text`}
        label="Text"
        value={crisis.banner.text}
        onInput={(text) => set({ ...crisis, banner: { ...crisis.banner, text } })}
      />
      <Actions
        path={`${p}.banner`}
        actions={crisis.banner.actions}
        onChange={(actions) => set({ ...crisis, banner: { ...crisis.banner, actions } })}
      />
    </>
  );
}

function Actions({
  path,
  actions,
  onChange,
}: {
  path: string;
  actions: CrisisAction[];
  onChange: (a: CrisisAction[]) => void;
}) {
  return (
    <fieldset class="list">
      <legend>Links (call, text, chat or web)</legend>
      <Issues path={`${path}.actions`} />
      <ObjectList<CrisisAction>
        items={actions}
        name="link"
        blank={{ kind: 'call', label: '', href: '' }}
        onChange={onChange}
        label={(a, i) => `link “${a.label || i + 1}”`}
        render={(a, put, i) => {
          const ap = `${path}.actions[${i}]`;
          return (
            <div class="inline">
              <div class="field">
                <label for={fieldId(`${ap}.kind`)}>Kind</label>
                <select
                  id={fieldId(`${ap}.kind`)}
                  value={a.kind}
                  onChange={(e) =>
                    put({ ...a, kind: e.currentTarget.value as CrisisAction['kind'] })
                  }
                >
                  {['call', 'text', 'chat', 'web'].map((kind) => (
                    <option value={kind}>{kind}</option>
                  ))}
                </select>
                <Issues path={`${ap}.kind`} />
              </div>
              <TextField
                path={`${ap}.label`}
                label="Label"
                value={a.label}
                onInput={(label) => put({ ...a, label })}
              />
              <TextField
                path={`${ap}.href`}
                label="Link (tel:, sms: or https:)"
                placeholder="tel:+18332564696"
                value={a.href}
                onInput={(href) => put({ ...a, href })}
              />
            </div>
          );
        }}
      />
    </fieldset>
  );
}
