// The browser entry of the trace page's verification script: only verifyLotBundle, from the build.
export { verifyLotBundle } from '../dist/index.js';
