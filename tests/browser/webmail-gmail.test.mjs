// Real Chromium: the Gmail one-click scenarios (tests/browser/scenarios/webmail.mjs) against the fake Gmail.
import { registerScenarios } from './scenarios/register.mjs';
import { gmailScenarios } from './scenarios/webmail.mjs';
import { arrange } from './scenarios/webmail-cases.mjs';
import { launchChromium } from './drivers/chromium.mjs';
import { startWebmailServer } from '../helpers/webmail-server.mjs';

registerScenarios(gmailScenarios, {
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
