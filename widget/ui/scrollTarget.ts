/** Space kept above the line scrolled to the top of the conversation. */
const GAP = 8;

/**
 * Where to scroll the conversation when a reply arrives: as far down as it goes while the reply's
 * first line stays in view, with the visitor's question above it when that takes no more than a
 * third of the view. Never simply the end: a long answer or crisis card is read from its start.
 * Positions are in the log's scroll coordinates; `end` is its largest scrollTop.
 */
export function scrollTarget(
  view: number,
  end: number,
  replyTop: number,
  questionTop = replyTop,
): number {
  const from = replyTop - questionTop <= view / 3 ? questionTop : replyTop;
  return Math.max(0, Math.min(end, from - GAP));
}
