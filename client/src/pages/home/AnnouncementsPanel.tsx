import { Anchor, Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnnouncementLevel, AnnouncementList_AnnouncementFragment } from '../../__generated__/graphql';
import { AnnouncementList } from '../../components/AnnouncementList';
import { QueryError } from '../../components/QueryError';
import { paths } from '../../paths';
import { SectionHeading } from './SectionHeading';
import classes from './HomePage.module.css';

interface AnnouncementsPanelProps {
  level: AnnouncementLevel;
  title: string;
  /** undefined while the first response is on its way */
  announcements: readonly AnnouncementList_AnnouncementFragment[] | undefined;
  error: unknown;
  onRetry: () => void;
}

export function AnnouncementsPanel({ level, title, announcements, error, onRetry }: AnnouncementsPanelProps) {
  const { t } = useTranslation();
  const headingId = `announcements-${level.toLowerCase()}`;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="lg" className={classes.panel}>
      <SectionHeading
        id={headingId}
        title={title}
        aside={
          // The visible 更多 is ambiguous out of context; the accessible name says which list.
          <Anchor
            component={Link}
            to={`${paths.announcements}?level=${level}`}
            size="sm"
            fw={500}
            aria-label={t('home.moreLabel', { section: title })}
          >
            {t('home.more')}
          </Anchor>
        }
      />
      {announcements ? (
        <AnnouncementList announcements={announcements} label={t('announcements.listLabel', { section: title })} />
      ) : error ? (
        <QueryError message={t('announcements.loadError')} onRetry={onRetry} />
      ) : (
        <Stack gap="md" py="xs" aria-hidden="true">
          {[0, 1, 2, 3].map((row) => (
            <Skeleton key={row} height={18} width={`${90 - row * 12}%`} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
