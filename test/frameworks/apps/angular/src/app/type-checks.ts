// Not part of the app: what ngc (strict templates) must accept with the package's types: the
// widgets' events are typed. What it must refuse is in type-checks-refused/, checked by the suite.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'defense-topics/define.js';

@Component({
  selector: 'app-type-checks',
  template: `
    <topic-card topic="air-defense-cooperation" heading-level="2" (topic-select)="onSelect($event.detail.id)" (widget-error)="onError($event.detail.code, $event.detail.validIds)"></topic-card>
    <pillar-list topic="defense-attaches" [limit]="3" (widget-error)="onError($event.detail.code)"></pillar-list>
  `,
  schemas: [CUSTOM_ELEMENTS_SCHEMA]
})
export class TypeChecks {
  onSelect(id: string): string {
    return id;
  }
  onError(code: 'not-found' | 'load-failed' | 'invalid-data' | 'render-failed', validIds?: readonly string[]): string {
    return `${code} ${validIds?.join() ?? ''}`;
  }
}

// `import 'defense-topics/define.js'` alone types the elements and their events.
const card = document.querySelector('topic-card')!;
card.topic = 'defense-attaches';
card.addEventListener('topic-select', (event) => event.detail.id satisfies string);
