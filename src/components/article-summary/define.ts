/** Registers `<article-summary>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { ArticleSummaryElement } from './article-summary.js';

defineElement('article-summary', ArticleSummaryElement);
