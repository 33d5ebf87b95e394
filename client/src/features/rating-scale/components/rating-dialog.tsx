import * as Dialog from '@radix-ui/react-dialog';
import { colourChecks, HEX_COLOR_PATTERN } from '@sanad/shared/color';
import {
  CreateRatingInputSchema,
  MAX_RATING_VALUE,
  MIN_RATING_VALUE,
  UpdateRatingInputSchema,
  type ScaleRating,
  type UpdateRatingInput,
} from '@sanad/shared/schemas/rating-scale';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { BilingualFieldPair } from '../../../components/bilingual-field-pair.tsx';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { Trans } from '@lingui/react';
import { useLocale } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { useLocaliseRating } from '../../../lib/rating-scale.ts';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useCreateRating } from '../api/create-rating.ts';
import { useUpdateRating } from '../api/update-rating.ts';

/** The fields as the form holds them (text inputs, so half-typed values stay as typed). */
interface Draft {
  key: string;
  labelEn: string;
  labelAr: string;
  definitionEn: string;
  definitionAr: string;
  value: string;
  color: string;
  tint: string;
}

const NEW_RATING: Draft = { key: '', labelEn: '', labelAr: '', definitionEn: '', definitionAr: '', value: '', color: '#4f5b66', tint: '#dde3e9' };

function draftOf(rating: ScaleRating): Draft {
  const { key, labelEn, labelAr, definitionEn, definitionAr, color, tint } = rating;
  return { key, labelEn, labelAr, definitionEn, definitionAr, value: rating.value === null ? '' : String(rating.value), color, tint };
}

/** The value field as the API takes it: empty is "no value", anything else a number (the schema refuses non-integers). */
function valueOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}

/** A sample of Arabic article text, one phrase of it highlighted as a claim. */
const SAMPLE_BEFORE = 'وكالعادة، عقد ';
const SAMPLE_CLAIM = 'الأخضر الإبراهيمي جلستين منفصلتين';
const SAMPLE_AFTER = ' مع وفد الائتلاف الوطني السوري ووفد النظام.';

interface RatingDialogProps {
  /** The rating to edit, or none to add one. */
  rating?: ScaleRating;
  /** The button that opens the dialog. */
  trigger: ReactNode;
}

/**
 * Adds or edits a rating in a dialog: key (new ratings only), labels,
 * definitions, value and the two colours, with a live preview of the badge and
 * of highlighted Arabic text and the contrast figures the server checks.
 */
