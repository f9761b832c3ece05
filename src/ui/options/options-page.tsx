import { browser } from 'wxt/browser';
import { useI18n } from '../i18n-context';
import { Logo } from '../logo';
import { BackupSection } from './backup-section';
import { FillingSection } from './filling-section';
import { HistorySection } from './history-section';
import { LanguageSection } from './language-section';
import { PlansSection } from './plans-section';
import { PrivacySection } from './privacy-section';
import { RemindersSection } from './reminders-section';

/**
 * The options page: one scrolling page of sections, each its own component and file,
 * reachable from the contents list by anchor (`options.html#backup`). The plans section
 * also answers `#plan=<id>` (edit that plan) and `#add` (a new plan), which the popup opens.
 */
export function OptionsPage() {
  const i18n = useI18n();
  const version = browser.runtime.getManifest().version;
  const sections = [
    ['plans', 'plansTitle'],
    ['reminders', 'remindersTitle'],
    ['filling', 'fillingTitle'],
    ['history', 'historyTitle'],
    ['backup', 'backupTitle'],
    ['language', 'languageTitle'],
    ['privacy', 'privacyTitle'],
  ] as const;

  return (
    <div class="options">
      <header class="app-header app-header--page">
        <Logo size={36} />
        <div>
          <h1 class="app-header__title">{i18n.t('extName')}</h1>
          <p class="app-header__tagline">{i18n.t('tagline')}</p>
        </div>
      </header>
      <nav class="options__nav" aria-label={i18n.t('optionsNavLabel')}>
        <ul>
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{i18n.t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options__main">
        <PlansSection />
        <RemindersSection />
        <FillingSection />
        <HistorySection />
        <BackupSection />
        <LanguageSection />
        <PrivacySection />
      </main>
      <footer class="options__footer muted">{i18n.t('versionLabel', version)}</footer>
    </div>
  );
}
