// Real Chromium: the popup scenarios (tests/browser/scenarios/popup.mjs) on the built Chrome extension.
import { registerScenarios } from './scenarios/register.mjs';
import { popupScenarios } from './scenarios/popup.mjs';
import { optionsScenarios } from './scenarios/options.mjs';
import { popupProductScenarios, forgetLastReport } from './scenarios/popup-product.mjs';
import { firstScreenScenarios } from './scenarios/first-screen.mjs';
import { popupLargeFileScenarios } from './scenarios/popup-large-file.mjs';
import { launchChromium } from './drivers/chromium.mjs';

registerScenarios([...popupScenarios, ...optionsScenarios, ...popupProductScenarios, ...firstScreenScenarios, ...popupLargeFileScenarios], {
  // Each scenario starts from a popup without a last report (the report survives closing the popup).
  beforeEach: ({ h }) => forgetLastReport(h),
  setup: async () => ({ h: await launchChromium() }),
});
