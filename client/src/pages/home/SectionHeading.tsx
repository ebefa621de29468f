import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './HomePage.module.css';

interface SectionHeadingProps {
  id?: string;
  title: string;
  /** Shown at the right end of the heading row, e.g. a "more" link. */
  aside?: ReactNode;
}

/** An h2 with the portal's blue accent bar, as the original's section headers. */
export function SectionHeading({ id, title, aside }: SectionHeadingProps) {
  return (
    <Group justify="space-between" align="center" className={classes.sectionHeading}>
      <Title order={2} id={id} className={classes.sectionTitle}>
        {title}
      </Title>
      {aside}
    </Group>
  );
}
