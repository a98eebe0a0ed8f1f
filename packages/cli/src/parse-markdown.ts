/**
 * CommonMark parsing (micromark via mdast-util-from-markdown), keeping source positions for
 * every node, with YAML front matter recognised at the top of the file.
 */
import type { Root, Yaml } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';

export interface ParsedMarkdown {
  tree: Root;
  frontMatter?: Yaml;
}

const micromarkExtensions = [frontmatter(['yaml'])];
const mdastExtensions = [frontmatterFromMarkdown(['yaml'])];

export function parseMarkdown(text: string): ParsedMarkdown {
  const tree = fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions });
  const first = tree.children[0];
  return first?.type === 'yaml' ? { tree, frontMatter: first } : { tree };
}
