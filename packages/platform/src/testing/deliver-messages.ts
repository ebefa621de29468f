import { graphql, login } from '@zjtx/test-kit';
import { DEMO_PASSWORD } from '../demo/demo-data';

/**
 * Sends messages to an enterprise of 杭州市西湖区 the way an office does (a notice from
 * county330106 through the gateway), until `received` resolves: the first ones may go out
 * before the gateway's upstream subscription is listening.
 */
export async function deliverTestMessages<T>(url: string, enterpriseId: string, received: () => Promise<T>, attempts = 10): Promise<T> {
  const office = await login(url, 'county330106', DEMO_PASSWORD);
  for (let attempt = 1; ; attempt += 1) {
    const sent = await graphql(url, 'mutation ($input: SendEnterpriseNoticeInput!) { sendEnterpriseNotice(input: $input) { userErrors { code message } } }', {
      token: office,
      variables: { input: { category: 'SYSTEM', title: `测试消息 ${attempt}`, body: '订阅测试', enterpriseIds: [enterpriseId] } },
    });
    if (sent.data?.sendEnterpriseNotice.userErrors.length) throw new TypeError(JSON.stringify(sent.data.sendEnterpriseNotice.userErrors));
    try {
      return await received();
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
