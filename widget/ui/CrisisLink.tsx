import type { CrisisAction } from '../core';

/** Crisis links come from configuration: only one-tap `tel:`/`sms:` and `https:` get an href. */
export function CrisisLink({ action, class: className }: { action: CrisisAction; class?: string }) {
  const web = /^https:/i.test(action.href);
  return (
    <a
      class={className}
      href={web || /^(tel|sms):/i.test(action.href) ? action.href : undefined}
      target={web ? '_blank' : undefined}
      rel="noopener noreferrer"
    >
      {action.label}
    </a>
  );
}
