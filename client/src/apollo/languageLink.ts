import { ApolloLink } from '@apollo/client';
import i18n from 'i18next';

/** Asks for userErrors messages in the interface language (the browser's own Accept-Language may differ). */
export function createLanguageLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const language = i18n.resolvedLanguage ?? i18n.language;
    if (language) {
      operation.setContext(({ headers }) => ({ headers: { ...(headers as Record<string, string> | undefined), 'accept-language': language } }));
    }
    return forward(operation);
  });
}
