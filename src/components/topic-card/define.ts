/** Registers `<topic-card>` (guarded: a second copy or version on the page never throws). */
import { ensureContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-element.js';
import { TopicCardElement } from './topic-card.js';

ensureContextRoot();
defineElement('topic-card', TopicCardElement);
