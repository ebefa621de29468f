import { pickText } from '@zjtx/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ProfileContext } from '../context';
import { industryCatalogue } from '../industry/industry.catalogue';
import { Industry } from '../industry/industry.type';
import { regionCatalogue } from '../region/region.catalogue';
import { Region } from '../region/region.type';
import { completenessOf, ProfileCompleteness } from './completeness';
import { Enterprise } from './enterprise.type';
import { PROFILE_LOCKED_TEXT } from './profile-lock';
import { SizeClassification, sizeClassificationOf } from './size-class.type';


/** Fields computed from the stored profile: names for codes, the size class, whether it may be edited. */
@Resolver(() => Enterprise)
export class EnterpriseFieldsResolver {
  @FieldResolver(() => Region, { nullable: true, description: '企业注册地 with its path (province > city > county); null for a code no longer in use.' })
  registeredRegion(@Root() enterprise: Enterprise): Region | null {
    const node = regionCatalogue.get(enterprise.regionCode);
    return node ? Region.from(node) : null;
  }

  @FieldResolver(() => Industry, { nullable: true, description: '所属行业 with its path (门类 > 大类 > 中类 > 小类).' })
  industry(@Root() enterprise: Enterprise): Industry | null {
    const node = enterprise.industryCode ? industryCatalogue.get(enterprise.industryCode) : null;
    return node ? Industry.from(node) : null;
  }

  @FieldResolver(() => SizeClassification, { nullable: true, description: '企业规模, computed; null until the industry and the figures its row needs are given.' })
  sizeClassification(@Root() enterprise: Enterprise): SizeClassification | null {
    return sizeClassificationOf(enterprise.industryCode, { employees: enterprise.employees, revenue: enterprise.revenueLastYear, totalAssets: enterprise.totalAssetsLastYear });
  }

  @FieldResolver(() => ProfileCompleteness, { description: 'Whether the basic information is complete enough to declare (the 申报 block prompts otherwise).' })
  profileCompleteness(@Root() enterprise: Enterprise): ProfileCompleteness {
    return completenessOf(enterprise);
  }

  @FieldResolver(() => Boolean, { description: 'Whether 【编辑】 is open: only while the enterprise holds no valid recognition.' })
  editable(@Root() enterprise: Enterprise): boolean {
    return enterprise.activeRecognitions === 0;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the profile cannot be edited, in the caller\'s language; null when it can.' })
  editLockReason(@Root() enterprise: Enterprise, @Ctx() ctx: ProfileContext): string | null {
    return enterprise.activeRecognitions === 0 ? null : pickText(PROFILE_LOCKED_TEXT, ctx.locale);
  }
}
