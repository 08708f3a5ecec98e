import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as uri from '../src/lint/uri.js';

// The real uri-js, found the way the worker's ajv finds it (eslint -> ajv -> uri-js).
const fromEslint = createRequire(createRequire(import.meta.url).resolve('eslint/universal'));
const fromAjv = createRequire(fromEslint.resolve('ajv'));
const uriJs = fromAjv('uri-js') as typeof uri;

// What ajv hands to uri-js in the worker: schema ids, refs inside them, and the ids it builds from both.
const ids = ['http://json-schema.org/draft-04/schema#', 'http://json-schema.org/draft-04/schema', 'https://example.com/schemas/rule.json#', '', '#', 'urn:fc-atlas:options'];
const refs = ['#', '#/definitions/positiveInteger', '#/properties/allow/items', '#foo', 'other.json#/definitions/x', '../shared/common.json', './a/../b.json#/c', '/root.json', '//cdn.example.com/s.json', 'http://json-schema.org/draft-04/schema#/definitions/schemaArray'];

describe('uri (the worker’s stand-in for uri-js)', () => {
  it.each([...ids, ...refs])('serializes parse(%j) as uri-js does', (text) => {
    expect(uri.serialize(uri.parse(text))).toBe(uriJs.serialize(uriJs.parse(text)));
    expect(uri.parse(text).fragment).toBe(uriJs.parse(text).fragment);
  });

  it.each(ids.flatMap((base) => refs.map((ref) => [base, ref])))('resolves %j against %j as uri-js does', (base, ref) => {
    expect(uri.resolve(base, ref)).toBe(uriJs.resolve(base, ref));
  });

  it('removes dot segments as RFC 3986 section 5.4 says', () => {
    const base = 'http://a/b/c/d;p?q';
    const expected: Record<string, string> = { g: 'http://a/b/c/g', '../g': 'http://a/b/g', '../../../g': 'http://a/g', './g/.': 'http://a/b/c/g/', '?y': 'http://a/b/c/d;p?y', '#s': 'http://a/b/c/d;p?q#s', '': 'http://a/b/c/d;p?q', '/./g': 'http://a/g', 'g/../h': 'http://a/b/c/h' };
    for (const [ref, target] of Object.entries(expected)) expect(uri.resolve(base, ref)).toBe(target);
  });
});
