// The two locales must stay interchangeable: the same keys, the same {{placeholders}}, no blanks.
// (Type checking already rejects t() keys missing from zh-CN; this catches en.json drifting.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const load = (name) => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));
const zhCN = load('./zh-CN.json');
const en = load('./en.json');

/** { a: { b: 'x' } } → Map { 'a.b' => 'x' } */
function flatten(tree, prefix = '', out = new Map()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const zhKeys = flatten(zhCN);
const enKeys = flatten(en);

test('en.json and zh-CN.json have the same keys', () => {
  const missingInEn = [...zhKeys.keys()].filter((key) => !enKeys.has(key));
  const extraInEn = [...enKeys.keys()].filter((key) => !zhKeys.has(key));
  assert.deepEqual({ missingInEn, extraInEn }, { missingInEn: [], extraInEn: [] });
});

test('every translation is a non-empty string', () => {
  for (const [locale, keys] of [['zh-CN', zhKeys], ['en', enKeys]]) {
    for (const [key, value] of keys) {
      assert.ok(typeof value === 'string' && value.trim() !== '', `${locale}: ${key} is empty or not a string`);
    }
  }
});

test('both locales use the same interpolation placeholders', () => {
  for (const [key, zhText] of zhKeys) {
    if (!enKeys.has(key)) continue;
    assert.deepEqual(placeholders(enKeys.get(key)), placeholders(zhText), `placeholders differ for ${key}`);
  }
});
