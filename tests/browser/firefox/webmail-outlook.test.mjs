// Real Firefox ESR: the Outlook one-click scenarios (tests/browser/scenarios/webmail.mjs) against the fake Outlook.
import { registerScenarios } from '../scenarios/register.mjs';
import { outlookScenarios } from '../scenarios/webmail.mjs';
import { webmailEnv } from '../scenarios/webmail-env.mjs';
import { launchFirefox } from '../drivers/firefox.mjs';

registerScenarios(outlookScenarios, webmailEnv(launchFirefox));
