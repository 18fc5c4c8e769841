// The environment of the webmail scenarios for registerScenarios: the fake webmail server, a browser launched by
// `launch({ webmailPort })` (launchChromium or launchFirefox) that reaches it at the real origins, and the server's
// defaults restored before each scenario.
import { startWebmailServer } from '../../helpers/webmail-server.mjs';
import { arrange } from './webmail-cases.mjs';

export function webmailEnv(launch) {
  return {
    setup: async () => {
      const srv = await startWebmailServer();
      try {
        return { srv, h: await launch({ webmailPort: srv.port }) };
      } catch (e) {
        await srv.close();
        throw e;
      }
    },
    teardown: async ({ h, srv }) => {
      await h.close();
      await srv.close();
    },
    beforeEach: ({ srv }) => {
      arrange(srv, {});
    },
  };
}
