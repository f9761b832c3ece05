import { render } from 'preact';
import { sendMessage } from '../../src/messaging/send-message';
import { mountPage } from '../../src/ui/mount-page';
import { FillPrompt, type PromptApi } from '../../src/ui/prompt/fill-prompt';
import '../../src/ui/styles.css';

// The prompt iframe on a carrier's page: every answer comes from the background, which
// knows the tab this frame is in from `sender.tab` (src/background/fill.ts).
const api: PromptApi = {
  plans: () => sendMessage('promptPlans', {}),
  fill: (planId, overwrite) => sendMessage('fillFromPrompt', { planId, overwrite }),
  close: async (forCarrier) => {
    await sendMessage('closePrompt', { forCarrier });
  },
};

void mountPage(render, <FillPrompt api={api} />);
