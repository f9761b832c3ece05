// First: reads the glance snapshot, or starts the plain IndexedDB read while the other
// modules load and run.
import { firstPaintSources } from '../../src/ui/popup/first-paint-start';
import { render } from 'preact';
import { loadPageTestHooks } from '../../src/ui/load-page-test-hooks';
import { mountPage } from '../../src/ui/mount-page';
import { Popup } from '../../src/ui/popup/popup';
import '../../src/ui/styles.css';

// A build-time constant: production builds drop this line and the hooks module. Loaded
// after the paint, so the e2e build's popup opens as fast as the one people install.
if (import.meta.env.MODE === 'e2e') loadPageTestHooks();

void mountPage(render, <Popup sources={firstPaintSources} />);
