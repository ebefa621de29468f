import { graphql, login } from '@zjtx/test-kit';

export { COMPLETE_PROFILE, saveProfile } from '@zjtx/platform/testing/profile';

const CURRENT = 'query Current { viewer { enterprise { id version } } }';

/**
 * Waits until profile has created a newly registered legal person's enterprise (it does so on the
 * registration event, moments after registering) and returns its id.
 */
export async function enterpriseCreated(graphqlUrl: string, loginName: string, password: string, timeoutMs = 15_000): Promise<string> {
  const token = await login(graphqlUrl, loginName, password);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await graphql<{ viewer: { enterprise: { id: string } | null } | null }>(graphqlUrl, CURRENT, { token });
    const id = current.data?.viewer?.enterprise?.id;
    if (id) return id;
    if (Date.now() > deadline) throw new TypeError(`${loginName}'s enterprise did not appear within ${timeoutMs} ms: ${JSON.stringify(current.errors)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
