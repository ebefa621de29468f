import { Text } from '@mantine/core';
import type { IndustryNode_IndustryFragment } from '../../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n';

/** An industry as code and name, with the levels above it (门类 > 大类 > 中类) underneath. */
export function IndustryText({ industry }: { industry: IndustryNode_IndustryFragment }) {
  const above = industry.path.filter((level) => level.code !== industry.code);
  return (
    <span lang={CONTENT_LANGUAGE}>
      <Text span fw={500}>
        {industry.code} {industry.name}
      </Text>
      {above.length > 0 && (
        <Text size="sm" c="dimmed" component="span" display="block">
          {above.map((level) => `${level.code} ${level.name}`).join(' › ')}
        </Text>
      )}
    </span>
  );
}
