// Real Chromium: the popup scenarios (tests/browser/scenarios/popup.mjs) on the built Chrome extension.
import { registerScenarios } from './scenarios/register.mjs';
import { popupScenarios } from './scenarios/popup.mjs';
import { launchChromium } from './drivers/chromium.mjs';

registerScenarios(popupScenarios, { setup: async () => ({ h: await launchChromium() }) });
