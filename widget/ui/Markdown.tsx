import { useMemo } from 'preact/hooks';
import { type Inline, parseMarkdown } from '../core';

function Inlines({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node) => {
        if (node.type === 'text') return node.text;
        if (node.type === 'bold')
          return (
            <strong>
              <Inlines nodes={node.children} />
            </strong>
          );
        // The parser only lets https:, mailto: and tel: through; web links open beside the chat.
        const web = node.href.startsWith('https:');
        return (
          <a
            href={node.href}
            target={web ? '_blank' : undefined}
            rel={web ? 'noopener noreferrer' : undefined}
          >
            <Inlines nodes={node.children} />
          </a>
        );
      })}
    </>
  );
}

/** An answer's mini-markdown as Preact nodes: text stays text, never HTML. */
export function Markdown({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <>
      {blocks.map((block) =>
        block.type === 'paragraph' ? (
          <p>
            <Inlines nodes={block.children} />
          </p>
        ) : (
          <ul>
            {block.items.map((item) => (
              <li>
                <Inlines nodes={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
