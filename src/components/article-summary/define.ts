/** Registers `<article-summary>` (guarded: a second copy or version on the page never throws). */
import { ensureContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-element.js';
import { ArticleSummaryElement } from './article-summary.js';

ensureContextRoot();
defineElement('article-summary', ArticleSummaryElement);
