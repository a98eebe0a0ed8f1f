/** Registers every widget: `import 'defense-topics/define.js'`. */
import './components/topic-provider/define.js';
import './components/topic-card/define.js';
import './components/pillar-list/define.js';
import './components/article-summary/define.js';
import './components/topic-article/define.js';
import './components/series-nav/define.js';
import './components/topic-index/define.js';
