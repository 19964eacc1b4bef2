// Worker thread entry (bundled as dist/worker.js). One script, two roles chosen by workerData:
// the pool's coordinator (caches, batching, document pass) and its helpers (first pass only).
// compromise is loaded here, in worker threads only, never by the extension host.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeParagraphs } from '../analysis/analyze';
import { getNlp } from '../analysis/nlp/nlp';
import { Coordinator, messageOf } from './coordinator';
import type { FromCoordinator, FromHelper, ToCoordinator, ToHelper, WorkerRole } from './protocol';

function main(port: NonNullable<typeof parentPort>, role: WorkerRole): void {
  if (role.role === 'coordinator') {
    const coordinator = new Coordinator(role, (msg: FromCoordinator) => port.postMessage(msg));
    port.on('message', (msg: ToCoordinator) => coordinator.handle(msg));
  } else {
    port.on('message', (msg: ToHelper) => {
      let reply: FromHelper;
      try {
        reply = { type: 'facts', batch: msg.batch, facts: analyzeParagraphs(msg.texts) };
      } catch (err) {
        reply = { type: 'failed', batch: msg.batch, message: messageOf(err) };
      }
      port.postMessage(reply);
    });
  }
  // Load compromise while no work has arrived yet (its require and first call take ~0.5 s).
  setImmediate(() => getNlp()('Warm up.'));
}

if (parentPort && workerData && typeof workerData === 'object' && 'role' in workerData) {
  main(parentPort, workerData as WorkerRole);
}
