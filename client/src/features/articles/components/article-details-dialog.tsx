import * as Dialog from '@radix-ui/react-dialog';
import { type Article, ArticleMetadataInputSchema } from '@sanad/shared/schemas/article';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ConflictNotice, type ConflictRow } from '../../../components/conflict-notice.tsx';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { type Formatters, useFormat } from '../../../i18n/format.ts';
import { type Translate, useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useUpdateArticle } from '../api/update-article.ts';
import {
  ArticleMetadataFields,
  METADATA_FIELDS,
  type MetadataDraft,
  metadataDraftOf,
  metadataInputOf,
} from './article-metadata-fields.tsx';

function sameDraft(a: MetadataDraft, b: MetadataDraft): boolean {
  return METADATA_FIELDS.every(({ key }) => a[key].trim() === b[key].trim());
}

function show(t: Translate, f: Formatters, draft: MetadataDraft, key: keyof MetadataDraft): ReactNode {
  const value = draft[key].trim();
  if (value === '') return <span className="muted">{t('articles.none')}</span>;
  return <span className="conflict__text">{key === 'publishedOn' ? f.day(value) : value}</span>;
}

/** "Details": a dialog to record or correct the article's outlet, author, publication date and URL. */
export function ArticleDetailsDialog({ article }: { article: Article }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="button button--secondary button--small">
          {t('articles.details')}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog--wide"
          aria-describedby={undefined}
          // A stray click beside the dialog must not throw away what was typed; Cancel and Escape still close it.
          onInteractOutside={(event) => event.preventDefault()}
        >
          <Dialog.Title className="dialog__title">{t('articles.detailsTitle')}</Dialog.Title>
          <ArticleDetailsForm article={article} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/**
 * The details form. It remembers the details it started from and the
 * article version: a save someone overtook (412) is sent again at once when
 * only other things changed (assignees, text), and shows both versions when
 * someone else changed the details meanwhile.
 */
function ArticleDetailsForm({ article, onDone }: { article: Article; onDone: () => void }) {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const [base, setBase] = useState<MetadataDraft>(() => metadataDraftOf(article));
  const [baseVersion, setBaseVersion] = useState(article.version);
  const [values, setValues] = useState<MetadataDraft>(base);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<{ theirs: MetadataDraft; version: number } | null>(null);
  const update = useUpdateArticle(article.id);
  const toast = useToast();

  function parse() {
    const parsed = ArticleMetadataInputSchema.safeParse(metadataInputOf(values));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return null;
    }
    setErrors({});
    return parsed.data;
  }

  function send(version: number) {
    const input = parse();
    if (!input) return;
    update.mutate(
      { input, version },
      {
        onSuccess: () => {
          setConflict(null);
          toast.show(t('articles.detailsSaved'), 'success');
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.isStale && error.current) {
            const current = error.current as Article;
            const theirs = metadataDraftOf(current);
            if (sameDraft(theirs, base)) {
              setBaseVersion(current.version);
              send(current.version);
            } else setConflict({ theirs, version: current.version });
            return;
          }
          const found = apiFieldErrors(error);
          if (Object.keys(found).length === 0) found._form = describeError(error);
          setErrors(found);
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (sameDraft(values, base)) {
      onDone();
      return;
    }
    send(baseVersion);
  }

  function keepMine() {
    if (!conflict) return;
    setBase(conflict.theirs);
    setBaseVersion(conflict.version);
    send(conflict.version);
  }

  function takeTheirs() {
    if (!conflict) return;
    setBase(conflict.theirs);
    setValues(conflict.theirs);
    setBaseVersion(conflict.version);
    setConflict(null);
    setErrors({});
  }

  const conflictRows: ConflictRow[] = conflict
    ? METADATA_FIELDS.filter(({ key }) => values[key].trim() !== conflict.theirs[key].trim() || base[key].trim() !== conflict.theirs[key].trim()).map(
        ({ key, label }) => ({ label: t(label), mine: show(t, f, values, key), theirs: show(t, f, conflict.theirs, key) }),
      )
    : [];

  return (
    <form className="form" onSubmit={submit} noValidate>
      {conflict ? (
        <ConflictNotice subject={t('articles.detailsSubject')} changedBy={null} rows={conflictRows} onKeepMine={keepMine} onTakeTheirs={takeTheirs} pending={update.isPending} />
      ) : null}
      <p className="muted">{t('articles.detailsIntro')}</p>
      <ArticleMetadataFields id={id} values={values} onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))} errors={errors} />
      <FieldError id={`${id}-form-error`} message={errors._form} />
      <DialogFooter confirm={{ label: update.isPending ? t('common.saving') : t('articles.detailsSave'), disabled: update.isPending || conflict !== null }} />
    </form>
  );
}
