// dynalite on a thread of its own (see `startLocalDynamo`): its request handling, JSON
// validation and LevelDB calls then never hold up the API's event loop. Plain CommonJS, so it
// runs as it is under tsx, vitest and Node alike.
const { parentPort, workerData } = require("node:worker_threads");
const dynalite = require("dynalite");

const server = dynalite({ path: workerData.path, createTableMs: 0, deleteTableMs: 0 });
server.on("error", (error) => {
  throw error;
});
server.listen(workerData.port, "127.0.0.1", () => {
  parentPort.postMessage({ port: server.address().port });
});
parentPort.on("message", (message) => {
  if (message !== "close") return;
  // Closing waits for requests in flight and closes LevelDB; an error ends the thread loudly.
  server.close((error) => {
    if (error) throw error;
    process.exit(0);
  });
});
