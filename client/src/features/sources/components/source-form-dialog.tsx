import * as Dialog from '@radix-ui/react-dialog';
import { AttachSourceInputSchema, STANCE_LABELS, STANCES, type ClaimSource, type Stance } from '@sanad/shared/schemas/source';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { FieldError } from '../../../components/field-error.tsx';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useAttachSource } from '../api/attach-source.ts';
import { useUpdateSource } from '../api/update-source.ts';

interface SourceFormDialogProps {
  claimId: number;
  /** The claim's version the edit is based on (`If-Match`). */
  claimVersion: number;
  /** The link to edit; a new source is attached when absent. */
  link?: ClaimSource;
  trigger: ReactNode;
}

/**
 * "Add source" / "Edit source" in a dialog. The URL must be http(s): the
 * form checks it with the shared AttachSourceInputSchema before sending.
 */
export function SourceFormDialog({ claimId, claimVersion, link, trigger }: SourceFormDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog__title">{link ? 'Edit source' : 'Add a source'}</Dialog.Title>
          <SourceForm claimId={claimId} claimVersion={claimVersion} link={link} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function SourceForm({
  claimId,
  claimVersion,
  link,
  onDone,
}: {
  claimId: number;
  claimVersion: number;
  link: ClaimSource | undefined;
  onDone: () => void;
}) {
  const id = useId();
  const [url, setUrl] = useState(link?.source.url ?? '');
  const [title, setTitle] = useState(link?.source.title ?? '');
  const [publisher, setPublisher] = useState(link?.source.publisher ?? '');
  const [publishedAt, setPublishedAt] = useState(link?.source.publishedAt ?? '');
  const [excerpt, setExcerpt] = useState(link?.excerpt ?? '');
  const [stance, setStance] = useState<Stance | null>(link?.stance ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const attach = useAttachSource(claimId);
  const update = useUpdateSource(claimId);
  const toast = useToast();
  const pending = attach.isPending || update.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = AttachSourceInputSchema.safeParse({ url, title, publisher, publishedAt, excerpt, stance: stance ?? undefined });
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error);
      if (found.stance) found.stance = 'Choose how the source bears on the claim.';
      setErrors(found);
      return;
    }
    setErrors({});
    const input = parsed.data;
    const options = {
      onSuccess: () => {
        toast.show(link ? 'Source updated.' : 'Source added.', 'success');
        onDone();
      },
      onError: (error: unknown) => setErrors(apiFieldErrors(error)),
    };
    if (link) update.mutate({ linkId: link.id, input, version: claimVersion }, options);
    else attach.mutate(input, options);
  }

  const describe = (field: string, help?: boolean) =>
    [help ? `${id}-${field}-help` : null, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-url`} className="field__label">
          URL
        </label>
        <input
          id={`${id}-url`}
          className="input"
          type="url"
          inputMode="url"
          dir="ltr"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://"
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={describe('url', true)}
          autoComplete="off"
          spellCheck={false}
        />
        <p id={`${id}-url-help`} className="field__help">
          A web address starting with http:// or https://.
        </p>
        <FieldError id={`${id}-url-error`} message={errors.url} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`} className="field__label">
          Title
        </label>
        <input
          id={`${id}-title`}
          className="input"
          dir="auto"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describe('title')}
          autoComplete="off"
        />
        <FieldError id={`${id}-title-error`} message={errors.title} />
      </div>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-publisher`} className="field__label">
            Publisher
          </label>
          <input
            id={`${id}-publisher`}
            className="input"
            dir="auto"
            value={publisher}
            onChange={(event) => setPublisher(event.target.value)}
            aria-invalid={errors.publisher ? true : undefined}
            aria-describedby={describe('publisher')}
            autoComplete="off"
          />
          <FieldError id={`${id}-publisher-error`} message={errors.publisher} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`} className="field__label">
            Published <span className="field__optional">(optional)</span>
          </label>
          <input
            id={`${id}-date`}
            className="input"
            type="date"
            value={publishedAt}
            onChange={(event) => setPublishedAt(event.target.value)}
            aria-invalid={errors.publishedAt ? true : undefined}
            aria-describedby={describe('publishedAt')}
          />
          <FieldError id={`${id}-publishedAt-error`} message={errors.publishedAt} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-excerpt`} className="field__label">
          Excerpt <span className="field__optional">(optional)</span>
        </label>
        <textarea
          id={`${id}-excerpt`}
          className="input textarea"
          rows={3}
          dir="auto"
          value={excerpt}
          onChange={(event) => setExcerpt(event.target.value)}
          aria-invalid={errors.excerpt ? true : undefined}
          aria-describedby={describe('excerpt', true)}
        />
        <p id={`${id}-excerpt-help`} className="field__help">
          The passage of the source that bears on the claim.
        </p>
        <FieldError id={`${id}-excerpt-error`} message={errors.excerpt} />
      </div>
      <fieldset className="stance-group" aria-describedby={describe('stance')} aria-invalid={errors.stance ? true : undefined}>
        <legend className="field__label">Stance</legend>
        <div className="stance-group__options">
          {STANCES.map((option) => (
            <label key={option} className={`stance-option stance-option--${option}`}>
              <input type="radio" name={`${id}-stance`} value={option} checked={stance === option} onChange={() => setStance(option)} />
              <span>{STANCE_LABELS[option].en}</span>
              <span className="stance-option__ar" lang="ar" dir="rtl">
                {STANCE_LABELS[option].ar}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError id={`${id}-stance-error`} message={errors.stance} />
      {errors._form ? <p className="field__error">{errors._form}</p> : null}
      <div className="dialog__actions">
        <Dialog.Close asChild>
          <button type="button" className="button button--secondary">
            Cancel
          </button>
        </Dialog.Close>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Saving…' : link ? 'Save source' : 'Add source'}
        </button>
      </div>
    </form>
  );
}
