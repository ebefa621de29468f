/**
 * The demo world `npm start` loads: one manufacturing SME in 杭州市西湖区 and one in 宁波,
 * the offices above the first, and an administrator. Ids are fixed so that every subgraph
 * refers to the same enterprise. Demo seed only — never loaded with NODE_ENV=production.
 */
export const DEMO_PASSWORD = 'Zjtx@2026';

export const DEMO_ENTERPRISES = [
  {
    id: '5f0c6a1e-3b0a-4d4e-9a51-0b6d2c1e7a01',
    accountId: 'a1b2c3d4-0001-4000-8000-000000000001',
    loginName: 'demo',
    uscc: '91330106MA2H3X7Q1P',
    name: '杭州西湖智造科技有限公司',
    regionCode: '330106',
    industryCode: '3491',
    legalRepresentative: '王建国',
    contactName: '张丽',
    phone: '13800000001',
  },
  {
    id: '5f0c6a1e-3b0a-4d4e-9a51-0b6d2c1e7a02',
    accountId: 'a1b2c3d4-0001-4000-8000-000000000002',
    loginName: 'demo3302',
    uscc: '91330212MA2GH4KL2T',
    name: '宁波甬江精密机械有限公司',
    regionCode: '330212',
    industryCode: '3421',
    legalRepresentative: '陈海波',
    contactName: '林小燕',
    phone: '13800000002',
    /** A complete 企业基本情况, so the demo shows a filled-in profile and its size class. */
    profile: {
      mailingAddress: '浙江省宁波市北仑区新碶街道明州路 188 号',
      postcode: '315800',
      legalRepresentative: '陈海波',
      legalRepresentativePhone: '0574-86881234',
      legalRepresentativeMobile: '13800000012',
      contactName: '林小燕',
      contactPhone: '0574-86885678',
      contactMobile: '13800000002',
      email: 'linxiaoyan@example.com',
      fax: '0574-86889999',
      nicheField: '金属切削机床制造',
      mainProduct: '指用于加工金属的各种切削加工数控机床及普通机床的制造',
      registeredOn: '2012-08-16',
      registeredCapital: '3000.00',
      employees: 320,
      revenueLastYear: '18650.00',
      totalAssetsLastYear: '22400.00',
    },
  },
] as const;

export const DEMO_OFFICES = [
  { id: 'a1b2c3d4-0002-4000-8000-000000000001', loginName: 'county330106', displayName: '杭州市西湖区经济和信息化局', level: 'COUNTY', regionCode: '330106' },
  { id: 'a1b2c3d4-0002-4000-8000-000000000002', loginName: 'city3301', displayName: '杭州市经济和信息化局', level: 'CITY', regionCode: '330100' },
  { id: 'a1b2c3d4-0002-4000-8000-000000000005', loginName: 'city3302', displayName: '宁波市经济和信息化局', level: 'CITY', regionCode: '330200' },
  { id: 'a1b2c3d4-0002-4000-8000-000000000003', loginName: 'province33', displayName: '浙江省经济和信息化厅', level: 'PROVINCE', regionCode: '330000' },
  { id: 'a1b2c3d4-0002-4000-8000-000000000004', loginName: 'ministry', displayName: '工业和信息化部中小企业局', level: 'MINISTRY', regionCode: '000000' },
] as const;

export const DEMO_ADMIN = { id: 'a1b2c3d4-0003-4000-8000-000000000001', loginName: 'admin', displayName: '平台管理员' } as const;

/**
 * A partner system with read access to enterprises in 浙江省. Its secret is demo-only and
 * printed by `npm start`; real partner clients are created by an administrator.
 */
export const DEMO_PARTNER = {
  id: 'a1b2c3d4-0004-4000-8000-000000000001',
  clientId: 'demo-partner',
  clientSecret: 'demo-partner-secret-Zjtx2026',
  name: '浙江省企业服务综合平台（演示）',
  scopes: ['enterprises:read'],
  regionCode: '330000',
} as const;
