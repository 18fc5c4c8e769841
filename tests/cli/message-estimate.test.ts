import { describe, expect, it } from 'vitest';
import { estimateMessages } from '../../cli/message-estimate';

const message = (n: number, body = 'x'.repeat(100)) =>
  `From sender${String(n)}@example.org Sat Jun  1 14:02:10 2024\nSubject: ${String(n)}\n\n${body}\n`;
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('estimateMessages', () => {
  it('counts the From_ lines exactly when the head is the whole file', () => {
    const text = [1, 2, 3, 4, 5].map((n) => message(n)).join('');
    expect(estimateMessages([bytes(text)], text.length)).toBe(5);
  });

  it('counts across head pieces and ignores "From " that does not start a line', () => {
    const text = message(1, 'Reply From someone') + message(2);
    const cut = 70;
    expect(estimateMessages([bytes(text.slice(0, cut)), bytes(text.slice(cut))], text.length)).toBe(2);
  });

  it('scales the messages of the head by the file size', () => {
    const one = message(1);
    const head = [1, 2, 3, 4].map((n) => message(n)).join('');
    expect(estimateMessages([bytes(head)], one.length * 4000)).toBe(4000);
  });

  it('knows nothing of standard input (no size) and of an empty head', () => {
    expect(estimateMessages([bytes(message(1))], null)).toBeNull();
    expect(estimateMessages([], 100)).toBe(0);
  });
});
