// Preloaded with --import: reports the process's peak RSS (KiB) on stderr when it exits.
process.once("exit", () => process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`));
