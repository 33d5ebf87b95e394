/** Dotted underline of a sentence suggested as check-worthy (ADR 032). */
export const CHECK_WORTHY_HIGHLIGHT = 'sanad-check-worthy';
/** The suggestion whose popover is open. */
export const CHECK_WORTHY_ACTIVE_HIGHLIGHT = 'sanad-check-worthy-active';

/**
 * A quiet violet dotted underline, set lower than the claims' lines and apart
 * from every verdict tint, find's cyan and the fuzzy claim's dashed amber;
 * the open one is solid. The line's style (dots), not only its colour, tells
 * it from the rest. Only paint properties, so nothing can move the text.
 */
export const CHECK_WORTHY_HIGHLIGHT_CSS = [
  `::highlight(${CHECK_WORTHY_HIGHLIGHT}) { text-decoration: underline dotted 2px #7c3aed; text-underline-offset: 0.5em; }`,
  `::highlight(${CHECK_WORTHY_ACTIVE_HIGHLIGHT}) { background-color: rgb(124 58 237 / 0.1); text-decoration: underline solid 2px #7c3aed; text-underline-offset: 0.5em; }`,
].join('\n');
