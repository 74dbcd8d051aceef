// Registers every rights element: for pages that want the whole kit with one import.
import './provider.js';
import './hub.js';
import './catalog.js';
import './benefit-card.js';
import './benefit-detail.js';
import './wallet.js';
import './voucher.js';
import './cashback.js';
import './summary.js';
