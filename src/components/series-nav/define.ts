/** Registers `<series-nav>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { SeriesNavElement } from './series-nav.js';

defineElement('series-nav', SeriesNavElement);

// For TypeScript: this entry's declarations bring `<series-nav>` into HTMLElementTagNameMap (and the
// widgets' events into HTMLElementEventMap), so `import '…/series-nav.js'` alone types the element.
export type { SeriesNavElement } from './series-nav.js';
