import { javascript } from '@codemirror/lang-javascript';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorSelection, type ChangeDesc } from '@codemirror/state';
import { EditorView, basicSetup } from 'codemirror';
import { h } from '../dom.js';
import { examples, isExample } from '../examples.js';
import { lintRequestFor, type LintClient } from './lint-client.js';
import { fileTypes, RULE_NAMESPACE, type FileType, type Finding, type RuleInfo, type SuggestionEdit } from './protocol.js';

export interface LintViewOptions {
  /** Started by the entry module, before this view's code loaded. */
  readonly client: LintClient;
  readonly code: string;
  readonly fileType: FileType;
  /** Rule names without the namespace, e.g. `valid-error-code`. */
  readonly disabledRules: readonly string[];
  /** Called after every change of code or options, debounced with the lint. */
  onChange(change: { code: string; fileType: FileType; disabledRules: readonly string[] }): void;
  /** Copies a link to the current state; resolves to what to tell the user. */
  copyLink(): Promise<string>;
}

const fileTypeLabels: Record<FileType, string> = {
  js: 'JavaScript (.js)',
  jsx: 'JavaScript + JSX (.jsx)',
  ts: 'TypeScript (.ts)',
  tsx: 'TypeScript + JSX (.tsx)',
};

const DEBOUNCE_MS = 250;

