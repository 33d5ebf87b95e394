import type { ArticleMetadataInput } from '@sanad/shared/schemas/article';
import { FieldError } from '../../../components/field-error.tsx';
import type { FieldErrors } from '../../../lib/form-errors.ts';

/** The article details as a form holds them: empty strings for "not known". */
export interface MetadataDraft {
  author: string;
  outlet: string;
  publishedOn: string;
  url: string;
}

export const EMPTY_METADATA: MetadataDraft = { author: '', outlet: '', publishedOn: '', url: '' };

/** The keys of the article details, in form order. */
export const METADATA_FIELDS: { key: keyof MetadataDraft; label: string }[] = [
  { key: 'outlet', label: 'Outlet' },
  { key: 'author', label: 'Author' },
  { key: 'publishedOn', label: 'Published' },
  { key: 'url', label: 'URL' },
];

/** A stored article's details as a draft. */
export function metadataDraftOf(article: { author: string | null; outlet: string | null; publishedOn: string | null; url: string | null }): MetadataDraft {
  return { author: article.author ?? '', outlet: article.outlet ?? '', publishedOn: article.publishedOn ?? '', url: article.url ?? '' };
}

/** The draft as API input: an empty field is null (cleared, or not known). */
export function metadataInputOf(draft: MetadataDraft): Required<ArticleMetadataInput> {
  const value = (text: string) => (text.trim() === '' ? null : text.trim());
  return { author: value(draft.author), outlet: value(draft.outlet), publishedOn: value(draft.publishedOn), url: value(draft.url) };
}

interface ArticleMetadataFieldsProps {
  /** Prefix of the inputs' ids (from `useId`). */
  id: string;
  values: MetadataDraft;
  onChange: (key: keyof MetadataDraft, value: string) => void;
  errors: FieldErrors;
}

/** Outlet, author, publication date and URL of the article under review: all optional. */
export function ArticleMetadataFields({ id, values, onChange, errors }: ArticleMetadataFieldsProps) {
  const describe = (field: string, help?: boolean) =>
    [help ? `${id}-${field}-help` : null, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-outlet`} className="field__label">
            Outlet <span className="field__optional">(optional)</span>
          </label>
          <input
            id={`${id}-outlet`}
            className="input"
            dir="auto"
            value={values.outlet}
            onChange={(event) => onChange('outlet', event.target.value)}
            aria-invalid={errors.outlet ? true : undefined}
            aria-describedby={describe('outlet', true)}
            autoComplete="off"
          />
          <p id={`${id}-outlet-help`} className="field__help">
            The newspaper, site or broadcaster.
          </p>
          <FieldError id={`${id}-outlet-error`} message={errors.outlet} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-author`} className="field__label">
            Author <span className="field__optional">(optional)</span>
          </label>
          <input
            id={`${id}-author`}
            className="input"
            dir="auto"
            value={values.author}
            onChange={(event) => onChange('author', event.target.value)}
            aria-invalid={errors.author ? true : undefined}
            aria-describedby={describe('author')}
            autoComplete="off"
          />
          <FieldError id={`${id}-author-error`} message={errors.author} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-publishedOn`} className="field__label">
            Published <span className="field__optional">(optional)</span>
          </label>
          <input
            id={`${id}-publishedOn`}
            className="input"
            type="date"
            value={values.publishedOn}
            onChange={(event) => onChange('publishedOn', event.target.value)}
            aria-invalid={errors.publishedOn ? true : undefined}
            aria-describedby={describe('publishedOn')}
          />
          <FieldError id={`${id}-publishedOn-error`} message={errors.publishedOn} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`} className="field__label">
            URL <span className="field__optional">(optional)</span>
          </label>
          <input
            id={`${id}-url`}
            className="input"
            type="url"
            inputMode="url"
            dir="ltr"
            placeholder="https://"
            value={values.url}
            onChange={(event) => onChange('url', event.target.value)}
            aria-invalid={errors.url ? true : undefined}
            aria-describedby={describe('url', true)}
            autoComplete="off"
            spellCheck={false}
          />
          <p id={`${id}-url-help`} className="field__help">
            Where the article appeared, starting with https:// or http://.
          </p>
          <FieldError id={`${id}-url-error`} message={errors.url} />
        </div>
      </div>
  );
}
