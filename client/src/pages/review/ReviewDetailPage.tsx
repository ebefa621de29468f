import { Button, Container, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useReviewDetailPageQuery } from '../../__generated__/graphql';
import { NoticePage } from '../../components/NoticePage';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { paths } from '../../paths';
import { ReviewDetail } from './ReviewDetail';

/**
 * 审核详情 (/office/reviews/:id): a declaration that reached this office. Anything else — another
 * region's, one still below this level, an unknown id — is "not found", without saying which.
 */
export function ReviewDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Others decide too (the level above, the enterprise resubmitting): always asked again.
  const { data, error, refetch } = useReviewDetailPageQuery({ variables: { id }, fetchPolicy: 'cache-and-network' });
  const declaration = data?.reviewDeclaration;
  usePageTitle(declaration ? t('review.detail.pageTitle', { name: declaration.enterprise.name }) : t('review.title'));
  if (data && !declaration) {
    return (
      <NoticePage
        title={t('review.notFound.title')}
        actions={
          <Button component={Link} to={paths.reviews}>
            {t('review.detail.back')}
          </Button>
        }
      >
        {t('review.notFound.body')}
      </NoticePage>
    );
  }
  let body;
  if (declaration) body = <ReviewDetail declaration={declaration} />;
  else if (error) body = <QueryError message={t('review.detail.loadError')} onRetry={() => void refetch()} />;
  else
    body = (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-label={t('review.detail.loading')} />
      </Stack>
    );
  return (
    <Container size="xl" py="xl">
      {body}
    </Container>
  );
}
