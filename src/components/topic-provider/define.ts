/** Registers `<topic-provider>` (guarded: a second copy or version on the page never throws). */
import { ensureContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-element.js';
import { TopicProviderElement } from './topic-provider.js';

ensureContextRoot();
defineElement('topic-provider', TopicProviderElement);
