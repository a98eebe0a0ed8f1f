/** Registers `<pillar-list>` (guarded: a second copy or version on the page never throws). */
import { defineElement } from '../shared/define-element.js';
import { PillarListElement } from './pillar-list.js';

defineElement('pillar-list', PillarListElement);
