import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo/client';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

const apolloClient = createApolloClient();

export function App() {
  return (
    // Light only: the palette is contrast-checked for light backgrounds; dark is not designed yet.
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <ApolloProvider client={apolloClient}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
