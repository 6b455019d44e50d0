// Lets the bench ask a server process for its CPU time (user + system, µs) over IPC.
process.on("message", (message) => {
  if (message === "cpu") {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpu: user + system });
  }
});
