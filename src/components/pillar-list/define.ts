/** Registers `<pillar-list>` (guarded: a second copy or version on the page never throws). */
import { ensureContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-element.js';
import { PillarListElement } from './pillar-list.js';

ensureContextRoot();
defineElement('pillar-list', PillarListElement);
