import { useValidationMessage } from '../i18n/validation.ts';

/**
 * A field's validation message, linked to the field by `id` (use it in
 * aria-describedby). A message of the shared schemas, zod or the API's
 * details is shown in the interface language.
 */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const localise = useValidationMessage();
  if (!message) return null;
  return (
    <p id={id} className="field__error">
      {localise(message)}
    </p>
  );
}
