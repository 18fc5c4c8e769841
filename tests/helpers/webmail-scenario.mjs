/* global chrome -- the callback of popup.evaluate runs in the extension page, where chrome exists */
// Runs one scenario of tests/browser/webmail-scenarios.mjs in Chromium (Playwright pages): set the fake server's
// state, open the webmail tab, open the popup for it, check what it shows and which requests were made.
import assert from 'node:assert/strict';
import { PHISH_SOURCE } from './webmail-server.mjs';
import { defaultState } from '../browser/webmail-scenarios.mjs';

/** A source unique to a scenario: the sample with another Subject and, optionally, more body lines. */
export function outlookSource({ subject, bodyLines = 0 }) {
  const base = PHISH_SOURCE.toString('utf8').replace(/^Subject: .*$/m, `Subject: ${subject}`);
  const more = Array.from({ length: bodyLines }, (_, i) => `Body line ${String(i + 1)} of the long message, padded to look like text.`).join('\r\n');
  return Buffer.from(bodyLines > 0 ? `${base.replace(/\r?\n$/, '')}\r\n${more}\r\n` : base);
}

/** Put the fake server in the scenario's state (from the defaults, so scenarios never leak into each other). */
export function arrange(srv, scenario) {
  const state = defaultState();
  Object.assign(srv.state, state, scenario.state ?? {}, { vars: { ...state.vars, ...(scenario.state?.vars ?? {}) } });
  srv.state.outlookSource = scenario.message ? outlookSource(scenario.message) : PHISH_SOURCE;
}

/** The report the popup shows, from the session cache (input is not on screen). */
function shownReport(popup, subject) {
  return popup.evaluate(async (s) => {
    const all = await chrome.storage.session.get(null);
    const hit = Object.values(all).find((e) => e && typeof e === 'object' && e.report?.message?.subject === s);
    return hit?.report ?? null;
  }, subject);
}

function checkRequests(srv, since, wanted = []) {
  for (const w of wanted) {
    const hits = srv.requestsSince(since, (e) => e.host === w.host && w.path.test(e.path));
    assert.equal(hits.length, w.count, `${String(w.count)} request(s) to ${w.host} matching ${String(w.path)}; log: ${srv.requestsSince(since).map((e) => e.host + e.path).join(' | ')}`);
  }
}

/** Run a scenario (a report expected) or a failure (an error expected); returns the popup and tab, closed. */
export async function runScenario(b, srv, scenario) {
  arrange(srv, scenario);
  const tab = await b.context.newPage();
  await tab.goto(scenario.url);
  const t0 = Date.now();
  const popup = await b.openPopupFor(tab);
  try {
    await popup.waitForSelector('.summary, p.error, .capture-note', { timeout: 20000 });
    if (scenario.error) {
      const error = await popup.textContent('p.error');
      assert.match(error ?? '(no error shown)', scenario.error);
      assert.match(error, scenario.fallback);
      assert.ok(await popup.isVisible('#raw'), 'the paste box is there');
    } else {
      const want = scenario.expect;
      assert.equal(await popup.locator('p.error').count(), 0, await popup.textContent('p.error').catch(() => ''));
      assert.equal(await popup.textContent('.summary .subject'), want.subject);
      if (want.source) assert.match(await popup.textContent('[data-testid=capture-source]'), want.source);
      if (want.hint) assert.match(await popup.textContent('[data-testid=capture-hint]'), want.hint);
      else assert.equal(await popup.locator('[data-testid=capture-hint]').count(), 0, 'no fallback hint');
      if (want.input || want.wholeText) {
        const report = await shownReport(popup, want.subject);
        assert.ok(report, 'the report is in the session cache');
        for (const [k, v] of Object.entries(want.input ?? {})) assert.equal(report.input[k], v, `input.${k}`);
        if (want.wholeText) assert.equal(report.input.size, srv.state.outlookSource.toString('utf8').replace(/\r\n/g, '\n').length, 'every line was read');
      }
    }
    checkRequests(srv, t0, scenario.expect?.requests ?? scenario.requests);
    // Outlook's own service is never asked (the opt-in is gone).
    assert.equal(srv.requestsSince(t0, (e) => e.path.includes('service.svc')).length, 0);
  } finally {
    await popup.close();
    await tab.close();
  }
}
