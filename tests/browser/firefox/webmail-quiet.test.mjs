// Real Firefox ESR: the content scripts stay quiet until asked (tests/browser/scenarios/webmail-quiet.mjs).
import { registerScenarios } from '../scenarios/register.mjs';
import { quietScenarios } from '../scenarios/webmail-quiet.mjs';
import { webmailEnv } from '../scenarios/webmail-env.mjs';
import { launchFirefox } from '../drivers/firefox.mjs';

registerScenarios(quietScenarios, webmailEnv(launchFirefox));
