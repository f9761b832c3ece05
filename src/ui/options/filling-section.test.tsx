// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import { keeperDatabase, SETTINGS_KEY } from '../../db/database';
import { readSettings } from '../../db/settings';
import { catalogSource } from '../../i18n/catalog-source';
import { createI18n } from '../../i18n/i18n';
import { DEFAULT_SETTINGS } from '../../plans/settings';
import { I18nProvider } from '../i18n-context';
import { FillingSection } from './filling-section';

function renderSection() {
  return render(
    <I18nProvider i18n={createI18n(catalogSource(en))}>
      <FillingSection />
    </I18nProvider>,
  );
}

describe('FillingSection', () => {
  beforeEach(() => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true });
      return true;
    });
  });
  afterEach(async () => {
    cleanup();
    await keeperDatabase().settings.clear();
  });

  it('names the carriers whose forms it fills, and the shortcut', async () => {
    renderSection();
    expect(await screen.findByText("The prompt is offered on every carrier's site.")).toBeDefined();
    const carriers = screen.getByText(/^Carriers whose forms it fills:/).textContent!;
    for (const name of ['TIM', 'WINDTRE', 'Azercell', 'Bakcell', 'Nar']) expect(carriers).toContain(name);
    // eSIM sellers top up inside an account: no form to fill.
    expect(carriers).not.toContain('Airalo');
    expect(screen.getByText(/Alt\+Shift\+F/)).toBeDefined();
  });

  it('lists the carriers with the prompt turned off and turns one back on, keeping the others and every other setting', async () => {
    await keeperDatabase().settings.put({ key: SETTINGS_KEY, value: { ...DEFAULT_SETTINGS, reminderTime: '20:30', fillPromptOff: ['tim', 'azercell'] } });
    renderSection();
    fireEvent.click(await screen.findByRole('button', { name: "Offer again on TIM's site" }));
    await waitFor(async () => expect((await readSettings(keeperDatabase())).fillPromptOff).toEqual(['azercell']));
    expect((await readSettings(keeperDatabase())).reminderTime).toBe('20:30');
    expect(await screen.findByRole('button', { name: "Offer again on Azercell's site" })).toBeDefined();
  });
});
