import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import './plan-form.css';

export interface ToastMessage {
  text: string;
  /** "Undo": the bar then stays longer, and its button takes the focus. */
  action?: { label: string; run: () => void };
}

/** A toast with an action stays this long (at least 10 s, so Undo can be reached by keyboard). */
const ACTION_TOAST_MS = 15_000;
const PLAIN_TOAST_MS = 8_000;

/**
 * The plans section's status bar ("Saved Rome eSIM", "Deleted Rome eSIM — Undo"). The
 * live region is always on the page, so screen readers hear each new message. It hides
 * after a while, but not while the pointer or the focus is in it.
 */
export function PlanToast({ message, onDismiss }: { message: ToastMessage | undefined; onDismiss: () => void }) {
  const i18n = useI18n();
  const [held, setHeld] = useState(false);
  const actionButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (message?.action) actionButton.current?.focus();
  }, [message]);

  useEffect(() => {
    if (!message || held) return undefined;
    const timer = setTimeout(onDismiss, message.action ? ACTION_TOAST_MS : PLAIN_TOAST_MS);
    return () => clearTimeout(timer);
  }, [message, held, onDismiss]);

  return (
    <div
      class={`plan-toast${message ? ' plan-toast--shown' : ''}`}
      role="status"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
    >
      {message && (
        <>
          <span class="plan-toast__text">{message.text}</span>
          {message.action && (
            <button type="button" class="plan-toast__action" ref={actionButton} onClick={message.action.run}>
              {message.action.label}
            </button>
          )}
          <button type="button" class="icon-button plan-toast__close" aria-label={i18n.t('formClose')} onClick={onDismiss}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
          </button>
        </>
      )}
    </div>
  );
}
