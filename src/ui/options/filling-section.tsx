import { isFillCarrier } from '../../carriers/fill-carrier';
import { FILL_SHORTCUT } from '../../manifest/permissions';
import { carrierById, carriers } from '../../carriers/registry';
import { useI18n } from '../i18n-context';
import { joinList } from './history-money';
import { useSaveSettings, saveStatusText } from './use-save-settings';
import { useStoredSettings } from './use-stored-settings';
import './settings-controls.css';

/**
 * Options page section "#filling": what form filling does, the shortcut, the carriers
 * whose forms it fills, and the sites where the person turned the prompt off ("Don't offer
 * on TIM's site"), each with "Offer again".
 */
export function FillingSection() {
  const i18n = useI18n();
  const settings = useStoredSettings();
  const { save, status } = useSaveSettings();
  const fillCarriers = carriers.filter(isFillCarrier).map((carrier) => carrier.name);
  const off = settings.status === 'ready' ? settings.value.fillPromptOff : [];

  const offerAgain = (carrierId: string) =>
    void save((current) => ({ change: { fillPromptOff: current.fillPromptOff.filter((id) => id !== carrierId) } }));

  return (
    <section id="filling" class="card" aria-labelledby="filling-title">
      <h2 id="filling-title">{i18n.t('fillingTitle')}</h2>
      <p>{i18n.t('fillingIntro')}</p>
      <p class="muted">{i18n.t('fillingShortcut', FILL_SHORTCUT)}</p>
      <p class="muted">{i18n.t('fillingCarriers', joinList(i18n, fillCarriers))}</p>
      {settings.status === 'failed' && <p class="error" role="alert">{i18n.t('loadFailed')}</p>}
      {settings.status === 'ready' &&
        (off.length === 0 ? (
          <p>{i18n.t('fillingPromptOnEverywhere')}</p>
        ) : (
          <>
            <h3 id="filling-off-title">{i18n.t('fillingPromptOff')}</h3>
            <ul class="settings-list" aria-labelledby="filling-off-title">
              {off.map((carrierId) => {
                const name = carrierById(carrierId)?.name ?? carrierId;
                return (
                  <li key={carrierId}>
                    <span>{name}</span>{' '}
                    <button type="button" class="secondary-button" aria-label={i18n.t('fillingOfferAgainOn', name)} onClick={() => offerAgain(carrierId)}>
                      {i18n.t('fillingOfferAgain')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        ))}
      <p role="status" class={status === 'failed' ? 'error settings-status' : 'settings-status'}>
        {saveStatusText(i18n, status)}
      </p>
    </section>
  );
}
