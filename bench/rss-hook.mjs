// Preloaded with --import: reports the process's peak RSS (KiB) and CPU time of all its threads (µs) on stderr when it exits.
process.once("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(`\n@@maxrss ${u.maxRSS}\n@@cpu ${u.userCPUTime + u.systemCPUTime}\n`);
});
