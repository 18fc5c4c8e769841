// Real Chromium: the popup scenarios (tests/browser/scenarios/popup.mjs) on the built Chrome extension.
import { registerScenarios } from './scenarios/register.mjs';
import { popupScenarios } from './scenarios/popup.mjs';
import { optionsScenarios } from './scenarios/options.mjs';
import { launchChromium } from './drivers/chromium.mjs';

registerScenarios([...popupScenarios, ...optionsScenarios], { setup: async () => ({ h: await launchChromium() }) });
