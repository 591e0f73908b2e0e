// Preloaded into a benchmarked process: writes its peak resident set size (bytes) when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.SAML_DOCTOR_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
