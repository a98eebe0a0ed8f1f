/**
 * A web-test-runner command for the browser suites: `emulate-media-features`: media emulation with CSS media features the
 * built-in command leaves out (`forced-colors`), through the DevTools protocol, which only
 * Chromium has here. Answers true when the browser emulates, false when it cannot (Firefox
 * over WebDriver BiDi, WebKit over classic WebDriver): the test then applies the styles another way.
 *
 *   executeServerCommand('emulate-media-features', { media: 'print', features: { 'prefers-color-scheme': 'dark', 'forced-colors': 'active' } })
 *   executeServerCommand('emulate-media-features', {})   // back to the defaults
 */
export function mediaEmulationPlugin() {
  // One DevTools session per page, kept open: its overrides last as long as it does.
  const sessions = new WeakMap();
  return {
    name: 'media-emulation-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      try {
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        const features = Object.entries(payload?.features ?? {}).map(([name, value]) => ({ name, value }));
        await sessions.get(page).send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
        return true;
      } catch {
        // Firefox through puppeteer speaks WebDriver BiDi: no DevTools protocol, no media emulation.
        return false;
      }
    },
  };
}
