// Before the Node tests: compile the packages that tests run as real processes (the sandbox server,
// the `rights-sandbox` command), once, so no two test files rebuild them under each other.
import { buildNodePackages } from './build-node.js';

export default async function setup() {
  await buildNodePackages({ quiet: true });
}
