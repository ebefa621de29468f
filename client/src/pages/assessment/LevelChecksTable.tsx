import { Badge, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult_AssessmentFragment } from '../../__generated__/graphql';
import { formatPoints } from './assessmentFormat';
import { useLevelText } from './LevelText';

type Check = NonNullable<AssessmentResult_AssessmentFragment['levelChecks']>[number];

/** 等级判定: for each level, highest first, what it needs and what this attempt has. */
export function LevelChecksTable({ checks }: { checks: readonly Check[] }) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  return (
    <section aria-labelledby="level-checks-heading">
      <Title order={3} size="h4" mb="sm" id="level-checks-heading">
        {t('assessment.result.checksTitle')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder withColumnBorders aria-labelledby="level-checks-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('assessment.result.level')}</Table.Th>
              <Table.Th scope="col">{t('assessment.result.checkBase')}</Table.Th>
              <Table.Th scope="col">{t('assessment.result.checkScenes')}</Table.Th>
              <Table.Th scope="col">{t('assessment.result.checkConstraint')}</Table.Th>
              <Table.Th scope="col">{t('assessment.result.checkMet')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {checks.map((check) => (
              <Table.Tr key={check.level}>
                <Table.Th scope="row">{levelText(check.level)}</Table.Th>
                <Table.Td>{t('assessment.result.needsHas', { needs: `≥ ${formatPoints(check.minBaseScore)}`, has: formatPoints(check.baseScore) })}</Table.Td>
                <Table.Td>
                  {t('assessment.result.scenesNeedsHas', { level: levelText(check.level), needs: check.minScenes, has: check.scenes })}
                </Table.Td>
                <Table.Td>{t('assessment.result.needsHas', { needs: `≥ ${check.minConstraintScenes}`, has: check.constraintScenes })}</Table.Td>
                <Table.Td>
                  <Badge color={check.met ? 'green' : 'gray'} variant="light">
                    {check.met ? t('assessment.result.met') : t('assessment.result.notMet')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
