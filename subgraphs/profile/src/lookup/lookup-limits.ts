import type { MikroORM } from '@mikro-orm/postgresql';
import { ApiError, ErrorCode, postgresRateLimiter } from '@zjtx/subgraph-kit';
import pg from 'pg';
import { RateLimiterRes, type RateLimiterPostgres } from 'rate-limiter-flexible';

/** Lookups per address per hour: plenty for people, a wall for scrapers (with the captcha). */
export const LOOKUPS_PER_IP_PER_HOUR = 30;

let limiter: { byIp: RateLimiterPostgres; pool: pg.Pool } | null = null;

/** Counters in PostgreSQL (profile.rate_limit), shared by every profile instance. */
export function startLookupLimits(orm: MikroORM): void {
  const pool = new pg.Pool({ connectionString: orm.config.get('clientUrl'), max: 2, application_name: 'profile-limits' });
  const byIp = postgresRateLimiter(pool, 'profile', { keyPrefix: 'lookup-ip', points: LOOKUPS_PER_IP_PER_HOUR, duration: 3600 });
  limiter = { byIp, pool };
}

export async function stopLookupLimits(): Promise<void> {
  await limiter?.pool.end();
  limiter = null;
}

/** Takes one lookup for the address; false when over the limit. */
export async function takeLookup(ip: string | null): Promise<boolean> {
  if (!limiter) throw new ApiError(ErrorCode.INTERNAL_SERVER_ERROR, 'profile is not ready: limits not started');
  if (!ip) return true;
  try {
    await limiter.byIp.consume(ip, 1);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}
