// Preloaded into a benchmarked process: on exit, writes its peak resident set size (bytes) and
// the CPU time it used (user + system, microseconds) as JSON.
import { writeFileSync } from 'node:fs';

const file = process.env.SAML_DOCTOR_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRss: u.maxRSS * 1024, cpuMicros: u.userCPUTime + u.systemCPUTime }));
  });
}
