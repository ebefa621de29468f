/**
 * Every event that crosses subgraph boundaries, with its payload. Producers and consumers
 * import the same types, so a payload cannot drift between the two sides. Topics are
 * `<owning subgraph>.<what happened>`; payloads carry plain JSON (ids, codes, ISO dates).
 */
export interface EventCatalogue {
  /** A legal-person account was registered; profile creates the enterprise it acts for. */
  'identity.legal-person-registered': {
    accountId: string;
    enterpriseId: string;
    uscc: string;
    enterpriseName: string;
    legalRepresentative: string;
    contactName: string;
    contactMobile: string;
    /** GB/T 2260 county code read from the USCC (characters 3–8). */
    regionCode: string;
  };
  /** The enterprise asked to copy its verified real name into the profile (实名信息同步). */
  'identity.real-name-synced': {
    accountId: string;
    enterpriseId: string;
    enterpriseName: string;
    legalRepresentative: string;
  };
  /**
   * An enterprise's recognitions changed (granted, revoked): how many hold now (profile locks
   * editing while any does) and all of them (notifications reminds before they expire).
   */
  'declarations.recognitions-changed': {
    enterpriseId: string;
    activeRecognitions: number;
    /** Every recognition of the enterprise; absent in events recorded before it was added. */
    recognitions?: { id: string; tier: 'INNOVATIVE' | 'SRDI' | 'LITTLE_GIANT'; validFrom: string; validUntil: string; revoked: boolean }[];
    /** When the change was recorded: a projection ignores an older state arriving late. */
    changedAt?: string;
  };
  /**
   * An attempt at the digital-level assessment was completed (both stages): it is now the
   * enterprise's current result. Declarations fills the digital level into forms from it.
   */
  'assessment.completed': {
    enterpriseId: string;
    assessmentId: string;
    questionnaireVersion: string;
    category: 'MANUFACTURING' | 'PRODUCTIVE_SERVICE' | 'OTHER';
    /** Base score 0–100 (基础 + 管理 + 成效). */
    score: number;
    /** 1–4 (一级…四级), or null when no level was reached. */
    level: number | null;
    completedAt: string;
  };
  /** An office opened a declaration window (now or later); notifications tells the enterprises that may apply when it opens. */
  'declarations.window-opened': {
    windowId: string;
    tier: 'INNOVATIVE' | 'SRDI' | 'LITTLE_GIANT';
    name: string;
    /** A province, a city, or 000000 for the whole country. */
    regionCode: string;
    opensAt: string;
    closesAt: string;
  };
  /** A declaration changed status (submitted, and later returned, approved …); notifications tells the enterprise. */
  'declarations.status-changed': {
    declarationId: string;
    enterpriseId: string;
    tier: 'INNOVATIVE' | 'SRDI' | 'LITTLE_GIANT';
    status: string;
    /** The office level holding it now, if under review. */
    level: string | null;
    /** The submitted version this concerns. */
    versionNumber: number;
    at: string;
    /** For offices' decisions (absent on submissions): APPROVED, RETURNED, REJECTED, RECOGNISED; the deciding level; why; the 公示's last day. */
    action?: string;
    actingLevel?: string | null;
    reason?: string | null;
    publicityEndsOn?: string | null;
  };
  /** Evidence was attached to a declaration; declarations scans it for viruses when a scanner is configured. */
  'declarations.evidence-attached': {
    evidenceId: string;
    declarationId: string;
    fileId: string;
  };
  /** Profile facts other subgraphs keep a projection of (region, industry, name). */
  'profile.enterprise-changed': {
    enterpriseId: string;
    uscc: string;
    name: string;
    regionCode: string;
    industryCode: string | null;
    /** LARGE / MEDIUM / SMALL / MICRO per 300号, computed by profile; null while figures are missing. */
    sizeClass: string | null;
    /** Where notifications sends SMS and e-mail copies: 联系人手机 and 电子邮箱 (absent in events recorded before they were added). */
    contactMobile?: string | null;
    email?: string | null;
    /** The profile's row version: a projection ignores an event older than what it has. */
    version: number;
  };
}

export type Topic = keyof EventCatalogue;

/** An event as it travels on the bus. */
export interface EventEnvelope<T extends Topic = Topic> {
  /** Unique per event; consumers record it to process each event once. */
  id: string;
  topic: T;
  occurredAt: string;
  payload: EventCatalogue[T];
}
