import { browser } from 'wxt/browser';
import { isReply, type Envelope, type MessageType, type Reply, type ResponseOf } from '../../lib/messages';

/** Send a typed request to the background worker; transport failures come back as a Reply too. */
export async function send<K extends MessageType>(envelope: Envelope<K>): Promise<Reply<ResponseOf<K>>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(envelope);
    if (!isReply(reply)) return { ok: false, code: 'internal', message: 'No answer from the background worker.' };
    return reply as Reply<ResponseOf<K>>;
  } catch (e) {
    return { ok: false, code: 'internal', message: e instanceof Error ? e.message : 'The background worker did not answer.' };
  }
}
