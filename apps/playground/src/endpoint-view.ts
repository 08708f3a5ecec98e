import { activeRegionIds, FcEndpointError, fcEndpoint, fcEndpointUrl } from '@fc-atlas/catalog';
import { checkEndpoint, type EndpointDiagnosis } from '@fc-atlas/catalog/check';
import { regionName } from '@fc-atlas/catalog/texts';
import { h } from './dom.js';

function copyButton(getText: () => string, label: string): HTMLButtonElement {
  const button = h('button', { type: 'button', className: 'small-button', 'aria-label': label }, 'Copy');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(getText());
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
  return button;
}

function builder(): HTMLElement {
  const accountId = h('input', { id: 'account-id', name: 'account-id', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', placeholder: '1234567890123456' });
  const region = h('input', { id: 'region', name: 'region', list: 'region-ids', autocomplete: 'off', spellcheck: 'false', placeholder: 'cn-hangzhou', value: 'cn-hangzhou' });
  const regionList = h('datalist', { id: 'region-ids' }, activeRegionIds.map((id) => h('option', { value: id }, regionName(id))));
  const internal = h('input', { type: 'checkbox', id: 'internal', name: 'internal' });
  const protocol = h('select', { id: 'protocol', name: 'protocol' }, h('option', { value: 'https' }, 'https'), h('option', { value: 'http' }, 'http'));

  const hostOut = h('output', { id: 'endpoint-host', for: 'account-id region internal' });
  const urlOut = h('output', { id: 'endpoint-url', for: 'account-id region internal protocol' });
  const result = h(
    'dl',
    { className: 'result', id: 'endpoint-result', hidden: true },
    h('dt', {}, 'Host'),
    h('dd', {}, h('code', {}, hostOut), copyButton(() => hostOut.value, 'Copy host')),
    h('dt', {}, 'URL'),
    h('dd', {}, h('code', {}, urlOut), copyButton(() => urlOut.value, 'Copy URL')),
    h('dt', {}, 'Code'),
    h('dd', {}, h('code', { id: 'endpoint-code' })),
  );
  const error = h('div', { className: 'field-error', id: 'endpoint-error', role: 'alert', hidden: true });
  const hint = h('p', { className: 'muted', id: 'endpoint-hint' }, 'Enter the numeric account ID shown at the top right of the FC console.');

  function update() {
    const options = { accountId: accountId.value, region: region.value, internal: internal.checked, protocol: protocol.value as 'https' | 'http' };
    try {
      const host = fcEndpoint(options);
      hostOut.value = host;
      urlOut.value = fcEndpointUrl(options);
      result.querySelector('#endpoint-code')!.textContent =
        `fcEndpointUrl({ accountId: '${options.accountId.trim()}', region: '${options.region.trim().toLowerCase()}'${options.internal ? ', internal: true' : ''}${options.protocol === 'http' ? ", protocol: 'http'" : ''} })`;
      result.hidden = false;
      error.hidden = true;
      hint.hidden = true;
      accountId.removeAttribute('aria-invalid');
      region.removeAttribute('aria-invalid');
    } catch (thrown) {
      if (!(thrown instanceof FcEndpointError)) throw thrown;
      result.hidden = true;
      if (thrown.code === 'missing-account-id' && !accountId.value) {
        // Nothing typed yet: a hint, not an error.
        error.hidden = true;
        hint.hidden = false;
        return;
      }
      hint.hidden = true;
      const field = thrown.code.endsWith('account-id') ? accountId : region;
      accountId.toggleAttribute('aria-invalid', field === accountId);
      region.toggleAttribute('aria-invalid', field === region);
      error.dataset.code = thrown.code;
      error.replaceChildren(
        h('span', { className: 'error-code' }, thrown.code),
        ' ',
        thrown.message,
        thrown.suggestion === undefined
          ? ''
          : h('button', { type: 'button', className: 'small-button', id: 'use-suggestion', onclick: () => { region.value = thrown.suggestion!; update(); region.focus(); } }, `Use ${thrown.suggestion}`),
      );
      error.hidden = false;
    }
  }
  for (const input of [accountId, region, internal, protocol]) input.addEventListener('input', update);
  update();

  return h(
    'section',
    { className: 'panel', 'aria-labelledby': 'builder-heading' },
    h('h2', { id: 'builder-heading' }, 'Build an endpoint'),
    h('p', { className: 'muted' }, 'The FC API host for an account and region, from ', h('code', {}, 'fcEndpoint'), ' in ', h('code', {}, '@fc-atlas/catalog'), '.'),
    h(
      'form',
      { className: 'form-grid', onsubmit: (event: Event) => event.preventDefault() },
      h('label', { for: 'account-id' }, 'Account ID'),
      accountId,
      h('label', { for: 'region' }, 'Region'),
      h('div', {}, region, regionList),
      h('label', { for: 'protocol' }, 'Protocol'),
      protocol,
      h('span', {}),
      h('label', { className: 'checkbox' }, internal, ' Internal network (from inside Alibaba Cloud, same region)'),
    ),
    hint,
    error,
    result,
  );
}

function diagnosisView(input: string, diagnosis: EndpointDiagnosis | undefined): (Node | string)[] {
  if (!input.trim()) return [];
  if (!diagnosis) return [h('p', { className: 'muted', id: 'check-verdict' }, 'No Function Compute host found in this text.')];
  const facts = h(
    'dl',
    { className: 'facts' },
    h('dt', {}, 'Host'), h('dd', {}, h('code', {}, diagnosis.host)),
    h('dt', {}, 'Kind'), h('dd', {}, diagnosis.family),
    h('dt', {}, 'Account'), h('dd', {}, diagnosis.accountId ? h('code', {}, diagnosis.accountId) : '—', ` (${diagnosis.accountKind})`),
    h('dt', {}, 'Region'), h('dd', {}, h('code', {}, diagnosis.region || '—'), ` (${diagnosis.regionKind})`),
    h('dt', {}, 'Network'), h('dd', {}, diagnosis.internal ? 'internal' : diagnosis.vpc ? 'VPC' : 'public'),
  );
  if (diagnosis.problems.length === 0) {
    return [h('p', { className: 'verdict verdict-ok', id: 'check-verdict' }, '✓ No problems found.'), facts];
  }
  return [
    h('p', { className: 'verdict verdict-bad', id: 'check-verdict' }, `${diagnosis.problems.length} problem${diagnosis.problems.length === 1 ? '' : 's'}`),
    h(
      'ul',
      { className: 'problems', id: 'check-problems' },
      diagnosis.problems.map((problem) => h('li', {}, h('span', { className: 'error-code' }, problem.kind), ' ', problem.message)),
    ),
    diagnosis.corrected
      ? h('p', { className: 'corrected' }, 'Corrected host: ', h('code', { id: 'check-corrected' }, diagnosis.corrected), ' ', copyButton(() => diagnosis.corrected!, 'Copy corrected host'))
      : h('p', { className: 'muted' }, 'No safe automatic correction; fix the parts named above.'),
    facts,
  ];
}

function checker(): HTMLElement {
  const input = h('input', {
    id: 'check-input',
    name: 'check-input',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'e.g. https://1234567890123456.cn-shangai.fc.aliyuncs.com',
  });
  const output = h('div', { className: 'check-output', id: 'check-output', 'aria-live': 'polite' });
  input.addEventListener('input', () => output.replaceChildren(...diagnosisView(input.value, checkEndpoint(input.value))));
  return h(
    'section',
    { className: 'panel', 'aria-labelledby': 'checker-heading' },
    h('h2', { id: 'checker-heading' }, 'Check a host or URL'),
    h('p', { className: 'muted' }, 'Paste any FC host or URL; ', h('code', {}, 'checkEndpoint'), ' names what is wrong and the corrected host.'),
    h('div', { className: 'form-grid' }, h('label', { for: 'check-input' }, 'Host or URL'), input),
    output,
  );
}

export function mount(panel: HTMLElement): void {
  panel.append(h('div', { className: 'endpoints' }, builder(), checker()));
}
