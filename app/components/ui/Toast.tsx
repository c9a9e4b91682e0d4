"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { Button } from "./Button";
import { cx } from "./cx";
import { Icon } from "./Icon";

export interface ToastInput {
  message: string;
  tone?: "neutral" | "error" | "success";
  /** E.g. { label: "Undo", run: () => … }. */
  action?: { label: string; run: () => void };
  /** Milliseconds before it goes away; toasts with an action stay longer. */
  duration?: number;
}

interface ToastItem extends ToastInput {
  id: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/** Shows a toast; must be used under <ToastProvider>. */
export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast must be used inside <ToastProvider>.");
  return show;
}

export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback(
    (id: number) => setToasts((list) => list.filter((t) => t.id !== id)),
    [],
  );
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((list) => [...list.slice(-2), { ...toast, id }]);
  }, []);
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <section
        aria-label="Notifications"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-5 z-50 flex flex-col items-center gap-2 px-4"
      >
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
        ))}
      </section>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, onDismiss }: { toast: ToastItem; onDismiss: () => void }) {
  const duration = toast.duration ?? (toast.action ? 8000 : 4000);
  useEffect(() => {
    const timer = setTimeout(onDismiss, duration);
    return () => clearTimeout(timer);
  }, [duration, onDismiss]);

  return (
    <div
      role="status"
      data-testid="toast"
      className={cx(
        "pointer-events-auto flex min-h-11 w-full max-w-md animate-toast-in items-center gap-3 rounded-lg py-2 pr-2 pl-4 text-base text-white shadow-pop",
        toast.tone === "error" ? "bg-danger" : "bg-ink",
      )}
    >
      {toast.tone === "success" && <Icon name="check" className="text-emerald-300" />}
      {toast.tone === "error" && <Icon name="alert" />}
      <span className="min-w-0 flex-1">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="rounded-md px-2.5 py-1 text-sm font-semibold text-indigo-200 hover:bg-white/10 hover:text-white"
          onClick={() => {
            toast.action?.run();
            onDismiss();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <Button
        variant="ghost"
        size="sm"
        icon
        aria-label="Dismiss"
        className="text-white/70 hover:bg-white/10 hover:text-white"
        onClick={onDismiss}
      >
        <Icon name="close" />
      </Button>
    </div>
  );
}
