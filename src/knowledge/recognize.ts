import type { ClueKind, IdpClues, IdpRecognition } from './types.js';
import { IDPS } from './idps/index.js';

/** Metadata is only scanned for attribute values, so the scan is bounded to keep hostile input cheap. */
const METADATA_SCAN_LIMIT = 1_000_000;
const MAX_VALUES = 50;

function metadataValues(xml: string, attribute: 'entityID' | 'Location'): string[] {
  const re = new RegExp(`\\b${attribute}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'g');
  const out: string[] = [];
  for (const m of xml.slice(0, METADATA_SCAN_LIMIT).matchAll(re)) {
    out.push((m[2] ?? m[3] ?? '').trim());
    if (out.length >= MAX_VALUES) break;
  }
  return out;
}

function cluesByKind(clues: IdpClues): Record<ClueKind, string[]> {
  const entityIds = [clues.issuer, clues.entityId];
  const urls = [clues.ssoUrl];
  if (clues.metadataXml) {
    entityIds.push(...metadataValues(clues.metadataXml, 'entityID'));
    urls.push(...metadataValues(clues.metadataXml, 'Location'));
  }
  const present = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x && x.trim() !== '').map((x) => x.trim());
  return { entityId: present(entityIds), url: present(urls), certSubject: present([clues.certSubject]) };
}

/**
 * Which IdP issued a Response or publishes a metadata document, from its entity ID, endpoint URLs
 * and certificate subject. A 'certain' clue beats any 'likely' one; among equals, the order of the
 * clues given (entity ID, then URLs, then certificate) decides. Undefined when nothing matches.
 */
export function recognizeIdp(clues: IdpClues): IdpRecognition | undefined {
  const values = cluesByKind(clues);
  let likely: IdpRecognition | undefined;
  for (const kind of ['entityId', 'url', 'certSubject'] as const) {
    for (const value of values[kind]) {
      for (const idp of IDPS) {
        for (const clue of idp.clues) {
          if (clue.on !== kind || !clue.pattern.test(value)) continue;
          if (clue.confidence === 'certain') return { idp, confidence: 'certain', reason: clue.reason };
          likely ??= { idp, confidence: 'likely', reason: clue.reason };
        }
      }
    }
  }
  return likely;
}
