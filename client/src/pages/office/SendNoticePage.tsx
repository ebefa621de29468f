import { useTranslation } from 'react-i18next';
import { OfficePageFrame } from './OfficePageFrame';
import { SendNoticeForm } from './SendNoticeForm';

/** 发送通知 (/office/notices/new): a notice to the inboxes of enterprises in the office's jurisdiction. */
export function SendNoticePage() {
  const { t } = useTranslation();
  return <OfficePageFrame title={t('nav.sendNotice')} lead={t('notice.lead')}>{(office) => <SendNoticeForm office={office} />}</OfficePageFrame>;
}
