// Each binding here must be refused by ngc: the test suite expects exactly these errors.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'defense-topics/define.js';

@Component({
  selector: 'app-refused',
  template: `
    <topic-card (topic-select)="onSelect($event.detail.nope)"></topic-card>
    <topic-card (widget-error)="onNumber($event.detail.code)"></topic-card>
  `,
  schemas: [CUSTOM_ELEMENTS_SCHEMA]
})
export class Refused {
  onSelect(id: string): string {
    return id;
  }
  onNumber(n: number): number {
    return n;
  }
}
