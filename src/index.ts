/**
 * Programmatic API: the same pure functions the CLI calls. Nothing here reads files,
 * the clock or the environment; pass `now` and file contents in.
 */
export type { Finding, Rule, Severity, Passed } from './checks/types.js';
export type { Result, Report, Format } from './report/types.js';
export type { DecodeResult, DecodedMessage, Provenance, InputKind } from './input/types.js';
export type { SsoConfig, SsoConfigFile, SignedPart } from './config/types.js';

export { allRules, getRule, suggestCodes } from './checks/registry.js';

// bytes -> messages
export { decodeInput } from './input/decode.js';
export { parseXml } from './xml/parse.js';
export * from './saml/index.js';

// what is in it
export { inspectDecoded, inspectMessage } from './inspect/inspect.js';

// is it right
export { validateResponse, createValidator, prepareTrust } from './validate/pipeline.js';
export { checkFlow } from './flow/index.js';
export { inspectCapture, validateCapture } from './flow/report.js';
export { verifyDocumentSignatures, prepareTrustedCerts } from './crypto/xmldsig/index.js';
export { decryptAssertions } from './crypto/decrypt/index.js';

// certificates, metadata, config
export { lintCertificateText, parseCertificate, compareCertificates, canonicalPem } from './crypto/cert/index.js';
export { lintMetadata } from './metadata/lint.js';
export { loadConfig } from './config/load.js';
export { lintConfigText } from './config/lint.js';
export { initConfigFromMetadata } from './config/init.js';

// knowledge
export { recognizeIdp, idpFix, explainAadsts, getProfile, listProfiles } from './knowledge/index.js';

// reporting
export { buildReport, makeResult } from './report/build.js';
export { renderHuman } from './report/human.js';
export { renderJson } from './report/json.js';
export { renderSarif } from './report/sarif.js';
export { getExitCode } from './report/exit-code.js';

export { redact } from './redact/index.js';
