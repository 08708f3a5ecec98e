import { h } from './dom.js';
import { examples } from './examples.js';
import type { LintClient } from './lint/lint-client.js';
import { mountLintView } from './lint/lint-view.js';
import { decodeState, defaultState, encodeState, tabs, withDefaults, type DecodedState, type PlaygroundState, type Tab } from './state.js';

const tabLabels: Record<Tab, string> = { lint: 'Lint', catalog: 'Catalog', endpoints: 'Endpoints' };

/** The other tabs load on first use; each exports `mount(panel)`. */
const lazyTabs: Record<Exclude<Tab, 'lint'>, () => Promise<{ mount(panel: HTMLElement): void }>> = {
  catalog: () => import('./catalog-view.js'),
  endpoints: () => import('./endpoint-view.js'),
};

/** `decoded`: the page's hash, read by the entry module (which has already asked the worker to lint its code). */
export function start(app: HTMLElement, client: LintClient, decoded: DecodedState): void {
  let state: PlaygroundState = withDefaults(decoded.state);

  const notice = h('div', { className: 'banner banner-notice', id: 'notice', role: 'status', hidden: !decoded.problem }, decoded.problem ?? '');
  const tabButtons = new Map<Tab, HTMLButtonElement>();
  const panels = new Map<Tab, HTMLElement>();
  const mounted = new Set<Tab>(['lint']);
  let hashWrites = 0;

  const tabList = h('div', { role: 'tablist', 'aria-label': 'Tools', className: 'tabs' });
  for (const tab of tabs) {
    const button = h(
      'button',
      { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}`, className: 'tab', onclick: () => selectTab(tab, true) },
      tabLabels[tab],
    );
    tabButtons.set(tab, button);
    tabList.append(button);
    panels.set(tab, h('section', { role: 'tabpanel', id: `panel-${tab}`, 'aria-labelledby': `tab-${tab}`, className: `tab-panel panel-${tab}`, tabindex: -1 }));
  }
  // Arrow keys move between tabs, as in every tab list (WAI-ARIA Authoring Practices).
  tabList.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(state.tab);
    const next =
      event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length]
      : event.key === 'ArrowLeft' ? tabs[(index + tabs.length - 1) % tabs.length]
      : event.key === 'Home' ? tabs[0]
      : event.key === 'End' ? tabs[tabs.length - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    selectTab(next, true);
    tabButtons.get(next)?.focus();
  });

  app.replaceChildren(
    h(
      'header',
      { className: 'site-header' },
      h('div', { className: 'brand' }, h('span', { className: 'logo', 'aria-hidden': 'true' }, 'fc'), h('h1', {}, 'fc-atlas playground')),
      h('p', { className: 'tagline' }, 'Check Function Compute client code, look up error codes and regions, build endpoints. Everything runs in this page; nothing is sent anywhere.'),
      tabList,
    ),
    h('main', { id: 'main' }, notice, ...panels.values()),
  );

  const lintView = mountLintView(panels.get('lint')!, {
    client,
    code: state.code,
    fileType: state.fileType,
    disabledRules: state.disabledRules,
    onChange(change) {
      state = { ...state, ...change };
      void writeHash();
    },
    async copyLink() {
      await writeHash();
      try {
        await navigator.clipboard.writeText(location.href);
        return 'Link copied.';
      } catch {
        return 'Copy the address bar to share.';
      }
    },
  });

  selectTab(state.tab, false);

  // A link pasted into the same tab, or Back/Forward across hash changes.
  window.addEventListener('hashchange', async () => {
    const next = await decodeState(location.hash);
    notice.hidden = !next.problem;
    notice.textContent = next.problem ?? '';
    state = withDefaults(next.state);
    lintView.setState(state);
    selectTab(state.tab, false);
  });

  // Fetch the other tabs in the background, so they work offline once the page has loaded.
  setTimeout(() => Object.values(lazyTabs).forEach((load) => void load().catch(() => undefined)), 1500);

  function selectTab(tab: Tab, userChoice: boolean) {
    state = { ...state, tab };
    for (const [name, button] of tabButtons) {
      const selected = name === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      panels.get(name)!.hidden = !selected;
    }
    if (!mounted.has(tab)) {
      mounted.add(tab);
      const panel = panels.get(tab)!;
      panel.append(h('p', { className: 'loading' }, 'Loading…'));
      lazyTabs[tab as Exclude<Tab, 'lint'>]()
        .then((module) => {
          panel.replaceChildren();
          module.mount(panel);
        })
        .catch((error: unknown) => {
          mounted.delete(tab);
          panel.replaceChildren(h('div', { className: 'banner banner-error', role: 'alert' }, `This tab could not be loaded (${String(error)}). Reload the page to try again.`));
        });
    }
    if (userChoice) void writeHash();
  }

  async function writeHash() {
    const sequence = ++hashWrites;
    const hash = await encodeState(state, { ...defaultState, code: examples[state.fileType] });
    if (sequence !== hashWrites) return; // a newer state is being written
    if (hash !== location.hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
  }
}
