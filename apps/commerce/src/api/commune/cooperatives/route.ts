// /commune/cooperatives: the commune's cooperatives, for a commune officer, their commune from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { GET } from '#api/admin/cooperatives/route';
