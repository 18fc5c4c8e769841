// Real Firefox ESR: the live-check scenarios (tests/browser/scenarios/live.mjs) on the Firefox test build.
import { registerScenarios } from '../scenarios/register.mjs';
import { liveScenarios, prepareLiveBuild } from '../scenarios/live.mjs';
import { launchFirefox } from '../drivers/firefox.mjs';

registerScenarios(liveScenarios, {
  setup: async () => {
    const { extDir, fixtures } = await prepareLiveBuild('firefox');
    return { h: await launchFirefox({ extDir }), fixtures };
  },
});
