import { MAX_DOCX_BYTES, type ArticleDraft, type DetailOrigin } from '@sanad/shared/schemas/article-import';
import { useId, useState, type KeyboardEvent } from 'react';
import { FieldError } from '../../../components/field-error.tsx';
import { TextField, URL_INPUT } from '../../../components/text-field.tsx';
import type { MessageId } from '../../../i18n/use-t.ts';
import { useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { type ImportRequest, useImportArticle } from '../api/import-article.ts';

type Source = 'url' | 'html' | 'docx';

const SOURCES: { value: Source; label: MessageId }[] = [
  { value: 'url', label: 'articleImport.fromLink' },
  { value: 'html', label: 'articleImport.fromHtml' },
  { value: 'docx', label: 'articleImport.fromDocx' },
];

const DETAILS: { key: keyof ArticleDraft['origins']; label: MessageId }[] = [
  { key: 'title', label: 'articleImport.detail.title' },
  { key: 'author', label: 'articleImport.detail.author' },
  { key: 'outlet', label: 'articleImport.detail.outlet' },
  { key: 'publishedOn', label: 'articleImport.detail.publishedOn' },
  { key: 'url', label: 'articleImport.detail.url' },
  { key: 'language', label: 'articleImport.detail.language' },
];

const ORIGINS: Record<DetailOrigin, MessageId> = {
  'json-ld': 'articleImport.origin.jsonLd',
  opengraph: 'articleImport.origin.opengraph',
  meta: 'articleImport.origin.meta',
  page: 'articleImport.origin.page',
  document: 'articleImport.origin.document',
};

/** The error to show under the import field: the field's own message for bad input, else what went wrong (the fetcher's reason). */
function importError(error: unknown, field: string): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError && error.status === 400) {
    const detail = error.details.find((entry) => entry.path.at(-1) === field) ?? error.details[0];
    if (detail) return detail.message;
  }
  return describeError(error);
}

/** The file's bytes as base64 (what the docx endpoint takes). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((typeof reader.result === 'string' ? reader.result : '').replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * "Start from" a link, a page's HTML or a Word file: the server extracts the
 * article and `onDraft` fills the form below with it. Nothing is saved here;
 * the reviewer checks the text and details and then adds the article. The
 * panel says where the draft came from and where each detail was found.
 */
export function ArticleImportPanel({ onDraft }: { onDraft: (draft: ArticleDraft) => void }) {
  const id = useId();
  const t = useT();
  const [source, setSource] = useState<Source>('url');
  const [url, setUrl] = useState('');
  const [html, setHtml] = useState('');
  const [htmlUrl, setHtmlUrl] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  const [draft, setDraft] = useState<ArticleDraft | null>(null);
  const extract = useImportArticle();

  function run(request: ImportRequest) {
    setFileError(undefined);
    extract.mutate(request, {
      onSuccess: (result) => {
        setDraft(result);
        onDraft(result);
      },
    });
  }

  function fetchOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter fetches the link instead of submitting the article form around the panel.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    run({ kind: 'url', url });
  }

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_DOCX_BYTES) {
      setFileError(t('articleImport.docxTooLarge'));
      return;
    }
    run({ kind: 'docx', data: await readBase64(file), fileName: file.name });
  }

  const error = extract.error;
  const pending = extract.isPending;
  const review = draft
    ? draft.kind === 'url'
      ? t('articleImport.reviewFromUrl', { url: draft.fetchedUrl ?? draft.url ?? '' })
      : draft.kind === 'html'
        ? t('articleImport.reviewFromHtml')
        : t('articleImport.reviewFromDocx')
    : null;

  return (
    <fieldset className="form__group article-import">
      <legend className="field__label">{t('articleImport.startFrom')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('articleImport.startFrom')}>
        {SOURCES.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={`${id}-source`}
              value={option.value}
              checked={source === option.value}
              onChange={() => {
                setSource(option.value);
                extract.reset();
              }}
            />
            {t(option.label)}
          </label>
        ))}
      </div>

      {source === 'url' ? (
        <div className="article-import__row">
          <TextField
            id={`${id}-url`}
            label={t('articleImport.urlLabel')}
            help={t('articleImport.urlHelp')}
            {...URL_INPUT}
            placeholder="https://"
            value={url}
            onChange={setUrl}
            onKeyDown={fetchOnEnter}
            error={importError(error, 'url')}
          />
          <button type="button" className="button" disabled={pending || url.trim() === ''} onClick={() => run({ kind: 'url', url })}>
            {pending ? t('articleImport.fetching') : t('articleImport.fetch')}
          </button>
        </div>
      ) : null}

      {source === 'html' ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-html`} className="field__label">
              {t('articleImport.htmlLabel')}
            </label>
            <textarea
              id={`${id}-html`}
              className="input textarea input--mono"
              dir="ltr"
              rows={6}
              value={html}
              onChange={(event) => setHtml(event.target.value)}
              aria-describedby={`${id}-html-help${error ? ` ${id}-html-error` : ''}`}
              spellCheck={false}
            />
            <p id={`${id}-html-help`} className="field__help">
              {t('articleImport.htmlHelp')}
            </p>
            <FieldError id={`${id}-html-error`} message={importError(error, 'html')} />
          </div>
          <TextField id={`${id}-html-url`} label={t('articleImport.htmlUrlLabel')} optional {...URL_INPUT} placeholder="https://" value={htmlUrl} onChange={setHtmlUrl} />
          <button
            type="button"
            className="button"
            disabled={pending || html.trim() === ''}
            onClick={() => run({ kind: 'html', html, ...(htmlUrl.trim() === '' ? {} : { url: htmlUrl.trim() }) })}
          >
            {pending ? t('articleImport.extracting') : t('articleImport.extract')}
          </button>
        </>
      ) : null}

      {source === 'docx' ? (
        <div className="field">
          <label htmlFor={`${id}-docx`} className="field__label">
            {t('articleImport.docxLabel')}
          </label>
          <input
            id={`${id}-docx`}
            type="file"
            className="input"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            disabled={pending}
            onChange={(event) => void chooseFile(event.target.files?.[0])}
            aria-describedby={`${id}-docx-help${error || fileError ? ` ${id}-docx-error` : ''}`}
          />
          <p id={`${id}-docx-help`} className="field__help">
            {pending ? t('articleImport.extracting') : t('articleImport.docxHelp')}
          </p>
          <FieldError id={`${id}-docx-error`} message={fileError ?? importError(error, 'data')} />
        </div>
      ) : null}

      {draft && review ? (
        <div className="article-import__review" role="status">
          <p className="article-import__review-title">{t('articleImport.reviewTitle')}</p>
          <p>
            <bdi>{review}</bdi>
          </p>
          <p className="field__help">{t('articleImport.paragraphs', { count: draft.text.split('\n\n').length, characters: draft.text.length })}</p>
          <details>
            <summary>{t('articleImport.foundIn')}</summary>
            <ul className="article-import__origins">
              {DETAILS.filter((detail) => draft.origins[detail.key] !== undefined).map((detail) => (
                <li key={detail.key}>{t(detail.label, { origin: t(ORIGINS[draft.origins[detail.key]!]) })}</li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </fieldset>
  );
}