const shortRuleName = (id: string) => (id.startsWith(RULE_NAMESPACE) ? id.slice(RULE_NAMESPACE.length) : id);
const languageFor = (fileType: FileType) => javascript({ jsx: fileType.endsWith('x'), typescript: fileType.startsWith('t') });
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Quoted values in a message ("cn-shanghai") as code, so the corrected value stands out. */
function messageWithCode(message: string): (Node | string)[] {
  return message.split(/("[^"\n]{1,200}")/).map((part, index) => (index % 2 === 1 ? h('code', {}, part) : part));
}

function mapFinding(finding: Finding, changes: ChangeDesc): Finding {
  const map = (pos: number, assoc: -1 | 1) => changes.mapPos(pos, assoc);
  return {
    ...finding,
    from: map(finding.from, 1),
    to: Math.max(map(finding.to, -1), map(finding.from, 1)),
    suggestions: finding.suggestions.map((s) => ({ ...s, from: map(s.from, 1), to: Math.max(map(s.to, -1), map(s.from, 1)) })),
  };
}

export function mountLintView(root: HTMLElement, options: LintViewOptions): { setState(state: Pick<LintViewOptions, 'code' | 'fileType' | 'disabledRules'>): void } {
  let fileType = options.fileType;
  const disabled = new Set(options.disabledRules);
  let rules: readonly RuleInfo[] = [];
  let findings: Finding[] = [];
  let lintedOnce = false;
  let tsLintedOnce = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let engine = 'ESLint';

  // ---- layout
  const fileTypeSelect = h(
    'select',
    { id: 'file-type', name: 'file-type' },
    fileTypes.map((type) => h('option', { value: type, selected: type === fileType }, fileTypeLabels[type])),
  );
  const copyStatus = h('span', { className: 'copy-status', role: 'status' });
  const toolbar = h(
    'div',
    { className: 'toolbar' },
    h('label', { for: 'file-type' }, 'File type'),
    fileTypeSelect,
    h('span', { className: 'toolbar-spacer' }),
    h('button', { type: 'button', id: 'reset-example', onclick: () => resetExample() }, 'Reset example'),
    h('button', { type: 'button', id: 'copy-link', className: 'primary', onclick: () => void copyLink() }, 'Copy link'),
    copyStatus,
  );
  const editorHost = h('div', { className: 'editor', id: 'editor' });
  const status = h('p', { className: 'lint-status', id: 'lint-status', role: 'status', 'aria-live': 'polite' }, 'Loading ESLint…');
  const alert = h('div', { className: 'banner banner-error', id: 'lint-alert', role: 'alert', hidden: true });
  const findingsCount = h('span', { className: 'count', id: 'findings-count' });
  const findingsList = h('ol', { className: 'findings', id: 'findings', 'aria-labelledby': 'findings-heading' });
  const noFindings = h('p', { className: 'empty', id: 'no-findings' }, 'Waiting for the first lint…');
  const rulesFieldset = h('fieldset', { className: 'rules', id: 'rules' }, h('legend', {}, 'Rules ', h('span', { className: 'muted' }, '(configs.all)')));

  root.append(
    h(
      'div',
      { className: 'lint-layout' },
      h('section', { className: 'editor-pane', 'aria-label': 'Code' }, toolbar, editorHost, status),
      h(
        'aside',
        { className: 'side-pane' },
        alert,
        h('section', { className: 'panel', 'aria-labelledby': 'findings-heading', id: 'findings-panel', 'data-state': 'loading' },
          h('h2', { id: 'findings-heading' }, 'Findings ', findingsCount),
          findingsList,
          noFindings,
        ),
        h('section', { className: 'panel', id: 'rules-panel', hidden: true }, rulesFieldset),
      ),
    ),
  );
  const findingsPanel = root.querySelector<HTMLElement>('#findings-panel')!;
  const rulesPanel = root.querySelector<HTMLElement>('#rules-panel')!;

  // ---- editor
  const language = new Compartment();
  const view = new EditorView({
    parent: editorHost,
    doc: options.code,
    extensions: [
      basicSetup,
      language.of(languageFor(fileType)),
      lintGutter(),
      EditorView.theme({
        '.cm-tooltip-lint': { maxWidth: 'min(34rem, 90vw)' },
        '.cm-diagnostic': { padding: '6px 10px', whiteSpace: 'normal', overflowWrap: 'anywhere' },
        '.cm-diagnosticAction': { display: 'inline-block', margin: '6px 0 0', borderRadius: '4px', padding: '2px 8px', backgroundColor: '#1f5fd6', textAlign: 'left' },
        '.cm-diagnosticSource': { marginTop: '4px' },
      }),
      EditorView.contentAttributes.of({ 'aria-label': 'Code to lint', 'aria-describedby': 'lint-status' }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        findings = findings.map((finding) => mapFinding(finding, update.changes));
        const fixing = update.transactions.some((tr) => tr.isUserEvent('input.fix'));
        schedule(fixing ? 0 : DEBOUNCE_MS);
      }),
    ],
  });

  // ---- worker
  const client = options.client;
  client.connect(
    {
      ready(ruleInfos, eslintVersion) {
        performance.mark('fc-atlas:linter-ready');
        rules = ruleInfos;
        renderRules();
        rulesPanel.hidden = false;
        status.textContent = `ESLint ${eslintVersion} loaded.`;
        engine = `ESLint ${eslintVersion}`;
        lintNow();
      },
      result(newFindings, ms, request) {
        if (request.code !== view.state.doc.toString() || request.fileType !== fileType) return; // a newer lint is on its way
        findings = [...newFindings];
        if (request.fileType.startsWith('t')) tsLintedOnce = true;
        if (!lintedOnce) {
          lintedOnce = true;
          performance.mark('fc-atlas:first-findings');
        }
        render(ms);
      },
      failed(message, fatal) {
        if (fatal) {
          alert.hidden = false;
          alert.replaceChildren(
            h('strong', {}, 'The linter could not start: '),
            `${message}. `,
            'Reload the page to try again. The Catalog and Endpoints tabs work without it.',
          );
          status.textContent = 'The linter is not running.';
          findingsPanel.dataset.state = 'failed';
          findingsPanel.hidden = true;
          rulesPanel.hidden = true;
        } else {
          status.textContent = `Linting failed: ${message}`;
          findingsPanel.dataset.state = 'error';
          // Old findings would describe other code or another file type: clear them and say why.
          findings = [];
          view.dispatch(setDiagnostics(view.state, []));
          findingsList.replaceChildren();
          findingsCount.textContent = '';
          noFindings.hidden = false;
          noFindings.textContent = `Linting failed: ${message}.`;
        }
      },
    },
  );

  function schedule(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(lintNow, delay);
  }

  function lintNow() {
    clearTimeout(timer);
    const code = view.state.doc.toString();
    options.onChange({ code, fileType, disabledRules: [...disabled] });
    if (client.dead || rules.length === 0) return;
    findingsPanel.dataset.state = 'linting';
    if (fileType.startsWith('t') && !tsLintedOnce) status.textContent = 'Loading the TypeScript parser…';
    client.lint(lintRequestFor({ code, fileType, disabledRules: disabled }));
  }

  // ---- rendering
  function applySuggestion(suggestion: SuggestionEdit) {
    view.dispatch({
      changes: { from: suggestion.from, to: suggestion.to, insert: suggestion.insert },
      selection: EditorSelection.cursor(suggestion.from + suggestion.insert.length),
      userEvent: 'input.fix',
    });
    view.focus();
  }

  function showInEditor(finding: Finding) {
    view.dispatch({ selection: EditorSelection.range(finding.from, finding.to), scrollIntoView: true });
    view.focus();
  }

  function render(ms: number) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    findingsCount.textContent = String(findings.length);
    const parser = fileType.startsWith('t') ? 'typescript-eslint parser' : 'espree';
    status.textContent = `${findings.length === 0 ? 'No problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`} · ${engine}, ${parser}, ${ms} ms`;
    findingsPanel.dataset.state = 'done';
    noFindings.hidden = findings.length > 0;
    noFindings.replaceChildren('No problems found. Try a misspelled region such as ', h('code', {}, 'cn-shangai'), '.');

    const diagnostics: Diagnostic[] = findings.map((finding) => ({
      from: finding.from,
      to: finding.to,
      severity: finding.severity,
      source: finding.ruleId ?? 'parser',
      message: finding.message,
      actions: finding.suggestions.map((suggestion, index) => ({
        name: suggestion.description,
        apply: () => {
          const current = findings.find((f) => f.ruleId === finding.ruleId && f.message === finding.message && f.line === finding.line);
          applySuggestion(current?.suggestions[index] ?? suggestion);
        },
      })),
    }));
    view.dispatch(setDiagnostics(view.state, diagnostics));

    findingsList.replaceChildren(
      ...findings.map((finding, index) => {
        const rule = rules.find((r) => r.id === finding.ruleId);
        return h(
          'li',
          { className: `finding finding-${finding.severity}`, 'data-rule': finding.ruleId ?? 'parser' },
          h(
            'div',
            { className: 'finding-head' },
            h('span', { className: `severity severity-${finding.severity}` }, finding.severity),
            rule?.docsUrl
              ? h('a', { className: 'rule-id', href: rule.docsUrl, target: '_blank', rel: 'noopener noreferrer', title: rule.description }, finding.ruleId ?? '')
              : h('span', { className: 'rule-id' }, finding.ruleId ?? 'Parsing error'),
            h(
              'button',
              { type: 'button', className: 'location link-button', title: 'Show in the editor', 'aria-label': `Line ${finding.line}, column ${finding.column}: show in the editor`, onclick: () => showInEditor(findings[index] ?? finding) },
              `${finding.line}:${finding.column}`,
            ),
          ),
          h('p', { className: 'finding-message' }, ...messageWithCode(finding.message)),
          finding.suggestions.length > 0 &&
            h(
              'div',
              { className: 'finding-actions' },
              finding.suggestions.map((suggestion, sIndex) =>
                h(
                  'button',
                  { type: 'button', className: 'suggestion', onclick: () => applySuggestion(findings[index]?.suggestions[sIndex] ?? suggestion) },
                  ...messageWithCode(suggestion.description),
                ),
              ),
            ),
        );
      }),
    );
  }

  function renderRules() {
    rulesFieldset.replaceChildren(
      rulesFieldset.querySelector('legend')!,
      ...rules.map((rule) => {
        const name = shortRuleName(rule.id);
        const id = `rule-${name}`;
        return h(
          'div',
          { className: 'rule-toggle' },
          h('input', {
            type: 'checkbox',
            id,
            name,
            checked: !disabled.has(name),
            onchange: (event: Event) => {
              if ((event.target as HTMLInputElement).checked) disabled.delete(name);
              else disabled.add(name);
              lintNow();
            },
          }),
          h('label', { for: id }, h('code', {}, name), h('span', { className: 'rule-description' }, rule.description)),
        );
      }),
    );
  }

  // ---- options
  function setFileType(next: FileType, swapExample: boolean) {
    const code = view.state.doc.toString();
    fileType = next;
    fileTypeSelect.value = next;
    view.dispatch({ effects: language.reconfigure(languageFor(next)) });
    // An untouched example follows the file type; the user's own code is never replaced.
    if (swapExample && isExample(code) && code !== examples[next]) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: examples[next] } });
    }
    lintNow();
  }

  fileTypeSelect.addEventListener('change', () => setFileType(fileTypeSelect.value as FileType, true));

  function resetExample() {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: examples[fileType] } });
    lintNow();
  }

  async function copyLink() {
    lintNow(); // writes the hash first
    copyStatus.textContent = await options.copyLink();
  }

  return {
    setState(state) {
      disabled.clear();
      for (const rule of state.disabledRules) disabled.add(rule);
      renderRules();
      if (state.code !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: state.code } });
      if (state.fileType !== fileType) setFileType(state.fileType, false);
      else lintNow();
    },
  };
}
