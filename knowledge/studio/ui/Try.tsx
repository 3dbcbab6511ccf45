import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Knowledge } from '../../../widget/core';
import { parseOptions } from '../../../widget/options';
import { canvasColor } from '../../../widget/parsers';
import { type Mounted, mountWidget } from '../../../widget/ui/mountWidget';
import { type Explained, explain, matcherFor } from '../explain';
import { draft, preview } from '../model';

/** The draft reaches the widget this long after the last keystroke: a rebuild per key is waste. */
const REMOUNT_MS = 800;
/** Entries from which the widget waits for staff to ask before it takes the draft. */
const LARGE = 300;

/**
 * Opening the widget focuses its input, which would scroll the page to it and take the keyboard
 * from the field staff are typing in: for a second after a (re)mount, focus and scroll go back.
 * Staff who click or tab into the widget themselves keep it.
 */
function keepPlace(host: HTMLElement) {
  const active = document.activeElement as HTMLElement | null;
  const x = scrollX;
  const y = scrollY;
  const back = () => {
    if (active && active !== document.body && active.isConnected)
      active.focus({ preventScroll: true });
    else (host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    scrollTo(x, y);
  };
  host.shadowRoot?.addEventListener('focusin', back, { once: true });
  setTimeout(() => host.shadowRoot?.removeEventListener('focusin', back), 1000);
}

/**
 * The real widget, on the draft knowledge, in a frame beside the editor (a transformed box is
 * where its fixed-position panel sits), and why it replied as it did to each question asked.
 */
export function TryPanel() {
  const frame = useRef<HTMLDivElement>(null);
  const widget = useRef<Mounted | null>(null);
  const asked = useSignal('');
  const why = useSignal<{ question: string; explained: Explained } | null>(null);
  /** The knowledge the widget shows now: behind the draft while staff type. */
  const shown = useSignal<Knowledge | null>(null);
  const k = draft.value;

  const tell = (question: string, knowledge: Knowledge | null) => {
    const m = knowledge && matcherFor(knowledge);
    if (!m || !question.trim() || !knowledge) return;
    why.value = { question, explained: explain(m.match(question), knowledge) };
  };

  /** Whether staff left the widget open: a remount keeps it as they left it. */
  const open = useRef(true);

  /** The widget, mounted again on `knowledge`; `ask` is asked of it, else the last question. */
  const show = (knowledge: Knowledge, ask?: string) => {
    const parent = frame.current;
    if (!parent) return;
    widget.current?.destroy();
    const options = parseOptions(
      [{ values: { ...preview.peek(), persist: 'none' }, name: (key) => key }],
      canvasColor,
      () => {},
    );
    const mounted = mountWidget(options, knowledge, parent, { fetch: () => Promise.reject() });
    widget.current = mounted;
    shown.value = knowledge;
    const { host } = mounted;
    host.addEventListener('askwell:open', () => (open.current = true));
    host.addEventListener('askwell:close', () => (open.current = false));
    keepPlace(host);
    // The last question, asked again of the new draft: staff see what their edit changed.
    const question = ask ?? why.peek()?.question;
    if (question) tell(question, knowledge);
    if (question && (ask || open.current)) mounted.ask(question);
    else if (open.current) mounted.open();
    // What a visitor types into the widget itself is explained too, read before it is sent.
    const read = () => tell(host.shadowRoot?.querySelector('textarea')?.value ?? '', knowledge);
    host.shadowRoot?.addEventListener('submit', read, true);
    host.shadowRoot?.addEventListener(
      'keydown',
      (e) => {
        const k = e as KeyboardEvent;
        if (k.key === 'Enter' && !k.shiftKey && !k.isComposing) read();
      },
      true,
    );
  };

  // A small knowledge follows the draft by itself; a large one (its matcher takes long enough to
  // build that a keystroke would wait) when staff ask, or press "Update".
  useEffect(() => {
    if (!k) return;
    if (k.entries.length > LARGE) return;
    const timer = setTimeout(() => show(k), widget.current ? REMOUNT_MS : 0);
    return () => clearTimeout(timer);
  }, [k, preview.value]);
  useEffect(() => () => widget.current?.destroy(), []);
  const stale = !!k && shown.value !== k && k.entries.length > LARGE;

  return (
    <section class="card try" aria-labelledby="try-t">
      <h2 id="try-t">Try it as a visitor</h2>
      <p class="hint">
        The real widget, on your draft (not yet saved). Ask here or in the widget; “Why” says how it
        decided.
      </p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const q = asked.value.trim();
          if (!q) return;
          const now = draft.peek();
          if (now && shown.peek() !== now) show(now, q);
          else if (widget.current) {
            tell(q, now);
            keepPlace(widget.current.host);
            widget.current.ask(q);
          }
        }}
      >
        <label for="try-q" class="sr-only">
          A visitor’s question
        </label>
        <input
          id="try-q"
          type="text"
          value={asked.value}
          onInput={(e) => {
            asked.value = e.currentTarget.value;
          }}
        />
        <button type="submit">Ask</button>
      </form>
      <div class="why" aria-live="polite" aria-atomic="true">
        {why.value && (
          <>
            <h3>Why</h3>
            <p>
              <q>{why.value.question}</q>
            </p>
            <p class={`outcome ${why.value.explained.outcome}`}>{why.value.explained.summary}</p>
            <ul>
              {why.value.explained.details.map((d) => (
                <li>{d}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {stale && (
        <p class="row">
          <span>
            {shown.value
              ? 'The widget shows your draft as it was before your last changes.'
              : `With ${k.entries.length} entries, the widget starts when you ask it something.`}
          </span>
          <button type="button" class="small" onClick={() => k && show(k)}>
            {shown.value ? 'Update the widget' : 'Start the widget'}
          </button>
        </p>
      )}
      <div class="frame" ref={frame} />
    </section>
  );
}
