import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import { ModalDialog } from './plan-form-dialog';
import './activation-code.css';

/**
 * The dark modules of a QR code as one SVG path (`M x y h1 v1 h-1 z` per module). Built
 * from uqr's matrix rather than its SVG string, so nothing is ever set as HTML.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return parts.join('');
}

/**
 * The activation code as a QR code, in a modal dialog with a warning: whoever scans it
 * can install the eSIM. uqr is loaded only when a person asks (not for the first paint).
 */
export function ActivationCodeQrDialog({ code, onClose }: { code: string; onClose: () => void }) {
  const i18n = useI18n();
  const [qr, setQr] = useState<{ size: number; path: string } | undefined>();

  useEffect(() => {
    let current = true;
    void import('uqr').then(({ encode }) => {
      // Medium error correction survives a slightly blurry phone camera; the border is the quiet zone.
      const encoded = encode(code, { ecc: 'M', border: 2 });
      if (current) setQr({ size: encoded.size, path: qrPath(encoded.data) });
    });
    return () => {
      current = false;
    };
  }, [code]);

  return (
    <ModalDialog title={i18n.t('formQrTitle')} onClose={onClose} class="qr-dialog">
          <p class="qr-dialog__warning">{i18n.t('formQrWarning')}</p>
          <div class="qr-dialog__code">
            {qr && (
              <svg viewBox={`0 0 ${qr.size} ${qr.size}`} width="240" height="240" role="img" aria-label={i18n.t('formQrImage')} shape-rendering="crispEdges">
                <rect width={qr.size} height={qr.size} fill="#ffffff" />
                <path d={qr.path} fill="#000000" />
              </svg>
            )}
          </div>
          <div class="modal-dialog__actions">
            <button type="button" class="primary-button" data-initial-focus onClick={onClose}>
              {i18n.t('formClose')}
            </button>
          </div>
    </ModalDialog>
  );
}
