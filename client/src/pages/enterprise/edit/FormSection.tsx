import { Divider, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of the edit form. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Divider />
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
