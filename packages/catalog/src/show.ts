/** Names a bad value in an error message; never throws, even for objects without a prototype. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  // `String` names a symbol (`Symbol(x)`) without throwing; a function's source would be too long.
  return typeof value === 'function' ? 'a function' : String(value);
}
