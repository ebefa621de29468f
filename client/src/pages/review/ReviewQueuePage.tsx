import { Alert } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { CONTENT_LANGUAGE } from '../../i18n';
import { levelKey } from '../declarations/declarationFormat';
import { OfficePageFrame } from '../office/OfficePageFrame';
import type { DecidedState } from './decidedState';
import { isDecidedState } from './decidedState';
import { ReviewQueue } from './ReviewQueue';

/** The decision just taken on the detail page, said once above the queue. */
function DecidedNotice({ decided }: DecidedState) {
  const { t } = useTranslation();
  const what = {
    forwarded: t('review.decided.forwarded', { level: decided.level ? t(levelKey(decided.level)) : '' }),
    publicity: t('review.decided.publicity', { date: decided.publicityEndsOn ?? '' }),
    returned: t('review.decided.returned'),
    rejected: t('review.decided.rejected'),
  }[decided.outcome];
  return (
    <Alert color="green" variant="light" role="status" mb="md" title={t(`review.decided.title.${decided.outcome}`)}>
      <span lang={CONTENT_LANGUAGE}>{decided.enterpriseName}</span>
      {t('review.decided.colon')}
      {what}
      {decided.repeated && ` ${t('review.decided.repeated')}`}
    </Alert>
  );
}

/** 申报审核 (/office/reviews): the office's review queue. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const state: unknown = location.state;
  // Said once: kept here, and dropped from the history entry so a reload does not repeat it.
  const [decided] = useState(() => (isDecidedState(state) ? state : null));
  useEffect(() => {
    if (isDecidedState(state)) void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [state, location.pathname, location.search, navigate]);
  return (
    <OfficePageFrame title={t('review.title')} lead={t('review.lead')} size="xl" notice={decided && <DecidedNotice decided={decided.decided} />}>
      {(office) => <ReviewQueue office={office} />}
    </OfficePageFrame>
  );
}
