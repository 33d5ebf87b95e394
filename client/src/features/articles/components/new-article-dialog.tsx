import * as Dialog from '@radix-ui/react-dialog';
import { CreateArticleInputSchema } from '@sanad/shared/schemas/article';
import { detectLanguage, directionOf } from '@sanad/shared/text/language';
import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { FieldError } from '../../../components/field-error.tsx';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import type { ArticleDraft } from '@sanad/shared/schemas/article-import';
import { useCreateArticle } from '../api/create-article.ts';
import { ArticleImportPanel } from './article-import-panel.tsx';
import { ArticleMetadataFields, EMPTY_METADATA, type MetadataDraft, metadataInputOf } from './article-metadata-fields.tsx';

/**
 * "Add article": a dialog to paste a title and text, with an optional
 * language tag (the server detects it when left empty; the field shows the
 * same guess live). Opens the new article on success.
 */
export function NewArticleDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="button button--primary">
          {t('articles.add')}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
          <Dialog.Title className="dialog__title">{t('articles.addTitle')}</Dialog.Title>
          <NewArticleForm onCancel={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function NewArticleForm({ onCancel }: { onCancel: () => void }) {
  const id = useId();
  const t = useT();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [language, setLanguage] = useState('');
  const [metadata, setMetadata] = useState<MetadataDraft>(EMPTY_METADATA);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateArticle();
  const navigate = useNavigate();
  const deferredText = useDeferredValue(text);
  const guess = deferredText.trim() === '' ? null : detectLanguage(deferredText);
  const textDirection = language.trim() !== '' ? directionOf(language.trim()) : guess ? directionOf(guess) : 'ltr';

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = CreateArticleInputSchema.safeParse({
      title,
      text,
      language: language.trim() === '' ? undefined : language.trim(),
      ...Object.fromEntries(Object.entries(metadataInputOf(metadata)).filter(([, value]) => value !== null)),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (article) => {
        // A new article opens with check-worthiness suggestions shown (ADR 032).
        void navigate(`/articles/${article.id}`, { state: { suggest: true } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  }

  /** Fills the form with an imported draft; the reviewer checks and corrects it before adding the article. */
  function fillFromDraft(draft: ArticleDraft) {
    setTitle(draft.title);
    setText(draft.text);
    setLanguage(draft.language === 'und' ? '' : draft.language);
    setMetadata({ author: draft.author ?? '', outlet: draft.outlet ?? '', publishedOn: draft.publishedOn ?? '', url: draft.url ?? '' });
    setErrors({});
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ArticleImportPanel onDraft={fillFromDraft} />
      <div className="field">
        <label htmlFor={`${id}-title`} className="field__label">
          {t('articles.title')}
        </label>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          dir="auto"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          autoComplete="off"
        />
        <FieldError id={`${id}-title-error`} message={errors.title} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`} className="field__label">
          {t('articles.textLabel')}
        </label>
        <textarea
          id={`${id}-text`}
          className="input textarea textarea--article"
          value={text}
          onChange={(event) => setText(event.target.value)}
          dir={textDirection}
          rows={12}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={`${id}-text-help${errors.text ? ` ${id}-text-error` : ''}`}
        />
        <p id={`${id}-text-help`} className="field__help">
          {t('articles.textHelp')}
        </p>
        <FieldError id={`${id}-text-error`} message={errors.text} />
      </div>
      <div className="field field--narrow">
        <label htmlFor={`${id}-language`} className="field__label">
          {t('articles.language')} <span className="field__optional">{t('shell.optional')}</span>
        </label>
        <input
          id={`${id}-language`}
          className="input"
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
          placeholder={guess ?? t('articles.languagePlaceholder')}
          aria-invalid={errors.language ? true : undefined}
          aria-describedby={`${id}-language-help${errors.language ? ` ${id}-language-error` : ''}`}
          autoComplete="off"
          spellCheck={false}
        />
        <p id={`${id}-language-help`} className="field__help" aria-live="polite">
          {guess && guess !== 'und' ? t('articles.languageGuess', { guess }) : t('articles.languageDetect')}
        </p>
        <FieldError id={`${id}-language-error`} message={errors.language} />
      </div>
      <fieldset className="form__group">
        <legend className="field__label">{t('articles.whereItAppeared')}</legend>
        <ArticleMetadataFields
          id={`${id}-meta`}
          values={metadata}
          onChange={(key, value) => setMetadata((current) => ({ ...current, [key]: value }))}
          errors={errors}
        />
      </fieldset>
      <FieldError id={`${id}-form-error`} message={errors._form} />
      <DialogFooter onCancel={onCancel} confirm={{ label: create.isPending ? t('articles.adding') : t('articles.add'), disabled: create.isPending }} />
    </form>
  );
}
