// Real Chromium: the Outlook one-click scenarios (tests/browser/scenarios/webmail.mjs) against the fake Outlook.
import { registerScenarios } from './scenarios/register.mjs';
import { outlookScenarios } from './scenarios/webmail.mjs';
import { webmailEnv } from './scenarios/webmail-env.mjs';
import { launchChromium } from './drivers/chromium.mjs';

registerScenarios(outlookScenarios, webmailEnv(launchChromium));
