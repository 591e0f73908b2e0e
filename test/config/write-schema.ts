/** Writes schema/sso-config.schema.json from src/config/schema.ts: `node --import tsx test/config/write-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, schemaFileText } from './schema-file.js';

writeFileSync(SCHEMA_FILE, schemaFileText());
