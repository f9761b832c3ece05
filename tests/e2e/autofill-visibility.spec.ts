/**
 * The fill engine in real layout (Debian's Chromium, no extension: the core runs in the
 * page's main world as `window.eskAutofill`, see tests/support/autofill-in-chromium.ts).
 * happy-dom lays nothing out, so what hides a field — boxes, clipping, covering, frames —
 * is checked here; the unit tests beside src/autofill/*.ts cover the rest.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import type { fillForm } from '../../src/autofill/fill-form';
import type { fillability } from '../../src/autofill/fillable';
import { launchChromium, openWithAutofill } from '../support/autofill-in-chromium';
import { TEST_VALUES } from '../support/fill-test-values';

/** What the harness (`eskAutofill`) and the test pages below add to `window`. */
interface TestWindow {
  eskAutofill: { fillability: typeof fillability; fillForm: typeof fillForm };
  state: Record<string, string>;
  submits: number;
  stolen: string[];
}

let browser: Browser;
test.beforeAll(async () => {
  browser = await launchChromium();
});
test.afterAll(async () => {
  await browser.close();
});

const URL = 'https://www.tim.it/test';

/** A field per way of hiding it, each labelled so a person would take it for the number. */
const HIDING_WAYS = `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><style>
  body { margin: 0; font: 14px sans-serif; }
  .row { display: inline-block; position: relative; width: 300px; height: 48px; vertical-align: top; }
  input { width: 200px; height: 24px; }
</style></head><body>
  <div class="row"><label for="covered">Numero</label><input id="covered"><div style="position: absolute; inset: 0; background: #fff"></div></div>
  <div class="row"><label for="visible">Numero</label><input id="visible"></div>
  <div class="row"><div style="display: none"><input id="display-none-ancestor"></div></div>
  <div class="row"><div style="visibility: hidden"><input id="visibility-hidden"></div></div>
  <div class="row"><div style="opacity: 0"><div><input id="opacity-ancestor"></div></div></div>
  <div class="row"><input id="off-screen" style="position: absolute; left: -9999px"></div>
  <div class="row"><input id="zero" style="width: 0; height: 0; padding: 0; border: 0"></div>
  <div class="row"><input id="one-pixel" style="width: 1px; height: 1px; padding: 0; border: 0"></div>
  <div class="row"><input id="clip-rect" style="position: absolute; clip: rect(0 0 0 0)"></div>
  <div class="row"><div style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)"><input id="visually-hidden"></div></div>
  <div class="row"><input id="clip-path" style="clip-path: inset(50%)"></div>
  <div class="row"><div style="clip-path: circle(0)"><input id="clip-path-circle"></div></div>
  <div class="row"><div style="height: 20px; overflow: hidden"><div style="height: 30px"></div><input id="overflow-parent"></div></div>
  <div class="row"><div aria-hidden="true"><input id="aria-hidden-ancestor"></div></div>
  <div class="row"><div inert><input id="inert-ancestor"></div></div>
  <div class="row"><fieldset disabled style="border: 0; margin: 0; padding: 0"><input id="disabled-fieldset"></fieldset></div>
  <div class="row"><input id="read-only" readonly></div>
  <div class="row"><details><summary>Altro</summary><input id="closed-details"></details></div>
  <div class="row"><details open><summary>Altro</summary><input id="open-details"></details></div>
  <div class="row"><label><input type="radio" name="t" id="custom-radio" style="position: absolute; opacity: 0; width: 0; height: 0"> 10 €</label></div>
  <div class="row"><div id="host"></div></div>
  <div class="row"><iframe id="frame" style="width: 280px; height: 44px; border: 0" srcdoc="<input id=in-frame>"></iframe></div>
  <div class="row"><iframe id="inert-frame" inert style="width: 280px; height: 44px; border: 0" srcdoc="<input id=in-frame>"></iframe></div>
  <div class="row"><iframe id="faded-frame" style="opacity: 0; width: 280px; height: 44px; border: 0" srcdoc="<input id=in-frame>"></iframe></div>
  <div style="height: 2400px"></div>
  <input id="below-the-fold">
  <script>
    document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<label>Numero <input id="in-shadow"></label>';
  </script>
</body></html>`;

