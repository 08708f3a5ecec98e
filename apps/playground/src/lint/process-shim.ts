// typescript-estree reads process.platform, process.cwd() and a few more while it sets up a parse, even without type
// information. A worker has no `process` (the dev server may leave a partial one); this fills in the parts it touches.
// No nextTick, so TypeScript itself still sees a non-Node host.
const shim: Record<string, unknown> = {
  env: {},
  argv: [],
  platform: 'browser',
  cwd: () => '/',
  emitWarning: (message: unknown) => console.warn(message),
  features: {},
};
const scope = globalThis as unknown as { process?: Record<string, unknown> };
scope.process ??= {};
for (const [key, value] of Object.entries(shim)) scope.process[key] ??= value;
