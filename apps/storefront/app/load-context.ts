// What server.js hands every loader and action besides the request.
declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The shopper's IP address (Express's req.ip), for VNPay's vnp_IpAddr. */
    clientIp?: string;
    /** This answer's Content-Security-Policy nonce, for Remix's inline scripts (lib/nonce.ts). */
    cspNonce?: string;
  }
}

export {};
