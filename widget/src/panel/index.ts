/** The lazily loaded panel module: `definePanel()` registers `<clearline-panel>` and returns its tag. */
import { ClearlinePanel } from './clearline-panel.ts';

export const PANEL_TAG = 'clearline-panel';

export function definePanel(): string {
  if (!customElements.get(PANEL_TAG)) customElements.define(PANEL_TAG, ClearlinePanel);
  return PANEL_TAG;
}

export { ClearlinePanel };
