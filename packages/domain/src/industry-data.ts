import { join } from 'node:path';

/**
 * GB/T 4754-2017 as a tree `{ code, name, note?, children? }` (20 门类 / 97 大类 / 473 中类 /
 * 1381 小类; sources in ../shared/data/README.md). One copy for the platform: profile serves it,
 * the size-class tests walk it. The same path from src/ and dist/. Node-only, so it is a subpath
 * export (`@zjtx/domain/industry-data`), not part of the index the portal bundles.
 */
export const INDUSTRY_TREE_FILE = join(__dirname, '..', 'data', 'gbt4754-2017.json');
