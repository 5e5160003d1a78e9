// /coop/lots/(lot)/events: field work on a lot, for a cooperative's member, its cooperative from their account (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { POST } from '#api/admin/trace/lots/[lot]/events/route';
