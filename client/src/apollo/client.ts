import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { messagesKey } from '../inbox/messagesKey';
import { createAuthLink } from '../session/authLink';
import type { Session } from '../session/session';
import { connectionPagination } from './connectionPagination';
import { GRAPHQL_PATH } from './endpoint';
import { createLanguageLink } from './languageLink';
import { createWebSocketLink } from './webSocketLink';

function createLink(session: Session): ApolloLink {
  // The gateway answers subscriptions only over graphql-ws (a subscription POSTed over HTTP fails).
  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    createWebSocketLink(session.store, session.refresher),
    new HttpLink({ uri: GRAPHQL_PATH }),
  );
  return ApolloLink.from([createLanguageLink(), createAuthLink(session.store, session.refresher), transport]);
}

function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // 加载更多 lists. Announcements are keyed by their search; messages by tab and page size, in
      // a key the live updates can read (inbox/messagesKey.ts).
      Query: {
        fields: {
          announcements: connectionPagination(['level', 'provinceCode', 'keyword', 'publishedFrom', 'publishedTo', 'first']),
        },
      },
      Enterprise: { fields: { messages: connectionPagination(messagesKey) } },
      // Connections and page info have no id of their own. Merging them field by field keeps
      // what two queries selected on the same list (e.g. `nodes` and `totalCount`) instead of
      // the last response replacing the other's fields.
      AnnouncementConnection: { merge: true },
      ManualVerificationRequestConnection: { merge: true },
      PageInfo: { merge: true },
      // Reference data is identified by its code: the industry picker's tree, the search and the
      // profile share one entry per industry or region.
      Industry: { keyFields: ['code'] },
      Region: { keyFields: ['code'] },
      // Recomputed on every save; the new one replaces the old as a whole.
      SizeClassification: { merge: false },
      ProfileCompleteness: { merge: false },
    },
  });
}

export function createApolloClient(session: Session): ApolloClient {
  return new ApolloClient({ link: createLink(session), cache: createCache() });
}
