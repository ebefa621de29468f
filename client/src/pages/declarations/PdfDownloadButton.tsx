import { Anchor, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeclarationPdfLazyQuery, useReviewPdfLazyQuery } from '../../__generated__/graphql';
import { startDownload } from './startDownload';

interface PdfDownloadButtonProps {
  declarationId: string;
  /** Runs first (the form saves what is typed, so that the PDF matches the page). */
  before?: () => Promise<boolean>;
  /** A link in a table row instead of a button. */
  asLink?: boolean;
  /** The accessible name, when the visible text alone does not say which declaration. */
  label?: string;
  /** An office reviewing it asks through reviewDeclaration. */
  asReviewer?: boolean;
}

/** 下载 PDF: the form as the server generates it (Chinese font embedded), fetched fresh and downloaded as a file. */
export function PdfDownloadButton({ declarationId, before, asLink = false, label, asReviewer = false }: PdfDownloadButtonProps) {
  const { t } = useTranslation();
  const [fetchOwn] = useDeclarationPdfLazyQuery({ fetchPolicy: 'network-only' });
  const [fetchReviewed] = useReviewPdfLazyQuery({ fetchPolicy: 'network-only' });
  const fetchPdf = async (id: string) => {
    if (asReviewer) return (await fetchReviewed({ variables: { id } })).data?.reviewDeclaration?.pdf;
    return (await fetchOwn({ variables: { id } })).data?.declaration?.pdf;
  };
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const download = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      if (before && !(await before())) return;
      const pdf = await fetchPdf(declarationId);
      if (pdf) startDownload(pdf.downloadUrl, pdf.fileName);
      else setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const failure = failed && (
    <Text size="sm" c="red.9" role="alert">
      {t('declaration.pdf.failed')}
    </Text>
  );
  if (asLink) {
    return (
      <>
        <Anchor component="button" type="button" onClick={() => void download()} aria-label={label} aria-busy={busy || undefined}>
          {t('declaration.pdf.download')}
        </Anchor>
        {failure}
      </>
    );
  }
  return (
    <>
      <Button variant="default" onClick={() => void download()} loading={busy} aria-label={label}>
        {t('declaration.pdf.download')}
      </Button>
      {failure}
    </>
  );
}
