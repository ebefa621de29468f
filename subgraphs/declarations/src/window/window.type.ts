import { Connection, provinceName } from '@zjtx/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Tier } from '../declaration/declaration.entity';
import { RuleVersionEnum } from '../eligibility/eligibility.type';
import type { DeclarationWindowEntity } from './window.entity';
import { NATIONAL } from './window.service';

export enum WindowStatus {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(WindowStatus, { name: 'DeclarationWindowStatus', description: 'Whether a window has not opened yet, is open now, or has closed.' });

@ObjectType()
class ReviewDeadline {
  @Field(() => String, { description: 'COUNTY, CITY, PROVINCE or MINISTRY.' }) level!: string;
  @Field(() => String, { description: 'YYYY-MM-DD (Beijing).' }) date!: string;
}

@ObjectType({ description: 'A declaration window (申报批次): a tier, a region, dates and the rule version it is judged under.' })
export class DeclarationWindow {
  @Field(() => ID) id!: string;
  @Field(() => Tier) tier!: Tier;
  @Field(() => String) name!: string;
  @Field(() => RuleVersionEnum) ruleVersion!: RuleVersionEnum;
  @Field(() => String, { description: 'A province (330000), a city (330100), or 000000 for the whole country.' }) regionCode!: string;
  @Field(() => String, { description: '全国, or the province.' }) provinceName!: string;
  @Field(() => WindowStatus) status!: WindowStatus;
  @Field(() => Date) opensAt!: Date;
  @Field(() => Date) closesAt!: Date;
  @Field(() => [ReviewDeadline], { description: 'In the order of the review chain.' }) reviewDeadlines!: ReviewDeadline[];
  @Field(() => ID, { nullable: true, description: 'The notice (公告) of the batch, if published here.' }) announcementId!: string | null;
  @Field(() => String, { nullable: true, description: 'The office that opened it.' }) openedByName!: string | null;

  static from(entity: DeclarationWindowEntity, now = new Date()): DeclarationWindow {
    return Object.assign(new DeclarationWindow(), {
      id: entity.id,
      tier: entity.tier,
      name: entity.name,
      ruleVersion: entity.ruleVersion as RuleVersionEnum,
      regionCode: entity.regionCode,
      provinceName: entity.regionCode === NATIONAL ? '全国' : (provinceName(entity.regionCode) ?? entity.regionCode),
      status: entity.opensAt > now ? WindowStatus.UPCOMING : entity.closesAt > now ? WindowStatus.OPEN : WindowStatus.CLOSED,
      opensAt: entity.opensAt,
      closesAt: entity.closesAt,
      reviewDeadlines: (['COUNTY', 'CITY', 'PROVINCE', 'MINISTRY'] as const).flatMap((level) => (entity.reviewDeadlines[level] ? [{ level, date: entity.reviewDeadlines[level]! }] : [])),
      announcementId: entity.announcementId ?? null,
      openedByName: entity.openedByName ?? null,
    });
  }
}

@ObjectType({ description: 'Declaration windows, the soonest to close first.' })
export class DeclarationWindowConnection extends Connection(DeclarationWindow, 'DeclarationWindow') {}
