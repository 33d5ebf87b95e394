import { useEffect, type FC } from 'react';

/**
 * Stands in for the `react-style-singleton` package (vite.config.ts aliases
 * it here). Radix's dialogs lock page scrolling through react-remove-scroll,
 * which adds its rules as an inline `<style>` element; the server's CSP
 * (`style-src 'self'`) blocks that and reports a violation each time a dialog
 * opens. The same rules added as a constructed stylesheet (as the highlight
 * colours are) are allowed. Same API: `styleSingleton`,
 * `styleHookSingleton`, `stylesheetSingleton`.
 */

/** One stylesheet shared by its users: added with the first, removed with the last. */
export function stylesheetSingleton(): { add: (css: string) => void; remove: () => void } {
  let users = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(css: string) {
      if (users === 0 && typeof CSSStyleSheet !== 'undefined' && 'adoptedStyleSheets' in document) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      users += 1;
    },
    remove() {
      users -= 1;
      if (users === 0 && sheet) {
        const added = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== added);
        sheet = null;
      }
    },
  };
}

/** A hook that keeps the styles in the document while a component using it is mounted. */
export function styleHookSingleton(): (styles: string, isDynamic?: boolean) => void {
  const sheet = stylesheetSingleton();
  return (styles: string, isDynamic?: boolean) => {
    useEffect(() => {
      sheet.add(styles);
      return () => sheet.remove();
      // As in the package: the rules are read once, unless they are marked dynamic.
    }, [styles && isDynamic]);
  };
}

/** A component that keeps the styles in the document while it is mounted; it renders nothing. */
export function styleSingleton(): FC<{ styles: string; dynamic?: boolean }> {
  const useStyle = styleHookSingleton();
  return function Sheet({ styles, dynamic }) {
    useStyle(styles, dynamic);
    return null;
  };
}
