import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import './plan-form.css';

/**
 * A modal <dialog> opened with showModal(): focus stays inside, Escape closes it (as
 * `onClose`), and focus goes back to what had it before, when that is still on the page.
 * The element marked `data-initial-focus` (the safe answer: "Cancel", "Keep editing") gets
 * the focus first.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  class: className = '',
}: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  class?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (!element) return undefined;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    const cancel = (event: Event) => {
      // Escape: we close it ourselves, so the parent's state and the dialog agree.
      event.preventDefault();
      onCloseRef.current();
    };
    element.addEventListener('cancel', cancel);
    return () => {
      element.removeEventListener('cancel', cancel);
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={dialog} class={`modal-dialog ${className}`} aria-labelledby={titleId}>
      <h2 id={titleId} class="modal-dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** A yes/no question in a modal dialog; the safe answer has the focus. */
export function ConfirmDialog({
  title,
  body,
  confirmText,
  cancelText,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  confirmText: string;
  cancelText: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ModalDialog title={title} onClose={onCancel}>
      <p>{body}</p>
      <div class="modal-dialog__actions">
        <button type="button" class="secondary-button" data-initial-focus onClick={onCancel}>
          {cancelText}
        </button>
        <button type="button" class="danger-button" onClick={onConfirm}>
          {confirmText}
        </button>
      </div>
    </ModalDialog>
  );
}
