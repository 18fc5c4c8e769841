// Real Chromium: the live-check scenarios (tests/browser/scenarios/live.mjs) on the Chrome test build.
import { registerScenarios } from './scenarios/register.mjs';
import { liveScenarios, prepareLiveBuild } from './scenarios/live.mjs';
import { launchChromium } from './drivers/chromium.mjs';

registerScenarios(liveScenarios, {
  setup: async () => {
    const { extDir, fixtures } = await prepareLiveBuild('chrome');
    return { h: await launchChromium({ extDir }), fixtures };
  },
});
