import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo/client';
import { router } from './router';
import { createSession } from './session/session';
import { SessionProvider } from './session/SessionProvider';
import { cssVariablesResolver, theme } from './theme';

const session = createSession();
const apolloClient = createApolloClient(session);

export function App() {
  return (
    // Light only: the palette is contrast-checked for light backgrounds; dark is not designed yet.
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <ApolloProvider client={apolloClient}>
        <SessionProvider session={session}>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
