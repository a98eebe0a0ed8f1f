import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'defense-topics/define.js';

@Component({
  selector: 'app-root',
  templateUrl: './app.html',
  styleUrl: './app.css',
  schemas: [CUSTOM_ELEMENTS_SCHEMA]
})
export class App {
  protected readonly topic = signal('defense-technology-exchanges');
  protected readonly showImage = signal(false);
  protected readonly selected = signal('');
}
