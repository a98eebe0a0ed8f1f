/** Registers `<topic-article>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { TopicArticleElement } from './topic-article.js';

defineElement('topic-article', TopicArticleElement);

// For TypeScript: this entry's declarations bring `<topic-article>` into HTMLElementTagNameMap (and the
// widgets' events into HTMLElementEventMap), so `import '…/topic-article.js'` alone types the element.
export type { TopicArticleElement } from './topic-article.js';
