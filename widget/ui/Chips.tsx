import type { ComponentChildren } from 'preact';
import type { Chip } from '../model/message';

/**
 * A group of question buttons, named by `label`, or by the visible text `labelledBy` points at
 * (read once, not as a paragraph and a legend). `done`: answered; the buttons stay (focus is not
 * lost) but are marked unavailable, and the model ignores them. `children` adds trailing actions.
 */
export function Chips(props: {
  label?: string;
  labelledBy?: string;
  items: readonly Chip[];
  onPick(chip: Chip): void;
  done?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="cs" aria-label={props.label} aria-labelledby={props.labelledBy}>
      {props.items.map((item) => (
        <button
          key={item.id}
          type="button"
          class="c"
          aria-disabled={props.done || undefined}
          onClick={() => props.onPick(item)}
        >
          {item.question}
        </button>
      ))}
      {props.children}
    </fieldset>
  );
}
