import { useState } from 'preact/hooks';
import { keeperDatabase } from '../../db/database';
import { LANGUAGE_NAMES, LANGUAGES, type LanguageChoice } from '../../i18n/languages';
import { useI18n } from '../i18n-context';
import { storedLanguage } from '../live-language';
import { useLiveQuery } from '../use-live-query';
import { saveStatusText, useSaveSettings, type Problem } from './use-save-settings';
import './settings-controls.css';
import './language-section.css';

/**
 * Options page section "#language": follow the browser (the default) or one of the
 * languages we ship, each named in its own language. Choosing saves settings.language;
 * the page's LiveI18nProvider then re-renders everything in it at once, the popup opens in
 * it, and the background writes notifications and the tooltip in it.
 */
export function LanguageSection() {
  const i18n = useI18n();
  const language = useLiveQuery(() => storedLanguage(keeperDatabase()));
  const { save, status } = useSaveSettings();
  const [problem, setProblem] = useState<Problem | undefined>(undefined);

  const choose = async (choice: LanguageChoice) => setProblem(await save({ language: choice }));

  const choices: { value: LanguageChoice; label: string; tag?: string }[] = [
    { value: 'browser', label: i18n.t('languageFollowBrowser') },
    ...LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value].name, tag: LANGUAGE_NAMES[value].tag })),
  ];

  return (
    <section id="language" class="card" aria-labelledby="language-title">
      <h2 id="language-title">{i18n.t('languageTitle')}</h2>
      <p class="muted">{i18n.t('languageIntro')}</p>
      {language.status === 'failed' && <p class="error" role="alert">{i18n.t('loadFailed')}</p>}
      {language.status === 'ready' && (
        <fieldset class="settings-group language-choices" aria-describedby={problem ? 'language-problem' : undefined}>
          <legend>{i18n.t('languageLegend')}</legend>
          {choices.map((choice) => (
            <label key={choice.value} class="language-choice">
              <input
                type="radio"
                name="language"
                value={choice.value}
                checked={language.value === choice.value}
                onChange={() => void choose(choice.value)}
              />
              <span lang={choice.tag}>{choice.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      {problem && (
        <p id="language-problem" class="error settings-problem">
          {problem(i18n)}
        </p>
      )}
      <p role="status" class={status === 'failed' ? 'error settings-status' : 'settings-status'}>
        {saveStatusText(i18n, status)}
      </p>
    </section>
  );
}
