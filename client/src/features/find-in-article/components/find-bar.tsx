import { useDeferredValue, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { hasCommandModifier, isTypingTarget } from '../../../lib/typing-target.ts';
import { useFindHighlights, useFindMatches } from '../hooks/use-find-in-text.ts';

interface FindBarProps {
  /** The rendered article text (see ArticleText), or null while it is not shown. */
  container: HTMLElement | null;
  /** The text shown in the container. */
  text: string;
}

/**
 * Find in article: a "Find" button (or `/`; the browser's own Ctrl/Cmd+F is
 * left alone) opens a box that highlights every match in the text, ignoring
 * harakat, tatweel, letter variants, digit forms and case. It shows "N of M";
 * Enter / Shift+Enter or the arrow buttons step through the matches, scrolling
 * the current one into view; Escape closes it.
 */
export function FindBar({ container, text }: FindBarProps) {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const deferredQuery = useDeferredValue(query);
  const matches = useFindMatches(text, open ? deferredQuery : '');
  const count = matches.length;
  const current = count === 0 ? -1 : Math.min(index, count - 1);

  useFindHighlights(container, text, matches, current, open);

  // A new query starts again from the first match.
  useEffect(() => setIndex(0), [deferredQuery, text]);

  // Closing returns focus to the "Find" button it was opened from.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  // "/" opens the box from anywhere on the page except fields and dialogs.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      // The key that types "/", or the physical slash key (it types ظ on an Arabic layout).
      if (!(event.key === '/' || (event.code === 'Slash' && !event.shiftKey)) || hasCommandModifier(event) || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      setOpen(true);
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const step = (delta: number) => {
    if (count === 0) return;
    setIndex((current + delta + count) % count);
  };

  const close = () => setOpen(false);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  if (!open) {
    return (
      <button
        type="button"
        ref={openerRef}
        className="button button--secondary button--small"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="/"
        data-testid="find-open"
      >
        {t('find.open')} <kbd className="kbd">/</kbd>
      </button>
    );
  }

  const status = deferredQuery.trim() === '' ? '' : count === 0 ? t('find.noMatches') : t('find.position', { current: f.number(current + 1), count: f.number(count) });
  return (
    <div className="find-bar" role="search" aria-label={t('find.open')}>
      <label htmlFor={`${id}-query`} className="visually-hidden">
        {t('find.open')}
      </label>
      <input
        id={`${id}-query`}
        ref={inputRef}
        className="input input--small find-bar__input"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t('find.open')}
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-status`}
        autoFocus
      />
      <span id={`${id}-status`} className="find-bar__status" role="status" aria-live="polite" data-testid="find-status">
        {status}
      </span>
      <button type="button" className="button button--ghost button--small" onClick={() => step(-1)} disabled={count === 0} aria-label={t('find.previous')}>
        ↑
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => step(1)} disabled={count === 0} aria-label={t('find.next')}>
        ↓
      </button>
      <button type="button" className="button button--ghost button--small" onClick={close} aria-label={t('find.close')}>
        ×
      </button>
    </div>
  );
}
