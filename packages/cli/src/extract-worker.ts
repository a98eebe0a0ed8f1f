/**
 * A worker thread of the build (see pool.ts): runs the tasks it is sent (tasks.ts) and answers
 * each with its result or its error; on `close`, closes its files and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type Task, type TaskSetup, TaskRunner } from './tasks.js';

const runner = new TaskRunner(workerData as TaskSetup);
parentPort!.on('message', (message: { id: number; task: Task } | 'close') => {
  if (message === 'close') {
    runner.close();
    parentPort!.close();
    return;
  }
  const { id, task } = message;
  try {
    parentPort!.postMessage({ id, result: runner.run(task) });
  } catch (error) {
    parentPort!.postMessage({ id, error: { message: (error as Error).message, stack: (error as Error).stack } });
  }
});
