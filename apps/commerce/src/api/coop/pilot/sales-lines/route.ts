// /coop/pilot/sales-lines: the cooperative's sales lines, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { GET } from '#api/admin/pilot/sales-lines/route';
