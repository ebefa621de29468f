/**
 * The table of 中小企业划型标准规定 (工信部联企业〔2011〕300号), RULES.md §4: for each of the 16
 * industry rows, the indicators it uses and, per indicator, the lower limits of 大型 (the SME
 * ceiling), 中型 and 小型. Below the 小型 limit is 微型. Employees in persons, money in 万元.
 */
export const SIZE_INDICATORS = ['employees', 'revenue', 'totalAssets'] as const;
/** X 从业人员, Y 营业收入, Z 资产总额; named like the input fields they come from. */
export type SizeIndicator = (typeof SIZE_INDICATORS)[number];

export const SIZE_ROWS = [
  'AGRICULTURE',
  'INDUSTRY',
  'CONSTRUCTION',
  'WHOLESALE',
  'RETAIL',
  'TRANSPORT',
  'WAREHOUSING',
  'POSTAL',
  'ACCOMMODATION',
  'CATERING',
  'INFORMATION_TRANSMISSION',
  'SOFTWARE_IT_SERVICES',
  'REAL_ESTATE_DEVELOPMENT',
  'PROPERTY_MANAGEMENT',
  'LEASING_BUSINESS_SERVICES',
  'OTHER',
] as const;
export type SizeRow = (typeof SIZE_ROWS)[number];

export interface SizeLimit {
  readonly indicator: SizeIndicator;
  /** 大型 needs at least this; below it on any one indicator the company is an SME. */
  readonly large: number;
  readonly medium: number;
  /** 小型 needs at least this; below it is 微型. */
  readonly small: number;
}

export interface SizeRowDefinition {
  readonly row: SizeRow;
  /** The row's number in the table, 1–16. */
  readonly number: number;
  readonly name: string;
  readonly limits: readonly SizeLimit[];
}

const X = (large: number, medium: number, small: number): SizeLimit => ({ indicator: 'employees', large, medium, small });
const Y = (large: number, medium: number, small: number): SizeLimit => ({ indicator: 'revenue', large, medium, small });
const Z = (large: number, medium: number, small: number): SizeLimit => ({ indicator: 'totalAssets', large, medium, small });

const row = (number: number, rowId: SizeRow, name: string, ...limits: SizeLimit[]): SizeRowDefinition => ({ row: rowId, number, name, limits });

export const SIZE_TABLE: Readonly<Record<SizeRow, SizeRowDefinition>> = {
  AGRICULTURE: row(1, 'AGRICULTURE', '农、林、牧、渔业', Y(20000, 500, 50)),
  INDUSTRY: row(2, 'INDUSTRY', '工业', X(1000, 300, 20), Y(40000, 2000, 300)),
  CONSTRUCTION: row(3, 'CONSTRUCTION', '建筑业', Y(80000, 6000, 300), Z(80000, 5000, 300)),
  WHOLESALE: row(4, 'WHOLESALE', '批发业', X(200, 20, 5), Y(40000, 5000, 1000)),
  RETAIL: row(5, 'RETAIL', '零售业', X(300, 50, 10), Y(20000, 500, 100)),
  TRANSPORT: row(6, 'TRANSPORT', '交通运输业', X(1000, 300, 20), Y(30000, 3000, 200)),
  WAREHOUSING: row(7, 'WAREHOUSING', '仓储业', X(200, 100, 20), Y(30000, 1000, 100)),
  POSTAL: row(8, 'POSTAL', '邮政业', X(1000, 300, 20), Y(30000, 2000, 100)),
  ACCOMMODATION: row(9, 'ACCOMMODATION', '住宿业', X(300, 100, 10), Y(10000, 2000, 100)),
  CATERING: row(10, 'CATERING', '餐饮业', X(300, 100, 10), Y(10000, 2000, 100)),
  INFORMATION_TRANSMISSION: row(11, 'INFORMATION_TRANSMISSION', '信息传输业', X(2000, 100, 10), Y(100000, 1000, 100)),
  SOFTWARE_IT_SERVICES: row(12, 'SOFTWARE_IT_SERVICES', '软件和信息技术服务业', X(300, 100, 10), Y(10000, 1000, 50)),
  REAL_ESTATE_DEVELOPMENT: row(13, 'REAL_ESTATE_DEVELOPMENT', '房地产开发经营', Y(200000, 1000, 100), Z(10000, 5000, 2000)),
  PROPERTY_MANAGEMENT: row(14, 'PROPERTY_MANAGEMENT', '物业管理', X(1000, 300, 100), Y(5000, 1000, 500)),
  LEASING_BUSINESS_SERVICES: row(15, 'LEASING_BUSINESS_SERVICES', '租赁和商务服务业', X(300, 100, 10), Z(120000, 8000, 100)),
  OTHER: row(16, 'OTHER', '其他未列明行业', X(300, 100, 10)),
};

/** The inputs a row needs, in the table's order (e.g. 建筑业: revenue and total assets). */
export const sizeIndicatorsOf = (sizeRow: SizeRow): SizeIndicator[] => SIZE_TABLE[sizeRow].limits.map((limit) => limit.indicator);
