import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OfficePageFrame } from './OfficePageFrame';
import { PublishAnnouncementForm } from './PublishAnnouncementForm';

/**
 * 发布公告 (/office/announcements/new): the ministry publishes 部级公告, a provincial office 省级公告
 * of its province; city and county offices are told why they cannot and whom to ask.
 */
export function PublishAnnouncementPage() {
  const { t } = useTranslation();
  return (
    <OfficePageFrame title={t('nav.publishAnnouncement')} lead={t('publish.lead')}>
      {(office) =>
        office.officeLevel === 'MINISTRY' || office.officeLevel === 'PROVINCE' ? (
          <PublishAnnouncementForm level={office.officeLevel} />
        ) : (
          <Alert color="yellow" variant="light" title={t('publish.notAllowedTitle')}>
            {t('publish.notAllowedBody')}
          </Alert>
        )
      }
    </OfficePageFrame>
  );
}
