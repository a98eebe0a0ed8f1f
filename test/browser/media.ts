/**
 * Media emulation for the browser suites: print, a dark OS, forced colours. Chromium emulates
 * through the DevTools protocol (scripts/wtr-media-plugin.mjs). Firefox (over WebDriver BiDi)
 * and WebKit (over classic WebDriver) cannot be told to emulate media, so for them the widget's
 * own style sheets are rewritten for the duration: each `@media` rule whose condition is
 * emulated is applied unconditionally, and each one that is emulated as false is dropped. Only
 * the widget's shadow tree sees the change, which is what the tests measure.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaSettings {
  print?: boolean;
  dark?: boolean;
  forcedColors?: boolean;
}

/** Emulates `settings` for `widgets`; returns what undoes it, and whether the browser itself emulates. */
export async function emulateMedia(widgets: Element[], settings: MediaSettings): Promise<{ native: boolean; restore: () => Promise<void> }> {
  const features: Record<string, string> = {};
  if (settings.dark !== undefined) features['prefers-color-scheme'] = settings.dark ? 'dark' : 'light';
  if (settings.forcedColors) features['forced-colors'] = 'active';
  const native = await executeServerCommand<boolean, unknown>('emulate-media-features', { media: settings.print ? 'print' : '', features }).catch(() => false);
  if (native) {
    // Let the browser restyle before anything is measured.
    await new Promise(requestAnimationFrame);
    return { native, restore: async () => void (await executeServerCommand('emulate-media-features', {})) };
  }
  const saved = widgets.map((widget) => [widget.shadowRoot!, widget.shadowRoot!.adoptedStyleSheets] as const);
  for (const [root, sheets] of saved) root.adoptedStyleSheets = sheets.map((sheet) => rewrite(sheet, settings));
  return {
    native,
    restore: async () => {
      for (const [root, sheets] of saved) root.adoptedStyleSheets = sheets;
    },
  };
}

/** The condition of a media rule, as emulated: true, false, or undefined (left to the browser). */
function emulated(mediaText: string, settings: MediaSettings): boolean | undefined {
  const text = mediaText.replace(/\s+/g, ' ').trim();
  if (text === 'print') return Boolean(settings.print);
  if (text === 'screen') return !settings.print;
  if (text === '(prefers-color-scheme: dark)') return settings.dark;
  if (text === '(forced-colors: active)') return Boolean(settings.forcedColors);
  return undefined;
}

function rewrite(sheet: CSSStyleSheet, settings: MediaSettings): CSSStyleSheet {
  const text = (rules: CSSRuleList): string =>
    [...rules]
      .map((rule) => {
        if (!(rule instanceof CSSMediaRule)) return rule.cssText;
        const applies = emulated(rule.media.mediaText, settings);
        if (applies === undefined) return `@media ${rule.media.mediaText} { ${text(rule.cssRules)} }`;
        return applies ? text(rule.cssRules) : '';
      })
      .join('\n');
  const copy = new CSSStyleSheet();
  copy.replaceSync(text(sheet.cssRules));
  return copy;
}
