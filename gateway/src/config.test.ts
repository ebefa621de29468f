import { gatewayEnv } from './config';

const parse = (TRUST_PROXY?: string) => gatewayEnv.parse({ FILE_SIGNING_SECRET: 'x'.repeat(32), ...(TRUST_PROXY === undefined ? {} : { TRUST_PROXY }) }).TRUST_PROXY;

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default, so a client cannot choose its address with X-Forwarded-For', () => {
    expect(parse()).toBe(false);
  });

  it('takes a hop count, true, or a list of addresses as Express does', () => {
    expect(parse('1')).toBe(1);
    expect(parse('true')).toBe(true);
    expect(parse('10.0.0.0/8, 172.16.0.1')).toBe('10.0.0.0/8, 172.16.0.1');
  });
});
