import { Container, Grid, Paper } from '@mantine/core';
import { Outlet } from 'react-router';
import { RequireAccount } from '../../session/RequireAccount';
import { EnterpriseSubNav } from './EnterpriseSubNav';

/** 企业信息管理: the legal person's pages, with the manual's left menu. */
export function EnterpriseLayout() {
  return (
    <RequireAccount area="enterprise" accountType="LEGAL_PERSON">
      <Container size="xl" py="xl">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3, lg: 2 }}>
            <Paper withBorder radius="md" p="xs">
              <EnterpriseSubNav />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9, lg: 10 }}>
            <Outlet />
          </Grid.Col>
        </Grid>
      </Container>
    </RequireAccount>
  );
}
