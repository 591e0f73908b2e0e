// Regenerates the README's tables and command examples (build first): node --import tsx test/support/update-readme.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { expectedReadme, withExamples } from './readme-tables.js';

const readme = readFileSync('README.md', 'utf8');
const next = withExamples(expectedReadme(readme));
if (next !== readme) writeFileSync('README.md', next);
process.stdout.write(next === readme ? 'README.md is current\n' : 'README.md updated\n');
