/** English messages: what re-anchoring found when a claim's spelling changed (issue 19). */
export const reanchor = {
  'reanchor.spellingChanged': 'Spelling changed: {kinds}',
  'reanchor.spellingHelp': 'Found again only after ignoring letter forms that can change a word. Check the new spelling.',
  'reanchor.kindSeparator': ', ',
  'reanchor.kind.hamza': 'hamza or alef form',
  'reanchor.kind.ta_marbuta': 'ta marbuta',
  'reanchor.kind.alef_maqsura': 'alef maqsura',
  'reanchor.kind.letters': 'other letters',
  'reanchor.wordChange': '<0>{before}</0> → <1>{after}</1>',
};
