// Real Chromium: the Gmail one-click scenarios (tests/browser/scenarios/webmail.mjs) against the fake Gmail, then the
// site-access flow (scenarios/site-access.mjs, last).
import { registerScenarios } from './scenarios/register.mjs';
import { gmailScenarios } from './scenarios/webmail.mjs';
import { siteAccessScenarios } from './scenarios/site-access.mjs';
import { webmailEnv } from './scenarios/webmail-env.mjs';
import { launchChromium } from './drivers/chromium.mjs';

registerScenarios([...gmailScenarios, ...siteAccessScenarios], webmailEnv(launchChromium));
