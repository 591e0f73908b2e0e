import type { DecodeResult } from '../types.js';

/** HAR / SAML-tracer extraction. Being built in src/input/capture/ (issue 6). */
export function decodeCapture(json: unknown, _source: string): DecodeResult {
  const isHar = typeof json === 'object' && json !== null && 'log' in json;
  return { kind: isHar ? 'har' : 'saml-tracer', messages: [], findings: [] };
}
