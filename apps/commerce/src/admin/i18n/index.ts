import { en } from './en';
import { vi } from './vi';

// The admin dashboard's language comes from the `lng` cookie or local storage, else English.
// NguonGoc's staff read Vietnamese first: without a saved choice the dashboard starts in
// Vietnamese; Profile -> Language switches it (and that choice is saved).
if (
  typeof window !== 'undefined' &&
  !window.localStorage.getItem('lng') &&
  !/(?:^|;\s*)lng=/.test(document.cookie)
) {
  window.localStorage.setItem('lng', 'vi');
}

export default {
  vi: { translation: vi },
  en: { translation: en },
};
