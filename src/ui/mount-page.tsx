import type { render as preactRender, VNode } from 'preact';
import { browserI18n, i18nForLanguage } from '../i18n/browser-i18n';
import type { I18n } from '../i18n/i18n';
import type { LanguageChoice } from '../i18n/languages';
import { LiveI18nProvider } from './i18n-context';
import { applyPageLanguage, rememberedLanguage } from './page-language';

export interface MountOptions {
  /** Tests pass their own; the pages use the browser's messages and our catalogues. */
  browserMessages?: () => I18n;
  load?: (language: LanguageChoice) => Promise<I18n>;
}

/**
 * Renders an extension page in the person's language, then keeps following their choice
 * (LiveI18nProvider). Following the browser — the default — paints at once with
 * `browser.i18n`; a chosen language waits for its packaged catalogue (a few ms, a local
 * file) so the page never flashes in the wrong one. Resolves once the page is rendered.
 */
export async function mountPage(render: typeof preactRender, page: VNode, options: MountOptions = {}): Promise<void> {
  const { browserMessages = browserI18n, load = i18nForLanguage } = options;
  const root = document.getElementById('app');
  if (!root) throw new Error('The page has no #app element');
  const language = rememberedLanguage();
  const i18n = language === 'browser' ? browserMessages() : await load(language);
  applyPageLanguage(i18n);
  render(
    <LiveI18nProvider language={language} i18n={i18n} load={load}>
      {page}
    </LiveI18nProvider>,
    root,
  );
}