export function RatingDialog({ rating, trigger }: RatingDialogProps) {
  const [open, setOpen] = useState(false);
  const t = useT();
  const localise = useLocaliseRating();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined} data-testid="rating-dialog">
          <Dialog.Title className="dialog__title">{rating ? t('ratingScale.editTitle', { label: localise(rating).label }) : t('ratingScale.addTitle')}</Dialog.Title>
          {open ? <RatingForm rating={rating} onDone={() => setOpen(false)} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function RatingForm({ rating, onDone }: { rating?: ScaleRating; onDone: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => (rating ? draftOf(rating) : NEW_RATING));
  const [version, setVersion] = useState(rating?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [stale, setStale] = useState<ScaleRating | null>(null);
  const create = useCreateRating();
  const update = useUpdateRating({ silent: true });
  const toast = useToast();
  const t = useT();
  const localise = useLocaliseRating();
  const pending = create.isPending || update.isPending;

  const set = (field: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  function failed(error: unknown) {
    if (error instanceof ApiError && error.isStale) {
      const current = error.current as ScaleRating | undefined;
      if (current) {
        setVersion(current.version);
        setStale(current);
      }
      setErrors({ _form: t('ratingScale.staleError') });
      return;
    }
    const found = apiFieldErrors(error);
    if (Object.keys(found).length === 0 || (error instanceof ApiError && error.code === 'rating_exists')) {
      found[error instanceof ApiError && error.code === 'rating_exists' ? 'key' : '_form'] = describeError(error);
    }
    setErrors(found);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      labelEn: draft.labelEn,
      labelAr: draft.labelAr,
      definitionEn: draft.definitionEn,
      definitionAr: draft.definitionAr,
      value: valueOf(draft.value),
      color: draft.color,
      tint: draft.tint,
    };
    if (!rating) {
      const parsed = CreateRatingInputSchema.safeParse({ key: draft.key.trim(), ...fields });
      if (!parsed.success) {
        setErrors(zodFieldErrors(parsed.error));
        return;
      }
      setErrors({});
      create.mutate(parsed.data, {
        onSuccess: (created) => {
          toast.show(t('ratingScale.added', { label: localise(created).label }), 'success');
          onDone();
        },
        onError: failed,
      });
      return;
    }
    const parsed = UpdateRatingInputSchema.safeParse(fields);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    // Only what changed is sent, so a concurrent edit of another field is not overwritten.
    const base = stale ?? rating;
    const changes: UpdateRatingInput = {};
    for (const [field, value] of Object.entries(parsed.data) as [keyof UpdateRatingInput, unknown][]) {
      if (value !== undefined && value !== base[field]) Object.assign(changes, { [field]: value });
    }
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    setErrors({});
    update.mutate(
      { key: rating.key, input: changes, version },
      {
        onSuccess: (saved) => {
          toast.show(t('ratingScale.saved', { label: localise(saved).label }), 'success');
          onDone();
        },
        onError: failed,
      },
    );
  }

  return (
    <form className="form rating-form" onSubmit={submit} noValidate>
      {errors._form ? (
        <p className="notice notice--warning" role="alert">
          {errors._form}
        </p>
      ) : null}
      {stale ? (
        <p className="muted" data-testid="stale-rating">
          <Trans
            id="ratingScale.theirVersion"
            values={{ labelEn: stale.labelEn, labelAr: stale.labelAr, color: stale.color, tint: stale.tint }}
            components={{ 0: <bdi lang="ar" /> }}
          />
        </p>
      ) : null}
      <div className="field-grid">
        {rating ? null : (
          <TextField
            id={`${id}-key`}
            label={t('ratingScale.key')}
            inputClassName="input--mono"
            autoComplete="off"
            spellCheck={false}
            help={<Trans id="ratingScale.keyHelp" components={{ 0: <code /> }} />}
            value={draft.key}
            onChange={set('key')}
            error={errors.key}
          />
        )}
        <TextField
          id={`${id}-value`}
          label={t('ratingScale.value')}
          optional
          inputClassName="input--narrow"
          type="number"
          inputMode="numeric"
          step={1}
          min={MIN_RATING_VALUE}
          max={MAX_RATING_VALUE}
          help={t('ratingScale.valueHelp')}
          value={draft.value}
          onChange={set('value')}
          error={errors.value}
        />
      </div>
      <BilingualFieldPair
        id={`${id}-label`}
        name="label"
        values={{ en: draft.labelEn, ar: draft.labelAr }}
        onChange={(language, value) => set(language === 'en' ? 'labelEn' : 'labelAr')(value)}
        errors={{ en: errors.labelEn, ar: errors.labelAr }}
      />
      <BilingualFieldPair
        id={`${id}-definition`}
        name="definition"
        multiline
        values={{ en: draft.definitionEn, ar: draft.definitionAr }}
        onChange={(language, value) => set(language === 'en' ? 'definitionEn' : 'definitionAr')(value)}
        errors={{ en: errors.definitionEn, ar: errors.definitionAr }}
      />
      <div className="field-grid">
        <ColourField
          id={`${id}-color`}
          label={t('ratingScale.colour')}
          help={t('ratingScale.colourHelp')}
          value={draft.color}
          onChange={set('color')}
          error={errors.color}
        />
        <ColourField
          id={`${id}-tint`}
          label={t('ratingScale.tint')}
          help={t('ratingScale.tintHelp')}
          value={draft.tint}
          onChange={set('tint')}
          error={errors.tint}
        />
      </div>
      <ColourPreview draft={draft} />
      <DialogFooter confirm={{ label: pending ? t('common.saving') : rating ? t('ratingScale.save') : t('ratingScale.add'), disabled: pending }} />
    </form>
  );
}

interface ColourFieldProps {
  id: string;
  label: string;
  help: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A colour as `#rrggbb` text (typed or pasted) with the browser's colour picker beside it. */
function ColourField({ id, label, help, value, onChange, error }: ColourFieldProps) {
  const valid = HEX_COLOR_PATTERN.test(value.trim());
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="colour-field">
        <input
          type="color"
          className="colour-field__picker"
          value={valid ? value.trim().toLowerCase() : '#000000'}
          onChange={(event) => onChange(event.target.value)}
          aria-label={t('ratingScale.colourPicker', { label })}
        />
        <input
          id={id}
          className="input input--mono colour-field__hex"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          spellCheck={false}
          autoComplete="off"
          maxLength={7}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        />
      </div>
      <p id={`${id}-help`} className="field__help">
        {t('ratingScale.colourFieldHelp', { help })}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The badge and a highlighted claim in Arabic text as they will look, with the contrast figures the server checks. */
function ColourPreview({ draft }: { draft: Draft }) {
  const color = draft.color.trim().toLowerCase();
  const tint = draft.tint.trim().toLowerCase();
  const colours = HEX_COLOR_PATTERN.test(color) && HEX_COLOR_PATTERN.test(tint);
  const checks = colours ? colourChecks(color, tint) : null;
  const t = useT();
  const locale = useLocale();
  // Contrast ratios to two decimals, in the interface's digits ("4.56", "٤٫٥٦").
  const ratio = (value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return (
    <section className="rating-preview" aria-label={t('ratingScale.preview')}>
      <div className="rating-preview__samples">
        <span className="verdict-badge" style={colours ? { backgroundColor: color } : undefined} data-testid="preview-badge">
          <span>{draft.labelEn.trim() || t('ratingScale.labelPlaceholder')}</span>
          <span className="verdict-badge__ar" lang="ar" dir="rtl">
            {/* eslint-disable-next-line lingui/no-unlocalized-strings -- the Arabic label's stand-in in the preview is Arabic in both interfaces */}
            {draft.labelAr.trim() || 'التسمية'}
          </span>
        </span>
        <p className="rating-preview__text" lang="ar" dir="rtl">
          {SAMPLE_BEFORE}
          <span className="rating-preview__claim" style={colours ? { backgroundColor: tint, borderColor: color } : undefined} data-testid="preview-claim">
            {SAMPLE_CLAIM}
          </span>
          {SAMPLE_AFTER}
        </p>
      </div>
      {checks ? (
        <ul className="rating-preview__checks" aria-live="polite" data-testid="contrast-checks">
          {checks.map((check) => (
            <li key={check.field} className={check.ok ? 'contrast contrast--ok' : 'contrast contrast--bad'} data-field={check.field}>
              <Trans
                id="ratingScale.contrastCheck"
                values={{ ok: check.ok ? 'yes' : 'no', field: check.field, ratio: ratio(check.ratio), minimum: check.minimum }}
                components={{ 0: <strong /> }}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('ratingScale.writeColours')}</p>
      )}
    </section>
  );
}
