import { Anchor, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnnouncementList_AnnouncementFragment } from '../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../i18n';
import { formatDate } from '../i18n/format';
import { paths } from '../paths';
import classes from './AnnouncementList.module.css';

interface AnnouncementListProps {
  announcements: readonly AnnouncementList_AnnouncementFragment[];
  /** Names the list for assistive technology, e.g. "部级公告列表". */
  label: string;
  /** Say 部级 / 省级 on each line (a list of both levels). */
  showLevel?: boolean;
}

/** Title, document number and date per line, in the order given (the API sorts newest first). */
export function AnnouncementList({ announcements, label, showLevel = false }: AnnouncementListProps) {
  const { t, i18n } = useTranslation();
  if (announcements.length === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {t('announcements.empty')}
      </Text>
    );
  }
  return (
    <ul className={classes.list} aria-label={label}>
      {announcements.map((announcement) => (
        <li key={announcement.id} className={classes.item}>
          <div className={classes.main} lang={CONTENT_LANGUAGE}>
            <Anchor component={Link} to={paths.announcement(announcement.id)} className={classes.title} lineClamp={2}>
              {announcement.title}
            </Anchor>
            <div className={classes.meta}>
              {showLevel && (
                // In the interface language, inside a line marked as Chinese content.
                <Badge variant="outline" size="sm" radius="sm" lang={i18n.language}>
                  {t(`announcements.level.${announcement.level}`)}
                </Badge>
              )}
              {announcement.provinceName && (
                <Badge variant="light" size="sm" radius="sm">
                  {announcement.provinceName}
                </Badge>
              )}
              {announcement.documentNumber && (
                <Text span size="sm" c="dimmed">
                  {announcement.documentNumber}
                </Text>
              )}
            </div>
          </div>
          <Text span size="sm" c="dimmed" className={classes.date}>
            <time dateTime={announcement.publishedAt}>{formatDate(announcement.publishedAt)}</time>
          </Text>
        </li>
      ))}
    </ul>
  );
}
