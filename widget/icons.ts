/** Icon paths on a 24-unit grid, drawn with the current text colour (Icon.tsx, the launcher). */
export const PATHS = {
  chat: 'M4 5h16v11H9l-5 4z',
  close: 'M6 6l12 12M18 6L6 18',
  clear: 'M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13',
};
