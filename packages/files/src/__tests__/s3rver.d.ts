// The part of s3rver (a fake S3 server, JavaScript without types) the tests use.
declare module 's3rver' {
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    configureBuckets?: Array<{ name: string }>;
  }
  /** Koa's context, as far as the stand-in's middleware reads and writes it. */
  interface S3rverContext {
    method: string;
    path: string;
    status: number;
    type: string;
    body: unknown;
    length: number;
    get(header: string): string;
    set(header: string, value: string): void;
    response: { get(header: string): string };
  }
  type S3rverMiddleware = (context: S3rverContext, next: () => Promise<void>) => Promise<void>;
  /** A Koa application: `middleware` is Koa's list, read when the server starts. */
  class S3rver {
    constructor(options: S3rverOptions);
    middleware: S3rverMiddleware[];
    store: { existsObject(bucket: string, key: string): Promise<boolean> };
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
  export = S3rver;
}
