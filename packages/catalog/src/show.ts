/** Names a bad value in an error message; never throws, even for objects without a prototype. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return typeof value === 'symbol' || typeof value === 'function' ? `a ${typeof value}` : String(value);
}
