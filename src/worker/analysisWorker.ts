// Worker thread entry: runs the analysis off the extension host's main thread (placeholder).
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis';

parentPort?.on('message', (msg: { id: number; text: string; languageId?: string }) => {
  try {
    parentPort?.postMessage({ id: msg.id, analysis: analyzeArticle(msg.text, { languageId: msg.languageId }) });
  } catch (err) {
    parentPort?.postMessage({ id: msg.id, error: String(err) });
  }
});
