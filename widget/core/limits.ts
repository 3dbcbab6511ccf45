/**
 * Input limits, in one place. A visitor can paste anything; the core looks at a bounded prefix so
 * every message gets a reply in bounded time (a 1 MB paste is cut, not rejected).
 */

/** The composer refuses to grow past this many characters and shows a counter near it. */
export const MAX_MESSAGE_CHARS = 1000;

/** The crisis screen and the matcher read at most this many characters of any input. */
export const MAX_INPUT_CHARS = 4000;

/** The matcher scores at most this many words (after normalization) of a message. */
export const MAX_QUERY_WORDS = 40;
