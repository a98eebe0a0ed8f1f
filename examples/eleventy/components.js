// The widgets, registered for Lit's server rendering: the package's own entry, no shims, no
// setup (on a server the bundled dataset and every built-in language are read at once).
import 'defense-topics/define.js';

// A site that never loads the widgets' script could leave the data for hydration out of its HTML:
//   import { TopicElement } from 'defense-topics';
//   TopicElement.hydrationData = false;

// A remote dataset would be preloaded here, before the pages render (Lit SSR cannot wait):
//   import { preloadDataset } from 'defense-topics';
//   await preloadDataset('https://data.example/topics/');
