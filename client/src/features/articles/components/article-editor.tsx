import { Trans } from '@lingui/react';
import { useQueryClient } from '@tanstack/react-query';
import type { Article } from '@sanad/shared/schemas/article';
import { ReplaceTextInputSchema, type ReplaceTextInput, type ReplaceTextResult } from '@sanad/shared/schemas/revision';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FieldError } from '../../../components/field-error.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { ApiError, describeError } from '../../../lib/api-client.ts';
import { zodFieldErrors } from '../../../lib/form-errors.ts';
import { useToast } from '../../../lib/toast.tsx';
import { articleQueryOptions } from '../api/get-article.ts';
import { useReplaceArticleText } from '../api/replace-article-text.ts';

interface ArticleEditorProps {
  article: Article;
  /** Called with the server's answer once the new revision is saved. */
  onSaved: (result: ReplaceTextResult) => void;
  onCancel: () => void;
}

/**
 * Edit mode of the article view: the text in a textarea set in the article's
 * own font, language and direction, with Save and Cancel. Saving sends the
 * revision the edit started from; if someone saved a newer one meanwhile the
 * server refuses (409, or 412 when the article changed) and the reviewer's
 * text stays in the editor, with two ways on: save theirs as a newer revision
 * on top of the newest one (the other revision stays in the history), or load
 * the newest text while keeping theirs in a copy beside it.
 */
export function ArticleEditor({ article, onSaved, onCancel }: ArticleEditorProps) {
  const id = useId();
  const t = useT();
  const f = useFormat();
  const [text, setText] = useState(article.text);
  const [baseRevision, setBaseRevision] = useState(article.revision);
  // The article version the edit started from (If-Match); other changes (e.g. assignees) bump it without touching the text.
  const [baseVersion, setBaseVersion] = useState(article.version);
  const [error, setError] = useState<string | undefined>();
  const [conflict, setConflict] = useState(false);
  const [copy, setCopy] = useState<string | null>(null);
  const [loadingLatest, setLoadingLatest] = useState(false);
  const save = useReplaceArticleText(article.id);
  const queryClient = useQueryClient();
  const toast = useToast();
  const dirty = text !== article.text || baseRevision !== article.revision;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const parsed = ReplaceTextInputSchema.safeParse({ text, baseRevision });
    if (!parsed.success) {
      setError(zodFieldErrors(parsed.error).text ?? parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    send(parsed.data, baseVersion);
  }

  function send(input: ReplaceTextInput, version: number) {
    save.mutate(
      { input, version },
      {
      onSuccess: (result) => {
        setConflict(false);
        onSaved(result);
      },
      onError: (failure) => {
        if (failure instanceof ApiError && failure.isStale) {
          const current = failure.current as Article | undefined;
          // Only the text matters here: when the text is still at our base revision, resend on the new version.
          if (current && current.revision === input.baseRevision) {
            setBaseVersion(current.version);
            send(input, current.version);
            return;
          }
          setConflict(true);
          return;
        }
        if (failure instanceof ApiError && failure.code === 'stale_revision') {
          setConflict(true);
          return;
        }
        setError(describeError(failure));
        toast.show(describeError(failure), 'error');
      },
      },
    );
  }

  async function keepMine() {
    setLoadingLatest(true);
    try {
      const latest = await queryClient.fetchQuery({ ...articleQueryOptions(article.id), staleTime: 0 });
      const parsed = ReplaceTextInputSchema.safeParse({ text, baseRevision: latest.revision });
      if (!parsed.success) {
        setError(zodFieldErrors(parsed.error).text ?? parsed.error.issues[0]?.message);
        return;
      }
      setBaseRevision(latest.revision);
      setBaseVersion(latest.version);
      send(parsed.data, latest.version);
    } catch (failure) {
      toast.show(describeError(failure), 'error');
    } finally {
      setLoadingLatest(false);
    }
  }

  async function loadLatest() {
    setLoadingLatest(true);
    try {
      const latest = await queryClient.fetchQuery({ ...articleQueryOptions(article.id), staleTime: 0 });
      setCopy(text);
      setText(latest.text);
      setBaseRevision(latest.revision);
      setBaseVersion(latest.version);
      setConflict(false);
      toast.show(t('articles.editor.loadedLatest', { revision: f.number(latest.revision) }), 'info');
    } catch (failure) {
      toast.show(describeError(failure), 'error');
    } finally {
      setLoadingLatest(false);
    }
  }

  async function copyToClipboard(value: string) {
    try {
      await navigator.clipboard.writeText(value);
      toast.show(t('articles.editor.copied'), 'success');
    } catch {
      toast.show(t('articles.editor.copyFailed'), 'error');
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  const cancelButton = (
    <button type="button" className="button button--secondary" onClick={dirty ? undefined : onCancel}>
      {t('common.cancel')}
    </button>
  );

  return (
    <form className="article-editor" onSubmit={submit} noValidate aria-labelledby={`${id}-label`}>
      <div className="article-editor__bar">
        <p id={`${id}-label`} className="article-editor__title">
          <Trans id="articles.editor.title" values={{ revision: f.number(baseRevision) }} components={{ 0: <span className="muted" /> }} />
        </p>
        <div className="form__actions">
          {dirty ? (
            <ConfirmDialog
              trigger={cancelButton}
              title={t('articles.editor.discardTitle')}
              description={t('articles.editor.discardBody')}
              confirmLabel={t('articles.editor.discardConfirm')}
              onConfirm={onCancel}
            />
          ) : (
            cancelButton
          )}
          <button type="submit" className="button button--primary" disabled={save.isPending || !dirty}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </div>
      {conflict ? (
        <div className="notice notice--warning" role="alert" data-testid="edit-conflict">
          <p className="notice__title">{t('articles.editor.conflictTitle')}</p>
          <p>{t('articles.editor.conflictBody')}</p>
          <div className="form__actions">
            <button type="button" className="button button--primary button--small" onClick={() => void keepMine()} disabled={loadingLatest || save.isPending}>
              {t('articles.editor.keepMine')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => void loadLatest()} disabled={loadingLatest || save.isPending}>
              {loadingLatest ? t('common.loading') : t('articles.editor.takeTheirs')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => void copyToClipboard(text)}>
              {t('articles.editor.copyMine')}
            </button>
          </div>
        </div>
      ) : null}
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('articles.text')}
      </label>
      <textarea
        id={`${id}-text`}
        className="input article-editor__textarea"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        lang={article.language}
        dir={article.direction}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        data-testid="article-editor"
        autoFocus
      />
      <p id={`${id}-help`} className="field__help">
        <Trans id="articles.editor.help" components={{ 0: <kbd className="kbd" />, 1: <kbd className="kbd" /> }} />
      </p>
      <FieldError id={`${id}-error`} message={error} />
      {copy !== null ? (
        <div className="article-editor__copy">
          <div className="article-editor__bar">
            <label htmlFor={`${id}-copy`} className="field__label">
              {t('articles.editor.copyLabel')}
            </label>
            <div className="form__actions">
              <button type="button" className="button button--secondary button--small" onClick={() => void copyToClipboard(copy)}>
                {t('articles.editor.copyToClipboard')}
              </button>
              <button type="button" className="button button--ghost button--small" onClick={() => setCopy(null)}>
                {t('articles.editor.discardCopy')}
              </button>
            </div>
          </div>
          <textarea
            id={`${id}-copy`}
            className="input article-editor__textarea article-editor__textarea--copy"
            value={copy}
            readOnly
            lang={article.language}
            dir={article.direction}
          />
        </div>
      ) : null}
    </form>
  );
}
