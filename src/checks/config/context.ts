import type { SsoConfig } from '../../config/types.js';
import type { ParsedCertificate } from '../../config/certificate.js';

/** One idp.certificates entry after loading. */
export interface LoadedCertificateEntry {
  /** JSON path of the entry, e.g. $.idp.certificates[0]. */
  location: string;
  /** The file path when the entry named a file. */
  path?: string;
  /** Why the file could not be read, when it could not. */
  readError?: string;
  /** The certificate text as given (inline or read from the file), for diagnosing a parse failure. */
  text?: string;
  /** Parse outcome; absent when the file could not be read. */
  parsed?: ParsedCertificate;
}

/** What the config checks look at: the resolved config plus how each certificate entry loaded. */
export interface ConfigLintContext {
  config: SsoConfig;
  /** Keys that were present in the file (JSON paths), to tell "given empty" from "absent". */
  present: ReadonlySet<string>;
  certificates: readonly LoadedCertificateEntry[];
  /** Time to judge certificate validity at; validity checks are skipped without it. */
  now?: Date;
}
