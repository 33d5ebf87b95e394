import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Messages } from '@lingui/core';

/**
 * A catalogue of ICU MessageFormat strings in Lingui's runtime form, each message compiled the first time it is
 * read, then kept. It runs in the catalogue's own lazily loaded chunk, so the parser never weighs on the first
 * load (ADR 023); and compiling lazily keeps the thousand-odd messages a screen does not show off the start-up's
 * critical path (compiling them all took 40 to 75 ms before the first render, ADR 035). A Proxy, so loading
 * costs nothing per message: Lingui keeps the object it is given and reads `messages[id]`.
 */
export function compileCatalogue(source: Readonly<Record<string, string>>): Messages {
  const compiled = new Map<string, Messages[string]>();
  const read = (id: string): Messages[string] | undefined => {
    let message = compiled.get(id);
    if (message === undefined && Object.hasOwn(source, id)) {
      message = compileMessage(source[id]!);
      compiled.set(id, message);
    }
    return message;
  };
  return new Proxy<Messages>({}, {
    get: (_target, id) => (typeof id === 'string' ? read(id) : undefined),
    has: (_target, id) => typeof id === 'string' && Object.hasOwn(source, id),
    ownKeys: () => Object.keys(source),
    getOwnPropertyDescriptor: (_target, id) =>
      typeof id === 'string' && Object.hasOwn(source, id) ? { value: read(id), enumerable: true, configurable: true, writable: false } : undefined,
  });
}
