/** Registers `<article-summary>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { ArticleSummaryElement } from './article-summary.js';

defineElement('article-summary', ArticleSummaryElement);

// For TypeScript: this entry's declarations bring `<article-summary>` into HTMLElementTagNameMap (and the
// widgets' events into HTMLElementEventMap), so `import '…/article-summary.js'` alone types the element.
export type { ArticleSummaryElement } from './article-summary.js';
