// The Content-Security-Policy nonce of the answer being rendered (server/security-headers.js):
// entry.server.tsx provides what server/storefront.js put in the load context, root.tsx gives it
// to Remix's inline scripts. In the browser there is none (the scripts already ran).
import { createContext, useContext } from 'react';

export const NonceContext = createContext<string | undefined>(undefined);

export const useNonce = (): string | undefined => useContext(NonceContext);
