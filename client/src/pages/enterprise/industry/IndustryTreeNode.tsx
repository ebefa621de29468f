import { ActionIcon, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndustryNode_IndustryFragment } from '../../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n';
import { IndustryChildren } from './IndustryChildren';
import { IndustryChoice } from './IndustryChoice';

interface IndustryTreeNodeProps {
  industry: IndustryNode_IndustryFragment;
  selectedCode: string;
  onSelect: (industry: IndustryNode_IndustryFragment) => void;
}

/** One industry of the tree: a 小类 to choose, or a level that "+" expands (as in the manual). */
export function IndustryTreeNode({ industry, selectedCode, onSelect }: IndustryTreeNodeProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  if (industry.isLeaf) {
    return (
      <li>
        <IndustryChoice industry={industry} selected={industry.code === selectedCode} onSelect={onSelect} />
      </li>
    );
  }
  const names = { code: industry.code, name: industry.name };
  return (
    <li>
      <Group gap="xs" wrap="nowrap" py={4}>
        <ActionIcon
          variant="default"
          size="sm"
          aria-expanded={expanded}
          aria-label={t(expanded ? 'industry.collapse' : 'industry.expand', names)}
          onClick={() => setExpanded((open) => !open)}
        >
          <span aria-hidden="true">{expanded ? '−' : '+'}</span>
        </ActionIcon>
        <Text span lang={CONTENT_LANGUAGE}>
          {industry.code} {industry.name}
        </Text>
      </Group>
      {expanded && <IndustryChildren parentCode={industry.code} selectedCode={selectedCode} onSelect={onSelect} />}
    </li>
  );
}
