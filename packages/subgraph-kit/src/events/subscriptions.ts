import type { Topic } from './catalogue';

/**
 * Which subgraphs consume which topics. pg-boss delivers a published event only to queues
 * subscribed at that moment, so every process creates all of these queues and subscriptions
 * before it relays anything: an event recorded before its consumer ever started is kept for
 * it, whatever order the services start in. A platform test checks this table against the
 * consumers the modules declare.
 */
export const EVENT_SUBSCRIBERS: Readonly<Record<Topic, readonly string[]>> = {
  'identity.legal-person-registered': ['profile', 'notifications'],
  'identity.real-name-synced': ['profile'],
  'profile.enterprise-changed': ['assessment', 'declarations', 'notifications'],
  'declarations.recognitions-changed': ['profile', 'notifications'],
  'assessment.completed': ['declarations'],
  'declarations.window-opened': ['notifications'],
  'declarations.status-changed': ['notifications'],
  'declarations.evidence-attached': ['declarations'],
};

/** The queue a subgraph consumes a topic from. */
export const queueName = (subgraph: string, topic: Topic): string => `${subgraph}.${topic}`;

export const RETRY_POLICY = { retryLimit: 20, retryDelay: 2, retryBackoff: true } as const;
