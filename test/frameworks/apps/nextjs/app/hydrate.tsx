'use client';
import { useEffect } from 'react';

/** Loads Lit's hydration support, then the widgets: they take over the server's render. */
export default function Hydrate() {
  useEffect(() => {
    void import('defense-topics/hydrate.js').then(() => import('defense-topics/define.js'));
  }, []);
  return null;
}
