/**
 * The built-in registry behind the local real-name adapter: the demo enterprises and a few
 * more, all fictional, with valid check characters. It stands in for the national enterprise
 * credit registry in development and tests; registering one of these USCCs lets a new
 * account pass 实名认证.
 */
export const LOCAL_REGISTRY: readonly { uscc: string; name: string; legalRepresentative: string }[] = [
  { uscc: '91330106MA2H3X7Q1P', name: '杭州西湖智造科技有限公司', legalRepresentative: '王建国' },
  { uscc: '91330212MA2GH4KL2T', name: '宁波甬江精密机械有限公司', legalRepresentative: '陈海波' },
  { uscc: '91330106MA2J8K9L36', name: '杭州之江数控装备有限公司', legalRepresentative: '李晓东' },
  { uscc: '91330108MA28XY5P2L', name: '杭州滨江感知芯片有限公司', legalRepresentative: '赵敏' },
  { uscc: '91330110MA2KB7C4X3', name: '杭州余杭新材料股份有限公司', legalRepresentative: '孙立平' },
  { uscc: '91330212MA2CD6E8FF', name: '宁波北仑模具制造有限公司', legalRepresentative: '周永强' },
  { uscc: '91440300MA5G7H8J9N', name: '深圳南山精密光学有限公司', legalRepresentative: '黄志伟' },
  { uscc: '91320505MA1N2P3Q40', name: '苏州高新智能传感有限公司', legalRepresentative: '吴静' },
  { uscc: '91110108MA01R4T5UP', name: '北京海淀工业软件有限公司', legalRepresentative: '刘洋' },
  { uscc: '91330104MA2GQ3W6EU', name: '杭州江干绿色包装有限公司', legalRepresentative: '郑红' },
];
