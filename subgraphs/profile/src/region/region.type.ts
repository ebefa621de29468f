import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { RegionLevel, type RegionNode } from './region.catalogue';

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Level of a GB/T 2260 region.',
  valuesConfig: {
    PROVINCE: { description: '省级: province, autonomous region or 直辖市 (330000, 110000).' },
    CITY: { description: '地级: city, prefecture, league or autonomous prefecture (330100).' },
    COUNTY: { description: '县级: district, county, county-level city or banner (330106); also those a province or 直辖市 governs directly.' },
  },
});

// An entity so other subgraphs can return a region by its code (RegionReference) and the gateway resolves them here.
@Directive('@key(fields: "code")')
@ObjectType({
  description:
    'A region of GB/T 2260 行政区划代码. A tree for a cascader: province → city → county, choose down to a leaf (`isLeaf`). ' +
    'The districts and counties of a 直辖市 (北京 110101) and the county-level units a province governs directly (济源 419001) are children of the province; ' +
    'a city without counties (东莞 441900) is itself a leaf.',
})
export class Region {
  @Field(() => String, { description: 'Six-digit code: 330000 province, 330100 city, 330106 county.' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 西湖区.' })
  name!: string;

  @Field(() => RegionLevel, { description: '省级, 地级 or 县级.' })
  level!: RegionLevel;

  @Field(() => String, { nullable: true, description: 'Code of the region one level up; null for a province.' })
  parentCode!: string | null;

  @Field(() => Boolean, { description: 'True when the region has no children: the last choice of the cascader.' })
  isLeaf!: boolean;

  static from(node: RegionNode): Region {
    return Object.assign(new Region(), {
      code: node.code,
      name: node.name,
      level: node.level,
      parentCode: node.parentCode,
      isLeaf: node.childCodes.length === 0,
    });
  }
}
