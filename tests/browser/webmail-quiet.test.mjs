// Real Chromium: the content scripts stay quiet until asked (tests/browser/scenarios/webmail-quiet.mjs).
import { registerScenarios } from './scenarios/register.mjs';
import { quietScenarios } from './scenarios/webmail-quiet.mjs';
import { webmailEnv } from './scenarios/webmail-env.mjs';
import { launchChromium } from './drivers/chromium.mjs';

registerScenarios(quietScenarios, webmailEnv(launchChromium));
