// Types of defense-topics/astro's components: each takes its widget's attributes as props
// (camelCase or as written: `headingLevel` or `heading-level`), and any other attribute (`id`, `class`…).
type Attribute = string | number | boolean | undefined;
interface Common {
  /** The topic's id (not on <TopicIndex>). */
  topic?: string;
  /** 1–6, for the host page's outline (default 3). */
  headingLevel?: number;
  /** `light`, `dark` or `auto` (default). */
  theme?: 'light' | 'dark' | 'auto';
  /** The widget's language: its words and the record it shows (the topic in that language where the dataset has it). */
  lang?: string;
  [attribute: string]: Attribute;
}
type Component<Props> = (props: Props) => unknown;

export declare const TopicCard: Component<Common & { href?: string; variant?: 'full' | 'compact'; showImage?: boolean; selectable?: boolean }>;
export declare const PillarList: Component<Common & { limit?: number; layout?: 'list' | 'grid' }>;
export declare const ArticleSummary: Component<Common & { sentences?: number; href?: string; selectable?: boolean }>;
export declare const TopicArticle: Component<Common & { section?: string; toc?: boolean }>;
export declare const SeriesNav: Component<Common & { variant?: 'pager' | 'list'; href?: string; selectable?: boolean }>;
export declare const TopicIndex: Component<Common & { layout?: 'list' | 'grid'; limit?: number; href?: string; selectable?: boolean; query?: string; themes?: string; countries?: string }>;
/** Gives the widgets inside it a remote dataset (`src`) and defaults, on the server and in the browser. */
export declare const TopicProvider: Component<Common & { src?: string; selectable?: boolean }>;
