// What server.js hands every loader and action besides the request.
declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The shopper's IP address (Express's req.ip), for VNPay's vnp_IpAddr. */
    clientIp?: string;
  }
}

export {};
