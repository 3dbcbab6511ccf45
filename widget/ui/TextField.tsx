import { CONTACT_LIMITS } from '../core';
import type { Chat } from '../model/createChat';

type TextFieldName = 'name' | 'email' | 'phone' | 'message';

/** The visitor-facing words for a contact field's error, if it has one. */
export function errorText(chat: Chat, field: string): string | undefined {
  const code = chat.contact.errors.value.find((e) => e.field === field)?.code;
  return code && chat.strings[`e:${code}`];
}

/** A labelled contact-form field; its error is tied to it (`aria-describedby`, `aria-invalid`). */
export function TextField({
  chat,
  field,
  describedBy,
  type,
  autocomplete,
}: {
  chat: Chat;
  field: TextFieldName;
  /** The id of text that explains the field (the notice, a hint). */
  describedBy?: string;
  type?: 'email' | 'tel';
  autocomplete?: string;
}) {
  const c = chat.contact;
  const id = `aw-c-${field}`;
  const error = errorText(chat, field);
  const described = [describedBy, error && `${id}-e`].filter(Boolean).join(' ');
  const attrs = {
    id,
    name: field,
    class: 'x',
    value: field === 'message' ? c.message.value : c.draft.value[field],
    maxLength: CONTACT_LIMITS[field],
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
    onInput: (e: Event) => c.update({ [field]: (e.currentTarget as HTMLInputElement).value }),
  };
  return (
    <div class="fl">
      <label for={id}>{chat.strings[`f:${field}`]}</label>
      {field === 'message' ? (
        <textarea {...attrs} rows={4} dir="auto" />
      ) : (
        <input {...attrs} type={(type ?? 'text') as 'text'} autocomplete={autocomplete} />
      )}
      {error && (
        <p id={`${id}-e`} class="er">
          {error}
        </p>
      )}
    </div>
  );
}
