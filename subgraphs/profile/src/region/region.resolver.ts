import { Public } from '@zjtx/subgraph-kit';
import { Arg, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { regionCatalogue } from './region.catalogue';
import { Region } from './region.type';

/** GB/T 2260 regions for the region cascader; public reference data. */
@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @Query(() => [Region], { description: 'The children of a region in code order (one column of the cascader); the 31 provinces when `parentCode` is null; empty for a leaf or an unknown code.' })
  regions(@Arg('parentCode', () => String, { nullable: true, description: 'Six-digit code of the region to expand; omit for the provinces.' }) parentCode?: string | null): Region[] {
    return regionCatalogue.children(parentCode).map(Region.from);
  }

  @Public()
  @Query(() => Region, { nullable: true, description: 'One region by its six-digit code, or null if there is none.' })
  region(@Arg('code', () => String, { description: 'Six-digit GB/T 2260 code, e.g. 330106.' }) code: string): Region | null {
    return resolveRegionReference({ code });
  }

  @FieldResolver(() => [Region], { description: 'From the province down to this region, itself included (浙江省 > 杭州市 > 西湖区); the cascader\'s value.' })
  path(@Root() region: Region): Region[] {
    return regionCatalogue.path(region.code).map(Region.from);
  }
}

/** Federation: a region another subgraph returned by its code; null for a code the catalogue does not hold. */
export function resolveRegionReference(reference: { code: string }): Region | null {
  const node = regionCatalogue.get(reference.code);
  return node ? Region.from(node) : null;
}
