/** Registers `<topic-card>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { TopicCardElement } from './topic-card.js';

defineElement('topic-card', TopicCardElement);
