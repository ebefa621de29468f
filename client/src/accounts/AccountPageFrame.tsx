import { Container, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../layout/usePageTitle';

interface AccountPageFrameProps {
  title: string;
  /** One line under the heading: what the page is for. */
  lead?: string;
  size?: 'sm' | 'md';
  children: ReactNode;
}

/** The card every sign-in, registration and recovery page sits in. */
export function AccountPageFrame({ title, lead, size = 'sm', children }: AccountPageFrameProps) {
  usePageTitle(title);
  return (
    <Container size={size} py="xl">
      <Paper withBorder shadow="xs" radius="md" p={{ base: 'md', sm: 'xl' }}>
        <Title order={1} size="h2" mb={lead ? 'xs' : 'lg'}>
          {title}
        </Title>
        {lead && (
          <Text c="dimmed" mb="lg">
            {lead}
          </Text>
        )}
        {children}
      </Paper>
    </Container>
  );
}
