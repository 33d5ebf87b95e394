import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';

/** How a toast reads: errors are announced assertively, the rest politely. */
export type ToastTone = 'error' | 'success' | 'info';

interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
}

interface ToastApi {
  /** Shows a message for a few seconds (errors stay until dismissed or replaced). */
  show: (message: string, tone?: ToastTone) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** Messages outside React (the query cache's error hook) reach the toasts through this. */
let externalShow: ToastApi['show'] | null = null;

/** Shows a toast from outside the component tree, e.g. from the mutation cache. */
export function showToast(message: string, tone: ToastTone = 'info'): void {
  externalShow?.(message, tone);
}

/**
 * Holds the toasts and renders them in two live regions (polite for news,
 * assertive for errors) that stay in the DOM so screen readers announce
 * every message added to them.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback((message: string, tone: ToastTone = 'info') => {
    const id = nextId.current++;
    setToasts((current) => [...current.filter((toast) => toast.message !== message).slice(-3), { id, tone, message }]);
  }, []);

  useEffect(() => {
    externalShow = show;
    return () => {
      externalShow = null;
    };
  }, [show]);

  const api = useMemo(() => ({ show }), [show]);
  const errors = toasts.filter((toast) => toast.tone === 'error');
  const news = toasts.filter((toast) => toast.tone !== 'error');

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts">
        <div role="alert" aria-live="assertive" aria-atomic="false" className="toasts__region">
          {errors.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
          ))}
        </div>
        <div role="status" aria-live="polite" aria-atomic="false" className="toasts__region">
          {news.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const t = useT();
  useEffect(() => {
    const timer = window.setTimeout(() => onDismiss(toast.id), toast.tone === 'error' ? 12_000 : 5_000);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className={`toast toast--${toast.tone}`} data-testid="toast">
      <p className="toast__message" dir="auto">{toast.message}</p>
      <button type="button" className="toast__close" onClick={() => onDismiss(toast.id)} aria-label={t('shell.dismissToast')}>
        ×
      </button>
    </div>
  );
}

/** The toast API of the nearest provider. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider above it.');
  return api;
}
