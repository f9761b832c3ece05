import { render } from 'preact';
import { browserI18n } from '../../src/i18n/browser-i18n';
import { mountPage } from '../../src/ui/mount-page';
import { installPageTestHooks } from '../../src/ui/page-test-hooks';
import { Popup } from '../../src/ui/popup/popup';
import '../../src/ui/styles.css';

// A build-time constant: production builds drop this line and the hooks module.
if (import.meta.env.MODE === 'e2e') installPageTestHooks();

mountPage(render, browserI18n(), <Popup />);