/** Waits until the page's srcdoc frames have their documents. */
async function framesLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((frame) => frame.contentDocument?.getElementById('in-frame')));
}

test('fillability tells every way of hiding a field from a field a person can fill', async () => {
  const page = await openWithAutofill(browser, URL, HIDING_WAYS);
  await framesLoaded(page);
  const verdicts = await page.evaluate(() => {
    const { fillability } = (window as unknown as TestWindow).eskAutofill;
    const verdictOf = (element: Element) => {
      const result = fillability(element);
      return result.fillable ? 'fillable' : result.reason;
    };
    const verdicts: Record<string, string> = {};
    for (const element of document.querySelectorAll('input')) verdicts[element.id] = verdictOf(element);
    verdicts['in-shadow'] = verdictOf(document.getElementById('host')!.shadowRoot!.getElementById('in-shadow')!);
    for (const frame of document.querySelectorAll('iframe')) verdicts[frame.id] = verdictOf(frame.contentDocument!.getElementById('in-frame')!);
    return verdicts;
  });
  expect(verdicts).toEqual({
    covered: 'covered',
    visible: 'fillable',
    'display-none-ancestor': 'hidden',
    'visibility-hidden': 'hidden',
    'opacity-ancestor': 'transparent',
    'off-screen': 'off-screen',
    zero: 'zero-size',
    'one-pixel': 'zero-size',
    'clip-rect': 'clipped',
    'visually-hidden': 'clipped',
    'clip-path': 'clipped',
    'clip-path-circle': 'clipped',
    'overflow-parent': 'clipped',
    'aria-hidden-ancestor': 'aria-hidden',
    'inert-ancestor': 'inert',
    'disabled-fieldset': 'disabled',
    'read-only': 'read-only',
    'closed-details': 'hidden',
    'open-details': 'fillable',
    // The native input is invisible; its label is what the person clicks.
    'custom-radio': 'fillable',
    'in-shadow': 'fillable',
    frame: 'fillable',
    'inert-frame': 'inert',
    'faded-frame': 'transparent',
    // Scrolling brings it into view: a person can fill it.
    'below-the-fold': 'fillable',
  });
  await page.close();
});

/**
 * What React does to a controlled input, in a few lines: an own `value` property on the
 * field that remembers what scripts wrote, an `input` listener that takes the field's value
 * into state only when it differs from that memory, and a render that writes state back on
 * every change and every 20 ms.
 */
const CONTROLLED = `<!doctype html>
<html lang="it"><head><meta charset="utf-8"></head><body>
  <form id="ricarica" action="/ricarica/pagamento" method="post">
    <label for="numero">Numero di cellulare</label>
    <input id="numero" name="msisdn" type="tel" maxlength="10">
    <label for="email">Email per la ricevuta</label>
    <input id="email" name="email" type="email">
    <button type="submit">Prosegui al pagamento</button>
  </form>
  <script>
    window.state = {};
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    for (const field of document.querySelectorAll('input')) {
      let tracked = '';
      Object.defineProperty(field, 'value', {
        configurable: true,
        get() { return proto.get.call(this); },
        set(value) { tracked = String(value); proto.set.call(this, value); },
      });
      state[field.id] = '';
      const render = () => { field.value = state[field.id]; };
      field.addEventListener('input', () => {
        if (proto.get.call(field) !== tracked) state[field.id] = proto.get.call(field);
        render();
      });
      document.addEventListener('change', render, true);
      setInterval(render, 20);
    }
  </script>
</body></html>`;

