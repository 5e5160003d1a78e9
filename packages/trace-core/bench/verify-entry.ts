// The browser entry of the trace page's verification script: only verifyLotBundle.
export { verifyLotBundle } from '../src/index.js';
