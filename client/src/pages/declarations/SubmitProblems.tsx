import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { conditionId, evidenceId, goToElement, indicatorId } from './fieldIds';

export interface SubmitProblem {
  field: readonly string[] | null;
  code: string;
  message: string;
}

/** Where a submit problem's field path leads: a preview row, an evidence item, or the assessment. */
function targetOf(field: readonly string[] | null): { element: string } | { path: string } | null {
  const [kind, key] = field ?? [];
  if (kind === 'conditions' && key) return { element: conditionId(key) };
  if (kind === 'indicators' && key) return { element: indicatorId(key) };
  if (kind === 'evidence' && key) return { element: evidenceId(key) };
  if (kind === 'assessment') return { path: paths.assessment };
  return null;
}

/** 还不能提交: everything the server says is missing, each leading to where it is fixed. */
export function SubmitProblems({ problems }: { problems: readonly SubmitProblem[] }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={t('declaration.submit.problemsTitle', { count: problems.length })} id="submit-problems">
      <List size="sm" spacing={4}>
        {problems.map((problem, index) => {
          const target = targetOf(problem.field);
          return (
            <List.Item key={`${problem.code}-${problem.field?.join('.') ?? index}`}>
              {target && 'element' in target && (
                <Anchor component="button" type="button" size="sm" onClick={() => goToElement(target.element)}>
                  {problem.message}
                </Anchor>
              )}
              {target && 'path' in target && (
                <Anchor component={Link} to={target.path} size="sm">
                  {problem.message}
                </Anchor>
              )}
              {!target && problem.message}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
