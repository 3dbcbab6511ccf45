import type { Chat } from '../model/createChat';
import type { Message } from '../model/message';
import { Chips } from './Chips';
import { Feedback } from './Feedback';
import { Markdown } from './Markdown';

export function AnswerMessage({
  chat,
  message,
}: {
  chat: Chat;
  message: Extract<Message, { kind: 'answer' }>;
}) {
  return (
    <>
      <Markdown source={message.answer} />
      {message.related.length > 0 && (
        <Chips
          label={chat.strings.related}
          items={message.related}
          onPick={(c) => chat.choose(c, message.lang)}
        />
      )}
      {!message.smallTalk && <Feedback chat={chat} messageId={message.id} />}
    </>
  );
}
