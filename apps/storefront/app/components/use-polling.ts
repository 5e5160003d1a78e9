// While a payment waits for VNPay's confirmation, asks the server again every few seconds (only
// with JavaScript; without it the page has a link to check again). Stops after a few minutes.
import { useRevalidator } from '@remix-run/react';
import { useEffect } from 'react';

const EVERY_MS = 4_000;
const AT_MOST = 45;

export function usePolling(active: boolean): void {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (!active) return;
    let count = 0;
    const timer = setInterval(() => {
      count += 1;
      if (count > AT_MOST) clearInterval(timer);
      else revalidate();
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [active, revalidate]);
}
