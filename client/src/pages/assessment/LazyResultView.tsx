import { Loader, Stack } from '@mantine/core';
import type { ComponentProps } from 'react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The result's charts (recharts) are a large download: fetched only when a result is shown.
const AssessmentResultView = lazy(() => import('./AssessmentResultView').then((module) => ({ default: module.AssessmentResultView })));

/** 评测结果, loaded on first use. */
export function LazyResultView(props: ComponentProps<typeof AssessmentResultView>) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Stack align="center" py="xl">
          <Loader size="sm" aria-label={t('assessment.loading')} />
        </Stack>
      }
    >
      <AssessmentResultView {...props} />
    </Suspense>
  );
}
