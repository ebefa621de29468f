import { withDatabase } from './databases';

describe('database URLs', () => {
  it('points the same server at another database, keeping credentials and options', () => {
    expect(withDatabase('postgres://u:p@127.0.0.1:5432/postgres?sslmode=disable', 'zjtx')).toBe('postgres://u:p@127.0.0.1:5432/zjtx?sslmode=disable');
  });
});
