import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentHistory_AssessmentFragment } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../paths';
import { formatPoints, statusKey } from './assessmentFormat';
import { useLevelText } from './LevelText';

const STATUS_COLOR = { COMPLETE: 'green', IN_PROGRESS: 'blue', ABANDONED: 'gray' } as const;

/** 评测记录: every attempt, newest first, with a link to its result (or to go on with it). */
export function AssessmentHistoryTable({ attempts }: { attempts: readonly AssessmentHistory_AssessmentFragment[] }) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  if (attempts.length === 0) return <Text c="dimmed">{t('assessment.history.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder aria-labelledby="assessment-history-heading">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessment.history.startedAt')}</Table.Th>
            <Table.Th scope="col">{t('assessment.history.completedAt')}</Table.Th>
            <Table.Th scope="col">{t('assessment.history.status')}</Table.Th>
            <Table.Th scope="col">{t('assessment.history.score')}</Table.Th>
            <Table.Th scope="col">{t('assessment.history.level')}</Table.Th>
            <Table.Th scope="col">{t('assessment.history.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attempts.map((attempt) => {
            const complete = attempt.status === 'COMPLETE';
            const started = formatDateTime(attempt.startedAt);
            return (
              <Table.Tr key={attempt.id}>
                <Table.Td>{started}</Table.Td>
                <Table.Td>{attempt.completedAt ? formatDateTime(attempt.completedAt) : '—'}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[attempt.status]} variant="light">
                    {t(statusKey(attempt.status))}
                  </Badge>
                </Table.Td>
                <Table.Td>{attempt.score === null ? '—' : formatPoints(attempt.score)}</Table.Td>
                <Table.Td>{complete ? levelText(attempt.level) : '—'}</Table.Td>
                <Table.Td>
                  {complete ? (
                    <Anchor component={Link} to={paths.assessmentResult(attempt.id)} aria-label={t('assessment.history.viewLabel', { date: started })}>
                      {t('assessment.history.view')}
                    </Anchor>
                  ) : attempt.status === 'IN_PROGRESS' ? (
                    <Anchor component={Link} to={paths.assessmentAttempt(attempt.id)}>
                      {t('assessment.continue')}
                    </Anchor>
                  ) : (
                    <Anchor component={Link} to={paths.assessmentAttempt(attempt.id)} aria-label={t('assessment.history.answersLabel', { date: started })}>
                      {t('assessment.history.answers')}
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
