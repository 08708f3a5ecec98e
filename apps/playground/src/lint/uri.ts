/**
 * Stands in for `uri-js` in the lint worker (see vite.config.ts). ESLint checks rule options with ajv 6, which calls
 * uri-js's `parse`, `serialize` and `resolve` to place schema ids and `$ref`s. uri-js compiles its IPv6 and IRI regular
 * expressions on first use: about half of a cold worker's first lint. This module does the same RFC 3986 work for the
 * URIs ajv sees here (the draft-04 meta-schema id, `#/definitions/...` pointers, plugin schemas without ids); it does
 * not normalise percent-encoding, IPv6 hosts or default ports.
 */

export interface URIComponents {
  scheme?: string;
  userinfo?: string;
  host?: string;
  port?: number | string;
  path?: string;
  query?: string;
  fragment?: string;
}

const SCHEME = /^([^:/?#]+):/;
const AUTHORITY = /^(?:([^@]*)@)?(\[[^\]]*\]|[^:]*)(?::(\d*))?$/;

/** Splits `scheme://userinfo@host:port/path?query#fragment` as RFC 3986 appendix B does. */
export function parse(uri: string): URIComponents {
  const components: URIComponents = {};
  let rest = uri;
  const hash = rest.indexOf('#');
  if (hash !== -1) [rest, components.fragment] = [rest.slice(0, hash), rest.slice(hash + 1)];
  const question = rest.indexOf('?');
  if (question !== -1) [rest, components.query] = [rest.slice(0, question), rest.slice(question + 1)];
  const scheme = SCHEME.exec(rest);
  if (scheme) [rest, components.scheme] = [rest.slice(scheme[0].length), scheme[1]!.toLowerCase()];
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    rest = slash === -1 ? '' : rest.slice(slash);
    const [, userinfo, host = '', port] = AUTHORITY.exec(authority) ?? [undefined, undefined, authority];
    if (userinfo !== undefined) components.userinfo = userinfo;
    components.host = host.toLowerCase();
    if (port) components.port = Number(port);
  }
  components.path = rest;
  return components;
}

/** RFC 3986 section 5.2.4. */
function removeDotSegments(path: string): string {
  const output: string[] = [];
  let input = path;
  while (input) {
    if (input.startsWith('../')) input = input.slice(3);
    else if (input.startsWith('./')) input = input.slice(2);
    else if (input.startsWith('/./')) input = input.slice(2);
    else if (input === '/.') input = '/';
    else if (input.startsWith('/../') || input === '/..') {
      input = `/${input.slice(input === '/..' ? 3 : 4)}`;
      output.pop();
    } else if (input === '.' || input === '..') input = '';
    else {
      const end = input.indexOf('/', 1);
      const segment = end === -1 ? input : input.slice(0, end);
      output.push(segment);
      input = input.slice(segment.length);
    }
  }
  return output.join('');
}

/** RFC 3986 section 5.3. */
export function serialize(components: URIComponents): string {
  let uri = components.scheme === undefined ? '' : `${components.scheme}:`;
  if (components.host !== undefined) {
    uri += `//${components.userinfo === undefined ? '' : `${components.userinfo}@`}${components.host}`;
    if (components.port !== undefined && components.port !== '') uri += `:${components.port}`;
  }
  const path = removeDotSegments(components.path ?? '');
  // A path after an authority starts with "/"; a path without one must not look like an authority.
  uri += components.host !== undefined && path && !path.startsWith('/') ? `/${path}` : components.host === undefined && path.startsWith('//') ? `/.${path}` : path;
  if (components.query !== undefined) uri += `?${components.query}`;
  if (components.fragment !== undefined) uri += `#${components.fragment}`;
  return uri;
}

/** RFC 3986 section 5.2.3. */
function merge(base: URIComponents, path: string): string {
  if (base.host !== undefined && !base.path) return `/${path}`;
  const slash = (base.path ?? '').lastIndexOf('/');
  return slash === -1 ? path : `${base.path!.slice(0, slash + 1)}${path}`;
}

/** The reference resolved against the base URI (RFC 3986 section 5.2.2, strict). */
export function resolve(baseURI: string, relativeURI: string): string {
  const base = parse(baseURI);
  const reference = parse(relativeURI);
  const target: URIComponents = {};
  if (reference.scheme !== undefined) {
    Object.assign(target, reference, { path: removeDotSegments(reference.path ?? '') });
  } else {
    if (reference.host !== undefined) {
      Object.assign(target, reference, { path: removeDotSegments(reference.path ?? '') });
    } else {
      if (!reference.path) {
        target.path = base.path;
        target.query = reference.query ?? base.query;
      } else {
        target.path = removeDotSegments(reference.path.startsWith('/') ? reference.path : merge(base, reference.path));
        target.query = reference.query;
      }
      target.userinfo = base.userinfo;
      target.host = base.host;
      target.port = base.port;
    }
    target.scheme = base.scheme;
  }
  target.fragment = reference.fragment;
  return serialize(target);
}
