// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { catalogSource } from '../../i18n/catalog-source';
import type { MessageCatalog } from '../../i18n/format-message';
import { createI18n } from '../../i18n/i18n';
import { I18nProvider } from '../i18n-context';
import { FillPrompt, type PromptApi } from './fill-prompt';
import { SEEN_FOR_MS } from './use-seen-for-sure';

const ROME = { id: 'rome', label: 'Rome eSIM', number: '+39 333 ••• 4567' };
const MILAN = { id: 'milan', label: 'Milan SIM', number: '+39 347 ••• 4567' };

function renderPrompt(plans = [ROME], outcome = { summary: 'Number, amount and e-mail filled — review and pay.', filled: ['tel' as const], kept: [] as 'email'[], noForm: false }) {
  const api: PromptApi = {
    plans: vi.fn(async () => ({ carrierName: 'TIM', plans })),
    fill: vi.fn(async () => outcome),
    close: vi.fn(async () => undefined),
  };
  render(
    <I18nProvider i18n={createI18n(catalogSource(en as MessageCatalog))}>
      <FillPrompt api={api} />
    </I18nProvider>,
  );
  return api;
}

/** happy-dom has no IntersectionObserver v2: the prompt then relies on the delay alone. */
const seen = () => new Promise((resolve) => setTimeout(resolve, SEEN_FOR_MS + 50));

afterEach(cleanup);

describe('FillPrompt', () => {
  it('ignores a click before it has been on screen for a moment, then fills the one plan', async () => {
    const api = renderPrompt();
    const button = await screen.findByRole('button', { name: 'Fill with Rome eSIM' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(api.fill).not.toHaveBeenCalled();
    await seen();
    expect(button.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Number, amount and e-mail filled — review and pay.'));
    expect(api.fill).toHaveBeenCalledWith('rome', false);
    // After a fill, "Not now" becomes "Close".
    expect(screen.getByRole('button', { name: 'Close' })).toBeDefined();
  });

  it('offers a picker when the carrier has several plans, and fills the chosen one', async () => {
    const api = renderPrompt([ROME, MILAN]);
    const picker = await screen.findByRole('combobox', { name: 'Plan' });
    expect([...(picker as HTMLSelectElement).options].map((option) => option.textContent)).toEqual(['Rome eSIM · +39 333 ••• 4567', 'Milan SIM · +39 347 ••• 4567']);
    fireEvent.change(picker, { target: { value: 'milan' } });
    await seen();
    fireEvent.click(screen.getByRole('button', { name: 'Fill' }));
    await waitFor(() => expect(api.fill).toHaveBeenCalledWith('milan', false));
  });

  it('offers to replace what the person had typed', async () => {
    const api = renderPrompt([ROME], { summary: 'Number filled — review and pay. Kept what was already typed: e-mail.', filled: ['tel'], kept: ['email'], noForm: false });
    await screen.findByRole('button', { name: 'Fill with Rome eSIM' });
    await seen();
    fireEvent.click(screen.getByRole('button', { name: 'Fill with Rome eSIM' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace what was typed' }));
    await waitFor(() => expect(api.fill).toHaveBeenLastCalledWith('rome', true));
  });

  it('closes for now, or for the carrier’s whole site', async () => {
    const api = renderPrompt();
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(api.close).toHaveBeenLastCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: "Don't offer on TIM's site" }));
    expect(api.close).toHaveBeenLastCalledWith(true);
  });

  it('says so when the carrier’s plans went away meanwhile', async () => {
    renderPrompt([]);
    expect(await screen.findByText('No plan for this site.')).toBeDefined();
    expect(screen.queryByRole('button', { name: /Fill/ })).toBeNull();
  });
});
