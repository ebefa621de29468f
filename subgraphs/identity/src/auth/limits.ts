import type pg from 'pg';
import { postgresRateLimiter } from '@zjtx/subgraph-kit';
import { RateLimiterRes, type RateLimiterPostgres } from 'rate-limiter-flexible';

/** Consecutive failed sign-ins that lock an account (or an unknown name, so both look alike). */
export const LOGIN_FAILURES_BEFORE_LOCK = 5;
export const LOCK_MINUTES = 15;
/** Each further lock of the same account within a day lasts twice as long, up to a day. */
const MAX_LOCK_MINUTES = 24 * 60;
const LOGIN_FAILURES_PER_IP_PER_HOUR = 50;
/** One code per phone and purpose per minute; thirty code requests per address per hour. */
const SMS_RESEND_SECONDS = 60;
const SMS_PER_IP_PER_HOUR = 30;
/** Upload links anyone may request (manual verification is open to the signed-out). */
const UPLOADS_PER_IP_PER_HOUR = 60;

export interface LimitState {
  blocked: boolean;
  /** When the block ends, or when the counter resets. */
  until: Date | null;
  consumed: number;
}

/**
 * Brute-force and abuse limits, counted in PostgreSQL (rate-limiter-flexible) so that every
 * identity instance shares them.
 */
export class AccessLimits {
  private readonly loginByAccount: RateLimiterPostgres;
  private readonly loginByIp: RateLimiterPostgres;
  private readonly smsByTarget: RateLimiterPostgres;
  private readonly smsByIp: RateLimiterPostgres;
  private readonly uploadsByIp: RateLimiterPostgres;
  private readonly locksPerDay: RateLimiterPostgres;

  constructor(pool: pg.Pool) {
    this.loginByAccount = postgresRateLimiter(pool, 'identity', { keyPrefix: 'login', points: LOGIN_FAILURES_BEFORE_LOCK, duration: LOCK_MINUTES * 60, blockDuration: LOCK_MINUTES * 60 });
    this.loginByIp = postgresRateLimiter(pool, 'identity', { keyPrefix: 'login-ip', points: LOGIN_FAILURES_PER_IP_PER_HOUR, duration: 3600, blockDuration: 3600 });
    this.smsByTarget = postgresRateLimiter(pool, 'identity', { keyPrefix: 'sms', points: 1, duration: SMS_RESEND_SECONDS });
    this.smsByIp = postgresRateLimiter(pool, 'identity', { keyPrefix: 'sms-ip', points: SMS_PER_IP_PER_HOUR, duration: 3600 });
    this.locksPerDay = postgresRateLimiter(pool, 'identity', { keyPrefix: 'locks', points: 1000, duration: 24 * 3600 });
    this.uploadsByIp = postgresRateLimiter(pool, 'identity', { keyPrefix: 'upload-ip', points: UPLOADS_PER_IP_PER_HOUR, duration: 3600 });
  }

  loginState(key: string): Promise<LimitState> {
    return state(this.loginByAccount, key, LOGIN_FAILURES_BEFORE_LOCK);
  }

  loginIpState(ip: string | null): Promise<LimitState> {
    return ip ? state(this.loginByIp, ip, LOGIN_FAILURES_PER_IP_PER_HOUR) : Promise.resolve(open);
  }

  /** Counts a failed sign-in against the account key and the address; returns the account key's state after it. */
  async loginFailed(key: string, ip: string | null): Promise<LimitState> {
    if (ip) await consume(this.loginByIp, ip);
    const after = await consume(this.loginByAccount, key);
    if (after.consumed < LOGIN_FAILURES_BEFORE_LOCK) return after;
    // The lock runs from the failure that caused it, not from the first failure, and backs off:
    // 15 minutes, then 30, 60, … for further locks of the same account within a day.
    const locksToday = (await consume(this.locksPerDay, key)).consumed;
    const minutes = Math.min(LOCK_MINUTES * 2 ** (locksToday - 1), MAX_LOCK_MINUTES);
    const blocked = await this.loginByAccount.block(key, minutes * 60);
    return { blocked: true, until: new Date(Date.now() + blocked.msBeforeNext), consumed: blocked.consumedPoints };
  }

  async loginSucceeded(key: string): Promise<void> {
    await this.loginByAccount.delete(key);
  }

  /** Clears a lock, e.g. after the password was reset with a code sent to the bound phone. */
  async unlock(key: string): Promise<void> {
    await this.loginByAccount.delete(key);
  }

  /** Takes one SMS send for the target (phone or account + purpose) and the address; blocked when too soon. */
  async smsSend(target: string, ip: string | null): Promise<LimitState> {
    if (ip) {
      const byIp = await consume(this.smsByIp, ip);
      if (byIp.blocked) return byIp;
    }
    return consume(this.smsByTarget, target);
  }

  /** Takes one upload link for the address. */
  uploadIssued(ip: string | null): Promise<LimitState> {
    return ip ? consume(this.uploadsByIp, ip) : Promise.resolve(open);
  }
}

const open: LimitState = { blocked: false, until: null, consumed: 0 };

async function state(limiter: RateLimiterPostgres, key: string, points: number): Promise<LimitState> {
  const res = await limiter.get(key);
  if (!res) return open;
  return { blocked: res.consumedPoints >= points, until: new Date(Date.now() + res.msBeforeNext), consumed: res.consumedPoints };
}

/** Takes one point; blocked when that went over the limit. */
async function consume(limiter: RateLimiterPostgres, key: string): Promise<LimitState> {
  try {
    const res = await limiter.consume(key, 1);
    return { blocked: false, until: new Date(Date.now() + res.msBeforeNext), consumed: res.consumedPoints };
  } catch (rejection) {
    // rate-limiter-flexible rejects with the limiter state when over the limit, with an Error when the store fails.
    if (rejection instanceof RateLimiterRes) return { blocked: true, until: new Date(Date.now() + rejection.msBeforeNext), consumed: rejection.consumedPoints };
    throw rejection;
  }
}
