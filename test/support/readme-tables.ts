import { allRules } from '../../src/checks/registry.js';
import type { Rule } from '../../src/checks/types.js';
import { knowledgeTableMarkdown } from '../../src/knowledge/table.js';
import { README_EXAMPLES, renderExample } from './readme-examples.js';

/** The README's finding-code reference, generated from the registry so it cannot go stale. */
export function codesMarkdown(): string {
  const byArea = new Map<string, Rule[]>();
  const sorted = [...allRules()].sort((a, b) => a.area.localeCompare(b.area) || a.code.localeCompare(b.code));
  for (const rule of sorted) {
    const list = byArea.get(rule.area) ?? [];
    list.push(rule);
    byArea.set(rule.area, list);
  }
  const out: string[] = [];
  for (const [area, rules] of byArea) {
    out.push(`<details><summary><b>${area}</b> (${rules.length})</summary>`, '');
    out.push('| code | severity | meaning |', '| --- | --- | --- |');
    for (const r of rules) out.push(`| \`${r.code}\` | ${r.severity} | ${r.title.replace(/\|/g, '\\|')} |`);
    out.push('', '</details>', '');
  }
  return out.join('\n').trimEnd();
}

export function knowledgeMarkdown(): string {
  return knowledgeTableMarkdown().trimEnd();
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function fillSection(readme: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i === -1 || j < i) throw new Error(`README has no ${name} section`);
  return `${readme.slice(0, i + start.length)}\n${content}\n${readme.slice(j)}`;
}

/** The generated tables only; command examples are filled by `withExamples` (it runs the CLI). */
export function expectedReadme(readme: string): string {
  return fillSection(fillSection(readme, 'codes', codesMarkdown()), 'knowledge', knowledgeMarkdown());
}

export function withExamples(readme: string): string {
  let out = readme;
  for (const example of README_EXAMPLES) out = fillSection(out, `out:${example.name}`, renderExample(example));
  return out;
}
