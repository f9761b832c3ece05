// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectControls } from './collect';
import { anchorOf, type Control } from './control';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Each control as "type#anchor-id" (or the tag when it has no id), in the order collected. */
const described = (controls: Control[]) =>
  controls.map((control) => `${control.type}#${anchorOf(control).id || anchorOf(control).tagName.toLowerCase()}`);

describe('collectControls', () => {
  it('collects text-like inputs, textareas and selects, and skips buttons, hidden, file, checkbox…', () => {
    document.body.innerHTML = `
      <input id="plain"><input id="text" type="text"><input id="tel" type="tel"><input id="email" type="email">
      <input id="number" type="number"><input id="search" type="search"><input id="url" type="url">
      <input id="unknown" type="mystery"><input id="secret" type="password">
      <input id="hidden" type="hidden"><input id="submit" type="submit"><input id="button" type="button">
      <input id="reset" type="reset"><input id="image" type="image"><input id="file" type="file">
      <input id="checkbox" type="checkbox"><input id="color" type="color"><input id="range" type="range">
      <input id="date" type="date">
      <textarea id="note"></textarea><select id="amount"><option>10 €</option></select>
      <button id="pay">Paga 10 €</button>`;
    expect(described(collectControls(document))).toEqual([
      'field#plain',
      'field#text',
      'field#tel',
      'field#email',
      'field#number',
      'field#search',
      'field#url',
      'field#unknown',
      // Collected only so that the classifier can refuse it (a CVV in a password box).
      'field#secret',
      'field#note',
      'select#amount',
    ]);
  });

  it('groups radios by name within a form, in page order, at the place of the first', () => {
    document.body.innerHTML = `
      <form><input id="a10" type="radio" name="taglio" value="10"><input id="n" type="tel">
        <input id="a15" type="radio" name="taglio" value="15"></form>
      <form><input id="b10" type="radio" name="taglio" value="10"><input id="b15" type="radio" name="taglio" value="15"></form>`;
    const controls = collectControls(document);
    expect(described(controls)).toEqual(['radio-group#a10', 'field#n', 'radio-group#b10']);
    const first = controls[0] as Extract<Control, { type: 'radio-group' }>;
    expect(first.name).toBe('taglio');
    expect(first.elements.map((radio) => radio.id)).toEqual(['a10', 'a15']);
  });

  it.each([
    ['buttons', '<button type="button">10 €</button><button type="button">25 €</button>'],
    ['role=radio', '<div role="radio" aria-checked="false">10 AZN</div><div role="radio" aria-checked="false">25 AZN</div>'],
    ['aria-pressed', '<span aria-pressed="false">€10,00</span><span aria-pressed="false">€15,00</span>'],
    ['role=option', '<li role="option">5 ₼</li><li role="option">10 ₼</li>'],
  ])('finds amount tiles made of %s', (_, tiles) => {
    document.body.innerHTML = `<input id="n" type="tel"><div id="tiles">${tiles}</div>`;
    const controls = collectControls(document);
    expect(described(controls)).toEqual(['field#n', 'tiles#tiles']);
    expect((controls[1] as Extract<Control, { type: 'tiles' }>).elements).toHaveLength(2);
  });

  it('groups tiles wrapped one per cell under the list', () => {
    document.body.innerHTML = `<ul id="tiles"><li><button>10 €</button></li><li><button>15 €</button></li><li><button>25 €</button></li></ul>`;
    const controls = collectControls(document);
    expect(described(controls)).toEqual(['tiles#tiles']);
    expect((controls[0] as Extract<Control, { type: 'tiles' }>).elements).toHaveLength(3);
  });

  it('does not take a lone "Pay 10 €" button, or buttons without amounts, for tiles', () => {
    document.body.innerHTML = `<div><button>Annulla</button><button>Paga 10 €</button></div><div><button>Sì</button><button>No</button></div>`;
    expect(collectControls(document)).toEqual([]);
  });

  it('descends into open shadow roots, keeping page order', () => {
    document.body.innerHTML = `<input id="before"><my-form id="host"></my-form><input id="after">`;
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<input id="inside" type="tel"><select id="inside-select"><option>10 ₼</option></select>`;
    expect(described(collectControls(document))).toEqual(['field#before', 'field#inside', 'select#inside-select', 'field#after']);
  });

  it('collects from a shadow root passed as the root, and nested shadow roots', () => {
    document.body.innerHTML = `<div id="host"></div>`;
    const outer = document.getElementById('host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = `<input id="outer"><span id="inner-host"></span>`;
    const inner = outer.getElementById('inner-host')!.attachShadow({ mode: 'open' });
    inner.innerHTML = `<input id="inner" type="email">`;
    expect(described(collectControls(outer))).toEqual(['field#outer', 'field#inner']);
  });

  it('finds a shadow root on every element that may hold one, however deep in lists, tables and forms', () => {
    // https://dom.spec.whatwg.org/#valid-shadow-host-name (but body: the next tests share it), and a custom element.
    const hosts = ['article', 'aside', 'blockquote', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span', 'top-up-form'];
    document.body.innerHTML = `<ul><li><a href="#"><form><label id="in"></label></form></a></li></ul><table><tr><td id="cell"></td></tr></table>`;
    const places = [document.getElementById('in')!, document.getElementById('cell')!];
    hosts.forEach((name, index) => {
      const host = document.createElement(name);
      places[index % 2]!.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = `<input id="in-${name}">`;
    });
    const found = described(collectControls(document)).sort();
    expect(found).toEqual(hosts.map((name) => `field#in-${name}`).sort());
  });

  it('skips closed shadow roots', () => {
    document.body.innerHTML = `<div id="host"></div>`;
    document.getElementById('host')!.attachShadow({ mode: 'closed' }).innerHTML = '<input id="hidden-away">';
    expect(collectControls(document)).toEqual([]);
  });

  it('descends into a same-origin iframe document and skips one it may not read', () => {
    document.body.innerHTML = `<input id="top"><iframe id="same"></iframe><iframe id="cross"></iframe>`;
    const frameDocument = document.implementation.createHTMLDocument('widget');
    frameDocument.body.innerHTML = '<input id="in-frame" type="tel">';
    Object.defineProperty(document.getElementById('same')!, 'contentDocument', { get: () => frameDocument });
    Object.defineProperty(document.getElementById('cross')!, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(described(collectControls(document))).toEqual(['field#top', 'field#in-frame']);
  });
});
