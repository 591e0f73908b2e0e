import type { Rule } from '../checks/types.js';
import type { Report } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

interface SarifOptions {
  toolVersion: string;
  /** Rule metadata by code, for rule descriptions and help text. */
  lookupRule: (code: string) => Rule | undefined;
}

/** SARIF 2.1.0: ruleId is the finding code, level from severity, help text from `explain`. */
export function renderSarif(report: Report, opts: SarifOptions): string {
  const codes = [...new Set(report.results.flatMap((r) => r.findings.map((f) => f.code)))];
  const rules = codes.map((code) => {
    const rule = opts.lookupRule(code);
    return {
      id: code,
      name: code,
      shortDescription: { text: rule?.title ?? code },
      fullDescription: { text: rule?.explain ?? code },
      help: { text: rule ? `${rule.explain}\n\nRun \`saml-doctor explain ${code}\` for details.` : code },
      defaultConfiguration: { level: LEVEL[rule?.severity ?? 'warning'] },
    };
  });
  const index = new Map(codes.map((c, i) => [c, i]));
  const results = report.results.flatMap((r) =>
    r.findings.map((f) => {
      const region = lineRegion(f.location);
      const properties: Record<string, unknown> = {};
      if (f.expected !== undefined) properties.expected = f.expected;
      if (f.actual !== undefined) properties.actual = f.actual;
      if (f.hint !== undefined) properties.hint = f.hint;
      if (f.mirrors !== undefined) properties.mirrors = f.mirrors;
      return {
        ruleId: f.code,
        ruleIndex: index.get(f.code),
        level: LEVEL[f.severity],
        message: { text: f.hint ? `${f.message}. Fix: ${f.hint}` : f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(r.input) },
              ...(region ? { region } : {}),
            },
            ...(f.location && !region ? { logicalLocations: [{ fullyQualifiedName: f.location }] } : {}),
          },
        ],
        ...(Object.keys(properties).length ? { properties } : {}),
      };
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'saml-doctor', version: opts.toolVersion, rules } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function lineRegion(location: string | undefined): { startLine: number; startColumn?: number } | undefined {
  const m = location ? /line (\d+)(?:, column (\d+))?/.exec(location) : null;
  if (!m) return undefined;
  return m[2] ? { startLine: Number(m[1]), startColumn: Number(m[2]) } : { startLine: Number(m[1]) };
}

/** SARIF wants a URI; labels like 'capture.har#14' keep only the file part. */
function artifactUri(label: string): string {
  const file = label.replace(/#.*$/, '');
  return file === 'stdin' ? 'stdin' : encodeURI(file.replace(/\\/g, '/'));
}
