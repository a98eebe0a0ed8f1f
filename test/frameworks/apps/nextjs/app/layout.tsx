import type { ReactNode } from 'react';
import Hydrate from './hydrate';

export const metadata = { title: 'defense-topics in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        {/* Every page: server-rendered widgets hydrate on the first page and after a client-side navigation. */}
        <Hydrate />
      </body>
    </html>
  );
}
