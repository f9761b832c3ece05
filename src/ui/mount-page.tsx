import type { render as preactRender, VNode } from 'preact';
import type { I18n } from '../i18n/i18n';
import { I18nProvider } from './i18n-context';

/**
 * Renders an extension page in the person's language: sets `lang` and the
 * document title, so screen readers and fonts (CJK) pick the right voice and glyphs.
 */
export function mountPage(render: typeof preactRender, i18n: I18n, page: VNode): void {
  document.documentElement.lang = i18n.locale;
  document.title = i18n.t('extName');
  const root = document.getElementById('app');
  if (!root) throw new Error('The page has no #app element');
  render(<I18nProvider i18n={i18n}>{page}</I18nProvider>, root);
}
