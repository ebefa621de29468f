import { Container, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../layout/usePageTitle';

interface NoticePageProps {
  /** Browser tab title; defaults to the heading. */
  pageTitle?: string;
  title: string;
  children: ReactNode;
  /** Buttons or links for the way forward. */
  actions: ReactNode;
}

/** A page that only explains something (sign-in needed, coming soon, not found) and offers a way on. */
export function NoticePage({ pageTitle, title, children, actions }: NoticePageProps) {
  usePageTitle(pageTitle ?? title);
  return (
    <Container size="sm" py={64}>
      <Paper withBorder shadow="xs" p="xl" radius="md">
        <Title order={1} size="h2" mb="md">
          {title}
        </Title>
        <Text mb="xl">{children}</Text>
        <Group>{actions}</Group>
      </Paper>
    </Container>
  );
}
