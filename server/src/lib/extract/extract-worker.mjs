// The entry of an extraction worker thread (ADR 030). A worker does not
// inherit the main thread's TypeScript loader, so this one file is plain
// JavaScript: it registers tsx in the worker, then loads the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { runExtractTask } = await import('./extract-task.ts');

export default runExtractTask;
