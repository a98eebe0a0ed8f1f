/** Registers `<topic-card>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { TopicCardElement } from './topic-card.js';

defineElement('topic-card', TopicCardElement);

// For TypeScript: this entry's declarations bring `<topic-card>` into HTMLElementTagNameMap (and the
// widgets' events into HTMLElementEventMap), so `import '…/topic-card.js'` alone types the element.
export type { TopicCardElement } from './topic-card.js';
