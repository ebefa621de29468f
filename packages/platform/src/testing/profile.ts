import { graphql, login } from '@zjtx/test-kit';

/** A complete, valid 企业基本情况 of the demo's 西湖区 enterprise (UpdateEnterpriseProfileInput without id and version): a small enterprise. */
export const COMPLETE_PROFILE = {
  mailingAddress: '浙江省杭州市西湖区文三路 90 号',
  postcode: '310012',
  regionCode: '330106',
  legalRepresentative: '王建国',
  legalRepresentativePhone: '0571-88880000',
  legalRepresentativeMobile: '13800000001',
  contactName: '张丽',
  contactPhone: null,
  contactMobile: '13900000001',
  email: 'office@xihu-zhizao.example.cn',
  fax: '0571-88880001',
  industryCode: '3491',
  registeredOn: '2016-06-01',
  registeredCapital: 500,
  employees: 80,
  revenueLastYear: 3000,
  totalAssetsLastYear: 4000,
};

const CURRENT = 'query Current { viewer { enterprise { id version } } }';
const UPDATE = 'mutation Update($input: UpdateEnterpriseProfileInput!) { updateEnterpriseProfile(input: $input) { enterprise { version } userErrors { code message } } }';

/** Saves a complete profile for a legal person through the API (for tests whose subject is not the form). */
export async function saveProfile(graphqlUrl: string, loginName: string, password: string, profile = COMPLETE_PROFILE): Promise<void> {
  const token = await login(graphqlUrl, loginName, password);
  const current = await graphql<{ viewer: { enterprise: { id: string; version: number } | null } | null }>(graphqlUrl, CURRENT, { token });
  const enterprise = current.data?.viewer?.enterprise;
  if (!enterprise) throw new TypeError(`${loginName} has no enterprise: ${JSON.stringify(current.errors)}`);
  const saved = await graphql<{ updateEnterpriseProfile: { enterprise: { version: number } | null; userErrors: { code: string; message: string }[] } }>(graphqlUrl, UPDATE, {
    token,
    variables: { input: { enterpriseId: enterprise.id, expectedVersion: enterprise.version, ...profile } },
  });
  if (!saved.data?.updateEnterpriseProfile.enterprise) throw new TypeError(`saving ${loginName}'s profile failed: ${JSON.stringify(saved.data ?? saved.errors)}`);
}
