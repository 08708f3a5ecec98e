// The entry: starts ESLint's worker and asks it to lint the code the page opens with, then loads the page itself. The
// worker loads ESLint and lints while CodeMirror loads here; the editor's first lint then waits for that answer.
import './styles.css';
import { LintClient, lintRequestFor } from './lint/lint-client.js';
import { decodeState, withDefaults } from './state.js';

const client = new LintClient(() => new Worker(new URL('./lint/lint-worker.ts', import.meta.url), { type: 'module', name: 'fc-atlas-lint' }));
const app = document.getElementById('app')!;

const decoded = decodeState(location.hash).then((result) => {
  client.lint(lintRequestFor(withDefaults(result.state)));
  return result;
});

Promise.all([import('./app.js'), decoded])
  .then(([{ start }, result]) => start(app, client, result))
  .catch((error: unknown) => {
    const message = document.createElement('p');
    message.className = 'banner banner-error';
    message.setAttribute('role', 'alert');
    message.textContent = `The playground could not load (${String(error)}). Reload the page to try again.`;
    app.replaceChildren(message);
  });
