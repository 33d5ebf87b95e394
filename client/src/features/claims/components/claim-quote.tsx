import { paragraphDirection, type Direction } from '@sanad/shared/text/language';

/**
 * A claim's quote in the article's language, its direction taken from its own
 * letters (like a paragraph), optionally clamped to three lines.
 */
export function ClaimQuote({
  quote,
  language,
  direction,
  clamp = false,
  as: Tag = 'p',
}: {
  quote: string;
  language: string;
  direction: Direction;
  clamp?: boolean;
  as?: 'p' | 'blockquote' | 'span';
}) {
  return (
    <Tag lang={language} dir={paragraphDirection(quote, direction)} className={`claim-quote${clamp ? ' claim-quote--clamp' : ''}`}>
      {quote}
    </Tag>
  );
}
