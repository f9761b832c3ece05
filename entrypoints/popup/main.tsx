import { render } from 'preact';
import { browserI18n } from '../../src/i18n/browser-i18n';
import { mountPage } from '../../src/ui/mount-page';
import { Popup } from '../../src/ui/popup/popup';
import '../../src/ui/styles.css';

mountPage(render, browserI18n(), <Popup />);
