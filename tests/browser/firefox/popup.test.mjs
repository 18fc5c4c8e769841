// Real Firefox ESR: the popup scenarios (tests/browser/scenarios/popup.mjs) on the built Firefox extension.
import { registerScenarios } from '../scenarios/register.mjs';
import { popupScenarios } from '../scenarios/popup.mjs';
import { optionsScenarios } from '../scenarios/options.mjs';
import { launchFirefox } from '../drivers/firefox.mjs';

registerScenarios([...popupScenarios, ...optionsScenarios], { setup: async () => ({ h: await launchFirefox() }) });
