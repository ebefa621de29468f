import { ApiError, ErrorCode, Public } from '@zjtx/subgraph-kit';
import { Arg, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { industryCatalogue } from './industry.catalogue';
import { Industry } from './industry.type';

const SEARCH_DEFAULT = 20;
const SEARCH_MAX = 50;

/** A typeahead needs a screenful, not the whole list: 20 unless asked, never more than 50. */
function searchLimit(first: number | null | undefined): number {
  const limit = first ?? SEARCH_DEFAULT;
  if (limit < 0 || limit > SEARCH_MAX) throw new ApiError(ErrorCode.BAD_USER_INPUT, `\`first\` must be between 0 and ${SEARCH_MAX}.`);
  return limit;
}

/** GB/T 4754-2017 for the industry picker: expand level by level, or search; public reference data. */
@Resolver(() => Industry)
export class IndustryResolver {
  @Public()
  @Query(() => [Industry], { description: 'The children of an industry, in code order (one "+" of the picker); the 20 门类 when `parentCode` is null; empty for a 小类 or an unknown code.' })
  industries(@Arg('parentCode', () => String, { nullable: true, description: 'Code of the industry to expand; omit for the top level.' }) parentCode?: string | null): Industry[] {
    return industryCatalogue.children(parentCode).map(Industry.from);
  }

  @Public()
  @Query(() => Industry, { nullable: true, description: 'One industry by its code (C, 34, 349 or 3491), or null if there is none.' })
  industry(@Arg('code', () => String, { description: 'A 门类 letter or a 2-, 3- or 4-digit code.' }) code: string): Industry | null {
    const node = industryCatalogue.get(code);
    return node ? Industry.from(node) : null;
  }

  @Public()
  @Query(() => [Industry], {
    description: 'Last-level industries (小类) matching every word of `query`: by code prefix (3491, 349, C349), then name, then the name of a 门类/大类/中类 above, then explanatory note. Best matches first.',
  })
  searchIndustries(
    @Arg('query', () => String, { description: 'Words or a code, e.g. 机器人 or 3491.' }) query: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many to return: 20 unless given, at most 50.' }) first?: number | null,
  ): Industry[] {
    return industryCatalogue.search(query, searchLimit(first)).map(Industry.from);
  }

  @FieldResolver(() => [Industry], { description: 'From the 门类 down to this industry, itself included (门类 > 大类 > 中类 > 小类).' })
  path(@Root() industry: Industry): Industry[] {
    return industryCatalogue.path(industry.code).map(Industry.from);
  }
}
