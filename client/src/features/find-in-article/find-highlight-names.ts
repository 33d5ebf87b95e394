/** Every match of the find box. */
export const FIND_HIGHLIGHT = 'sanad-find';
/** The match the find box is on. */
export const FIND_CURRENT_HIGHLIGHT = 'sanad-find-current';
/** The passage a search result opened, flashed briefly. */
export const PASSAGE_HIGHLIGHT = 'sanad-passage';

/**
 * Find colours are cyan and teal, apart from every verdict tint, and drawn
 * above the claims; the current match is solid with white text. Only paint
 * properties, so nothing can move the text.
 */
export const FIND_HIGHLIGHT_CSS = [
  `::highlight(${FIND_HIGHLIGHT}) { background-color: rgb(103 232 249 / 0.55); text-decoration: underline solid 2px #0e7490; text-underline-offset: 0.3em; }`,
  `::highlight(${FIND_CURRENT_HIGHLIGHT}) { background-color: #0e7490; color: #ffffff; }`,
  `::highlight(${PASSAGE_HIGHLIGHT}) { background-color: rgb(14 116 144 / 0.3); text-decoration: underline wavy 2px #0e7490; text-underline-offset: 0.3em; }`,
].join('\n');
