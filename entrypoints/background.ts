import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessage } from '../lib/handle-message';
import { registerWebmailUpload } from './background/webmail-upload';
import { analysisDeps } from './background/analysis-deps';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    // Only our own pages and content scripts; never another extension or a web page.
    const trusted = sender.id === browser.runtime.id;
    void analysisDeps()
      .then((deps) => handleMessage(message, trusted, deps))
      .then(sendResponse);
    return true; // keep the channel open for the async reply (works in Chrome and Firefox alike)
  });
  registerWebmailUpload(async (raw) => handleMessage({ type: 'analyze', payload: { raw } }, true, await analysisDeps()));
});
