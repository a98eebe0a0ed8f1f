// A server component (App Router): it imports the package's React wrappers directly, with no
// wrapper file of its own ('use client' is in defense-topics/react).
import { TopicProvider } from 'defense-topics/react';
import Demo from './demo';

export default function Page() {
  return (
    <TopicProvider headingLevel={2}>
      <Demo />
    </TopicProvider>
  );
}
