// Registers a list of shared scenarios as node:test tests for one harness. `setup()` returns the scenarios'
// environment ({ h, ...fixtures }) and `teardown(env)` releases it; `beforeEach(env)` resets shared state.
import { test, before, after, beforeEach as eachTest } from 'node:test';

export function registerScenarios(scenarios, { setup, teardown = async (env) => env.h.close(), beforeEach = null }) {
  let env = null;
  before(async () => {
    env = await setup();
  });
  after(async () => {
    if (env !== null) await teardown(env);
  });
  if (beforeEach !== null) {
    eachTest(async () => {
      await beforeEach(env);
    });
  }
  for (const s of scenarios) {
    // `skip(h)`: a reason this browser cannot run the scenario at all (shown in the test output), or false.
    test(s.name, async (t) => {
      const reason = s.skip?.(env.h) ?? false;
      if (reason !== false) {
        t.skip(reason);
        return;
      }
      await s.run(env);
    });
  }
}
