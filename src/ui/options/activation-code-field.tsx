import { useState } from 'preact/hooks';
import { parseActivationCode } from '../../plans/activation-code';
import { useI18n } from '../i18n-context';
import { ActivationCodeQrDialog } from './activation-code-qr';
import './activation-code.css';

/**
 * The activation code input: masked until the person presses Show (a toggle), with
 * "Show QR code" to scan it from another phone. The code is a secret (DESIGN.md), so it
 * is never shown unasked.
 */
export function ActivationCodeField({
  inputProps,
  value,
  onInput,
  onInvalid,
}: {
  /** What ties the input to its label, hint and error, from the form. */
  inputProps: { id: string; name: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean | undefined; onBlur: () => void };
  value: string;
  onInput: (value: string) => void;
  /** The code does not parse: the form shows why under the field. */
  onInvalid: (code: string) => void;
}) {
  const i18n = useI18n();
  const [shown, setShown] = useState(false);
  const [qrFor, setQrFor] = useState<string | undefined>();

  const input = {
    ...inputProps,
    class: 'activation-code__input',
    autocomplete: 'off',
    spellcheck: false,
    autocapitalize: 'off' as const,
    value,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };

  const showQr = () => {
    const parsed = parseActivationCode(value);
    if (!parsed.ok) {
      onInvalid(parsed.problem);
      document.getElementById(inputProps.id)?.focus();
      return;
    }
    setQrFor(value.trim());
  };

  return (
    <>
      <div class="activation-code">
        {/* Two branches, one element: Preact patches the type in place, so focus and caret stay. */}
        {shown ? <input type="text" {...input} /> : <input type="password" {...input} />}
        <button
          type="button"
          class="secondary-button"
          aria-pressed={shown}
          aria-label={i18n.t('formShowActivationCode')}
          aria-controls={inputProps.id}
          onClick={() => setShown(!shown)}
        >
          {i18n.t('formShow')}
        </button>
        <button type="button" class="secondary-button" disabled={value.trim() === ''} onClick={showQr}>
          {i18n.t('formShowQr')}
        </button>
      </div>
      {qrFor !== undefined && <ActivationCodeQrDialog code={qrFor} onClose={() => setQrFor(undefined)} />}
    </>
  );
}
