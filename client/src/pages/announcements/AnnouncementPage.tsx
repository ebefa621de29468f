import { Alert, Anchor, Container, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAnnouncementPageQuery } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { paths } from '../../paths';
import { AnnouncementAttachments } from './AnnouncementAttachments';
import classes from './AnnouncementPage.module.css';

export function AnnouncementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Asked again on each visit: download links expire after 10 minutes.
  const { data, error, loading, refetch } = useAnnouncementPageQuery({ variables: { id }, fetchPolicy: 'cache-and-network' });
  const announcement = data?.announcement;
  usePageTitle(announcement?.title ?? t('announcements.title'));

  const backLink = (
    <Anchor component={Link} to={paths.announcements} size="sm">
      {t('announcements.backToList')}
    </Anchor>
  );

  if (loading && !data) {
    return (
      <Container size="md" py="xl">
        <Loader size="sm" aria-label={t('announcements.loading')} />
      </Container>
    );
  }
  if (!announcement) {
    return (
      <Container size="md" py="xl">
        <Title order={1} size="h2" mb="md">
          {t('announcements.title')}
        </Title>
        {error ? (
          <QueryError message={t('announcements.loadError')} onRetry={() => void refetch()} />
        ) : (
          <Alert color="gray" variant="light">
            {t('announcements.notFound')}
          </Alert>
        )}
        <Group mt="md">{backLink}</Group>
      </Container>
    );
  }
  return (
    <Container size="md" py="xl">
      {backLink}
      <Paper component="article" withBorder radius="md" p="xl" mt="sm">
        <Title order={1} size="h2" ta="center" className={classes.title} lang={CONTENT_LANGUAGE}>
          {announcement.title}
        </Title>
        <Group justify="center" gap="lg" mt="sm" mb="lg" className={classes.meta}>
          <Text span size="sm" c="dimmed">
            {t(`announcements.level.${announcement.level}`)}
            {announcement.provinceName && <span lang={CONTENT_LANGUAGE}> · {announcement.provinceName}</span>}
          </Text>
          {announcement.documentNumber && (
            <Text span size="sm" c="dimmed">
              {t('announcements.documentNumber')}
              <span lang={CONTENT_LANGUAGE}>{announcement.documentNumber}</span>
            </Text>
          )}
          <Text span size="sm" c="dimmed">
            {t('announcements.publishedAt')}
            <time dateTime={announcement.publishedAt}>{formatDate(announcement.publishedAt)}</time>
          </Text>
        </Group>
        {/* The body is plain text from the API; it is rendered as text, never as HTML. */}
        <div className={classes.body} lang={CONTENT_LANGUAGE}>
          {announcement.body}
        </div>
        {announcement.attachments.length > 0 && (
          <div className={classes.attachments}>
            <AnnouncementAttachments files={announcement.attachments} />
          </div>
        )}
      </Paper>
    </Container>
  );
}
