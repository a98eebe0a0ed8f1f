import type { CustomElements } from 'defense-topics/jsx'

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
