import type { Article } from '@sanad/shared/schemas/article';
import { paragraphDirection, splitParagraphs } from '@sanad/shared/text/language';
import { memo, useCallback, useMemo, type CSSProperties, type MouseEvent } from 'react';
import { useT } from '../../../i18n/use-t.ts';
import { removeFirstScreen } from '../../../lib/first-screen.ts';
import { isTypingKey } from '../../../lib/text-offsets.ts';

interface ArticleTextProps {
  article: Pick<Article, 'text' | 'language' | 'direction'>;
  /** Receives the container (and null on unmount) for the highlight and selection code that works on its DOM. */
  onContainer: (element: HTMLDivElement | null) => void;
  /** Id of the element that explains the keyboard shortcuts. */
  describedBy?: string;
  onClick?: (event: MouseEvent<HTMLDivElement>) => void;
  /** Accessible name; "Article text" (in the interface language) unless an earlier revision is shown. */
  label?: string;
}

const block = (event: { preventDefault: () => void }) => event.preventDefault();

/** A paragraph's length, which app.css turns into an estimated height for the paragraphs the browser has not laid out yet. */
const charsStyle = (length: number) => ({ '--chars': length }) as CSSProperties;

/**
 * Keeps `--cpl` (characters per line, for the estimated heights) on the container in step with its width:
 * the column's width in ems times the ems per character that app.css gives the article's font
 * (`--article-chars-per-em`). Measured when the browser reports a size (after a layout it does anyway),
 * and written only when it differs from the value in force: a write restyles every paragraph.
 */
function trackCharsPerLine(element: HTMLElement): () => void {
  if (typeof ResizeObserver !== 'function') return () => undefined;
  let width = -1;
  const observer = new ResizeObserver((entries) => {
    const inlineSize = entries[0]?.contentBoxSize[0]?.inlineSize;
    if (inlineSize === undefined || Math.abs(inlineSize - width) < 1) return;
    width = inlineSize;
    const style = getComputedStyle(element);
    const perEm = Number(style.getPropertyValue('--article-chars-per-em')) || 2;
    const fontSize = parseFloat(style.fontSize) || 16;
    const charsPerLine = String(Math.max(1, Math.round((inlineSize / fontSize) * perEm)));
    if (style.getPropertyValue('--cpl').trim() !== charsPerLine) element.style.setProperty('--cpl', charsPerLine);
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * The article's text, one `<p>` per paragraph. Each paragraph holds exactly
 * one text node with exactly its text and carries `data-start` (its offset in
 * the article), so a DOM offset plus the paragraph start is the article offset.
 * The container is contentEditable only so the keyboard can move a caret and
 * select with Shift+arrows; every edit is blocked.
 *
 * Paragraphs far from the screen are not laid out (`content-visibility: auto`
 * in app.css, ADR 012): laying out 200,000 characters of Arabic took most of
 * the time to open a long article. Each paragraph stands in with a height
 * estimated from its length (`--chars`) and the characters per line of the
 * column (`--cpl`, kept here), until the browser has laid it out once.
 */
export const ArticleText = memo(function ArticleText({ article, onContainer, describedBy, onClick, label }: ArticleTextProps) {
  const t = useT();
  // Built once per text: the workspace re-renders this (e.g. its click handler changes with every claim) and a 200,000-character
  // article must not measure each paragraph's direction again then.
  const paragraphs = useMemo(
    () =>
      splitParagraphs(article.text).map((paragraph) => (
        <p key={paragraph.start} data-start={paragraph.start} dir={paragraphDirection(paragraph.text, article.direction)} style={charsStyle(paragraph.text.length)}>
          {paragraph.text}
        </p>
      )),
    [article.text, article.direction],
  );

  const containerRef = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return;
      // The app's text takes over from the first screen the server wrote into the page (ADR 037), in the commit that
      // puts it on screen: laid out alike, nothing moves.
      removeFirstScreen();
      // React's onBeforeInput is not the native event; only the native one can cancel every kind of edit.
      element.addEventListener('beforeinput', block);
      const untrack = trackCharsPerLine(element);
      onContainer(element);
      return () => {
        untrack();
        element.removeEventListener('beforeinput', block);
        onContainer(null);
      };
    },
    [onContainer],
  );

  return (
    <div
      ref={containerRef}
      className="article-text"
      lang={article.language}
      dir={article.direction}
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={label ?? t('articles.text')}
      aria-describedby={describedBy}
      data-readonly-text=""
      data-testid="article-text"
      onPaste={block}
      onDrop={block}
      onCut={block}
      onDragStart={block}
      onKeyDown={(event) => {
        if (isTypingKey(event)) event.preventDefault();
      }}
      onClick={onClick}
    >
      {paragraphs}
    </div>
  );
});
