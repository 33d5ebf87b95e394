import type { ArticleMetadataInput } from '@sanad/shared/schemas/article';
import { TextField, URL_INPUT } from '../../../components/text-field.tsx';
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
  return (
    <div className="field-grid">
      <TextField
        id={`${id}-outlet`}
        label="Outlet"
        optional
        help="The newspaper, site or broadcaster."
        dir="auto"
        autoComplete="off"
        value={values.outlet}
        onChange={(value) => onChange('outlet', value)}
        error={errors.outlet}
      />
      <TextField
        id={`${id}-author`}
        label="Author"
        optional
        dir="auto"
        autoComplete="off"
        value={values.author}
        onChange={(value) => onChange('author', value)}
        error={errors.author}
      />
      <TextField
        id={`${id}-publishedOn`}
        label="Published"
        optional
        type="date"
        value={values.publishedOn}
        onChange={(value) => onChange('publishedOn', value)}
        error={errors.publishedOn}
      />
      <TextField
        id={`${id}-url`}
        label="URL"
        optional
        help="Where the article appeared, starting with https:// or http://."
        {...URL_INPUT}
        placeholder="https://"
        value={values.url}
        onChange={(value) => onChange('url', value)}
        error={errors.url}
      />
    </div>
  );
}
