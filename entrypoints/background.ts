import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessage } from '../lib/handle-message';
import { registerWebmailUpload } from './background/webmail-upload';
import { registerAnalyzePort } from './background/analyze-port';
import { analysisDeps } from './background/analysis-deps';
import { dropRetiredSettings } from './background/settings-store';
import { analyze } from '../lib/analyze';
import type { Deps } from '../lib/deps';
import type { Reply } from '../lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    // Only our own pages and content scripts; never another extension or a web page.
    const trusted = sender.id === browser.runtime.id;
    void withDeps((deps) => handleMessage(message, trusted, deps)).then(sendResponse);
    return true; // keep the channel open for the async reply (works in Chrome and Firefox alike)
  });
  // The upload's size and sender were checked by its protocol; analyze() never throws.
  registerWebmailUpload((raw) => withDeps(async (deps) => ({ ok: true, value: await analyze(raw, deps) })));
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'update') void dropRetiredSettings();
  });
  // The popup's paste box and files: the offline report at once, then the live checks as they answer.
  registerAnalyzePort((raw, options) => withDeps(async (deps) => ({ ok: true, value: await analyze(raw, deps, options) })));
});

/**
 * Run with this analysis's dependencies. Setting them up can fail (the packaged Public Suffix List unreadable):
 * that is an error reply the popup shows, never a reply that does not come.
 */
async function withDeps<T>(run: (deps: Deps) => Promise<Reply<T>>): Promise<Reply<T>> {
  let deps: Deps;
  try {
    deps = await analysisDeps();
  } catch (e) {
    return { ok: false, code: 'internal', message: `headerscope could not start the analysis: ${e instanceof Error ? e.message : 'unknown error'}` };
  }
  return run(deps);
}
