import * as Dialog from '@radix-ui/react-dialog';
import { useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@sanad/shared/schemas/claim';
import { AttachSourceInputSchema, STANCE_LABELS, STANCES, type AttachSourceInput, type ClaimSource, type Stance } from '@sanad/shared/schemas/source';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ConflictNotice, type ConflictRow } from '../../../components/conflict-notice.tsx';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { TextField, URL_INPUT } from '../../../components/text-field.tsx';
import { useLingui } from '@lingui/react';
import { type MessageId, type Translate, useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { isClaim, storeClaim } from '../../../lib/claim-cache.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useAttachSource } from '../api/attach-source.ts';
import { useUpdateSource } from '../api/update-source.ts';
import { STANCE_MESSAGES } from '../stance-messages.ts';

/** The fields of a source link as the form holds them (empty strings for "none"). */
interface SourceDraft {
  url: string;
  title: string;
  publisher: string;
  publishedAt: string;
  excerpt: string;
  origin: string;
  stance: Stance | null;
}

const EMPTY_DRAFT: SourceDraft = { url: '', title: '', publisher: '', publishedAt: '', excerpt: '', origin: '', stance: null };

function draftOf(link: ClaimSource): SourceDraft {
  return {
    url: link.source.url,
    title: link.source.title,
    publisher: link.source.publisher,
    publishedAt: link.source.publishedAt ?? '',
    excerpt: link.excerpt ?? '',
    origin: link.source.origin ?? '',
    stance: link.stance,
  };
}

const DRAFT_FIELDS: { key: keyof SourceDraft; label: MessageId }[] = [
  { key: 'url', label: 'sources.url' },
  { key: 'title', label: 'sources.title' },
  { key: 'publisher', label: 'sources.publisher' },
  { key: 'publishedAt', label: 'sources.published' },
  { key: 'excerpt', label: 'sources.excerpt' },
  { key: 'origin', label: 'sources.origin' },
  { key: 'stance', label: 'sources.stance' },
];

function sameValue(a: string | null, b: string | null): boolean {
  return (a ?? '').trim() === (b ?? '').trim();
}

function sameDraft(a: SourceDraft, b: SourceDraft): boolean {
  return DRAFT_FIELDS.every(({ key }) => sameValue(a[key], b[key]));
}

function showValue(t: Translate, draft: SourceDraft, key: keyof SourceDraft): ReactNode {
  const value = draft[key];
  if (key === 'stance') return value === null ? t('sources.none') : t(STANCE_MESSAGES[value as Stance]);
  if (value === null || value.trim() === '') return <span className="muted">{t('sources.none')}</span>;
  return <span className="conflict__text">{value}</span>;
}

/** The source being edited was saved by someone else (`changed`) or unlinked from the claim (`removed`). */
type SourceConflict = { kind: 'changed'; claim: Claim; theirs: SourceDraft } | { kind: 'removed' };

interface SourceDialogFrameProps {
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger?: ReactNode;
  /** Where focus goes when the dialog closes and there is no trigger (Radix returns it to the trigger otherwise). */
  returnFocusTo?: HTMLElement | null;
  children: ReactNode;
}

function SourceDialogFrame({ title, open, onOpenChange, trigger, returnFocusTo, children }: SourceDialogFrameProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <Dialog.Trigger asChild>{trigger}</Dialog.Trigger> : null}
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          aria-describedby={undefined}
          // A stray click beside the dialog must not throw away what was typed; Cancel and Escape still close it.
          onInteractOutside={(event) => event.preventDefault()}
          onCloseAutoFocus={(event) => {
            if (trigger || !returnFocusTo) return;
            event.preventDefault();
            if (returnFocusTo.isConnected) returnFocusTo.focus();
          }}
        >
          <Dialog.Title className="dialog__title">{title}</Dialog.Title>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** "Add source": a dialog opened by `trigger` that attaches a new source to the claim. */
export function AddSourceDialog({ claim, trigger }: { claim: Claim; trigger: ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <SourceDialogFrame title={t('sources.addTitle')} open={open} onOpenChange={setOpen} trigger={trigger}>
      <SourceForm claim={claim} onDone={() => setOpen(false)} />
    </SourceDialogFrame>
  );
}

interface EditSourceDialogProps {
  /** The claim as it is now (live updates included). */
  claim: Claim;
  /** The link as it was when the user pressed "Edit": what the form starts from. */
  link: ClaimSource;
  /** The claim version that goes with `link` (`If-Match` of the save). */
  baseVersion: number;
  onClose: () => void;
  returnFocusTo?: HTMLElement | null;
}

/**
 * "Edit source", opened by its owner (the sources section) rather than by a
 * trigger inside the source item, so the dialog and what was typed in it
 * survive the link being removed by someone else meanwhile.
 */
export function EditSourceDialog({ claim, link, baseVersion, onClose, returnFocusTo }: EditSourceDialogProps) {
  const t = useT();
  return (
    <SourceDialogFrame title={t('sources.editTitle')} open onOpenChange={(open) => (open ? undefined : onClose())} returnFocusTo={returnFocusTo}>
      <SourceForm claim={claim} link={link} linkVersion={baseVersion} onDone={onClose} />
    </SourceDialogFrame>
  );
}

/**
 * The source fields. The URL must be http(s): the form checks it with the
 * shared AttachSourceInputSchema before sending.
 *
 * Editing remembers the link it was loaded from (`base`) and the claim
 * version that goes with it. Live updates never overwrite what the user has
 * typed; a save someone overtook (412) shows both versions side by side to
 * keep one, and a link someone removed meanwhile can be attached again from
 * the same input. The dialog never closes on a conflict.
 */
function SourceForm({ claim, link, linkVersion, onDone }: { claim: Claim; link?: ClaimSource; linkVersion?: number; onDone: () => void }) {
  const id = useId();
  const [base, setBase] = useState<SourceDraft>(() => (link ? draftOf(link) : EMPTY_DRAFT));
  const [baseVersion, setBaseVersion] = useState(linkVersion ?? claim.version);
  const [values, setValues] = useState<SourceDraft>(base);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<SourceConflict | null>(null);
  const attach = useAttachSource(claim.id);
  const update = useUpdateSource(claim.id);
  const queryClient = useQueryClient();
  const toast = useToast();
  const t = useT();
  // The English interface shows each stance's Arabic name beside the English one; the Arabic interface, the Arabic one alone.
  const english = useLingui().i18n.locale !== 'ar';
  const pending = attach.isPending || update.isPending;
  const dirty = !sameDraft(values, base);

  // The link as saved now, from live updates; undefined once someone removed it.
  const live = link ? claim.sources.find((candidate) => candidate.id === link.id) : undefined;
  const removed = link !== undefined && (live === undefined || conflict?.kind === 'removed');
  const liveDraft = live ? draftOf(live) : null;

  // Follow the saved link while the user has not changed the form; keep their input when they have.
  const [seenVersion, setSeenVersion] = useState(claim.version);
  if (link && seenVersion !== claim.version) {
    setSeenVersion(claim.version);
    if (liveDraft && sameDraft(liveDraft, base)) setBaseVersion(claim.version);
    else if (liveDraft && !dirty && conflict === null) {
      setBase(liveDraft);
      setValues(liveDraft);
      setBaseVersion(claim.version);
    }
  }

  const set =
    <K extends keyof SourceDraft>(key: K) =>
    (value: SourceDraft[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  function parse(): AttachSourceInput | null {
    const parsed = AttachSourceInputSchema.safeParse({ ...values, stance: values.stance ?? undefined });
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error);
      if (found.stance) found.stance = t('sources.chooseStance');
      setErrors(found);
      return null;
    }
    setErrors({});
    return parsed.data;
  }

  function failed(error: unknown) {
    setErrors(apiFieldErrors(error));
    toast.show(describeError(error), 'error');
  }

  function attachNew(input: AttachSourceInput, reattached: boolean) {
    attach.mutate(input, {
      onSuccess: (saved) => {
        const done = () => {
          toast.show(reattached ? t('sources.attachedAgain') : t('sources.added'), 'success');
          onDone();
        };
        // Attaching a URL already on file keeps the stored title and publisher; the user's edits to them go in with a second save.
        const added = reattached ? saved.sources.reduce<ClaimSource | undefined>((last, each) => (last && last.id > each.id ? last : each), undefined) : undefined;
        const wanted = { title: input.title, publisher: input.publisher, publishedAt: input.publishedAt ?? null, origin: input.origin ?? null };
        if (
          !added ||
          (sameValue(added.source.title, wanted.title) &&
            sameValue(added.source.publisher, wanted.publisher) &&
            sameValue(added.source.publishedAt, wanted.publishedAt) &&
            sameValue(added.source.origin, wanted.origin))
        ) {
          done();
          return;
        }
        update.mutate({ linkId: added.id, input: wanted, version: saved.version }, { onSuccess: done, onError: failed });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  }

  function sendUpdate(linkId: number, input: AttachSourceInput, version: number) {
    update.mutate(
      { linkId, input, version },
      {
        onSuccess: () => {
          setConflict(null);
          toast.show(t('sources.updated'), 'success');
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.isStale && isClaim(error.current)) {
            const current = error.current;
            storeClaim(queryClient, current);
            const saved = current.sources.find((candidate) => candidate.id === linkId);
            if (!saved) {
              setConflict({ kind: 'removed' });
              return;
            }
            const theirs = draftOf(saved);
            // Only another version of this link is a conflict; a change elsewhere in the claim is saved over at once.
            if (sameDraft(theirs, base)) {
              setBaseVersion(current.version);
              sendUpdate(linkId, input, current.version);
            } else setConflict({ kind: 'changed', claim: current, theirs });
            return;
          }
          if (error instanceof ApiError && error.code === 'not_found') {
            setConflict({ kind: 'removed' });
            return;
          }
          failed(error);
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = parse();
    if (!input) return;
    if (!link) attachNew(input, false);
    else if (removed) attachNew(input, true);
    else sendUpdate(link.id, input, baseVersion);
  }

  function keepMine() {
    if (!link || conflict?.kind !== 'changed') return;
    const input = parse();
    if (!input) return;
    setBase(conflict.theirs);
    setBaseVersion(conflict.claim.version);
    sendUpdate(link.id, input, conflict.claim.version);
  }

  function takeTheirs() {
    if (conflict?.kind !== 'changed') return;
    setBase(conflict.theirs);
    setBaseVersion(conflict.claim.version);
    setValues(conflict.theirs);
    setConflict(null);
    setErrors({});
  }

  const conflictRows: ConflictRow[] =
    conflict?.kind === 'changed'
      ? DRAFT_FIELDS.filter(({ key }) => !sameValue(values[key], conflict.theirs[key]) || !sameValue(base[key], conflict.theirs[key])).map(
          ({ key, label }) => ({ label: t(label), mine: showValue(t, values, key), theirs: showValue(t, conflict.theirs, key) }),
        )
      : [];

  const describe = (field: string, help?: boolean) =>
    [help ? `${id}-${field}-help` : null, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form" onSubmit={submit} noValidate>
      {removed ? (
        <div className="notice notice--warning" role="alert" data-testid="source-removed">
          <p className="notice__title">{t('sources.removedMeanwhileTitle')}</p>
          <p>{t('sources.removedMeanwhileText')}</p>
        </div>
      ) : conflict?.kind === 'changed' ? (
        <ConflictNotice
          subject={t('sources.conflictSubject')}
          changedBy={null}
          rows={conflictRows}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
          pending={pending}
        />
      ) : link && dirty && liveDraft && !sameDraft(liveDraft, base) ? (
        <p className="notice notice--warning" role="status">
          {t('sources.changedMeanwhile')}
        </p>
      ) : null}
      <TextField
        id={`${id}-url`}
        label={t('sources.url')}
        help={t('sources.urlHelp')}
        {...URL_INPUT}
        placeholder="https://"
        value={values.url}
        onChange={set('url')}
        error={errors.url}
      />
      <TextField id={`${id}-title`} label={t('sources.title')} dir="auto" autoComplete="off" value={values.title} onChange={set('title')} error={errors.title} />
      <div className="field-grid">
        <TextField
          id={`${id}-publisher`}
          label={t('sources.publisher')}
          dir="auto"
          autoComplete="off"
          value={values.publisher}
          onChange={set('publisher')}
          error={errors.publisher}
        />
        <TextField id={`${id}-publishedAt`} label={t('sources.published')} optional type="date" value={values.publishedAt} onChange={set('publishedAt')} error={errors.publishedAt} />
      </div>
      <TextField
        id={`${id}-origin`}
        label={t('sources.origin')}
        optional
        dir="auto"
        autoComplete="off"
        value={values.origin}
        onChange={set('origin')}
        error={errors.origin}
        help={t('sources.originHelp')}
      />
      <div className="field">
        <label htmlFor={`${id}-excerpt`} className="field__label">
          {t('sources.excerpt')} <span className="field__optional">{t('sources.optional')}</span>
        </label>
        <textarea
          id={`${id}-excerpt`}
          className="input textarea"
          rows={3}
          dir="auto"
          value={values.excerpt}
          onChange={(event) => set('excerpt')(event.target.value)}
          aria-invalid={errors.excerpt ? true : undefined}
          aria-describedby={describe('excerpt', true)}
        />
        <p id={`${id}-excerpt-help`} className="field__help">
          {t('sources.excerptHelp')}
        </p>
        <FieldError id={`${id}-excerpt-error`} message={errors.excerpt} />
      </div>
      <fieldset className="stance-group" aria-describedby={describe('stance')} aria-invalid={errors.stance ? true : undefined}>
        <legend className="field__label">{t('sources.stance')}</legend>
        <div className="stance-group__options">
          {STANCES.map((option) => (
            <label key={option} className={`stance-option stance-option--${option}`}>
              <input type="radio" name={`${id}-stance`} value={option} checked={values.stance === option} onChange={() => set('stance')(option)} />
              <span>{t(STANCE_MESSAGES[option])}</span>
              {english ? (
                <span className="stance-option__ar" lang="ar" dir="rtl">
                  {STANCE_LABELS[option].ar}
                </span>
              ) : null}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError id={`${id}-stance-error`} message={errors.stance} />
      {errors._form ? <p className="field__error">{errors._form}</p> : null}
      <DialogFooter
        confirm={{ label: pending ? t('common.saving') : !link ? t('sources.add') : removed ? t('sources.attachAgain') : t('sources.save'), disabled: pending || conflict?.kind === 'changed' }}
      />
    </form>
  );
}
