// Real Chromium: the Outlook one-click scenarios (tests/browser/scenarios/webmail.mjs) against the fake Outlook.
import { registerScenarios } from './scenarios/register.mjs';
import { outlookScenarios } from './scenarios/webmail.mjs';
import { arrange } from './scenarios/webmail-cases.mjs';
import { launchChromium } from './drivers/chromium.mjs';
import { startWebmailServer } from '../helpers/webmail-server.mjs';

registerScenarios(outlookScenarios, {
  setup: async () => {
    const srv = await startWebmailServer();
    return { h: await launchChromium({ webmailPort: srv.port }), srv };
  },
  teardown: async ({ h, srv }) => {
    await h.close();
    await srv.close();
  },
  beforeEach: ({ srv }) => {
    arrange(srv, {});
  },
});
