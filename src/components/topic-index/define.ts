/** Registers `<topic-index>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { TopicIndexElement } from './topic-index.js';

defineElement('topic-index', TopicIndexElement);

// For TypeScript: this entry's declarations bring `<topic-index>` into HTMLElementTagNameMap (and the
// widgets' events into HTMLElementEventMap), so `import '…/topic-index.js'` alone types the element.
export type { TopicIndexElement } from './topic-index.js';
