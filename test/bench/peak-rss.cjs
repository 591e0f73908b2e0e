// Preloaded (--require) into a benchmarked process: on exit, writes its peak resident set size
// (bytes) and the CPU time it used (user + system, microseconds) as JSON. CommonJS, so that
// measuring a process does not start Node's ES module loader in it.
'use strict';
const file = process.env.SAML_DOCTOR_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').writeFileSync(file, JSON.stringify({ maxRss: u.maxRSS * 1024, cpuMicros: u.userCPUTime + u.systemCPUTime }));
  });
}
