// The `older-engines` test project's first setup file: the newer features go before any SDK module loads.
import { removeNewerFeatures } from './older-engines.js';

removeNewerFeatures();
