/** Registers `<pillar-list>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { PillarListElement } from './pillar-list.js';

defineElement('pillar-list', PillarListElement);

// For TypeScript: this entry's declarations bring `<pillar-list>` into HTMLElementTagNameMap (and the
// widgets' events into HTMLElementEventMap), so `import '…/pillar-list.js'` alone types the element.
export type { PillarListElement } from './pillar-list.js';
