import type { Article } from '@sanad/shared/schemas/article';
import { paragraphDirection, splitParagraphs } from '@sanad/shared/text/language';
import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import { isTypingKey } from '../../../lib/text-offsets.ts';

interface ArticleTextProps {
  article: Pick<Article, 'text' | 'language' | 'direction'>;
  /** Receives the container (and null on unmount) for the highlight and selection code that works on its DOM. */
  onContainer: (element: HTMLDivElement | null) => void;
  /** Id of the element that explains the keyboard shortcuts. */
  describedBy?: string;
  onClick?: (event: MouseEvent<HTMLDivElement>) => void;
  /** Accessible name; "Article text" unless an earlier revision is shown. */
  label?: string;
}

const block = (event: { preventDefault: () => void }) => event.preventDefault();

/**
 * The article's text, one `<p>` per paragraph. Each paragraph holds exactly
 * one text node with exactly its text and carries `data-start` (its offset in
 * the article), so a DOM offset plus the paragraph start is the article offset.
 * The container is contentEditable only so the keyboard can move a caret and
 * select with Shift+arrows; every edit is blocked.
 */
export const ArticleText = memo(function ArticleText({ article, onContainer, describedBy, onClick, label = 'Article text' }: ArticleTextProps) {
  // Built once per text: the workspace re-renders this (e.g. its click handler changes with every claim) and a 200,000-character
  // article must not measure each paragraph's direction again then.
  const paragraphs = useMemo(
    () =>
      splitParagraphs(article.text).map((paragraph) => (
        <p key={paragraph.start} data-start={paragraph.start} dir={paragraphDirection(paragraph.text, article.direction)}>
          {paragraph.text}
        </p>
      )),
    [article.text, article.direction],
  );

  const containerRef = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return;
      // React's onBeforeInput is not the native event; only the native one can cancel every kind of edit.
      element.addEventListener('beforeinput', block);
      onContainer(element);
      return () => {
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
      aria-label={label}
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
