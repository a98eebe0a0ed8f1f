/** Registers `<topic-provider>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { TopicProviderElement } from './topic-provider.js';

defineElement('topic-provider', TopicProviderElement);

// For TypeScript: this entry's declarations bring `<topic-provider>` into HTMLElementTagNameMap (and the
// widgets' events into HTMLElementEventMap), so `import '…/topic-provider.js'` alone types the element.
export type { TopicProviderElement } from './topic-provider.js';
