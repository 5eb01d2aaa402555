// The page types the benchmarks measure: every view and one project's page, in Finnish and in Swedish.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function benchPages(root) {
  const [project] = JSON.parse(readFileSync(join(root, 'public/data/projects.json'), 'utf8'));
  const types = [
    ['overview', ''],
    ['projects', 'projects/'],
    ['project page', `projects/${project.id}/`],
    ['compare', 'compare/'],
    ['map', 'map/'],
    ['timeline', 'timeline/'],
    ['context', 'context/'],
    ['sources', 'sources/'],
    ['accessibility', 'accessibility/'],
    ['data', 'data/'],
    ['glossary', 'glossary/'],
    ['changes', 'changes/'],
  ];
  return [...types, ...types.map(([name, path]) => [`${name} sv`, `sv/${path}`])];
}
