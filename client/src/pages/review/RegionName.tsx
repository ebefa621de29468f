import { useReviewRegionNameQuery } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';

/** A region's name from its code (the code until it is known, or if it is not). */
export function RegionName({ code }: { code: string }) {
  const { data } = useReviewRegionNameQuery({ variables: { code } });
  const name = data?.region?.name;
  return name ? <span lang={CONTENT_LANGUAGE}>{name}</span> : <span>{code}</span>;
}
