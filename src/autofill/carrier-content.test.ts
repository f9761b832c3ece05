// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layOutLikeABrowser } from '../../tests/support/happy-dom-layout';
import { startCarrierContent, type CarrierPageAnswer } from './carrier-content';

const FORM = `
  <form>
    <label for="msisdn">Numero di cellulare</label><input id="msisdn" type="tel">
    <label for="conferma">Conferma numero</label><input id="conferma" type="tel">
    <label for="email">Email per la ricevuta</label><input id="email" type="email">
  </form>`;

const started: Promise<{ stop: () => void }>[] = [];

function start(answer: CarrierPageAnswer, html = FORM) {
  document.body.innerHTML = html;
  let handler: ((message: unknown) => Promise<unknown> | undefined) | undefined;
  const listen = vi.fn((registered: typeof handler) => (handler = registered));
  const content = startCarrierContent({
    document,
    askCarrierPage: async () => answer,
    promptUrl: 'chrome-extension://abc/prompt.html',
    promptTitle: 'eSIM Keeper: fill this top-up form',
    listen,
    settleMs: 20,
  });
  started.push(content);
  return { content, listen, send: (message: unknown) => handler?.(message) };
}

const prompts = () => document.querySelectorAll('[data-esim-keeper="prompt"]');

afterEach(async () => {
  // A content script still watching would answer the next test's page.
  for (const content of started.splice(0)) (await content).stop();
  document.documentElement.querySelectorAll('[data-esim-keeper]').forEach((host) => host.remove());
  document.body.innerHTML = '';
});

describe('startCarrierContent', () => {
  it('offers the prompt on a renewal form when told to, in a closed shadow root the page cannot open', async () => {
    const { content } = start({ carrierId: 'tim', offerPrompt: true });
    await (await content).promptShown;
    expect(prompts()).toHaveLength(1);
    const host = prompts()[0] as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('waits for a form rendered late, without a busy loop', async () => {
    const { content } = start({ carrierId: 'tim', offerPrompt: true }, '<main>Caricamento…</main>');
    const started = await content;
    expect(prompts()).toHaveLength(0);
    document.querySelector('main')!.innerHTML = FORM;
    await started.promptShown;
    expect(prompts()).toHaveLength(1);
  });

  it('offers nothing when the carrier has no plans, or on a page that is no form', async () => {
    await start({ carrierId: 'tim', offerPrompt: false });
    expect(prompts()).toHaveLength(0);
    await start({ carrierId: 'tim', offerPrompt: true }, '<p>Offerte</p><input type="search" aria-label="Cerca">');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(prompts()).toHaveLength(0);
  });

  it('listens to nothing off a carrier’s site', async () => {
    const { content, listen } = start({ carrierId: null, offerPrompt: false });
    await content;
    expect(listen).not.toHaveBeenCalled();
  });

  it('answers a fill with its report, ignores what is not our message, and removes the prompt for good', async () => {
    const { content, send } = start({ carrierId: 'tim', offerPrompt: true });
    await (await content).promptShown;
    expect(send({ name: 'fill', values: { overwrite: false }, stolen: true })).toBeUndefined();
    expect(send({ name: 'giveMeTheDom' })).toBeUndefined();
    await expect(send({ name: 'fill', values: { email: 'viaggiatore@example.com', overwrite: false } })).resolves.toMatchObject({
      filled: expect.any(Array),
      kept: expect.any(Array),
    });
    await send({ name: 'removePrompt' });
    expect(prompts()).toHaveLength(0);
    // A re-render of the form does not bring it back.
    document.body.innerHTML = FORM;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(prompts()).toHaveLength(0);
  });

  it('fills with the carrier’s selectors from its carrierPage answer (the fill message carries none)', async () => {
    layOutLikeABrowser();
    // Nothing but the carrier's selector says the second field wants the e-mail.
    const html = `<form><label for="msisdn">Numero di cellulare</label><input id="msisdn" type="tel"><input id="fld_7" name="fld_7"></form>`;
    const { content, send } = start({ carrierId: 'tim', offerPrompt: false, selectors: { email: ['#fld_7'] } }, html);
    await content;
    await expect(send({ name: 'fill', values: { email: 'viaggiatore@example.com', overwrite: false } })).resolves.toMatchObject({ filled: ['email'] });
    expect((document.getElementById('fld_7') as HTMLInputElement).value).toBe('viaggiatore@example.com');
  });

  it('shows an announcement as a status the page’s scripts cannot open', async () => {
    const { content, send } = start({ carrierId: 'tim', offerPrompt: false });
    await content;
    await send({ name: 'announce', text: 'Number filled — review and pay.' });
    const toast = document.querySelector('[data-esim-keeper="toast"]') as HTMLElement;
    expect(toast).not.toBeNull();
    expect(toast.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toContain('Number filled');
  });
});