test('fills a React-style controlled input so the value survives its re-renders', async () => {
  const page = await openWithAutofill(browser, URL, CONTROLLED);
  // The page's own trap is real: a plain write does not survive the next render.
  const naive = await page.evaluate(async () => {
    const field = document.getElementById('email') as HTMLInputElement;
    field.value = 'naive@example.com';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 60));
    return field.value;
  });
  expect(naive).toBe('');
  const result = await page.evaluate(async (values) => {
    const { report } = (window as unknown as TestWindow).eskAutofill.fillForm(document, values);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const field = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    return { report, numero: field('numero'), email: field('email'), state: (window as unknown as TestWindow).state };
  }, TEST_VALUES.IT);
  expect(result.report.filled).toEqual(['tel', 'email']);
  expect(result).toMatchObject({
    numero: '3331234567',
    email: 'viaggiatore@example.com',
    state: { numero: '3331234567', email: 'viaggiatore@example.com' },
  });
  await page.close();
});

const TILES = `<!doctype html>
<html lang="it"><head><meta charset="utf-8"></head><body>
  <form id="ricarica" action="/ricarica/pagamento" method="post">
    <label for="numero">Numero di cellulare</label>
    <input id="numero" name="msisdn" type="tel" maxlength="10">
    <p>Taglio di ricarica</p>
    <div id="tagli" class="tiles">
      <button class="tile">5 €</button>
      <button class="tile">10 €</button>
      <button class="tile">25 €</button>
    </div>
    <button type="submit">Prosegui al pagamento</button>
  </form>
  <script>
    window.submits = 0;
    document.addEventListener('submit', () => { window.submits += 1; }, true);
    for (const tile of document.querySelectorAll('.tile')) {
      tile.addEventListener('click', () => {
        for (const other of document.querySelectorAll('.tile')) other.setAttribute('aria-pressed', String(other === tile));
      });
    }
  </script>
</body></html>`;

test('presses a tile <button> without a type inside a form, and the form is not submitted', async () => {
  const page = await openWithAutofill(browser, URL, TILES);
  let navigations = 0;
  page.on('framenavigated', () => (navigations += 1));
  const result = await page.evaluate(async (values) => {
    const { report } = (window as unknown as TestWindow).eskAutofill.fillForm(document, values);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const tiles = [...document.querySelectorAll('.tile')];
    return {
      report,
      pressed: tiles.map((tile) => tile.getAttribute('aria-pressed')),
      types: tiles.map((tile) => tile.getAttribute('type')),
      submits: (window as unknown as TestWindow).submits,
    };
  }, TEST_VALUES.IT);
  expect(result).toEqual({
    report: { filled: ['tel', 'transaction-amount'], kept: [], noForm: false },
    pressed: ['false', 'true', 'false'],
    types: [null, null, null],
    submits: 0,
  });
  expect(navigations).toBe(0);
  expect(page.url()).toBe(URL);
  await page.close();
});

test('in Chromium a synthetic click on a submit button does submit: why tiles are pressed as type=button', async () => {
  const page = await openWithAutofill(browser, URL, TILES);
  const submits = await page.evaluate(() => {
    const form = document.getElementById('ricarica')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    document.querySelector('.tile')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    return (window as unknown as TestWindow).submits;
  });
  expect(submits).toBe(1);
  await page.close();
});

/**
 * The page replaces the `value` setters of its own prototypes before anything else runs,
 * to copy what is written. The real content script runs in an isolated world with its own,
 * untouched prototypes, which this harness cannot reproduce: here the core runs in the
 * page's main world and meets the tampered prototype. What we can test is set-value's
 * second line: it sees the setter is not native code and never calls it, yet the field
 * gets its value.
 */
