import type { Chat } from '../model/createChat';
import type { Message } from '../model/message';
import { fill } from '../strings';
import { AnswerMessage } from './AnswerMessage';
import { ClarifyMessage } from './ClarifyMessage';
import { CrisisCard } from './CrisisCard';
import { HandoffMessage } from './HandoffMessage';

function Body({ chat: page, message }: { chat: Chat; message: Message }) {
  // A reply in another language than the page's (a Spanish question on an English page) has its
  // labels, chips and contact form in its own language.
  const lang = 'lang' in message ? message.lang : undefined;
  const chat: Chat =
    lang && lang !== page.lang
      ? { ...page, lang, strings: page.stringsIn(lang), choose: (c) => page.choose(c, lang) }
      : page;
  const t = chat.strings;
  switch (message.kind) {
    case 'visitor':
      // `auto`: a right-to-left question reads right to left in this left-to-right widget.
      return <p dir="auto">{message.text}</p>;
    case 'answer':
      return <AnswerMessage chat={chat} message={message} />;
    case 'clarify':
      return <ClarifyMessage chat={chat} message={message} />;
    case 'handoff':
      return <HandoffMessage chat={chat} message={message} />;
    case 'crisis':
      return <CrisisCard chat={chat} message={message} />;
    case 'sent':
      return (
        <>
          <p>{fill(t.sent, t[`by:${message.by}`])}</p>
          {message.reference && <p>{fill(t.reference, message.reference)}</p>}
        </>
      );
  }
}

export function MessageItem({ chat, message }: { chat: Chat; message: Message }) {
  const visitor = message.kind === 'visitor';
  return (
    <div class={visitor ? 'm v' : 'm'}>
      <span class="sr">{visitor ? chat.strings.you : chat.strings.bot} </span>
      <Body chat={chat} message={message} />
    </div>
  );
}
