import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SSO_CONFIG_SCHEMA } from '../../src/config/schema.js';

export const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'sso-config.schema.json');

export function schemaFileText(): string {
  return JSON.stringify(SSO_CONFIG_SCHEMA, null, 2) + '\n';
}
