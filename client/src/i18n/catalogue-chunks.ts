import type { I18n } from '@lingui/core';
import type { InterfaceLanguage } from './languages.ts';

/** The chunk of each language's catalogue; imported only when that language is first used (the browser imports each once). */
export const catalogueChunks: Record<InterfaceLanguage, () => Promise<{ default: Parameters<I18n['load']>[1] }>> = {
  en: () => import('./messages/en/index.ts'),
  ar: () => import('./messages/ar/index.ts'),
};
