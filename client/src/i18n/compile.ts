import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Messages } from '@lingui/core';

/**
 * Compiles a catalogue of ICU MessageFormat strings into Lingui's runtime
 * form. It runs in the catalogue's own lazily loaded chunk, so the parser
 * never weighs on the first load (ADR 023).
 */
export function compileCatalogue(source: Readonly<Record<string, string>>): Messages {
  const compiled: Messages = {};
  for (const [id, message] of Object.entries(source)) compiled[id] = compileMessage(message);
  return compiled;
}
