import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessage } from '../lib/handle-message';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    // Only our own pages and content scripts; never another extension or a web page.
    const trusted = sender.id === browser.runtime.id;
    void handleMessage(message, trusted, { now: () => Date.now() }).then(sendResponse);
    return true; // keep the channel open for the async reply (works in Chrome and Firefox alike)
  });
});
