// @vitest-environment happy-dom
// The selector tables are plain data (lib/ stays pure); this test needs a DOM to parse them and to run them
// against the reconstructed pages in tests/fixtures/dom/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GMAIL, GMAIL_EVIDENCE } from '../../../lib/webmail/gmail-selectors';
import { OUTLOOK, OUTLOOK_EVIDENCE } from '../../../lib/webmail/outlook-selectors';
import type { SelectorEvidence } from '../../../lib/webmail/selector-evidence';

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(`tests/fixtures/dom/${file}`, 'utf8'), 'text/html');
}

const tables: [string, Record<string, string>, Record<string, SelectorEvidence>][] = [
  ['GMAIL', GMAIL, GMAIL_EVIDENCE],
  ['OUTLOOK', OUTLOOK, OUTLOOK_EVIDENCE],
];

describe.each(tables)('%s selectors', (_name, table, evidence) => {
  it.each(Object.keys(table))('%s: valid CSS with a dated public source', (key) => {
    expect(() => document.querySelector(table[key] ?? '')).not.toThrow();
    const e = evidence[key];
    expect(e?.confirmed).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
    expect(e?.source.length).toBeGreaterThan(20);
  });

  it('has no evidence for a selector that no longer exists', () => {
    expect(Object.keys(evidence).sort()).toEqual(Object.keys(table).sort());
  });
});

describe('the selectors find what the fixtures model', () => {
  it('a Gmail conversation', () => {
    const doc = load('gmail-thread.html');
    for (const key of [
      'main',
      'threadSubject',
      'toolbar',
      'messageBySyncId',
      'messageByLegacyId',
      'messageBody',
      'messageWrapper',
      'sender',
      'date',
    ] as const) {
      expect(doc.querySelector(GMAIL[key]), key).not.toBeNull();
    }
    expect(doc.querySelector(GMAIL.sender)?.getAttribute('email')).toBe('service@paypal.com');
  });

  it('Gmail with hidden duplicate views: every view has its own main and toolbar', () => {
    const doc = load('gmail-thread-hidden-views.html');
    expect(doc.querySelectorAll(GMAIL.main).length).toBeGreaterThan(1);
    expect(doc.querySelectorAll(GMAIL.toolbar).length).toBeGreaterThan(1);
  });

  it("Gmail's Show-original page", () => {
    expect(load('gmail-show-original.html').querySelector(GMAIL.rawMessageText)?.id).toBe('raw_message_text');
  });

  it.each(['outlook-source-dialog.html', 'outlook-details-dialog.html', 'outlook-source-plain-dialog.html'])(
    'Outlook: %s',
    (file) => {
      const doc = load(file);
      expect(doc.querySelector(OUTLOOK.readingPane)).not.toBeNull();
      const dialog = doc.querySelector(OUTLOOK.dialog);
      expect(dialog).not.toBeNull();
      expect(dialog?.querySelector(OUTLOOK.dialogControls)).not.toBeNull();
    },
  );
});
