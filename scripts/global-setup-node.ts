// Before the Node tests: compile the packages that tests run as real processes (the sandbox server,
// the `rights-sandbox` command), and the drop-in the example pages load when no production build of it
// is there yet, once, so no two test files build them under each other.
import { buildNodePackages } from './build-node.js';
import { ensureDropIn } from './drop-in.js';

export default async function setup() {
  await buildNodePackages({ quiet: true });
  await ensureDropIn();
}
