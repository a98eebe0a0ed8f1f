/** Registers `<topic-provider>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { TopicProviderElement } from './topic-provider.js';

defineElement('topic-provider', TopicProviderElement);
