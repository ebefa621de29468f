import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusTimeline_EntryFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { levelKey } from './declarationFormat';

/** 办理进度: every step, oldest first — what happened, at which level, when, by whom, and why. */
export function StatusTimeline({ history, headingId }: { history: readonly StatusTimeline_EntryFragment[]; headingId: string }) {
  const { t } = useTranslation();
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} aria-labelledby={headingId} role="list">
      {history.map((step, index) => (
        <Timeline.Item
          key={`${step.at}-${index}`}
          role="listitem"
          title={
            <>
              {t(`declaration.action.${step.action}`)}
              {step.level && (
                <Text span size="sm" c="dimmed" fw={400}>
                  {' · '}
                  {t(levelKey(step.level))}
                </Text>
              )}
            </>
          }
        >
          <Text size="sm" c="dimmed">
            {formatDateTime(step.at)}
            {step.versionNumber !== null && ` · ${t('declaration.timeline.version', { number: step.versionNumber })}`}
          </Text>
          <Text size="sm">
            {step.actorName ? <span lang={CONTENT_LANGUAGE}>{step.actorName}</span> : t('declaration.timeline.enterprise')}
          </Text>
          {step.reason && (
            <Text size="sm" mt={2}>
              {t('declaration.timeline.reason')}
              <span lang={CONTENT_LANGUAGE}>{step.reason}</span>
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
