// The machine's load, which every benchmark prints beside its figures: `uptime`'s line, or the load averages where
// there is no such command.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';

export function uptime() {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`;
  }
}