const TAMPERED = `<!doctype html>
<html lang="it"><head><meta charset="utf-8">
  <script>
    window.stolen = [];
    for (const prototype of [HTMLInputElement.prototype, HTMLSelectElement.prototype]) {
      const original = Object.getOwnPropertyDescriptor(prototype, 'value');
      Object.defineProperty(prototype, 'value', {
        configurable: true,
        get() { return original.get.call(this); },
        set(value) { window.stolen.push(String(value)); original.set.call(this, value); },
      });
    }
    document.addEventListener('submit', () => { window.stolen.push('submitted'); }, true);
  </script>
</head><body>
  <form id="ricarica" action="/ricarica/pagamento" method="post">
    <label for="numero">Numero di cellulare</label>
    <input id="numero" name="msisdn" type="tel" maxlength="10">
    <label for="importo">Importo</label>
    <select id="importo" name="importo"><option value="">Scegli</option><option value="10">10 €</option><option value="20">20 €</option></select>
    <label for="email">Email</label>
    <input id="email" name="email" type="email">
    <button type="submit">Ricarica</button>
  </form>
</body></html>`;

test('a page that replaced the prototype value setter gets the values in its fields, and no call to its setter', async () => {
  const page = await openWithAutofill(browser, URL, TAMPERED);
  const result = await page.evaluate((values) => {
    const { report } = (window as unknown as TestWindow).eskAutofill.fillForm(document, values);
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    return { report, numero: value('numero'), importo: value('importo'), email: value('email'), stolen: (window as unknown as TestWindow).stolen };
  }, TEST_VALUES.IT);
  expect(result).toEqual({
    report: { filled: ['tel', 'transaction-amount', 'email'], kept: [], noForm: false },
    numero: '3331234567',
    importo: '10',
    email: 'viaggiatore@example.com',
    stolen: [],
  });
  await page.close();
});

test('keeps what the person typed even when the page copies it into the field default (as React does)', async () => {
  const page = await openWithAutofill(browser, URL, TILES);
  await page.locator('#numero').fill('3339999999');
  await page.locator('#numero').blur();
  const result = await page.evaluate((values) => {
    const field = document.getElementById('numero') as HTMLInputElement;
    field.defaultValue = field.value;
    const { report } = (window as unknown as TestWindow).eskAutofill.fillForm(document, values);
    return { report, numero: field.value };
  }, TEST_VALUES.IT);
  expect(result).toEqual({ report: { filled: ['transaction-amount'], kept: ['tel'], noForm: false }, numero: '3339999999' });
  await page.close();
});

const FORM = '<form><label for="numero">Numero di cellulare</label><input id="numero" type="tel" maxlength="10"><label for="email">Email per la ricevuta</label><input id="email" type="email"></form>';
const NESTED = {
  'an open shadow root': `<!doctype html><html lang="it"><head><meta charset="utf-8"></head><body><div id="widget"></div>
    <script>document.getElementById('widget').attachShadow({ mode: 'open' }).innerHTML = '${FORM}';</script></body></html>`,
  'a same-origin frame': `<!doctype html><html lang="it"><head><meta charset="utf-8"></head><body>
    <iframe id="widget" style="width: 600px; height: 300px; border: 0" srcdoc='${FORM}'></iframe></body></html>`,
};

for (const [where, html] of Object.entries(NESTED)) {
  test(`fills a form inside ${where}`, async () => {
    const page = await openWithAutofill(browser, URL, html);
    // The widget's root: its shadow root, or its frame's document once loaded.
    await page.waitForFunction(() => {
      const widget = document.getElementById('widget')!;
      return (widget.shadowRoot ?? (widget as HTMLIFrameElement).contentDocument)?.getElementById('email');
    });
    const result = await page.evaluate((values) => {
      const { report } = (window as unknown as TestWindow).eskAutofill.fillForm(document, values);
      const widget = document.getElementById('widget')!;
      const root = (widget.shadowRoot ?? (widget as HTMLIFrameElement).contentDocument)!;
      const value = (id: string) => (root.getElementById(id) as HTMLInputElement).value;
      return { report, numero: value('numero'), email: value('email') };
    }, TEST_VALUES.IT);
    expect(result).toEqual({ report: { filled: ['tel', 'email'], kept: [], noForm: false }, numero: '3331234567', email: 'viaggiatore@example.com' });
    await page.close();
  });
}
