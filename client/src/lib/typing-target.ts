import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/**
 * True when a key press belongs to a field the user is typing in, so
 * single-letter shortcuts (j, k, m) must not fire. The read-only article text
 * is contentEditable only to allow a caret, so it does not count as a field.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[data-readonly-text]')) return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return target.isContentEditable;
}

/** True when a modifier other than Shift is held (browser and system shortcuts). */
export function hasCommandModifier(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}
