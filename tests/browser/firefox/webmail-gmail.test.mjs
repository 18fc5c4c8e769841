// Real Firefox ESR: the Gmail one-click scenarios (tests/browser/scenarios/webmail.mjs) against the fake Gmail behind
// a PAC proxy, then the site-access flow (scenarios/site-access.mjs, last: it takes the permission back).
import { registerScenarios } from '../scenarios/register.mjs';
import { gmailScenarios } from '../scenarios/webmail.mjs';
import { siteAccessScenarios } from '../scenarios/site-access.mjs';
import { webmailEnv } from '../scenarios/webmail-env.mjs';
import { launchFirefox } from '../drivers/firefox.mjs';

registerScenarios([...gmailScenarios, ...siteAccessScenarios], webmailEnv(launchFirefox));
