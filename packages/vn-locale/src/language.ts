import type { Message } from './message.js';

/** The two languages NguonGoc writes in: Vietnamese first, English beside it. */
export type Language = keyof Message;

/**
 * The BCP 47 locale each language formats numbers and dates with. English uses en-GB: day before
 * month (`8 November 2026`), as Vietnamese readers of English expect, and a 24-hour clock.
 */
export const LOCALES: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };
