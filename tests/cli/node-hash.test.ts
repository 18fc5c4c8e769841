import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHash } from '../../cli/node-hash';
import { verifyDkim, type SignedMessage } from '../../lib/dkim';
import { intake, splitHeaderBlock } from '../../lib/mime';
import { decodeInput, suffixBytes } from '../../lib/mime/received-bytes';
import { FIXTURES, keyResolver, now, rfcKeys } from '../lib/dkim/message';

/** A SignedMessage from bytes as analyze() builds it (body octets as received) or from the decoded text (a paste). */
function signed(bytes: Uint8Array, withOctets: boolean): SignedMessage {
  const input = decodeInput(bytes);
  const taken = intake(input.text);
  if (!taken.ok) return { fields: [], body: null };
  const block = splitHeaderBlock(taken.lines, taken.rest, taken.whole);
  const bodyBytes = withOctets && block.body !== null ? suffixBytes(input, block.body.length) : undefined;
  return { fields: block.fields, body: block.body, bodyBytes, crlfOnly: taken.lineEnding === 'crlf' };
}

const FILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.eml'));

describe("DKIM with the CLI's node:crypto body hash gives WebCrypto's results", () => {
  it.each(FILES.flatMap((f) => [[f, true] as const, [f, false] as const]))(
    '%s (body octets: %s)',
    async (file, withOctets) => {
      const msg = signed(readFileSync(path.join(FIXTURES, file)), withOctets);
      const webcrypto = await verifyDkim(msg, { dns: keyResolver(rfcKeys()), now });
      const node = await verifyDkim(msg, { dns: keyResolver(rfcKeys()), now, hash: nodeHash });
      expect(webcrypto.length).toBeGreaterThan(0);
      expect(node).toEqual(webcrypto);
    },
  );
});
