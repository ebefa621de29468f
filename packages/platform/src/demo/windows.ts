import { Tier } from '@zjtx/declarations';
import { DEMO_OFFICES } from './demo-data';

const DAY = 24 * 60 * 60 * 1000;
/** Batches are counted from 2019's first: 第一批 … */
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const office = (loginName: string) => DEMO_OFFICES.find((o) => o.loginName === loginName)!;

/** YYYY-MM-DD of `date` plus `days`, in Beijing. */
const beijingDate = (date: Date, days: number) => new Date(date.getTime() + days * DAY + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * The demo's declaration batches, dated around the day the demo is first loaded so that a fresh
 * demo always has open windows: 浙江 创新型 and 专精特新 open now, the national 小巨人 batch
 * opening in a month. Kept when the demo restarts later (as anything a user changed is).
 */
export function demoWindows(now: Date) {
  const province = office('province33');
  const ministry = office('ministry');
  const year = Number(beijingDate(now, 0).slice(0, 4));
  const provincial = (id: string, tier: Tier, name: string) => ({
    id,
    tier,
    name,
    ruleVersion: 'RULESET_2026_2',
    regionCode: '330000',
    opensAt: new Date(now.getTime() - 7 * DAY),
    closesAt: new Date(now.getTime() + 60 * DAY),
    reviewDeadlines: { COUNTY: beijingDate(now, 75), CITY: beijingDate(now, 90), PROVINCE: beijingDate(now, 110) },
    openedBy: province.id,
    openedByName: province.displayName,
    createdAt: new Date(now.getTime() - 7 * DAY),
  });
  return [
    provincial('f0000000-0000-4000-8000-000000000001', Tier.INNOVATIVE, `浙江省${year}年创新型中小企业评价`),
    provincial('f0000000-0000-4000-8000-000000000002', Tier.SRDI, `浙江省${year}年专精特新中小企业认定`),
    {
      id: 'f0000000-0000-4000-8000-000000000003',
      tier: Tier.LITTLE_GIANT,
      name: `第${CHINESE_NUMERALS[year - 2019] ?? year - 2018}批专精特新“小巨人”企业培育`,
      ruleVersion: 'RULESET_2026_2',
      regionCode: '000000',
      opensAt: new Date(now.getTime() + 30 * DAY),
      closesAt: new Date(now.getTime() + 75 * DAY),
      reviewDeadlines: { COUNTY: beijingDate(now, 85), CITY: beijingDate(now, 95), PROVINCE: beijingDate(now, 105), MINISTRY: beijingDate(now, 150) },
      openedBy: ministry.id,
      openedByName: ministry.displayName,
      createdAt: now,
    },
  ];
}
