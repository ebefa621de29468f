import { graphql } from '@zjtx/test-kit';

const OUTBOX = 'query Outbox($phone: String!) { devSmsOutbox(phone: $phone, first: 20) { id text } }';

interface OutboxMessage {
  id: string;
  text: string;
}

async function messages(graphqlUrl: string, phone: string): Promise<OutboxMessage[]> {
  const result = await graphql<{ devSmsOutbox: OutboxMessage[] }>(graphqlUrl, OUTBOX, { variables: { phone } });
  if (!result.data) throw new TypeError(`devSmsOutbox(${phone}) failed: ${JSON.stringify(result.errors)}`);
  return result.data.devSmsOutbox;
}

/**
 * Runs `send` (which should make the platform text a code to `phone`) and returns the code from
 * the first new message in the dev SMS outbox — what a demo user reads on the 开发短信箱 page.
 */
export async function codeSentDuring(graphqlUrl: string, phone: string, send: () => Promise<unknown>, timeoutMs = 10_000): Promise<string> {
  const before = new Set((await messages(graphqlUrl, phone)).map((message) => message.id));
  await send();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const fresh = (await messages(graphqlUrl, phone)).find((message) => !before.has(message.id));
    const code = fresh?.text.match(/验证码\s*(\d{6})/)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new TypeError(`no new code for ${phone} within ${timeoutMs} ms`);
}
