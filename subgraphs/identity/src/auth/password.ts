import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

/** Hash of a random string: verified against when the account does not exist, so both paths take as long. */
let decoyHash: Promise<string> | null = null;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    await argon2.verify(await (decoyHash ??= hashPassword(`decoy-${Math.random()}`)), password);
    return false;
  }
  return argon2.verify(hash, password);
}
