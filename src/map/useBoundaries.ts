import { useEffect, useState } from 'react';
import { BASE_URL } from '../data/config';
import type { BoundaryTopology } from './geometry';

export type BoundaryState =
  { status: 'idle' | 'loading' | 'missing' } | { status: 'ready'; topology: BoundaryTopology };

let cache: Promise<BoundaryTopology | null> | null = null;

/** The generated border file, fetched once and only when the user picks real borders (it is not in the first load). */
function fetchBoundaries(): Promise<BoundaryTopology | null> {
  cache ??= fetch(`${BASE_URL}data/boundaries-2013.json`)
    .then((r) => (r.ok ? (r.json() as Promise<BoundaryTopology>) : null))
    .then((t) => (t?.type === 'Topology' && t.objects?.municipalities ? t : null))
    .catch(() => null);
  return cache;
}

export function useBoundaries(wanted: boolean): BoundaryState {
  const [result, setResult] = useState<BoundaryState | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    fetchBoundaries().then(
      (topology) => live && setResult(topology ? { status: 'ready', topology } : { status: 'missing' }),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return result ?? { status: wanted ? 'loading' : 'idle' };
}
