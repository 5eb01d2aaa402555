// The page types the benchmarks measure: every view in Finnish, the Swedish start page, and one project's page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function benchPages(root) {
  const [project] = JSON.parse(readFileSync(join(root, 'public/data/projects.json'), 'utf8'));
  return [
    ['overview', ''],
    ['overview sv', 'sv/'],
    ['projects', 'projects/'],
    ['project page', `projects/${project.id}/`],
    ['compare', 'compare/'],
    ['map', 'map/'],
    ['timeline', 'timeline/'],
    ['context', 'context/'],
    ['sources', 'sources/'],
    ['accessibility', 'accessibility/'],
    ['data', 'data/'],
  ];
}
