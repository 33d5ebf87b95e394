import { useEffect } from 'react';
import { useT } from '../i18n/use-t.ts';

/**
 * Sets the browser tab's title to the page's name in the interface language
 * ("Articles · Sanad", "المقالات · سند"); it follows a language switch.
 */
export function usePageTitle(page: string): void {
  const t = useT();
  const title = t('shell.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
