import { catalogueChunks } from './catalogue-chunks.ts';
import { initialLanguage } from './initial-language.ts';

/**
 * Imported first by main.tsx: starts fetching the start-up language's catalogue while the rest of the entry
 * (React, the router, the screens) is still being evaluated, instead of after it (ADR 035). activateLanguage
 * then finds the chunk in flight or done: the browser imports a module once.
 */
void catalogueChunks[initialLanguage()]().catch(() => undefined);
