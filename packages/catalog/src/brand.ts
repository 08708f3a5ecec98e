/**
 * Makes `value instanceof cls` true for instances of every copy of the catalog's class `name`: an app whose code loads
 * the catalog both as an ES module and as CommonJS (a CommonJS library beside ES app code) holds two classes of each
 * name, and an error made by one copy must still be recognised by the other. Each copy marks its class's prototype
 * with the same registry symbol, and `instanceof` the class itself tests the mark; subclasses keep the usual test.
 */
export function shareInstanceof(cls: abstract new (...args: never[]) => object, name: string): void {
  const mark = Symbol.for(`@fc-atlas/catalog:${name}`);
  Object.defineProperty(cls.prototype, mark, { value: true });
  Object.defineProperty(cls, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      if (this !== cls) return Function.prototype[Symbol.hasInstance].call(this, value);
      if (typeof value !== 'object' || value === null) return false;
      try {
        return (value as Record<symbol, unknown>)[mark] === true;
      } catch {
        return false; // a proxy whose traps throw is no FcError
      }
    },
  });
}
