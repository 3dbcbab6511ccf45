/**
 * The receiver in its own process, for the durability test (which kills it with SIGKILL).
 * Usage: node --import tsx tests/receiver/child.ts FILE — prints `{"port":N}` once it is listening.
 * Started with an IPC channel, it exits when its parent goes away (no orphan left listening).
 */
import { createReceiver } from '../../demo/receiver/receiver';
import { startServer } from '../../demo/serve';

const file = process.argv[2];
if (!file) throw new Error('usage: child.ts FILE');
const receiver = createReceiver({ file, rateLimit: false, log: () => {} });
await receiver.ready;
const { port } = await startServer({ port: 0, roots: [], routes: [receiver] });
process.stdout.write(`${JSON.stringify({ port })}\n`);
process.on('disconnect', () => process.exit(1));
