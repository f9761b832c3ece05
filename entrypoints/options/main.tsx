import { render } from 'preact';
import { mountPage } from '../../src/ui/mount-page';
import { installPageTestHooks } from '../../src/ui/page-test-hooks';
import { OptionsPage } from '../../src/ui/options/options-page';
import '../../src/ui/styles.css';

// A build-time constant: production builds drop this line and the hooks module.
if (import.meta.env.MODE === 'e2e') installPageTestHooks();

void mountPage(render, <OptionsPage />);
