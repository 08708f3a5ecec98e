// The entry: starts ESLint's worker first, so it loads while the editor's code does, then loads the page itself.
import './styles.css';
import { LintClient } from './lint/lint-client.js';

const client = new LintClient(() => new Worker(new URL('./lint/lint-worker.ts', import.meta.url), { type: 'module', name: 'fc-atlas-lint' }));
const app = document.getElementById('app')!;

import('./app.js')
  .then(({ start }) => start(app, client))
  .catch((error: unknown) => {
    const message = document.createElement('p');
    message.className = 'banner banner-error';
    message.setAttribute('role', 'alert');
    message.textContent = `The playground could not load (${String(error)}). Reload the page to try again.`;
    app.replaceChildren(message);
  });
