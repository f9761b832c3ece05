import { render } from 'preact';
import { loadPageTestHooks } from '../../src/ui/load-page-test-hooks';
import { mountPage } from '../../src/ui/mount-page';
import { OptionsPage } from '../../src/ui/options/options-page';
import '../../src/ui/styles.css';

// A build-time constant: production builds drop this line and the hooks module. Loaded
// after the paint, so the e2e build's page opens as fast as the one people install.
if (import.meta.env.MODE === 'e2e') loadPageTestHooks();

void mountPage(render, <OptionsPage />);
