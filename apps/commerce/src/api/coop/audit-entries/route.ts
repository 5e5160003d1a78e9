// /coop/audit-entries: the cooperative's audit trail, for its manager (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { GET } from '#api/admin/audit-entries/route';
