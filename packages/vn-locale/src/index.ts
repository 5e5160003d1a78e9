export { bothLanguages, type Message } from './message.js';
