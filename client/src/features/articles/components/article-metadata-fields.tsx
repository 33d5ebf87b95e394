import type { ArticleMetadataInput } from '@sanad/shared/schemas/article';
import { TextField, URL_INPUT } from '../../../components/text-field.tsx';
import type { MessageId } from '../../../i18n/use-t.ts';
import { useT } from '../../../i18n/use-t.ts';
import type { FieldErrors } from '../../../lib/form-errors.ts';

/** The article details as a form holds them: empty strings for "not known". */
export interface MetadataDraft {
  author: string;
  outlet: string;
  publishedOn: string;
  url: string;
}

export const EMPTY_METADATA: MetadataDraft = { author: '', outlet: '', publishedOn: '', url: '' };

/** The keys of the article details, in form order, with the message naming each. */
export const METADATA_FIELDS: { key: keyof MetadataDraft; label: MessageId }[] = [
  { key: 'outlet', label: 'articles.meta.outlet' },
  { key: 'author', label: 'articles.meta.author' },
  { key: 'publishedOn', label: 'articles.meta.published' },
  { key: 'url', label: 'articles.meta.url' },
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
  const t = useT();
  return (
    <div className="field-grid">
      <TextField
        id={`${id}-outlet`}
        label={t('articles.meta.outlet')}
        optional
        help={t('articles.meta.outletHelp')}
        dir="auto"
        autoComplete="off"
        value={values.outlet}
        onChange={(value) => onChange('outlet', value)}
        error={errors.outlet}
      />
      <TextField
        id={`${id}-author`}
        label={t('articles.meta.author')}
        optional
        dir="auto"
        autoComplete="off"
        value={values.author}
        onChange={(value) => onChange('author', value)}
        error={errors.author}
      />
      <TextField
        id={`${id}-publishedOn`}
        label={t('articles.meta.published')}
        optional
        type="date"
        value={values.publishedOn}
        onChange={(value) => onChange('publishedOn', value)}
        error={errors.publishedOn}
      />
      <TextField
        id={`${id}-url`}
        label={t('articles.meta.url')}
        optional
        help={t('articles.meta.urlHelp')}
        {...URL_INPUT}
        placeholder="https://"
        value={values.url}
        onChange={(value) => onChange('url', value)}
        error={errors.url}
      />
    </div>
  );
}
