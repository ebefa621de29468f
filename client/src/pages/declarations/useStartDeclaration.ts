import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateDeclarationMutation } from '../../__generated__/graphql';
import { paths } from '../../paths';
import { isEditable } from './declarationFormat';

/**
 * 申报: starts the enterprise's declaration in a window (or finds the one it already has there —
 * the server returns it) and opens its form, or its detail page when it is no longer editable.
 */
export function useStartDeclaration(enterpriseId: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [mutate] = useCreateDeclarationMutation();
  const [starting, setStarting] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ windowId: string; message: string } | null>(null);

  const start = async (windowId: string) => {
    if (starting) return;
    setStarting(windowId);
    setProblem(null);
    try {
      const { data } = await mutate({ variables: { input: { enterpriseId, windowId } } });
      const declaration = data?.createDeclaration.declaration;
      if (!declaration) {
        const message = data?.createDeclaration.userErrors.map((e) => e.message).join(' ');
        setProblem({ windowId, message: message || t('declaration.entry.startFailed') });
        return;
      }
      await navigate(isEditable(declaration.status) ? paths.declarationEdit(declaration.id) : paths.declaration(declaration.id));
    } catch {
      setProblem({ windowId, message: t('declaration.networkError') });
    } finally {
      setStarting(null);
    }
  };
  return { start, starting, problem };
}
